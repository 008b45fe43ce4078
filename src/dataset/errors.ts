/** Errors of the reference dataset: wrong version, damaged file, bad input. */

/** A dataset file or input that cannot be used, with a message a reader can act on. */
export class DatasetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatasetError';
  }
}
