/**
 * Loaders for the NER corpora under ../shared/data, each mapped to GermEval 2014 outer BIO tags
 * (PER/LOC/ORG/OTH with -deriv/-part). Test splits are loaded only by the benchmark.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { splitSentences } from '../../src/nlp/sentences.ts';
import { tokenize } from '../../src/nlp/tokenize.ts';
import { SHARED } from './paths.ts';

export interface TaggedSentence {
  words: string[];
  tags: string[];
  /** Training weight of this sentence (1 = GermEval). */
  weight: number;
  source: string;
}

function read(path: string): string {
  const full = resolve(SHARED, 'data', path);
  const buf = readFileSync(full);
  return (path.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8');
}

/** Returns GermEval 2014 sentences (outer tags) of 'dev' or 'test'. */
export function loadGermEval(split: 'dev' | 'test'): TaggedSentence[] {
  const out: TaggedSentence[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  for (const line of read(`germeval2014/NER-de-${split}.tsv`).split('\n')) {
    if (line.startsWith('#')) continue;
    if (line.trim() === '') {
      if (words.length) out.push({ words, tags, weight: 1, source: `germeval-${split}` });
      words = [];
      tags = [];
      continue;
    }
    const f = line.split('\t');
    words.push(f[1]);
    tags.push(f[2]);
  }
  if (words.length) out.push({ words, tags, weight: 1, source: `germeval-${split}` });
  return out;
}

/** Maps a coarse source label to a GermEval type, or undefined for "not an entity". */
type LabelMap = (label: string) => string | undefined;

/** Returns BIO sentences from a column file: `token ... tag` with a separator and sentence breaks. */
function loadColumns(
  path: string,
  source: string,
  map: LabelMap,
  opts: { sep: RegExp; splitAtPeriod?: boolean; weight: number },
): TaggedSentence[] {
  const out: TaggedSentence[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    if (words.length) out.push({ words, tags: fixBio(tags), weight: opts.weight, source });
    words = [];
    tags = [];
  };
  for (const raw of read(path).split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.startsWith('-DOCSTART-') || line.startsWith('# ')) {
      flush();
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    const f = line.split(opts.sep);
    const word = f[0];
    const tag = f.length > 1 ? f[f.length - 1].trim() : 'O';
    const m = /^([BI])[-_](.+)$/.exec(tag);
    const mapped = m ? map(m[2]) : undefined;
    words.push(word);
    tags.push(mapped ? `${m![1]}-${mapped}` : 'O');
    if (opts.splitAtPeriod && (word === '.' || word === '!' || word === '?') && words.length > 3) flush();
    if (words.length > 150) flush(); // files without sentence breaks
  }
  flush();
  return out;
}

/** Repairs I- tags that do not continue an entity of the same type (turns them into B-). */
export function fixBio(tags: string[]): string[] {
  return tags.map((t, i) => {
    if (!t.startsWith('I-')) return t;
    const prev = i > 0 ? tags[i - 1] : 'O';
    return prev !== 'O' && prev.slice(2) === t.slice(2) ? t : `B-${t.slice(2)}`;
  });
}

const mobieMap: LabelMap = (l) => {
  if (l === 'person') return 'PER';
  if (l === 'organization' || l === 'organization-company') return 'ORG';
  if (l === 'location' || l === 'location-city' || l === 'location-street' || l === 'location-stop')
    return 'LOC';
  return undefined;
};

/** Returns MobIE train sentences (mobility tweets and traffic reports). */
export function loadMobie(weight: number): TaggedSentence[] {
  return loadColumns('mobie_ner/train.conll2003', 'mobie', mobieMap, { sep: /\t/, weight });
}

/** Returns MobIE dev sentences (training material; MobIE test is never read). */
export function loadMobieDev(weight: number): TaggedSentence[] {
  return loadColumns('mobie_ner/dev.conll2003', 'mobie-dev', mobieMap, { sep: /\t/, weight });
}

/** Returns Legal NER dev sentences (court decisions) mapped to PER/LOC/ORG. */
export function loadLegal(weight: number): TaggedSentence[] {
  const map: LabelMap = (l) => {
    if (l === 'PER' || l === 'RR' || l === 'AN') return 'PER';
    if (l === 'LD' || l === 'ST' || l === 'STR' || l === 'LDS') return 'LOC';
    if (l === 'ORG' || l === 'UN' || l === 'INN' || l === 'GRT') return 'ORG';
    if (l === 'GS' || l === 'VO' || l === 'EUN' || l === 'MRK') return 'OTH';
    return undefined;
  };
  return loadColumns('legal_ner/ler_dev.conll.gz', 'legal', map, { sep: / /, weight });
}

/** Returns Europeana historic-newspaper sentences (cut at sentence punctuation). */
export function loadEuropeana(weight: number): TaggedSentence[] {
  const map: LabelMap = (l) => {
    const u = l.toUpperCase();
    if (u.startsWith('PER')) return 'PER';
    if (u.startsWith('LOC')) return 'LOC';
    if (u.startsWith('ORG')) return 'ORG';
    return undefined;
  };
  return ['lft', 'onb', 'sbb'].flatMap((f) =>
    loadColumns(`europeana_ner_de/enp_DE.${f}.bio`, 'europeana', map, {
      sep: / /,
      splitAtPeriod: true,
      weight,
    }),
  );
}

/** HIPE coarse types as GermEval types (time and the rest → O). */
const HIPE_TYPES: Record<string, string> = { pers: 'PER', loc: 'LOC', org: 'ORG', prod: 'OTH' };

/**
 * Returns CLEF HIPE 2020 German train+dev sentences (historical NZZ / Luxemburger Wort, OCR text;
 * CC BY-NC-SA 4.0; the HIPE test split is never read). Literal coarse labels: pers/loc/org →
 * PER/LOC/ORG, prod (newspapers, works) → OTH, time → O. Sentences
 * end at the PySBD segment marks; words split at a line-end "¬" are joined again.
 */
export function loadHipe(weight: number): TaggedSentence[] {
  const out: TaggedSentence[] = [];
  for (const split of ['train', 'dev']) {
    let words: string[] = [];
    let tags: string[] = [];
    let join = false;
    const flush = (): void => {
      if (words.length) out.push({ words, tags: fixBio(tags), weight, source: 'hipe' });
      words = [];
      tags = [];
      join = false;
    };
    for (const raw of read(`hipe2020_de/HIPE-data-v1.4-${split}-de.tsv`).split('\n')) {
      const line = raw.replace(/\r$/, '');
      if (line.startsWith('TOKEN\t')) continue;
      if (line.startsWith('#') || line.trim() === '') {
        if (line.startsWith('# document_id') || line.trim() === '') flush();
        continue;
      }
      const f = line.split('\t');
      const word = f[0];
      const misc = f[9] ?? '';
      if (word === '¬' && words.length) {
        join = true;
        continue;
      }
      if (join) {
        words[words.length - 1] += word;
        join = false;
      } else {
        const m = /^([BI])-(\w+)/.exec(f[1] ?? 'O');
        const type = m ? HIPE_TYPES[m[2]] : undefined;
        // GermEval keeps titles ("Hr.", "König") out of the name; HIPE marks them as components.
        const title = (f[5] ?? '').includes('comp.title');
        words.push(word);
        tags.push(m && type && !title ? `${m[1]}-${type}` : 'O');
      }
      if (misc.includes('PySBDSegment') || words.length > 150) flush();
    }
    flush();
  }
  return out;
}

/** Returns Europarl IXA test sentences (evaluation only; MISC mapped to OTH). */
export function loadEuroparlTest(): TaggedSentence[] {
  const map: LabelMap = (l) => (l === 'MISC' ? 'OTH' : ['PER', 'LOC', 'ORG'].includes(l) ? l : undefined);
  return loadColumns('europarl_ner_ixa_de/de-europarl.test.conll02', 'europarl', map, {
    sep: /\t/,
    weight: 1,
  });
}

/** Returns SmartData v3 dev sentences (training material; the v3 test split stays held out). */
export function loadSmartDataV3Dev(weight: number): TaggedSentence[] {
  const map: LabelMap = (l) => mobieMap(l.toLowerCase().replace('_', '-'));
  return loadColumns('smartdata_ner/smartdata_v3_dev.conll', 'smartdata-v3-dev', map, { sep: /\t/, weight });
}

/** Returns SmartData v3 test sentences (evaluation only) mapped to PER/LOC/ORG. */
export function loadSmartDataV3Test(): TaggedSentence[] {
  const map: LabelMap = (l) => mobieMap(l.toLowerCase().replace('_', '-'));
  return loadColumns('smartdata_ner/smartdata_v3_test.conll', 'smartdata-v3-test', map, {
    sep: /\t/,
    weight: 1,
  });
}

interface SmartDoc {
  v3_split: string | null;
  text: string;
  mentions: { start: number; end: number; type: string }[];
}

/** Returns SmartData v1 sentences (own tokenizer) without the documents v3 puts in dev/test. */
export function loadSmartDataV1(weight: number): TaggedSentence[] {
  const out: TaggedSentence[] = [];
  for (const line of read('smartdata_ner/smartdata_v1_docs.jsonl.gz').split('\n')) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line) as SmartDoc;
    if (doc.v3_split) continue; // held out: overlaps the v3 dev/test sets
    const tokens = tokenize(doc.text);
    const tags = new Array<string>(tokens.length).fill('O');
    const mentions = [...doc.mentions].sort((a, b) => b.end - b.start - (a.end - a.start)); // longest first
    for (const m of mentions) {
      const type = mobieMap(m.type);
      if (!type) continue;
      const idx: number[] = [];
      for (let i = 0; i < tokens.length; i++)
        if (tokens[i].start >= m.start && tokens[i].end <= m.end) idx.push(i);
      if (idx.length === 0 || idx.some((i) => tags[i] !== 'O')) continue;
      idx.forEach((i, k) => {
        tags[i] = `${k === 0 ? 'B' : 'I'}-${type}`;
      });
    }
    for (const s of splitSentences(doc.text, tokens)) {
      out.push({
        words: tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.text),
        tags: fixBio(tags.slice(s.tokenStart, s.tokenEnd)),
        weight,
        source: 'smartdata-v1',
      });
    }
  }
  return out;
}

/** Returns whether a sentence has at least one entity tag. */
export function hasEntity(s: TaggedSentence): boolean {
  return s.tags.some((t) => t !== 'O');
}
