/**
 * Trains the German NER tagger and writes src/nlp/model/ner-model.bin. `npm run train:ner` runs it
 * twice (round four, self-training): first the plain recipe to dist/ner-stage1.bin, then again with
 * `--self-train dist/ner-stage1.bin --self-weight 0.5`, adding the unlabelled news text that stage-1
 * model tags most confidently (scripts/ner/self-train.ts).
 *
 * Data (all licences allow redistribution of a derived model; see src/nlp/model/PROVENANCE.md):
 * GermEval 2014 dev (weight 1), and — only sentences with entities, at reduced weight —
 * SmartData v1 (without the v3 dev/test documents), MobIE train, Legal NER dev, Europeana.
 * Word clusters from unlabelled text (scripts/ner/clusters.ts, incl. CC BY-NC-SA news text).
 * Test splits are never read here.
 *
 * Flags: --tune         hold out every 5th GermEval dev sentence and report F1 on it per epoch
 *        --epochs N     training epochs (default 15)
 *        --rows N       log2 of the feature hash rows (default 20)
 *        --fold K       which fifth of GermEval dev is held out with --tune (0-4, default 4)
 *        --corpora L    extra corpora, comma-separated (default smartdata,smartdata3dev,mobie,mobiedev,legal,europeana)
 *        --extra W      weight of the extra corpora (0 = leave them out; default 0.3)
 *        --no-harmonise do not fill in deriv labels of the extra corpora with the adjective rules
 *        --harmonise-parts  let the -part rule fill in the extra corpora's labels too (tried, worse)
 *        --no-partial   train on the extra corpora's "O" for OTH-list words (no partial labels)
 *        --partial-quotes   also leave unknown capitalised words in short quotes open (tried, no gain)
 *        --no-clusters  no word-cluster features (default: clusters from scripts/ner/clusters.ts)
 *        --clusters-fine N / --clusters-coarse N   k-means granularities (default 255 / 50; fine ≤ 255)
 *        --clusters-small-text  cluster only the round-one text (SpkAtt + corpus texts; tried, worse)
 *        --clusters-cache PATH  read the cluster table from PATH, or build it and write it there
 *        --brown C      round six: also Brown clusters (window C) over the same text (scripts/ner/brown-table.ts);
 *                       with --no-clusters instead of the k-means ones; --brown-cache PATH as above;
 *                       --brown-more-text adds Corpus REDEWIEDERGABE and MobIE/SmartData v3 dev texts
 *        --corpora …,hipe       also train on HIPE 2020 train+dev (tried, worse; not in the default)
 *        --self-train MODEL   round four: add unlabelled news text tagged by MODEL (with --tune
 *                       --fold K a model trained without fold K), keeping the top --self-keep Q
 *                       (default 0.5) of its entity sentences by Viterbi margin, at --self-weight W
 *                       (default: --extra); tried
 *        --lex-dropout W  round six: GermEval sentences again without lexicon features, at weight W
 *        --iso-codes    round six: German ISO names (countries, subdivisions, currencies, languages) in the lexicon
 *        --seed N       shuffling seed (default 42)
 *        --no-lexicon / --no-common-nouns / --no-general-lists   ablations
 *        --out PATH     model path (default src/nlp/model/ner-model.bin; load it with readTaggerFile
 *                       from src/cli/ner-model.ts, e.g. bench/ner/ablation.ts name=PATH)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { FeatureExtractor } from '../src/nlp/features.ts';
import { TAGS, tagIndex } from '../src/nlp/labels.ts';
import { Lexicon } from '../src/nlp/lexicon.ts';
import { encodeModel, quantize } from '../src/nlp/model-codec.ts';
import { postprocessTags } from '../src/nlp/postprocess.ts';
import { viterbi } from '../src/nlp/viterbi.ts';
import { brownPaths as brownPathsOf, withBrown } from './ner/brown-table.ts';
import { buildLexicon, DEFAULT_LEXICON_OPTIONS } from './ner/build-lexicon.ts';
import { buildClusters } from './ner/clusters.ts';
import * as C from './ner/corpora.ts';
import { prf, score } from './ner/metrics.ts';
import { freeOthMask } from './ner/partial.ts';
import { REPO_ROOT } from './ner/paths.ts';
import { type Example, Perceptron } from './ner/perceptron.ts';
import { selfLabelled } from './ner/self-train.ts';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const flag = (name: string): boolean => process.argv.includes(name);

const TUNE = flag('--tune');
const FOLD = Number(arg('--fold', '4'));
const CORPORA = new Set(
  arg('--corpora', 'smartdata,smartdata3dev,mobie,mobiedev,legal,europeana').split(','),
);
const EPOCHS = Number(arg('--epochs', '15'));
const ROWS_LOG2 = Number(arg('--rows', '20'));
const EXTRA = Number(arg('--extra', '0.3'));
const CLUSTERS = !flag('--no-clusters');
const HARMONISE = !flag('--no-harmonise');
const PARTS_HARMONISE = flag('--harmonise-parts');
const PARTIAL = !flag('--no-partial');
const PARTIAL_QUOTES = flag('--partial-quotes');
const SELF_TRAIN = arg('--self-train', '');
const SELF_KEEP = Number(arg('--self-keep', '0.5'));
const SELF_WEIGHT = Number(arg('--self-weight', String(EXTRA)));
const OUT = resolve(REPO_ROOT, arg('--out', 'src/nlp/model/ner-model.bin'));

/** Deterministic PRNG (mulberry32) so training is reproducible. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const t0 = Date.now();
const log = (msg: string): void => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`);

const lexicon = flag('--no-lexicon')
  ? Lexicon.fromEntries([])
  : buildLexicon({
      ...DEFAULT_LEXICON_OPTIONS,
      commonNouns: !flag('--no-common-nouns'),
      generalLists: !flag('--no-general-lists'),
      isoCodes: flag('--iso-codes'),
    });
log(`lexicon: ${lexicon.size} entries`);
const CLUSTER_CACHE = arg('--clusters-cache', '');
function clusterTable(): Lexicon {
  if (CLUSTER_CACHE && existsSync(CLUSTER_CACHE)) {
    const { hashes, masks } = JSON.parse(readFileSync(CLUSTER_CACHE, 'utf8')) as {
      hashes: number[];
      masks: number[];
    };
    return new Lexicon(Uint32Array.from(hashes), Uint32Array.from(masks));
  }
  const table = buildClusters(
    Number(arg('--clusters-fine', '255')),
    Number(arg('--clusters-coarse', '50')),
    !flag('--clusters-small-text'),
  );
  if (CLUSTER_CACHE) {
    const { hashes, masks } = table.arrays();
    writeFileSync(CLUSTER_CACHE, JSON.stringify({ hashes: [...hashes], masks: [...masks] }));
  }
  return table;
}
const BROWN = Number(arg('--brown', '0'));
const kmeans = CLUSTERS ? clusterTable() : Lexicon.fromEntries([]);
const { table: clusters, brownPaths } =
  BROWN > 0
    ? withBrown(kmeans, brownPathsOf(BROWN, arg('--brown-cache', ''), flag('--brown-more-text')))
    : { table: kmeans, brownPaths: new Uint32Array(0) };
log(`clusters: ${clusters.size} words, ${brownPaths.length} Brown leaves`);

const dev = C.loadGermEval('dev');
const train: C.TaggedSentence[] = TUNE ? dev.filter((_, i) => i % 5 !== FOLD) : dev;
const tune: C.TaggedSentence[] = TUNE ? dev.filter((_, i) => i % 5 === FOLD) : [];
const EXTRA_LOADERS: Record<string, (w: number) => C.TaggedSentence[]> = {
  smartdata: C.loadSmartDataV1,
  smartdata3dev: C.loadSmartDataV3Dev,
  mobie: C.loadMobie,
  mobiedev: C.loadMobieDev,
  legal: C.loadLegal,
  europeana: C.loadEuropeana,
  hipe: C.loadHipe,
};
if (EXTRA > 0) {
  for (const name of CORPORA) {
    const load = EXTRA_LOADERS[name];
    if (!load) throw new Error(`unknown corpus "${name}" (known: ${Object.keys(EXTRA_LOADERS).join(', ')})`);
    const sentences = load(EXTRA).filter(C.hasEntity);
    // These corpora do not annotate derivations: their "O" on "deutschen" is a missing label,
    // so the general adjective rules fill it in (GermEval's scheme) before training.
    if (HARMONISE)
      for (const s of sentences)
        s.tags = postprocessTags(s.words, s.tags, lexicon, { parts: PARTS_HARMONISE, kinds: false });
    train.push(...sentences);
  }
}
if (SELF_TRAIN) {
  const sentences = selfLabelled(resolve(REPO_ROOT, SELF_TRAIN), SELF_KEEP, SELF_WEIGHT);
  log(`self-labelled sentences by ${SELF_TRAIN} (top ${SELF_KEEP} by margin): ${sentences.length}`);
  train.push(...sentences);
}
log(`training sentences: ${train.length} (${train.reduce((a, s) => a + s.words.length, 0)} tokens)`);

const extractor = new FeatureExtractor({ lexicon, cluster: (w) => clusters.mask(w), brownPaths });
const toExample = (s: C.TaggedSentence, ex = extractor, weight = s.weight): Example => {
  const { feats, counts } = ex.extract(s.words);
  const free =
    PARTIAL && s.source !== 'germeval-dev'
      ? freeOthMask(s.words, s.tags, lexicon, PARTIAL_QUOTES)
      : undefined;
  return { feats, counts, gold: Uint8Array.from(s.tags.map(tagIndex)), weight, free };
};
const examples = train.map((s) => toExample(s));
// Round six: GermEval sentences once more with the lexicon switched off, so that context features
// learn to find names the lists do not know (most ORG and OTH names at test time).
const LEX_DROPOUT = Number(arg('--lex-dropout', '0'));
if (LEX_DROPOUT > 0) {
  const blind = new FeatureExtractor({
    lexicon: Lexicon.fromEntries([]),
    cluster: (w) => clusters.mask(w),
    brownPaths,
  });
  for (const s of train)
    if (s.source === 'germeval-dev') examples.push(toExample(s, blind, s.weight * LEX_DROPOUT));
}
const tuneExamples = tune.map((s) => toExample(s));
log('features extracted');

const model = new Perceptron(ROWS_LOG2);
const random = rng(Number(arg('--seed', '42')));

function evaluate(w: Float32Array, trans: Float32Array): string {
  const pred = tuneExamples.map((ex) =>
    Array.from(viterbi(model.emissions(ex, w), ex.gold.length, trans), (i) => TAGS[i]),
  );
  const s = score(
    tune.map((x) => x.tags),
    pred,
  );
  const b = prf(s.base4);
  const a = prf(s.all12);
  return `tune F1 4-type ${b.f1.toFixed(2)} (P ${b.p.toFixed(1)} R ${b.r.toFixed(1)}), 12-label ${a.f1.toFixed(2)}`;
}

const order = examples.map((_, i) => i);
for (let epoch = 1; epoch <= EPOCHS; epoch++) {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  let wrong = 0;
  for (const i of order) if (model.learn(examples[i])) wrong++;
  let line = `epoch ${epoch}: ${wrong} sentences wrong`;
  if (TUNE) {
    const avg = model.averaged();
    line += `; ${evaluate(avg.w, avg.trans)}`;
  }
  log(line);
}

const avg = model.averaged();
const { q, scale } = quantize(avg.w);
if (TUNE) {
  const deq = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) deq[i] = q[i] * scale;
  log(`quantised: ${evaluate(deq, avg.trans)}`);
}
const bytes = encodeModel(
  { rowsLog2: ROWS_LOG2, weights: q, scale, transitions: avg.trans, lexicon, clusters, brownPaths },
  {
    trained: new Date().toISOString().slice(0, 10),
    command: `npx tsx scripts/train-ner.ts ${process.argv.slice(2).join(' ')}`.trim(),
  },
);
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, bytes);
log(`wrote ${OUT}: ${(bytes.length / 1e6).toFixed(2)} MB`);
