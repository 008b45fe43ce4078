/** Bad-input part of the NER benchmark: analyze() time on hostile texts of 1 MB and 4 MB. */
import { analyze } from '../../src/nlp/analyze.ts';

/** Returns a hostile text of about `size` characters of the given kind (deterministic). */
export function hostileText(kind: string, size: number): string {
  let seed = 7;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const pieces: Record<string, () => string> = {
    'no spaces': () => String.fromCharCode(97 + rand(26)),
    emoji: () => ['😀', '👍🏽', '🇩🇪', '👨‍👩‍👧', '❤️'][rand(5)],
    'zero-width/bidi': () => ['\u200b', '\u200d', '\u202e', '\u2066', 'a', 'B', ' '][rand(7)],
    'html fragments': () =>
      ['<div class="x">', '</div>', '<p>', 'Merkel ', '&nbsp;', '<a href="https://x.de/a">', 'Berlin. '][
        rand(7)
      ],
    'mixed scripts': () => ['Россия ', 'حلب ', '中国 ', 'Berlin ', 'Ελλάδα ', 'Putin. ', 'שלום '][rand(7)],
    'german news': () =>
      [
        'Die ',
        'Bundesregierung ',
        'in ',
        'Berlin ',
        'hat ',
        'am ',
        '3. ',
        'Mai ',
        'Olaf ',
        'Scholz ',
        'gesagt',
        '. ',
        '„',
        '“',
      ][rand(14)],
  };
  const gen = pieces[kind];
  if (!gen) throw new Error(`unknown hostile text kind ${kind}`);
  const parts: string[] = [];
  let len = 0;
  while (len < size) {
    const p = gen();
    parts.push(p);
    len += p.length;
  }
  return parts.join('');
}

export const HOSTILE_KINDS = [
  'no spaces',
  'emoji',
  'zero-width/bidi',
  'html fragments',
  'mixed scripts',
  'german news',
];

/** Returns wall and process-CPU ms of analyze() on the text, checking every offset (throws if one is wrong). */
export function timeAnalyze(text: string): { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t = performance.now();
  const a = analyze(text);
  const wall = performance.now() - t;
  const c = process.cpuUsage(c0);
  for (const m of a.entities) if (text.slice(m.start, m.end) !== m.text) throw new Error('offset mismatch');
  for (const s of a.sentences)
    if (s.start < 0 || s.end > text.length || s.end < s.start) throw new Error('bad sentence span');
  return { wall, cpu: (c.user + c.system) / 1000 };
}
