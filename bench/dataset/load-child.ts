/**
 * Run in a fresh Node process (node --expose-gc --import tsx bench/dataset/load-child.ts FILE
 * [probe name] [sync|async]): time from bytes in memory to the first answered card (cold, as in a
 * worker start; wall and CPU time, since the shared machine's load inflates wall time), the first
 * related-claims query (which loads the stored postings), warm decode times, and the heap the
 * loaded dataset holds. Prints one JSON line.
 */
import { readFileSync } from 'node:fs';
import { Dataset } from '../../src/dataset/index.ts';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const file = process.argv[2];
const bytes = new Uint8Array(readFileSync(file));
const probe = process.argv[3] ?? 'Deutschland';
const native = process.argv[4] === 'async';
gc();
const heap0 = process.memoryUsage().heapUsed;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const ds = native ? await Dataset.decodeAsync(bytes) : Dataset.decode(bytes);
const t1 = performance.now();
const card = ds.cardByName(probe);
const t2 = performance.now();
const cpu = process.cpuUsage(cpu0);
const t3 = performance.now();
ds.related('Die Regierung sagte, die Zahl der Neuinfektionen steige weiter', { speaker: 'Jens Spahn' });
const t4 = performance.now();
gc();
const heap1 = process.memoryUsage().heapUsed;
const warm: number[] = [];
for (let i = 0; i < 5; i++) {
  const s = performance.now();
  Dataset.decode(bytes);
  warm.push(performance.now() - s);
}
warm.sort((a, b) => a - b);
process.stdout.write(
  `${JSON.stringify({
    bytes: bytes.length,
    decodeMs: t1 - t0,
    firstCardMs: t2 - t1,
    queryReadyMs: t2 - t0,
    queryReadyCpuMs: (cpu.user + cpu.system) / 1000,
    firstRelatedMs: t4 - t3,
    native,
    warmDecodeMedianMs: warm[2],
    heapMB: (heap1 - heap0) / 1024 / 1024,
    probeFound: card !== null,
  })}\n`,
);
