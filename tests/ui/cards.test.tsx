import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClaimCard } from '../../src/ui/ClaimCard.tsx';
import { COLLAPSED, EntityCard } from '../../src/ui/EntityCard.tsx';
import { UI_CSS } from '../../src/ui/styles.ts';
import { HOSTILE, makeCard, makePageClaim, makeRecord } from './fixtures.ts';
import { byText, cleanup, click, key, mount } from './render.ts';

afterEach(cleanup);

describe('<EntityCard>', () => {
  it('shows name, type, article counts, and each descriptor with its date and source', () => {
    const el = mount(<EntityCard card={makeCard()} />);
    expect(el.querySelector('h2')?.textContent).toBe('Erika Beispiel');
    expect(el.textContent).toContain('Person');
    expect(el.textContent).toContain('in 12 Artikeln, davon 2 gelesen');
    const items = [...el.querySelectorAll('.kx-descriptor')];
    expect(items).toHaveLength(2);
    expect(items[0].textContent).toContain('Bürgermeisterin von Musterstadt');
    expect(items[0].querySelector('time')?.getAttribute('dateTime')).toBe('2023-08-15');
    expect(items[0].querySelector('time')?.textContent).toBe('15.08.2023');
    expect(items[0].textContent).toContain('Beispielzeitung');
    expect(items[0].querySelector('a')?.getAttribute('href')).toBe('https://news.example/a');
    expect(items[0].querySelector('a')?.getAttribute('rel')).toContain('noopener');
    expect(items[1].querySelector('time')?.textContent).toMatch(/Jan\.? 2022/);
    expect(items[1].textContent).toContain('gelesen');
    expect(el.textContent).toContain('Auch genannt: E. Beispiel');
    expect(el.textContent).toContain('Datenbestand: 5.000 Artikel');
  });

  it('gives the span of mentions, or the one day when first and last are the same', () => {
    expect(mount(<EntityCard card={makeCard()} />).textContent).toContain(
      'Erwähnt von 10.01.2022 bis 15.08.2023',
    );
    cleanup();
    const once = mount(<EntityCard card={makeCard({ firstSeen: '2006-03-27', lastSeen: '2006-03-27' })} />);
    expect(once.textContent).toContain('Erwähnt am 27.03.2006');
    expect(once.textContent).not.toContain('Erwähnt von');
  });

  it('draws the mentions timeline', () => {
    const el = mount(<EntityCard card={makeCard()} />);
    expect(el.querySelector('svg path.kx-timeline-line')?.getAttribute('d')).toMatch(
      /^M[\d.]+ [\d.]+( L[\d.]+ [\d.]+){3}$/,
    );
  });

  it('lists co-mentioned entities as buttons that open their card', () => {
    const onOpenEntity = vi.fn();
    const el = mount(<EntityCard card={makeCard()} onOpenEntity={onOpenEntity} />);
    click(byText(el, 'button.kx-chip', 'Musterstadt'));
    expect(onOpenEntity).toHaveBeenCalledWith('e2', 'Musterstadt');
  });

  it('shows claims by the entity and collapses long lists', () => {
    const claims = Array.from({ length: COLLAPSED.claims + 2 }, (_, i) =>
      makeRecord({ id: `c${i}`, text: `Satz ${i}` }),
    );
    const el = mount(<EntityCard card={makeCard({ claimsBy: claims })} />);
    expect(el.textContent).toContain('Aussagen von Erika Beispiel');
    expect(el.querySelectorAll('.kx-claim')).toHaveLength(COLLAPSED.claims);
    click(byText(el, 'button', `Alle ${claims.length} anzeigen`));
    expect(el.querySelectorAll('.kx-claim')).toHaveLength(claims.length);
  });

  it('renders hostile dataset text as text, and never links non-web URLs', () => {
    const card = makeCard({
      name: HOSTILE,
      descriptor: HOSTILE,
      descriptors: [{ text: HOSTILE, source: HOSTILE, title: 'Klick', url: 'javascript:alert(1)' }],
      related: [{ id: 'x', name: HOSTILE, type: 'ORG', count: 1 }],
      claimsBy: [makeRecord({ text: HOSTILE, speaker: { name: HOSTILE } })],
    });
    const el = mount(<EntityCard card={card} />);
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('h2')?.textContent).toBe(HOSTILE);
    expect(el.querySelector('a[href^="javascript"]')).toBeNull();
    expect(el.textContent).toContain('Klick');
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('closes on Escape and with its close button', () => {
    const onClose = vi.fn();
    const el = mount(<EntityCard card={makeCard()} onClose={onClose} />);
    key(el.querySelector('.kx-chip')!, 'Escape');
    expect(onClose).toHaveBeenCalledTimes(1);
    click(byText(el, 'button', 'Schließen'));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('says when there are no descriptors and no timeline data', () => {
    const el = mount(<EntityCard card={makeCard({ descriptors: [], perMonth: [] })} />);
    expect(el.textContent).toContain('Keine Beschreibungen im Datenbestand.');
    expect(el.textContent).toContain('Keine Zeitleiste');
  });
});

describe('<ClaimCard>', () => {
  it('shows a page claim with kind, resolved speaker, cue and via-chain', () => {
    const el = mount(<ClaimCard claim={makePageClaim()} />);
    expect(el.textContent).toContain('Indirekte Rede');
    expect(el.querySelector('.kx-claim-speaker')?.textContent).toBe('Erika Beispiel');
    expect(el.textContent).toContain('über Lokalradio → Agentur Y');
    expect(el.textContent).toContain('Signalwort: sagte');
    expect(el.querySelector('blockquote')?.textContent).toBe('Die Brücke wird im Herbst fertig');
  });

  it('shows a dataset claim with date, source and article link', () => {
    const el = mount(<ClaimCard claim={makeRecord({ read: true })} />);
    expect(el.textContent).toContain('Ankündigung');
    expect(el.textContent).toContain('04.05.2023');
    expect(el.textContent).toContain('Beispielzeitung');
    expect(el.querySelector('a')?.textContent).toBe('Brückenbau geht voran');
    expect(el.textContent).toContain('gelesen');
  });

  it('is one keyboard-reachable button without links when selectable', () => {
    const onSelect = vi.fn();
    const el = mount(<ClaimCard claim={makeRecord()} compact onSelect={onSelect} />);
    const button = el.querySelector('button.kx-claim')!;
    expect(button).not.toBeNull();
    expect(button.querySelector('a, blockquote')).toBeNull();
    click(button);
    expect(onSelect).toHaveBeenCalledOnce();
  });

  it('renders hostile claim text as text', () => {
    const el = mount(
      <ClaimCard
        claim={makePageClaim({
          text: HOSTILE,
          via: [HOSTILE],
          speaker: { text: HOSTILE, canonical: HOSTILE },
        })}
      />,
    );
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('blockquote')?.textContent).toBe(HOSTILE);
  });

  it('shows check-worthiness for a factual claim and no speaker line', () => {
    const el = mount(
      <ClaimCard
        claim={makePageClaim({
          kind: 'factual',
          speaker: undefined,
          checkworthy: { score: 0.72, reasons: ['Zahl'] },
        })}
      />,
    );
    expect(el.textContent).toContain('Prüfwürdigkeit 72 %');
    expect(el.querySelector('.kx-claim-speaker')).toBeNull();
  });
});

describe('UI_CSS', () => {
  it('is self-contained: scoped to kx classes or :host, with a dark-mode block', () => {
    expect(UI_CSS).toContain('@media (prefers-color-scheme: dark)');
    const selectors = UI_CSS.replace(/@media[^{]*\{/g, '')
      .split('}')
      .map((rule) => rule.split('{')[0].trim())
      .filter(Boolean);
    for (const sel of selectors) {
      for (const part of sel.split(',')) expect(part.trim(), part).toMatch(/^(:host|\.kx-|button\.kx-)/);
    }
  });
});

describe('<TypeBadge>', () => {
  it('shows a known category in the UI language and never a raw internal label', async () => {
    const { TypeBadge } = await import('../../src/ui/primitives.tsx');
    expect(mount(<TypeBadge type="OTH" category="weapon" />).textContent).toBe('Waffensystem');
    expect(mount(<TypeBadge type="LOC" category="city" />).textContent).toBe('Stadt');
    expect(mount(<TypeBadge type="PER" category="person" />).textContent).toBe('Person');
    expect(mount(<TypeBadge type="ORG" category="some_internal_label" />).textContent).toBe('Organisation');
  });
});
