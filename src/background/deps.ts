/**
 * Everything the message handlers work with, injected so they run the same in the worker and in
 * unit tests. `loadDataset` is called lazily on the first message that needs the dataset; all
 * concurrent first messages share one load promise (`DatasetHolder`).
 */
import type { Analysis } from '../nlp/types.ts';
import type { ReferenceDataset } from './dataset-port.ts';
import type { PageStates } from './page-states.ts';
import type { ReaderStore } from './reader-store.ts';
import type { SettingsStore } from './settings-store.ts';

/** Progress of a long operation, broadcast as a runtime message `{type: 'progress', …}`. */
export interface Progress {
  type: 'progress';
  operation: 'import';
  done: number;
  total: number;
}

export interface Deps {
  /** This extension's id; messages from any other sender are refused. */
  extensionId: string;
  /** The NLP pipeline; the worker's loads the NER model on first use. */
  analyze(text: string): Analysis | Promise<Analysis>;
  /** Decodes a dataset file built by `kontext dataset build`. */
  decodeDataset(bytes: Uint8Array): ReferenceDataset;
  dataset: DatasetHolder;
  store(): Promise<ReaderStore>;
  settings: SettingsStore;
  pages: PageStates;
  progress(p: Progress): void;
  now(): number;
  /** Last storage failure (quota), shown by the popup; cleared by a successful write or store:clear. */
  storeError?: string;
}

/**
 * Holds the in-memory dataset: bundled data + imported datasets + the reader's articles, loaded
 * once on first use; `invalidate()` makes the next use load again (after clear or dataset import).
 */
export class DatasetHolder {
  private pending?: Promise<ReferenceDataset>;
  /** Milliseconds the last load took (for stats and the worker benchmark). */
  lastLoadMs = 0;

  constructor(private readonly load: () => Promise<ReferenceDataset>) {}

  /** Returns the loaded dataset, starting the load if none is running. */
  get(): Promise<ReferenceDataset> {
    if (!this.pending) {
      const started = Date.now();
      this.pending = this.load().then(
        (dataset) => {
          this.lastLoadMs = Date.now() - started;
          return dataset;
        },
        (error: unknown) => {
          // A failed load is not cached: the next message tries again.
          this.pending = undefined;
          throw error;
        },
      );
    }
    return this.pending;
  }

  /** True once a load has been started. */
  get started(): boolean {
    return this.pending !== undefined;
  }

  invalidate(): void {
    this.pending = undefined;
  }
}

/** Returns a dataset loader: the bundled dataset, then imported datasets, then the reader's articles. */
export function datasetLoader(options: {
  bundled: () => Promise<ReferenceDataset>;
  store: () => Promise<ReaderStore>;
  decode: (bytes: Uint8Array) => ReferenceDataset;
}): () => Promise<ReferenceDataset> {
  return async () => {
    const [dataset, store] = await Promise.all([options.bundled(), options.store()]);
    for (const file of await store.datasets()) dataset.merge(options.decode(file.bytes));
    for (const article of await store.all())
      dataset.addArticle(article.meta, article.analysis, { read: true });
    warmInSlices(dataset);
    return dataset;
  };
}

/** Pause before warming starts, so the request that loaded the dataset gets its reply first. */
const WARM_DELAY_MS = 50;
/** Longest slice of warming: short enough never to hold up a message for long. */
const WARM_SLICE_MS = 8;

/**
 * Decodes the rest of a freshly loaded dataset in short slices between messages, so the first
 * cards and related-claims queries after a worker start are as fast as later ones.
 */
export function warmInSlices(dataset: ReferenceDataset, delay = WARM_DELAY_MS): void {
  if (!dataset.warm) return;
  const step = (): void => {
    if (!dataset.warm?.(WARM_SLICE_MS)) setTimeout(step, 0);
  };
  setTimeout(step, delay);
}
