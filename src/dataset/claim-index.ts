/**
 * Inverted index over claim texts (term → ascending claim rows). Claims that came with the loaded
 * file use the postings stored in it (decoded per term on first use, so loading stays cheap);
 * claims added since are indexed here in memory as they arrive.
 */
import type { Store } from './store.ts';
import { terms } from './terms.ts';

export class ClaimIndex {
  private memory = new Map<string, number[]>();
  /** Claims indexed in memory so far, starting after the stored ones. */
  private indexedTo = -1;
  private storedCount = 0;

  /** Returns the index brought up to date with the store's claims. */
  update(store: Store): this {
    const stored = store.storedPostings;
    const storedCount = stored?.count ?? 0;
    if (this.indexedTo < 0 || storedCount !== this.storedCount || this.indexedTo > store.claims.length) {
      this.memory.clear();
      this.indexedTo = storedCount;
      this.storedCount = storedCount;
    }
    for (let c = this.indexedTo; c < store.claims.length; c++) {
      for (const t of terms(store.claimText(c))) {
        const list = this.memory.get(t);
        if (list) list.push(c);
        else this.memory.set(t, [c]);
      }
    }
    this.indexedTo = store.claims.length;
    return this;
  }

  /** Returns the claims containing a term: stored ones first, then those added since, ascending. */
  postings(store: Store, term: string): readonly number[] {
    const stored = store.storedPostings?.get(term) ?? [];
    const mem = this.memory.get(term);
    if (!mem) return stored;
    return stored.length ? [...stored, ...mem] : mem;
  }

  /** Returns the document frequency of a term. */
  df(store: Store, term: string): number {
    return (store.storedPostings?.get(term).length ?? 0) + (this.memory.get(term)?.length ?? 0);
  }

  /** Returns the inverse document frequency of a term (0 for unknown terms). */
  idf(store: Store, term: string): number {
    const df = this.df(store, term);
    return df === 0 ? 0 : Math.log(1 + store.claims.length / df);
  }
}
