/**
 * Highlight names and the `::highlight()` rules for them. Entities get a faint tinted
 * background plus a solid underline in their type colour; claims get a dotted (or dashed)
 * underline per kind. Two palettes: one for light pages, one for dark pages, chosen by
 * the article's own text colour (see `isLightText`).
 */
import type { ClaimKind, EntityType } from '../nlp/types.ts';

export const ENTITY_HIGHLIGHT: Record<EntityType, string> = {
  PER: 'kontext-per',
  ORG: 'kontext-org',
  LOC: 'kontext-loc',
  OTH: 'kontext-oth',
};

export const CLAIM_HIGHLIGHT: Record<ClaimKind, string> = {
  direct: 'kontext-claim-direct',
  indirect: 'kontext-claim-indirect',
  announcement: 'kontext-claim-announcement',
  factual: 'kontext-claim-factual',
};

/** The keyboard-focused / revealed mark. */
export const FOCUS_HIGHLIGHT = 'kontext-focus';

/** Every highlight name Kontext registers (for teardown). */
export const ALL_HIGHLIGHTS: readonly string[] = [
  ...Object.values(ENTITY_HIGHLIGHT),
  ...Object.values(CLAIM_HIGHLIGHT),
  FOCUS_HIGHLIGHT,
];

type Rgb = readonly [number, number, number];

// Hues chosen to stay apart for common colour-vision deficiencies (Okabe–Ito derived).
const LIGHT: Record<EntityType | ClaimKind | 'focus', Rgb> = {
  PER: [0, 114, 178],
  ORG: [213, 94, 0],
  LOC: [0, 158, 115],
  OTH: [204, 121, 167],
  direct: [86, 86, 86],
  indirect: [120, 100, 40],
  announcement: [0, 114, 178],
  // Slate violet, not red: red lines under text read as spelling errors, and factual
  // sentences are most of an article.
  factual: [110, 100, 160],
  focus: [230, 159, 0],
};

const DARK: typeof LIGHT = {
  PER: [86, 180, 233],
  ORG: [240, 160, 80],
  LOC: [80, 220, 170],
  OTH: [230, 160, 200],
  direct: [200, 200, 200],
  indirect: [220, 200, 120],
  announcement: [120, 190, 240],
  factual: [180, 170, 230],
  focus: [240, 200, 60],
};

const rgba = ([r, g, b]: Rgb, a: number) => `rgba(${r}, ${g}, ${b}, ${a})`;

const CLAIM_LINE: Record<ClaimKind, string> = {
  direct: 'dotted',
  indirect: 'dotted',
  announcement: 'dashed',
  factual: 'dotted',
};

/** Returns the stylesheet text for all Kontext highlights in the light or dark palette. */
export function highlightCss(dark: boolean): string {
  const p = dark ? DARK : LIGHT;
  const bgAlpha = dark ? 0.22 : 0.14;
  const rules: string[] = [];
  for (const type of Object.keys(ENTITY_HIGHLIGHT) as EntityType[]) {
    rules.push(
      `::highlight(${ENTITY_HIGHLIGHT[type]}) { background-color: ${rgba(p[type], bgAlpha)}; ` +
        `text-decoration: underline solid ${rgba(p[type], 0.9)} 2px; text-underline-offset: 3px; }`,
    );
  }
  for (const kind of Object.keys(CLAIM_HIGHLIGHT) as ClaimKind[]) {
    rules.push(
      `::highlight(${CLAIM_HIGHLIGHT[kind]}) { background-color: ${rgba(p[kind], dark ? 0.08 : 0.05)}; ` +
        // Factual sentences are the bulk of a text: a thinner, fainter line than the reported speech.
        `text-decoration: underline ${CLAIM_LINE[kind]} ${rgba(p[kind], kind === 'factual' ? 0.5 : 0.8)} ` +
        `${kind === 'factual' ? 1 : 1.5}px; text-underline-offset: 5px; }`,
    );
  }
  rules.push(
    `::highlight(${FOCUS_HIGHLIGHT}) { background-color: ${rgba(p.focus, dark ? 0.45 : 0.4)}; ` +
      `text-decoration: underline solid ${rgba(p.focus, 1)} 3px; }`,
  );
  return rules.join('\n');
}

/** Returns the colour a mark of this type/kind gets in the overlay fallback. */
export function fallbackColour(key: EntityType | ClaimKind | 'focus', dark: boolean): string {
  return rgba((dark ? DARK : LIGHT)[key], 0.9);
}

/** Returns whether a CSS colour string is light (so the page is dark); null when unparseable. */
export function isLightText(cssColour: string): boolean | null {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(cssColour);
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => Number(x) / 255);
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance > 0.5;
}
