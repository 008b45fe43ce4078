/**
 * Brown clustering (Brown et al. 1992) with Liang's (2005) exact agglomerative algorithm over a
 * window of C active clusters: words enter in frequency order, each as its own cluster; whenever
 * C + 1 clusters are active, the pair whose merge loses the least bigram mutual information is
 * merged. When all words are in, the C clusters left are merged down to one, and that merge tree
 * gives every cluster a bit path (Ratinov & Roth 2009 use its prefixes as features).
 *
 * All quantities are in count units (MI × N). Losses are kept for every active pair and updated
 * after a merge in O(1) per pair (Liang's update), so one merge costs O(C²).
 */

export interface BrownOptions {
  /** Window: number of active clusters (= leaves of the hierarchy). */
  clusters: number;
  /** Words rarer than this are left out (their bigrams too). */
  minCount?: number;
  maxVocab?: number;
  /** Test hook: after every new word and merge, check each kept loss against a fresh computation. */
  verify?: boolean;
}

/** Returns word → bit path ("0110…") of its leaf cluster; words are taken as given (no case folding). */
export function brownClusters(
  sentences: readonly (readonly string[])[],
  opts: BrownOptions,
): Map<string, string> {
  const freq = new Map<string, number>();
  for (const s of sentences) for (const w of s) freq.set(w, (freq.get(w) ?? 0) + 1);
  const vocab = [...freq]
    .filter(([, c]) => c >= (opts.minCount ?? 1))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, opts.maxVocab ?? Number.POSITIVE_INFINITY)
    .map(([w]) => w);
  const id = new Map(vocab.map((w, i) => [w, i]));
  const V = vocab.length;
  if (V === 0) return new Map();
  // Bigram counts between vocabulary words (no bigram across a sentence or a left-out word).
  const pairs = new Map<number, number>();
  for (const s of sentences)
    for (let i = 0; i + 1 < s.length; i++) {
      const a = id.get(s[i]);
      const b = id.get(s[i + 1]);
      if (a === undefined || b === undefined) continue;
      const k = a * V + b;
      pairs.set(k, (pairs.get(k) ?? 0) + 1);
    }
  const state = new BrownState(V, Math.min(opts.clusters, V), pairs, opts.verify ?? false);
  for (let w = 0; w < V; w++) {
    state.add(w);
    if (state.activeCount > opts.clusters) state.mergeBest();
  }
  const paths = state.hierarchy();
  return new Map(vocab.map((w, i) => [w, paths[i]]));
}

class BrownState {
  private readonly S: number;
  private readonly B: Int32Array;
  private readonly Q: Float64Array;
  private readonly loss: Float64Array;
  private readonly lc: Int32Array;
  private readonly rc: Int32Array;
  private readonly lgL: Float64Array;
  private readonly lgR: Float64Array;
  private readonly rs: Float64Array;
  /** Per slot: sums of its Q row / column and B row / column over the active slots. */
  private readonly rowQ: Float64Array;
  private readonly colQ: Float64Array;
  private readonly rowB: Float64Array;
  private readonly colB: Float64Array;
  private readonly active: Uint8Array;
  private act: number[] = [];
  private free: number[] = [];
  private readonly LOG: Float64Array;
  private readonly logN: number;
  // Words: left/right marginals, neighbour lists (CSR), union-find to their slot.
  private readonly wl: Int32Array;
  private readonly wr: Int32Array;
  private readonly outStart: Int32Array;
  private readonly outNb: Int32Array;
  private readonly outCt: Int32Array;
  private readonly inStart: Int32Array;
  private readonly inNb: Int32Array;
  private readonly inCt: Int32Array;
  private readonly parent: Int32Array;
  private readonly slotOfRep: Int32Array;
  private readonly repOfSlot: Int32Array;
  private readonly added: Uint8Array;
  private readonly tmp: {
    oldq: Float64Array;
    newq: Float64Array;
    oldRow: Float64Array;
    oldCol: Float64Array;
    mr: Int32Array;
    mc: Int32Array;
  };
  private readonly col: { ca: Int32Array; ac: Int32Array; cb: Int32Array; bc: Int32Array };

  constructor(
    V: number,
    C: number,
    pairs: Map<number, number>,
    private readonly verify: boolean,
  ) {
    const S = C + 1;
    this.S = S;
    this.B = new Int32Array(S * S);
    this.Q = new Float64Array(S * S);
    this.loss = new Float64Array(S * S);
    this.lc = new Int32Array(S);
    this.rc = new Int32Array(S);
    this.lgL = new Float64Array(S);
    this.lgR = new Float64Array(S);
    this.rs = new Float64Array(S);
    this.rowQ = new Float64Array(S);
    this.colQ = new Float64Array(S);
    this.rowB = new Float64Array(S);
    this.colB = new Float64Array(S);
    this.active = new Uint8Array(S);
    this.free = Array.from({ length: S }, (_, i) => S - 1 - i);
    this.wl = new Int32Array(V);
    this.wr = new Int32Array(V);
    let N = 0;
    const outDeg = new Int32Array(V + 1);
    const inDeg = new Int32Array(V + 1);
    for (const [k, c] of pairs) {
      const a = Math.floor(k / V);
      const b = k - a * V;
      this.wl[a] += c;
      this.wr[b] += c;
      N += c;
      outDeg[a + 1]++;
      inDeg[b + 1]++;
    }
    for (let i = 0; i < V; i++) {
      outDeg[i + 1] += outDeg[i];
      inDeg[i + 1] += inDeg[i];
    }
    this.outStart = outDeg.slice();
    this.inStart = inDeg.slice();
    this.outNb = new Int32Array(pairs.size);
    this.outCt = new Int32Array(pairs.size);
    this.inNb = new Int32Array(pairs.size);
    this.inCt = new Int32Array(pairs.size);
    for (const [k, c] of pairs) {
      const a = Math.floor(k / V);
      const b = k - a * V;
      this.outNb[outDeg[a]] = b;
      this.outCt[outDeg[a]++] = c;
      this.inNb[inDeg[b]] = a;
      this.inCt[inDeg[b]++] = c;
    }
    // Every count (bigram or marginal) is an integer ≤ N: logs come from a table.
    this.LOG = new Float64Array(N + 1);
    for (let i = 1; i <= N; i++) this.LOG[i] = Math.log(i);
    this.logN = N > 0 ? Math.log(N) : 0;
    this.parent = Int32Array.from({ length: V }, (_, i) => i);
    this.slotOfRep = new Int32Array(V).fill(-1);
    this.repOfSlot = new Int32Array(S).fill(-1);
    this.added = new Uint8Array(V);
    this.tmp = {
      oldq: new Float64Array(S),
      newq: new Float64Array(S),
      oldRow: new Float64Array(S),
      oldCol: new Float64Array(S),
      mr: new Int32Array(S),
      mc: new Int32Array(S),
    };
    this.col = { ca: new Int32Array(S), ac: new Int32Array(S), cb: new Int32Array(S), bc: new Int32Array(S) };
  }

  get activeCount(): number {
    return this.act.length;
  }

  /** q term of n bigrams between clusters with log marginals lx (left) and ly (right). */
  private f(n: number, lx: number, ly: number): number {
    return n > 0 ? n * (this.LOG[n] + this.logN - lx - ly) : 0;
  }

  private find(w: number): number {
    let r = w;
    while (this.parent[r] !== r) r = this.parent[r];
    while (this.parent[w] !== r) {
      const next = this.parent[w];
      this.parent[w] = r;
      w = next;
    }
    return r;
  }

  private slotOf(w: number): number {
    return this.added[w] ? this.slotOfRep[this.find(w)] : -1;
  }

  private key(s: number, t: number): number {
    return s < t ? s * this.S + t : t * this.S + s;
  }

  /** Sum of the q terms that involve slot s (its row and column, s-s once). */
  private rowSum(s: number): number {
    const { S, Q } = this;
    let sum = -Q[s * S + s];
    for (const x of this.act) sum += Q[s * S + x] + Q[x * S + s];
    return sum;
  }

  /** Sets the row/column sums of slot s from scratch. */
  private setSums(s: number): void {
    const { S, B, Q } = this;
    let rq = 0;
    let cq = 0;
    let rb = 0;
    let cb = 0;
    for (const x of this.act) {
      rq += Q[s * S + x];
      cq += Q[x * S + s];
      rb += B[s * S + x];
      cb += B[x * S + s];
    }
    this.rowQ[s] = rq;
    this.colQ[s] = cq;
    this.rowB[s] = rb;
    this.colB[s] = cb;
  }

  /**
   * freshLoss(n, d) for a slot n with few bigrams (a new, rare word): the merged terms with the
   * slots n has no bigram with follow from d's row/column sums, so only n's neighbours are visited.
   */
  private sparseLoss(n: number, d: number, outS: number[], inS: number[]): number {
    const { S, B, Q, lgL, lgR } = this;
    const before = this.rs[n] + this.rs[d] - Q[n * S + d] - Q[d * S + n];
    const lL = this.LOG[this.lc[n] + this.lc[d]];
    const lR = this.LOG[this.rc[n] + this.rc[d]];
    let after = this.f(B[n * S + n] + B[n * S + d] + B[d * S + n] + B[d * S + d], lL, lR);
    const shiftL = lgL[d] - lL;
    const shiftR = lgR[d] - lR;
    after +=
      this.rowQ[d] - Q[d * S + n] - Q[d * S + d] + (this.rowB[d] - B[d * S + n] - B[d * S + d]) * shiftL;
    after +=
      this.colQ[d] - Q[n * S + d] - Q[d * S + d] + (this.colB[d] - B[n * S + d] - B[d * S + d]) * shiftR;
    for (const x of outS) {
      if (x === d) continue;
      const bdx = B[d * S + x];
      after += this.f(B[n * S + x] + bdx, lL, lgR[x]) - Q[d * S + x] - bdx * shiftL;
    }
    for (const x of inS) {
      if (x === d) continue;
      const bxd = B[x * S + d];
      after += this.f(B[x * S + n] + bxd, lgL[x], lR) - Q[x * S + d] - bxd * shiftR;
    }
    return before - after;
  }

  /** MI lost by merging slots s and t, computed from scratch (O(C)). */
  private freshLoss(s: number, t: number): number {
    const { S, B, Q, lgL, lgR } = this;
    const before = this.rs[s] + this.rs[t] - Q[s * S + t] - Q[t * S + s];
    const lL = this.LOG[this.lc[s] + this.lc[t]];
    const lR = this.LOG[this.rc[s] + this.rc[t]];
    let after = this.f(B[s * S + s] + B[s * S + t] + B[t * S + s] + B[t * S + t], lL, lR);
    for (const x of this.act) {
      if (x === s || x === t) continue;
      after += this.f(B[s * S + x] + B[t * S + x], lL, lgR[x]);
      after += this.f(B[x * S + s] + B[x * S + t], lgL[x], lR);
    }
    return before - after;
  }

  private setQ(s: number): void {
    const { S, B, Q, lgL, lgR } = this;
    for (const x of this.act) {
      Q[s * S + x] = this.f(B[s * S + x], lgL[s], lgR[x]);
      Q[x * S + s] = this.f(B[x * S + s], lgL[x], lgR[s]);
    }
  }

  /** Adds word w as a new cluster in a free slot. */
  add(w: number): void {
    const { S, B } = this;
    const n = this.free.pop();
    if (n === undefined) throw new Error('brown: no free slot');
    this.added[w] = 1;
    this.slotOfRep[w] = n;
    this.repOfSlot[n] = w;
    this.lc[n] = this.wl[w];
    this.rc[n] = this.wr[w];
    this.lgL[n] = this.LOG[this.lc[n]];
    this.lgR[n] = this.LOG[this.rc[n]];
    for (let x = 0; x < S; x++) {
      B[n * S + x] = 0;
      B[x * S + n] = 0;
    }
    for (let j = this.outStart[w]; j < this.outStart[w + 1]; j++) {
      const t = this.slotOf(this.outNb[j]);
      if (t >= 0) B[n * S + t] += this.outCt[j];
    }
    for (let j = this.inStart[w]; j < this.inStart[w + 1]; j++) {
      if (this.inNb[j] === w) continue; // the self bigram came with the out-list
      const s = this.slotOf(this.inNb[j]);
      if (s >= 0) B[s * S + n] += this.inCt[j];
    }
    this.active[n] = 1;
    this.act.push(n);
    this.act.sort((a, b) => a - b);
    this.setQ(n);
    for (const x of this.act) if (x !== n) this.rs[x] += this.Q[x * S + n] + this.Q[n * S + x];
    this.rs[n] = this.rowSum(n);
    for (const x of this.act) {
      if (x === n) continue;
      this.rowQ[x] += this.Q[x * S + n];
      this.colQ[x] += this.Q[n * S + x];
      this.rowB[x] += B[x * S + n];
      this.colB[x] += B[n * S + x];
    }
    this.setSums(n);
    this.addTerms(n);
    const outS = this.act.filter((x) => x !== n && B[n * S + x] > 0);
    const inS = this.act.filter((x) => x !== n && B[x * S + n] > 0);
    for (const x of this.act) if (x !== n) this.loss[this.key(x, n)] = this.sparseLoss(n, x, outS, inS);
    if (this.verify) this.check();
  }

  /**
   * Updates the kept losses for the terms a new cluster n adds: only pairs with a member that has
   * a bigram with n change, so a rare word costs O(its neighbours × C), not O(C²).
   */
  private addTerms(n: number): void {
    const { S, B, Q, lc, rc, lgL, lgR, act, loss, LOG } = this;
    const near = act.filter((x) => x !== n && (B[x * S + n] > 0 || B[n * S + x] > 0));
    const isNear = new Uint8Array(S);
    for (const x of near) isNear[x] = 1;
    for (const c of near) {
      const qc = Q[c * S + n] + Q[n * S + c];
      for (const d of act) {
        if (d === n || d === c || (isNear[d] && d < c)) continue;
        const lL = LOG[lc[c] + lc[d]];
        const lR = LOG[rc[c] + rc[d]];
        loss[this.key(c, d)] +=
          qc +
          Q[d * S + n] +
          Q[n * S + d] -
          this.f(B[c * S + n] + B[d * S + n], lL, lgR[n]) -
          this.f(B[n * S + c] + B[n * S + d], lgL[n], lR);
      }
    }
  }

  /** Returns the active pair with the smallest loss (first in slot order on ties). */
  private best(): [number, number] {
    const { act, loss, S } = this;
    let min = Number.POSITIVE_INFINITY;
    let ba = -1;
    let bb = -1;
    for (let i = 0; i < act.length; i++) {
      const row = act[i] * S;
      for (let j = i + 1; j < act.length; j++) {
        const v = loss[row + act[j]];
        if (v < min) {
          min = v;
          ba = act[i];
          bb = act[j];
        }
      }
    }
    return [ba, bb];
  }

  /** Merges the best pair; returns [kept slot, freed slot]. */
  mergeBest(): [number, number] {
    const [a, b] = this.best();
    this.merge(a, b);
    return [a, b];
  }

  private merge(a: number, b: number): void {
    const { S, B, Q, lc, rc, lgL, lgR, act, loss } = this;
    const { oldq, newq, oldRow, oldCol, mr, mc } = this.tmp;
    const { ca, ac, cb, bc } = this.col;
    const lcm = lc[a] + lc[b];
    const rcm = rc[a] + rc[b];
    const lgLm = this.LOG[lcm];
    const lgRm = this.LOG[rcm];
    for (const x of act) {
      ca[x] = B[x * S + a];
      ac[x] = B[a * S + x];
      cb[x] = B[x * S + b];
      bc[x] = B[b * S + x];
      mr[x] = ac[x] + bc[x];
      mc[x] = ca[x] + cb[x];
      oldRow[x] = Q[x * S + a] + Q[x * S + b];
      oldCol[x] = Q[a * S + x] + Q[b * S + x];
      oldq[x] = oldRow[x] + oldCol[x];
      newq[x] = this.f(mc[x], lgL[x], lgRm) + this.f(mr[x], lgLm, lgR[x]);
    }
    const lgRa = lgR[a];
    const lgLa = lgL[a];
    const lgRb = lgR[b];
    const lgLb = lgL[b];
    const LOG = this.LOG;
    const logN = this.logN;
    const f = (n: number, lx: number, ly: number): number => (n > 0 ? n * (LOG[n] + logN - lx - ly) : 0);
    // Liang's update: for c, d ∉ {a, b} only the terms with a, b (now m) change.
    for (let i = 0; i < act.length; i++) {
      const c = act[i];
      if (c === a || c === b) continue;
      const row = c * S;
      for (let j = i + 1; j < act.length; j++) {
        const d = act[j];
        if (d === a || d === b) continue;
        const lL = LOG[lc[c] + lc[d]];
        const lR = LOG[rc[c] + rc[d]];
        const xa = ca[c] + ca[d];
        const ax = ac[c] + ac[d];
        const xb = cb[c] + cb[d];
        const bx = bc[c] + bc[d];
        loss[row + d] +=
          newq[c] +
          newq[d] -
          oldq[c] -
          oldq[d] +
          f(xa, lL, lgRa) +
          f(ax, lgLa, lR) +
          f(xb, lL, lgRb) +
          f(bx, lgLb, lR) -
          f(xa + xb, lL, lgRm) -
          f(ax + bx, lgLm, lR);
      }
    }
    // Slot a becomes the merged cluster; slot b is freed.
    const self = B[a * S + a] + B[a * S + b] + B[b * S + a] + B[b * S + b];
    for (const x of act) {
      B[a * S + x] = mr[x];
      B[x * S + a] = mc[x];
      B[b * S + x] = 0;
      B[x * S + b] = 0;
      Q[b * S + x] = 0;
      Q[x * S + b] = 0;
    }
    B[a * S + a] = self;
    lc[a] = lcm;
    rc[a] = rcm;
    lgL[a] = lgLm;
    lgR[a] = lgRm;
    this.active[b] = 0;
    this.act = act.filter((x) => x !== b);
    this.free.push(b);
    this.setQ(a);
    for (const x of this.act) {
      if (x === a) continue;
      this.rs[x] += newq[x] - oldq[x];
      this.rowQ[x] += Q[x * S + a] - oldRow[x];
      this.colQ[x] += Q[a * S + x] - oldCol[x];
    }
    this.rs[a] = this.rowSum(a);
    this.setSums(a);
    for (const x of this.act) if (x !== a) loss[this.key(a, x)] = this.freshLoss(a, x);
    const r = this.union(this.repOfSlot[a], this.repOfSlot[b]);
    this.repOfSlot[a] = r;
    this.repOfSlot[b] = -1;
    this.slotOfRep[r] = a;
    if (this.verify) this.check();
  }

  private union(x: number, y: number): number {
    const rx = this.find(x);
    const ry = this.find(y);
    this.parent[ry] = rx;
    return rx;
  }

  private check(): void {
    const sums = [this.rowQ.slice(), this.colQ.slice(), this.rowB.slice(), this.colB.slice()];
    for (const x of this.act) {
      this.setSums(x);
      const now = [this.rowQ[x], this.colQ[x], this.rowB[x], this.colB[x]];
      for (let k = 0; k < 4; k++)
        if (Math.abs(now[k] - sums[k][x]) > 1e-6 * (1 + Math.abs(now[k])))
          throw new Error(`brown: sum drift at ${x}`);
      const rs = this.rowSum(x);
      if (Math.abs(rs - this.rs[x]) > 1e-6 * (1 + Math.abs(rs)))
        throw new Error(`brown: row sum drift at ${x}`);
    }
    for (let i = 0; i < this.act.length; i++)
      for (let j = i + 1; j < this.act.length; j++) {
        const [s, t] = [this.act[i], this.act[j]];
        const fresh = this.freshLoss(s, t);
        const kept = this.loss[this.key(s, t)];
        if (Math.abs(fresh - kept) > 1e-6 * (1 + Math.abs(fresh)))
          throw new Error(`brown: loss drift at ${s},${t}: ${kept} vs ${fresh}`);
      }
  }

  /** Merges the remaining clusters down to one; returns every word's leaf path. */
  hierarchy(): string[] {
    const V = this.added.length;
    const leafOfSlot = new Int32Array(this.S).fill(-1);
    this.act.forEach((s, i) => {
      leafOfSlot[s] = i;
    });
    const leaves = this.act.length;
    const wordLeaf = Int32Array.from({ length: V }, (_, w) => leafOfSlot[this.slotOf(w)]);
    // Tree nodes: leaves 0…leaves-1, then one node per merge (children in `kids`).
    const nodeOfSlot = leafOfSlot.slice();
    const kids: [number, number][] = [];
    while (this.act.length > 1) {
      const [a, b] = this.mergeBest();
      kids.push([nodeOfSlot[a], nodeOfSlot[b]]);
      nodeOfSlot[a] = leaves + kids.length - 1;
    }
    const path: string[] = new Array(leaves + kids.length).fill('');
    for (let k = kids.length - 1; k >= 0; k--) {
      const [l, r] = kids[k];
      path[l] = `${path[leaves + k]}0`;
      path[r] = `${path[leaves + k]}1`;
    }
    if (leaves === 1) path[0] = '0';
    return Array.from(wordLeaf, (leaf) => path[leaf]);
  }
}
