/**
 * Fallback painter for browsers without the CSS Custom Highlight API: thin underline boxes
 * drawn in Kontext's own shadow-root overlay, positioned from each range's line boxes.
 * The page DOM stays untouched here too; the price is re-measuring after layout changes
 * (resize, late content), done in idle slices.
 */
import type { Host } from './host.ts';
import type { Mark } from './marks.ts';
import type { Painter } from './paint-highlights.ts';
import { debounce, runSliced } from './schedule.ts';
import { fallbackColour } from './styles.ts';

interface Item {
  mark: Mark | null;
  range: Range;
}

/** Returns a painter drawing underline boxes into the host's overlay. */
export function createOverlayPainter(host: Host, isDark: () => boolean): Painter {
  const doc = host.element.ownerDocument;
  const win = doc.defaultView!;
  let items: Item[] = [];
  let focus: Item | null = null;
  let generation = 0;

  const draw = (item: Item, into: DocumentFragment) => {
    const key = item.mark
      ? item.mark.kind === 'entity'
        ? item.mark.mention.type
        : item.mark.claim.kind
      : 'focus';
    const colour = fallbackColour(key, isDark());
    const line = item.mark?.kind === 'claim' ? `2px dotted ${colour}` : `2px solid ${colour}`;
    for (const r of Array.from(item.range.getClientRects())) {
      if (r.width === 0) continue;
      const box = doc.createElement('div');
      box.style.left = `${r.left + win.scrollX}px`;
      box.style.top = `${r.top + win.scrollY}px`;
      box.style.width = `${r.width}px`;
      box.style.height = `${r.height}px`;
      box.style.borderBottom = line;
      if (!item.mark) box.style.background = colour.replace(/[\d.]+\)$/, '0.3)');
      into.append(box);
    }
  };

  const redraw = async () => {
    const mine = ++generation;
    const frag = doc.createDocumentFragment();
    const all = focus ? [...items, focus] : items;
    await runSliced(
      all,
      (item) => draw(item, frag),
      undefined,
      () => mine !== generation,
    );
    if (mine !== generation) return;
    host.overlay.replaceChildren(frag);
  };
  const scheduleRedraw = debounce(() => void redraw(), 100);
  win.addEventListener('resize', scheduleRedraw, { passive: true });

  return {
    kind: 'overlay',
    add(added) {
      items = items.concat(added.map(({ mark, range }) => ({ mark, range })));
      scheduleRedraw();
    },
    remove(removed) {
      const gone = new Set(removed.map((r) => r.mark));
      items = items.filter((i) => !i.mark || !gone.has(i.mark));
      scheduleRedraw();
    },
    setFocus(range) {
      focus = range ? { mark: null, range } : null;
      scheduleRedraw();
    },
    clear() {
      items = [];
      focus = null;
      generation++;
      host.overlay.replaceChildren();
    },
    destroy() {
      this.clear();
      scheduleRedraw.cancel();
      win.removeEventListener('resize', scheduleRedraw);
    },
  };
}
