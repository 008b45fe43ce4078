/** Storage keys shared by the background (which writes them) and the pages that watch them. */

/** Key of a tab's page state in storage.session (the popup follows it while open). */
export const pageStateKey = (tabId: number): string => `page:${tabId}`;
