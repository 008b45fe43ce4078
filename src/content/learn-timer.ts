/**
 * Counts the time an article is actually visible (Page Visibility API) and fires once when it
 * reaches the reader's threshold. Hidden tabs do not count: a tab left open in the background
 * is not an article read.
 */

export interface LearnTimer {
  /** Visible milliseconds counted so far. */
  visibleMs(): number;
  stop(): void;
}

/** Returns a timer that calls `onDue` once after `seconds` of visible time. */
export function startLearnTimer(doc: Document, seconds: number, onDue: () => void): LearnTimer {
  const needMs = seconds * 1000;
  let counted = 0;
  let since: number | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let done = false;

  const pause = () => {
    if (since !== null) counted += Date.now() - since;
    since = null;
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  const resume = () => {
    if (done || since !== null) return;
    since = Date.now();
    timer = setTimeout(fire, Math.max(0, needMs - counted));
  };
  const fire = () => {
    pause();
    if (counted + 1 < needMs) {
      resume(); // woke early (timer clamping): wait for the rest
      return;
    }
    done = true;
    stop();
    onDue();
  };
  const onVisibility = () => (doc.visibilityState === 'visible' ? resume() : pause());
  const stop = () => {
    pause();
    doc.removeEventListener('visibilitychange', onVisibility);
  };
  doc.addEventListener('visibilitychange', onVisibility);
  if (doc.visibilityState === 'visible') resume();
  return {
    visibleMs: () => counted + (since !== null ? Date.now() - since : 0),
    stop: () => {
      done = true;
      stop();
    },
  };
}
