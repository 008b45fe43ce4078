/**
 * Chromium main-thread tasks from a CDP trace: every top-level task of the page's renderer main
 * thread, its duration, and how much of it ran the extension's code. Attribution uses the V8
 * sampling profiler inside the trace (a sample counts as ours when any frame of its stack is a
 * chrome-extension:// script) plus timeline events that name such a script (script evaluation,
 * compilation, function calls), so idle callbacks and promise continuations are counted too.
 */
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { name?: string; data?: Record<string, unknown> };
}

export interface Task {
  ms: number;
  /** The extension's code ran inside this task. */
  ours: boolean;
  /** Sampled time of the extension's code inside the task (ms; sampling interval ~0.1–1 ms). */
  oursMs: number;
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'toplevel',
  'disabled-by-default-v8.cpu_profiler',
].join(',');

/** Starts tracing on a CDP session; returns a function that stops and returns the collected events. */
export async function startTrace(
  cdp: CDPSession,
  categories = CATEGORIES,
): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: unknown[] }) => events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  return async () => {
    const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', collect);
    return events;
  };
}

/** Longest time one CPU sample may stand for (µs). */
const MAX_SAMPLE_US = 1000;

const isOursUrl = (url: unknown) => typeof url === 'string' && url.includes('-extension://');

function namesOurScript(e: TraceEvent): boolean {
  const d = e.args?.data ?? {};
  return isOursUrl(d.url) || isOursUrl(d.scriptName) || isOursUrl(d.fileName);
}

interface Sample {
  ts: number;
  ours: boolean;
  dt: number;
}

/** Returns the CPU-profile samples per thread ("pid:tid"), each marked ours or not. */
function samplesByThread(events: TraceEvent[]): Map<string, Sample[]> {
  const out = new Map<string, Sample[]>();
  const profiles = new Map<
    string,
    {
      thread: string;
      time: number;
      nodes: Map<number, { url: string; parent?: number }>;
      memo: Map<number, boolean>;
    }
  >();
  for (const e of events) {
    if (e.name === 'Profile' && e.id) {
      const start = (e.args?.data as { startTime?: number } | undefined)?.startTime ?? e.ts;
      // Profile ids repeat across renderer processes: key by process too.
      profiles.set(`${e.pid}:${e.id}`, {
        thread: `${e.pid}:${e.tid}`,
        time: start,
        nodes: new Map(),
        memo: new Map(),
      });
    }
  }
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || !e.id) continue;
    const p = profiles.get(`${e.pid}:${e.id}`);
    if (!p) continue;
    const data = e.args?.data as
      | {
          cpuProfile?: {
            nodes?: { id: number; parent?: number; callFrame: { url?: string } }[];
            samples?: number[];
          };
          timeDeltas?: number[];
        }
      | undefined;
    for (const n of data?.cpuProfile?.nodes ?? [])
      p.nodes.set(n.id, { url: n.callFrame.url ?? '', parent: n.parent });
    const samples = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    if (!out.has(p.thread)) out.set(p.thread, []);
    const list = out.get(p.thread)!;
    for (let i = 0; i < samples.length; i++) {
      p.time += deltas[i] ?? 0;
      // A sample stands for the time around it; idle gaps make single deltas huge, so take the
      // smaller neighbour delta, capped at the profiler's busy interval.
      const dt = Math.min(deltas[i] ?? 0, deltas[i + 1] ?? deltas[i] ?? 0, MAX_SAMPLE_US);
      list.push({ ts: p.time, ours: oursNode(p.nodes, p.memo, samples[i]), dt });
    }
  }
  for (const list of out.values()) list.sort((a, b) => a.ts - b.ts);
  return out;
}

function oursNode(
  nodes: Map<number, { url: string; parent?: number }>,
  memo: Map<number, boolean>,
  id: number,
): boolean {
  const known = memo.get(id);
  if (known !== undefined) return known;
  const n = nodes.get(id);
  const ours = !!n && (isOursUrl(n.url) || (n.parent !== undefined && oursNode(nodes, memo, n.parent)));
  memo.set(id, ours);
  return ours;
}

/**
 * Returns the top-level tasks of the renderer main thread(s) that show `pageMarker` (e.g. the
 * page's origin) in their events, each with whether and how long the extension's code ran.
 */
export function mainThreadTasks(events: TraceEvent[], pageMarker: string): Task[] {
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const pageThreads = new Set<string>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (
      mainThreads.has(key) &&
      !pageThreads.has(key) &&
      e.args?.data &&
      JSON.stringify(e.args.data).includes(pageMarker)
    ) {
      pageThreads.add(key);
    }
  }
  const samples = samplesByThread(events);
  const tasks: Task[] = [];
  for (const key of pageThreads) {
    const list = events.filter((e) => `${e.pid}:${e.tid}` === key && e.ph === 'X');
    // Parents first: a task and its wrapper can share a start time.
    list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    const threadSamples = samples.get(key) ?? [];
    let topEnd = -1;
    let j = 0;
    let s = 0;
    for (const t of list) {
      // Outermost task events only: Chromium nests wrapper and nested-loop RunTask events.
      if (t.name !== 'RunTask' && t.name !== 'ThreadControllerImpl::RunTask') continue;
      if (t.ts < topEnd) continue;
      const end = t.ts + (t.dur ?? 0);
      topEnd = end;
      let ours = false;
      while (j < list.length && list[j].ts < t.ts) j++;
      for (let k = j; k < list.length && list[k].ts <= end; k++) {
        if (namesOurScript(list[k])) {
          ours = true;
          break;
        }
      }
      let oursUs = 0;
      while (s < threadSamples.length && threadSamples[s].ts < t.ts) s++;
      for (let k = s; k < threadSamples.length && threadSamples[k].ts <= end; k++) {
        if (threadSamples[k].ours) oursUs += threadSamples[k].dt;
      }
      tasks.push({ ms: (t.dur ?? 0) / 1000, ours: ours || oursUs > 0, oursMs: oursUs / 1000 });
    }
  }
  return tasks;
}
