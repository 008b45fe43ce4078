/**
 * The reference dataset: entities with descriptors, claims and their articles, merged across
 * articles; built incrementally, stored as a compact versioned file, queried for cards, related
 * claims and search. Pure TypeScript (no DOM, no browser or Node APIs): the background worker
 * and the CLI share it.
 */
import type { Analysis } from '../nlp/types.ts';
import { buildCard, coverage, summary } from './card.ts';
import { ClaimIndex } from './claim-index.ts';
import {
  decodeStore,
  type EncodeOptions,
  encodeStore,
  FORMAT_VERSION,
  openFile,
  packedCore,
} from './codec.ts';
import { docGroups } from './doc-groups.ts';
import { DatasetError } from './errors.ts';
import {
  type ArticleMeta,
  checkInput,
  fromAnalysis,
  type IngestArticle,
  ingest,
  resolveGroups,
} from './ingest.ts';
import { nameKey } from './names.ts';
import { relatedClaims } from './related.ts';
import { lookupName } from './resolver.ts';
import { NameWords, search } from './search.ts';
import { entityType, Store } from './store.ts';
import type { ClaimRecord, DatasetStats, EntityCard, EntitySummary, SearchHit } from './types.ts';

export { type EncodeOptions, FORMAT_VERSION } from './codec.ts';
export { DatasetError } from './errors.ts';
export type { ArticleMeta } from './ingest.ts';
export { type BundledCorpus, bundledCorpora, bundledLicence } from './sources.ts';
export type * from './types.ts';

const CARD_CACHE = 256;

/**
 * Inflates bytes through a DecompressionStream into one buffer of the known raw length (bytes
 * past it make it fail): only the stream itself, no Blob or Response, which a Node worker would
 * first have to load.
 */
async function inflateNative(
  ds: TransformStream,
  packed: Uint8Array,
  rawLength: number,
): Promise<Uint8Array> {
  const writer = ds.writable.getWriter();
  // Errors surface through the reader; these promises must not reject unhandled.
  writer.write(packed).catch(() => {});
  writer.close().catch(() => {});
  const reader = ds.readable.getReader();
  const out = new Uint8Array(rawLength);
  let filled = 0;
  for (;;) {
    const { done, value } = (await reader.read()) as { done: boolean; value?: Uint8Array };
    if (done) break;
    if (!value) continue;
    if (filled + value.length > rawLength) {
      reader.cancel().catch(() => {});
      throw new Error('mehr Daten als angegeben');
    }
    out.set(value, filled);
    filled += value.length;
  }
  return filled === rawLength ? out : out.subarray(0, filled);
}

export class Dataset {
  private claimIndex = new ClaimIndex();
  private nameWords = new NameWords();
  private cardCache = new Map<number, EntityCard>();
  private relatedCache = new Map<number, EntityCard['related']>();
  private cacheGeneration = -1;

  private constructor(private store: Store) {}

  /** Returns a dataset with nothing in it. */
  static empty(): Dataset {
    return new Dataset(new Store());
  }

  /** Returns the dataset a .kxd file holds; throws DatasetError on a wrong version or damaged data. */
  static decode(bytes: Uint8Array): Dataset {
    return new Dataset(decodeStore(bytes));
  }

  /**
   * Returns the dataset a .kxd file holds, like `decode`, but inflates the core with the
   * platform's native DecompressionStream where there is one (browsers, workers, Node ≥ 18):
   * several times faster than the JS inflater on a worker's cold start.
   */
  static async decodeAsync(bytes: Uint8Array): Promise<Dataset> {
    const DS = (globalThis as { DecompressionStream?: new (format: string) => TransformStream })
      .DecompressionStream;
    if (!DS) return Dataset.decode(bytes);
    const file = openFile(bytes);
    const packed = packedCore(file);
    let core: Uint8Array;
    try {
      core = await inflateNative(new DS('deflate-raw'), packed, file.rawLength(0));
    } catch (error) {
      throw new DatasetError(`Datensatz beschädigt: Entpacken fehlgeschlagen (${(error as Error).message})`);
    }
    return new Dataset(decodeStore(file, core));
  }

  /**
   * Decodes, for at most `budgetMs`, what loading left compressed (claim chunks, then the claim
   * term index), so later cards and related-claims queries never pay for it; returns true when
   * everything is in memory. Meant for idle time after a worker start: call it until it says true.
   */
  warm(budgetMs = 10): boolean {
    const deadline = Date.now() + budgetMs;
    if (!this.store.warmClaims(deadline)) return false;
    if (Date.now() > deadline) return false;
    this.claimIndex.update(this.store);
    this.store.storedPostings?.get('');
    return true;
  }

  /** Returns the compact, compressed, versioned file bytes of the dataset. */
  encode(opts?: EncodeOptions): Uint8Array {
    if (this.store.entities.some((e) => e.mergedInto >= 0)) this.compact(() => true);
    return encodeStore(this.store, opts);
  }

  /**
   * Adds one analysed article; returns whether it was added and otherwise why not
   * (already present, invalid input, nothing found). Adding the same id or URL twice is a no-op.
   */
  addArticle(
    meta: ArticleMeta,
    analysis: Analysis,
    opts: { read?: boolean } = {},
  ): { added: boolean; reason?: string } {
    const problem = checkInput(meta, analysis);
    if (problem) return { added: false, reason: problem };
    const art = fromAnalysis(meta, analysis, opts.read === true);
    return this.addIngest(art);
  }

  private addIngest(art: IngestArticle): { added: boolean; reason?: string } {
    if (this.store.articleByKey.has(art.key)) return { added: false, reason: 'already in the dataset' };
    if (art.groups.length === 0 && art.claims.length === 0)
      return { added: false, reason: 'no entities or claims found' };
    ingest(this.store, art);
    return { added: true };
  }

  /** Removes every article from the reader's own reading, and what only they contributed. */
  removeRead(): void {
    this.store.undoRead();
    this.compact((a) => !a.read);
  }

  private compact(keep: Parameters<Store['compact']>[0]): void {
    this.store.compact(keep);
    this.claimIndex = new ClaimIndex();
    this.nameWords = new NameWords();
  }

  /** Adds every article of another dataset (e.g. an imported file) not already here, resolving its entities anew. */
  merge(other: Dataset): void {
    const o = other.store;
    const descsOf = new Map<number, number[]>();
    o.descriptors.forEach((d, i) => {
      const list = descsOf.get(d.article);
      if (list) list.push(i);
      else descsOf.set(d.article, [i]);
    });
    const claimsOf = new Map<number, number[]>();
    o.materializeClaims();
    o.claims.forEach((c, i) => {
      const list = claimsOf.get(c.article);
      if (list) list.push(i);
      else claimsOf.set(c.article, [i]);
    });
    const formsGiven = new Set<number>();
    o.articles.forEach((a, ai) => {
      if (this.store.articleByKey.has(a.key)) return;
      const groupOfEntity = new Map<number, number>();
      const groups: IngestArticle['groups'] = a.ents.map((e, k) => {
        const row = o.entities[e];
        groupOfEntity.set(e, k);
        const votes = [0, 0, 0, 0];
        votes[['PER', 'ORG', 'LOC', 'OTH'].indexOf(entityType(row))] = a.counts[k];
        const first = !formsGiven.has(e);
        formsGiven.add(e);
        return {
          key: nameKey(row.name),
          name: row.name,
          votes,
          category: row.category,
          mentions: new Array(a.counts[k]).fill(0),
          forms: first ? [...row.forms] : [],
          derivs: first ? [...row.derivs] : [],
          descriptors: (descsOf.get(ai) ?? [])
            .filter((d) => o.descriptors[d].entity === e)
            .map((d) => o.descriptors[d].text),
          aliases: first ? [...row.aliases] : [],
          derivOnly: false,
        };
      });
      const claims = (claimsOf.get(ai) ?? []).map((ci) => {
        const c = o.claims[ci];
        return {
          text: c.text,
          kind: c.kind,
          speaker: c.speaker,
          speakerGroup: c.speakerEntity >= 0 ? (groupOfEntity.get(c.speakerEntity) ?? -1) : -1,
          cue: c.cue,
          via: c.via,
          aboutGroups: c.about.map((x) => groupOfEntity.get(x) ?? -1).filter((g) => g >= 0),
        };
      });
      const source = o.sources[a.source];
      ingest(this.store, {
        key: a.key,
        meta: { url: a.url, title: a.title, date: a.date, source: source.name, licence: source.licence },
        read: a.read,
        groups,
        claims,
      });
    });
  }

  /** Returns, per mention of an analysed page, the dataset entity id (or null) plus summaries of those ids; creates nothing. */
  resolve(analysis: Analysis): { entityIds: (string | null)[]; summaries: Record<string, EntitySummary> } {
    const problem = checkInput({}, analysis);
    if (problem) throw new DatasetError(problem);
    const { groups, groupOf } = docGroups(analysis);
    const entityOf = resolveGroups(this.store, groups, false);
    const summaries: Record<string, EntitySummary> = {};
    const entityIds = groupOf.map((g) => {
      const e = g >= 0 ? entityOf[g] : -1;
      if (e < 0) return null;
      const id = this.store.entities[e].id;
      if (!summaries[id]) summaries[id] = summary(this.store, e);
      return id;
    });
    return { entityIds, summaries };
  }

  /** Returns the context card of an entity id (ids of merged entities still work), or null. */
  card(id: string): EntityCard | null {
    const i = this.store.entityById(id);
    return i < 0 ? null : this.cardAt(i);
  }

  /** Returns the card for a name as it appears in text, any inflected or derived form ("Lukaschenkos"), or null. */
  cardByName(name: string): EntityCard | null {
    const i = lookupName(this.store, name);
    return i < 0 ? null : this.cardAt(i);
  }

  private cardAt(i: number): EntityCard {
    if (this.cacheGeneration !== this.store.generation) {
      this.cardCache.clear();
      this.relatedCache.clear();
      this.cacheGeneration = this.store.generation;
    }
    let card = this.cardCache.get(i);
    if (!card) {
      card = buildCard(this.store, i, this.relatedCache);
      if (this.cardCache.size >= CARD_CACHE) this.cardCache.delete(this.cardCache.keys().next().value!);
      this.cardCache.set(i, card);
    }
    return card;
  }

  /** Returns claims related to a claim text (same speaker, same entities, similar wording), most relevant first. */
  related(text: string, opts?: { speaker?: string; limit?: number }): ClaimRecord[] {
    return relatedClaims(this.store, this.claimIndex, text, opts);
  }

  /** Returns entity and claim hits for a free-text query, best first. */
  search(query: string, limit?: number): SearchHit[] {
    return search(this.store, this.nameWords, this.claimIndex, query, limit);
  }

  /** Returns size, date range and sources (with licences) of the dataset. */
  stats(): DatasetStats {
    const cov = coverage(this.store);
    const perSource = new Array<number>(this.store.sources.length).fill(0);
    for (const a of this.store.articles) perSource[a.source]++;
    return {
      version: FORMAT_VERSION,
      articles: cov.articles,
      entities: this.store.entities.filter((e) => e.mergedInto < 0).length,
      claims: this.store.claims.length,
      from: cov.from,
      to: cov.to,
      sources: this.store.sources
        .map((s, i) => ({ name: s.name, licence: s.licence, articles: perSource[i] }))
        .filter((s) => s.articles > 0),
    };
  }
}
