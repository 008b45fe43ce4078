/**
 * Where a cold `analyze` goes in Chromium: records a Chrome trace (V8 sampling profiler, compile
 * and evaluate events, user timing) around one cold first analyze of 1,000 words and prints the
 * service worker thread's timeline and a profile by function. Needs `npm run build` first.
 * `npx tsx bench/worker/trace.ts [--runs N] [--no-profiler] [--module] [--save trace.json] [--dir DIR]`;
 * --no-profiler gives true slice durations (the sampling profiler itself costs ~50 ms at worker
 * start); --dir loads another build, e.g. one with readable names:
 * `npx vite build --mode chrome --minify false --outDir /tmp/kontext-unminified`; --module adds the
 * profile of the bundle's module evaluation.
 */
import { writeFileSync } from 'node:fs';
import { MESSENGER_PATH } from '../../tests/e2e/harness/base.ts';
import type { ChromiumHarness } from '../../tests/e2e/harness/chromium.ts';
import { launch } from '../../tests/e2e/harness/index.ts';
import { startTrace, type TraceEvent } from '../page/trace.ts';
import { articleOf, timedSend } from './messages.ts';

const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 3;
const SAVE = args.includes('--save') ? args[args.indexOf('--save') + 1] : undefined;
const DIR = args.includes('--dir') ? args[args.indexOf('--dir') + 1] : undefined;
const MODULE = args.includes('--module');
const NO_PROFILER = args.includes('--no-profiler');
const CATEGORIES = [
  'v8',
  'v8.execute',
  'disabled-by-default-v8.compile',
  'disabled-by-default-v8.cpu_profiler',
  'disabled-by-default-devtools.timeline',
  'devtools.timeline',
  'blink.user_timing',
  'ServiceWorker',
  'loading',
  'toplevel',
]
  .filter((c) => !(NO_PROFILER && c.includes('cpu_profiler')))
  .join(',');

/** Self time by function from the V8 sampling profile of one thread. */
function profileOf(events: TraceEvent[], pid: number, tid: number, from: number, to: number) {
  const nodes = new Map<number, { fn: string; parent?: number }>();
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  for (const profileId of new Set(
    events.filter((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid).map((e) => e.id),
  )) {
    const start = events.find((e) => e.name === 'Profile' && e.id === profileId);
    let t = (start?.args?.data as { startTime?: number } | undefined)?.startTime ?? 0;
    for (const chunk of events.filter((e) => e.name === 'ProfileChunk' && e.id === profileId)) {
      const data = chunk.args?.data as {
        cpuProfile?: {
          nodes?: {
            id: number;
            parent?: number;
            callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
          }[];
          samples?: number[];
        };
        timeDeltas?: number[];
      };
      for (const n of data.cpuProfile?.nodes ?? []) {
        const cf = n.callFrame;
        const where = cf.url ? `${cf.url.split('/').pop()}:${cf.lineNumber}:${cf.columnNumber}` : '';
        nodes.set(n.id, { fn: `${cf.functionName || '(anonymous)'} ${where}`.trim(), parent: n.parent });
      }
      const samples = data.cpuProfile?.samples ?? [];
      const deltas = data.timeDeltas ?? [];
      for (let i = 0; i < samples.length; i++) {
        t += deltas[i] ?? 0;
        const dt = deltas[i + 1] ?? 0;
        if (t < from || t > to) continue;
        const fn = nodes.get(samples[i])?.fn ?? '?';
        self.set(fn, (self.get(fn) ?? 0) + dt);
        total += dt;
        const seen = new Set<string>();
        for (let id: number | undefined = samples[i]; id !== undefined; id = nodes.get(id)?.parent) {
          const f = nodes.get(id)?.fn ?? '?';
          if (!seen.has(f)) inclusive.set(f, (inclusive.get(f) ?? 0) + dt);
          seen.add(f);
        }
      }
    }
  }
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  return { self: sorted(self), inclusive: sorted(inclusive), total };
}

const h = (await launch('chromium', { extensionDir: DIR })) as ChromiumHarness;
try {
  const cdp = await h.context.browser()?.newBrowserCDPSession();
  if (!cdp) throw new Error('no browser CDP session');
  const text = articleOf(1000);
  for (let run = 0; run < RUNS; run++) {
    await h.restartWorker();
    const page = await h.openExtensionPage(MESSENGER_PATH);
    const stop = await startTrace(cdp, CATEGORIES);
    const reply = await page.evaluate(timedSend, { type: 'analyze', text, url: 'https://bench.invalid/a' });
    const events = await stop();
    await page.close();
    if (SAVE)
      writeFileSync(SAVE.replace(/(\.json)?$/, `-${run}.json`), JSON.stringify({ traceEvents: events }));
    // The service worker thread: the one with a module evaluation of our bundle.
    const names = new Map<string, string>();
    for (const e of events)
      if (e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, String(e.args?.name));
    const sw = [...names].find(([, n]) => /ServiceWorker/i.test(n));
    if (!sw) throw new Error(`no service worker thread in ${[...names.values()].join(', ')}`);
    const [pid, tid] = sw[0].split(':').map(Number);
    const mine = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined);
    mine.sort((a, b) => a.ts - b.ts);
    const t0 = mine[0]?.ts ?? 0;
    const t1 = Math.max(...mine.map((e) => e.ts + (e.dur ?? 0)));
    console.log(
      `\n## run ${run + 1}: reply ${reply.ms.toFixed(0)} ms; worker thread busy span ${((t1 - t0) / 1000).toFixed(0)} ms`,
    );
    // Slices of at least 2 ms, indented by nesting depth (up to 4 levels).
    const open: number[] = [];
    for (const e of mine) {
      while (open.length && e.ts >= open[open.length - 1]) open.pop();
      const depth = open.length;
      open.push(e.ts + (e.dur ?? 0));
      if ((e.dur ?? 0) < 2000 || depth > 4) continue;
      const detail = JSON.stringify(e.args?.data ?? e.args ?? {}).slice(0, 90);
      console.log(
        `${((e.ts - t0) / 1000).toFixed(1).padStart(7)} ms +${((e.dur ?? 0) / 1000).toFixed(1).padStart(6)} ms ${'  '.repeat(depth)}${e.name} ${detail === '{}' ? '' : detail}`,
      );
    }
    const byName = new Map<string, number>();
    for (const e of mine) byName.set(e.name, (byName.get(e.name) ?? 0) + (e.dur ?? 0));
    console.log('slices by name (inclusive, nested counted twice):');
    for (const [n, d] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 15))
      console.log(`  ${(d / 1000).toFixed(1).padStart(7)} ms  ${n}`);
    const evaluate = mine.find((e) => e.name === 'v8.evaluateModule');
    if (MODULE && evaluate) {
      const during = profileOf(events, pid, tid, evaluate.ts, evaluate.ts + (evaluate.dur ?? 0));
      console.log(`module evaluation ${((evaluate.dur ?? 0) / 1000).toFixed(1)} ms, self time:`);
      for (const [fn, d] of during.self.slice(0, 15))
        console.log(`  ${(d / 1000).toFixed(1).padStart(7)} ms  ${fn}`);
    }
    const prof = profileOf(events, pid, tid, t0, t1);
    console.log(`profile self time (sampled ${(prof.total / 1000).toFixed(0)} ms):`);
    for (const [fn, d] of prof.self.slice(0, 25))
      console.log(`  ${(d / 1000).toFixed(1).padStart(7)} ms  ${fn}`);
    console.log('profile inclusive time (functions of the extension):');
    for (const [fn, d] of prof.inclusive.filter(([f]) => /\.js:/.test(f)).slice(0, 40))
      console.log(`  ${(d / 1000).toFixed(1).padStart(7)} ms  ${fn}`);
    const marks = events.filter((e) => e.pid === pid && e.cat.includes('blink.user_timing'));
    for (const m of marks) console.log(`  mark ${m.name} at ${((m.ts - t0) / 1000).toFixed(1)} ms`);
  }
} finally {
  await h.close();
}
