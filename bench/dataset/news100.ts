/**
 * Entity resolution quality on News-100 (gold: DBpedia URIs). All 100 articles go into one
 * dataset through the real pipeline; each gold mention that overlaps a found mention gets that
 * mention's dataset entity. Over pairs of such gold mentions, "same entity" is scored against
 * "same URI": within each document (the task's figure) and across documents (cross-article merging).
 */
import { readFileSync } from 'node:fs';
import { Dataset } from '../../src/dataset/index.ts';
import type { Analysis } from '../../src/nlp/types.ts';

export interface PairScore {
  pairs: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface News100Result {
  docs: number;
  goldMentions: number;
  matched: number;
  within: PairScore;
  across: PairScore;
  /** Baseline on the same mentions: "same entity" = same surface text (case-folded). */
  baselineWithin: PairScore;
  baselineAcross: PairScore;
}

interface Gold {
  start: number;
  end: number;
  uri: string;
}

function score(tp: number, predSame: number, goldSame: number, pairs: number): PairScore {
  const precision = predSame ? tp / predSame : 0;
  const recall = goldSame ? tp / goldSame : 0;
  return {
    pairs,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
  };
}

/** Returns pairwise same-entity precision/recall/F1 on News-100. */
export function evalNews100(path: string, analyze: (text: string) => Analysis): News100Result {
  const docs = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; url: string; text: string; mentions: Gold[] });
  const ds = Dataset.empty();
  const analyses = docs.map((d) => analyze(d.text));
  docs.forEach((d, i) => {
    ds.addArticle({ id: `news100:${d.id}`, url: d.url, source: 'news.de' }, analyses[i]);
  });
  const labelled: { doc: number; uri: string; entity: string; surface: string }[] = [];
  let goldMentions = 0;
  docs.forEach((d, di) => {
    const { entityIds } = ds.resolve(analyses[di]);
    const found = analyses[di].entities;
    for (const g of d.mentions) {
      goldMentions++;
      const k = found.findIndex((m) => m.start < g.end && g.start < m.end);
      if (k >= 0 && entityIds[k]) {
        labelled.push({ doc: di, uri: g.uri, entity: entityIds[k]!, surface: found[k].text.toLowerCase() });
      }
    }
  });
  // tp, predSame, goldSame, pairs; then the same for the surface-string baseline
  const counts = { within: [0, 0, 0, 0], across: [0, 0, 0, 0], bWithin: [0, 0, 0, 0], bAcross: [0, 0, 0, 0] };
  for (let a = 0; a < labelled.length; a++) {
    for (let b = a + 1; b < labelled.length; b++) {
      const x = labelled[a];
      const y = labelled[b];
      const same = x.doc === y.doc;
      const gold = x.uri === y.uri;
      for (const [c, pred] of [
        [same ? counts.within : counts.across, x.entity === y.entity],
        [same ? counts.bWithin : counts.bAcross, x.surface === y.surface],
      ] as const) {
        c[3]++;
        if (pred) c[1]++;
        if (gold) c[2]++;
        if (pred && gold) c[0]++;
      }
    }
  }
  return {
    docs: docs.length,
    goldMentions,
    matched: labelled.length,
    within: score(counts.within[0], counts.within[1], counts.within[2], counts.within[3]),
    across: score(counts.across[0], counts.across[1], counts.across[2], counts.across[3]),
    baselineWithin: score(counts.bWithin[0], counts.bWithin[1], counts.bWithin[2], counts.bWithin[3]),
    baselineAcross: score(counts.bAcross[0], counts.bAcross[1], counts.bAcross[2], counts.bAcross[3]),
  };
}
