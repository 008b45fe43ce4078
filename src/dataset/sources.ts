/**
 * The corpora the bundled default dataset is built from, with their licences (from
 * data/sources.json), so the options page can name them without loading the dataset.
 */
import SOURCES from './data/sources.json' with { type: 'json' };

export interface BundledCorpus {
  name: string;
  source: string;
  licence: string;
  attribution?: string;
}

/** Returns the distinct corpora of the bundled dataset with source, licence and attribution. */
export function bundledCorpora(): BundledCorpus[] {
  const seen = new Set<string>();
  const out: BundledCorpus[] = [];
  for (const c of SOURCES.corpora) {
    if (seen.has(c.name)) continue;
    seen.add(c.name);
    out.push({ name: c.name, source: c.source, licence: c.licence, attribution: c.attribution });
  }
  return out;
}

/** Returns the licence of the bundled dataset file as a whole (the most restrictive of its sources). */
export function bundledLicence(): string {
  return SOURCES.licence;
}
