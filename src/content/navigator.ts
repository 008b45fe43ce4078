/**
 * Keyboard stepping (`content:next` from the next-/previous-mention commands) and the popup's
 * "reveal": scroll the mark into view, give it the focus highlight, open its card with focus
 * inside (stepping) or flash it (reveal), and announce the position in the live region.
 */

import { t } from '../ui/i18n.ts';
import type { CardController } from './card-controller.ts';
import type { Host } from './host.ts';
import { type Mark, stepMark } from './marks.ts';
import type { Painter } from './paint-highlights.ts';
import type { PageSession } from './session.ts';

/** How long a revealed mark keeps its flash (ms). */
export const FLASH_MS = 1600;

export interface NavigatorDeps {
  session: () => PageSession | null;
  painter: () => Painter | null;
  card: CardController;
  host: Host;
  /** Marks the open card as keyboard-opened (hover leaves it alone). */
  setKeyboardOpen: (open: boolean) => void;
}

export interface Navigator {
  readonly current: Mark | null;
  /** Steps to the next/previous shown mark; returns it, or null when there are none. */
  step(direction: 'next' | 'prev'): Mark | null;
  /** Scrolls to the index-th entity or claim of the popup's page state and flashes it; returns whether it exists. */
  reveal(kind: 'entity' | 'claim', index: number): boolean;
  clearFocus(): void;
}

/** Returns the display name of a mark for announcements. */
export function markName(mark: Mark): string {
  return mark.kind === 'entity'
    ? (mark.summary?.name ?? mark.mention.canonical)
    : mark.claim.text.slice(0, 80);
}

function scrollIntoViewIfNeeded(range: Range): void {
  const rect = range.getBoundingClientRect();
  const win = range.startContainer.ownerDocument?.defaultView;
  if (!win) return;
  const margin = 40;
  if (rect.top >= margin && rect.bottom <= win.innerHeight - margin) return;
  const el =
    range.startContainer.nodeType === 1
      ? (range.startContainer as Element)
      : range.startContainer.parentElement;
  const reduce = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  el?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduce ? 'instant' : 'auto' });
}

/** Returns a navigator over the session's shown marks. */
export function createNavigator(deps: NavigatorDeps): Navigator {
  let current: Mark | null = null;
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  const announce = (text: string) => {
    // Re-set the text so repeated identical announcements are spoken again.
    deps.host.status.textContent = '';
    deps.host.status.textContent = text;
  };

  const nav: Navigator = {
    get current() {
      return current;
    },
    step(direction) {
      const session = deps.session();
      const marks = session?.shown() ?? [];
      const next = stepMark(marks, current, direction);
      if (!session || !next) {
        announce(t('content_noMarks'));
        return null;
      }
      const range = session.rangeOf(next);
      if (!range) return null;
      current = next;
      if (flashTimer !== undefined) clearTimeout(flashTimer);
      scrollIntoViewIfNeeded(range);
      deps.painter()?.setFocus(range);
      deps.card.open(next, range, { keyboard: true });
      deps.setKeyboardOpen(true);
      announce(t('content_position', marks.indexOf(next) + 1, marks.length, markName(next)));
      return next;
    },
    reveal(kind, index) {
      const session = deps.session();
      const mark = session?.markForReveal(kind, index);
      const range = mark && session?.rangeOf(mark);
      if (!mark || !range) return false;
      scrollIntoViewIfNeeded(range);
      deps.painter()?.setFocus(range);
      if (flashTimer !== undefined) clearTimeout(flashTimer);
      flashTimer = setTimeout(() => {
        flashTimer = undefined;
        if (current === null || current !== mark) deps.painter()?.setFocus(null);
      }, FLASH_MS);
      return true;
    },
    clearFocus() {
      current = null;
      if (flashTimer !== undefined) clearTimeout(flashTimer);
      flashTimer = undefined;
      deps.painter()?.setFocus(null);
    },
  };
  return nav;
}
