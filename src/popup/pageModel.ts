/** Turns a page's AnalyzeResult into the popup's lists: entities grouped by type, visible claims. */
import type { EntitySummary } from '../dataset/types.ts';
import type { Claim, ClaimKind, EntityType } from '../nlp/types.ts';
import { ENTITY_TYPES } from '../nlp/types.ts';
import type { AnalyzeResult } from '../protocol/messages.ts';

/** One entity of the page with all its mentions. */
export interface EntityRow {
  /** Dataset id, or "TYPE:canonical" for names the dataset does not know. */
  key: string;
  id: string | null;
  name: string;
  type: EntityType;
  category?: string;
  /** Indices into analysis.entities, in text order (content:reveal takes these). */
  indices: number[];
  summary?: EntitySummary;
  /** Role phrases this page attached to the entity, distinct. */
  descriptors: string[];
}

export interface EntityGroup {
  type: EntityType;
  rows: EntityRow[];
}

/** Returns the page's entities grouped by type (PER, ORG, LOC, OTH), most mentioned first, and how many mentions the settings hide. */
export function groupEntities(
  result: AnalyzeResult,
  types: readonly EntityType[],
): { groups: EntityGroup[]; hidden: number } {
  const { entities } = result.analysis;
  if (result.entityIds.length !== entities.length) {
    throw new Error(`entityIds (${result.entityIds.length}) passt nicht zu entities (${entities.length})`);
  }
  const rows = new Map<string, EntityRow>();
  let hidden = 0;
  entities.forEach((mention, index) => {
    if (!types.includes(mention.type)) {
      hidden++;
      return;
    }
    const id = result.entityIds[index];
    const summary = id ? result.summaries[id] : undefined;
    const key = id ?? `${mention.type}:${mention.canonical}`;
    let row = rows.get(key);
    if (!row) {
      row = {
        key,
        id,
        name: summary?.name ?? mention.canonical,
        type: summary?.type ?? mention.type,
        category: summary?.category ?? mention.category,
        indices: [],
        summary,
        descriptors: [],
      };
      rows.set(key, row);
    }
    row.indices.push(index);
    if (mention.descriptor && !row.descriptors.includes(mention.descriptor))
      row.descriptors.push(mention.descriptor);
  });
  const groups = ENTITY_TYPES.map((type) => ({
    type,
    rows: [...rows.values()]
      .filter((r) => r.type === type)
      .sort((a, b) => b.indices.length - a.indices.length || a.indices[0] - b.indices[0]),
  })).filter((g) => g.rows.length > 0);
  return { groups, hidden };
}

/** A claim of the page with its index into analysis.claims. */
export interface ClaimRow {
  index: number;
  claim: Claim;
}

/** Returns the page's claims of the kinds the settings show, in text order, and how many are hidden. */
export function visibleClaims(
  result: AnalyzeResult,
  kinds: readonly ClaimKind[],
): { rows: ClaimRow[]; hidden: number } {
  const rows: ClaimRow[] = [];
  result.analysis.claims.forEach((claim, index) => {
    if (kinds.includes(claim.kind)) rows.push({ index, claim });
  });
  return { rows, hidden: result.analysis.claims.length - rows.length };
}
