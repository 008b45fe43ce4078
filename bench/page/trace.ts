/**
 * Chromium main-thread tasks from a CDP trace: every top-level task of the page's renderer main
 * thread, its duration, and whether the extension's code ran inside it (a nested event naming a
 * chrome-extension:// script: function calls, script evaluation, compilation, timers).
 */
import type { CDPSession } from 'playwright-core';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown> };
}

export interface Task {
  ms: number;
  /** The extension's code ran inside this task. */
  ours: boolean;
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'toplevel',
].join(',');

/** Starts tracing on a page's CDP session; returns a function that stops and returns the collected events. */
export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    events.push(...(e.value as unknown as TraceEvent[]));
  });
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  return async () => {
    const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
    await cdp.send('Tracing.end');
    await done;
    return events;
  };
}

function urlOf(e: TraceEvent): string {
  const d = e.args?.data ?? {};
  for (const key of ['url', 'scriptName', 'fileName', 'functionName']) {
    const v = d[key];
    if (typeof v === 'string' && v.includes('-extension://')) return v;
  }
  const stack = d.stackTrace as { url?: string }[] | undefined;
  if (Array.isArray(stack)) for (const f of stack) if (f.url?.includes('-extension://')) return f.url;
  return '';
}

/** Returns the top-level tasks of renderer main threads that ran page content. */
export function mainThreadTasks(events: TraceEvent[]): Task[] {
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (!mainThreads.has(key) || e.ph !== 'X') continue;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key)!.push(e);
  }
  const tasks: Task[] = [];
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts);
    const tops = list.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
    let j = 0;
    for (const t of tops) {
      const end = t.ts + (t.dur ?? 0);
      let ours = false;
      while (j < list.length && list[j].ts < t.ts) j++;
      for (let k = j; k < list.length && list[k].ts <= end; k++) {
        if (urlOf(list[k])) {
          ours = true;
          break;
        }
      }
      tasks.push({ ms: (t.dur ?? 0) / 1000, ours });
    }
  }
  return tasks;
}
