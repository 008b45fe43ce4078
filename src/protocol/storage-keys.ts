/** Storage keys shared by the background (which writes them) and the pages that watch them. */

/** Key of a tab's page state in storage.session (the popup follows it while open). */
export const pageStateKey = (tabId: number): string => `page:${tabId}`;

/** Returns whether a storage change touches the settings (the background stores them under a "settings" key). */
export function touchesSettings(changedKeys: readonly string[]): boolean {
  return changedKeys.some((k) => /settings/i.test(k));
}
