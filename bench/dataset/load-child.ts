/**
 * Run in a fresh Node process (node --expose-gc --import tsx bench/dataset/load-child.ts FILE):
 * time from bytes in memory to the first answered card (cold, as in a worker start), warm decode
 * times, and the heap the loaded dataset holds. Prints one JSON line.
 */
import { readFileSync } from 'node:fs';
import { Dataset } from '../../src/dataset/index.ts';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const file = process.argv[2];
const bytes = new Uint8Array(readFileSync(file));
const probe = process.argv[3] ?? 'Deutschland';
gc();
const heap0 = process.memoryUsage().heapUsed;
const t0 = performance.now();
const ds = Dataset.decode(bytes);
const t1 = performance.now();
const card = ds.cardByName(probe);
const t2 = performance.now();
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
    warmDecodeMedianMs: warm[2],
    heapMB: (heap1 - heap0) / 1024 / 1024,
    probeFound: card !== null,
  })}\n`,
);
