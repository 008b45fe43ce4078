import { JSDOM, VirtualConsole } from 'jsdom';
import { loadPages, readHtml } from './pages.ts';
const shared = new VirtualConsole();
const pages = loadPages('/work/shared/data/trafilatura_de').filter((p) => p.category !== 'other').slice(0, Number(process.env.N));
for (const p of pages) {
  const { window } = new JSDOM(readHtml(p), { virtualConsole: process.env.SHARED ? shared : new VirtualConsole() });
  window.close();
}
(globalThis as any).gc();
console.log(process.env.SHARED ? 'shared' : 'fresh', Math.round(process.memoryUsage().heapUsed / 1e6), 'MB', shared.listenerCount('jsdomError'));
