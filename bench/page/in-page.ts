/**
 * Functions the benchmark runs inside the page (each self-contained: they are serialised).
 * No named inner functions: tsx keeps names with a `__name()` helper the page does not have.
 */

export interface Marks {
  start: number | null;
  /** Article found and mapped; the first analyse request goes out. */
  mapped: number | null;
  /** The last reply of the first analysis arrived. */
  replied: number | null;
  painted: number | null;
  noArticle: number | null;
  error: number | null;
}

/** Returns the Kontext performance marks of the page (ms since navigation start), null when absent. */
export function readMarks(): Marks {
  const [start, mapped, painted, noArticle, error] = [
    'start',
    'mapped',
    'painted',
    'no-article',
    'error',
  ].map((name) => performance.getEntriesByName(`kontext:${name}`)[0]?.startTime ?? null);
  const replied = performance.getEntriesByName('kontext:replied').at(-1)?.startTime ?? null;
  return { start, mapped, replied, painted, noArticle, error };
}

/** Returns how many entity and claim ranges Kontext has painted. */
export function highlightCounts(): { entities: number; claims: number } {
  let entities = 0;
  let claims = 0;
  // biome-ignore lint/suspicious/noExplicitAny: HighlightRegistry is map-like
  const registry = (CSS as any).highlights as Map<string, Set<Range>> | undefined;
  if (!registry) return { entities, claims };
  for (const [name, h] of registry) {
    if (!name.startsWith('kontext-') || name === 'kontext-focus') continue;
    if (name.startsWith('kontext-claim-')) claims += h.size;
    else entities += h.size;
  }
  return { entities, claims };
}

/** Returns the document-relative boxes of every element in <body> (Kontext's host excluded). */
export function elementBoxes(): number[][] {
  const out: number[][] = [];
  const all = document.body.querySelectorAll('*');
  for (let i = 0; i < all.length && i < 20_000; i++) {
    const el = all[i];
    if (el.closest('kontext-root')) continue;
    const r = el.getBoundingClientRect();
    out.push([r.left + scrollX, r.top + scrollY, r.width, r.height].map((v) => Math.round(v * 10) / 10));
  }
  return out;
}

/** Returns the summed layout-shift score of the page so far (Chromium), or null where unsupported. */
export function layoutShift(): Promise<number | null> {
  if (!PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) return Promise.resolve(null);
  return new Promise((ok) => {
    let sum = 0;
    const po = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) sum += (e as unknown as { value: number }).value;
    });
    po.observe({ type: 'layout-shift', buffered: true });
    setTimeout(() => {
      po.disconnect();
      ok(sum);
    }, 100);
  });
}

/**
 * Edits the `index`-th paragraph of the article in place (appends a sentence to its last text
 * node, as a live blog revising an entry does) and returns performance.now() at the edit.
 */
export function editParagraph(index: number): number {
  const ps = Array.from(document.querySelectorAll('article p')).filter(
    (p) => (p.textContent ?? '').length > 40,
  );
  const p = ps[index % ps.length];
  let last: Node | null = p.lastChild;
  while (last && last.nodeType !== 3) last = last.lastChild ?? last.previousSibling;
  const text = ' Bundeskanzler Olaf Scholz sagte am Montag in Berlin, die Lage sei ernst.';
  if (last) (last as Text).appendData(text);
  else p.append(text);
  return performance.now();
}

/** Returns the times of Kontext's `kontext:updated` marks (an edited block analysed and painted again). */
export function updatedMarks(): number[] {
  return performance.getEntriesByName('kontext:updated').map((e) => e.startTime);
}
