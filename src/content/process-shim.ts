/**
 * Work-around: src/article/find-article.ts reads `process.env.DBG` (a debugging switch) at run
 * time, and a content script has no `process`, so the article search would throw a ReferenceError.
 * An empty `process.env` in the content script's own (isolated) global keeps that check false;
 * the page never sees it. Remove once find-article.ts no longer reads it.
 */
const g = globalThis as { process?: { env: Record<string, string | undefined> } };
g.process ??= { env: {} };
