/** The card renders page and dataset text as inert text: no element, attribute or script from it. */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Card } from '../../src/content/card/Card.tsx';
import type { ClaimMark, EntityMark } from '../../src/content/marks.ts';
import type { EntityCard } from '../../src/dataset/types.ts';

const HOSTILE = '<img src=x onerror="window.__pwned=1">';
const flush = () => new Promise((ok) => setTimeout(ok, 0));

function entityMark(name: string, id: string | null): EntityMark {
  return {
    kind: 'entity',
    index: 0,
    start: 0,
    end: name.length,
    mention: {
      start: 0,
      end: name.length,
      text: name,
      type: 'PER',
      canonical: name,
      descriptor: `Chef von ${HOSTILE}`,
    },
    entityId: id,
    summary: id ? { id, name, type: 'PER', articleCount: 12, readCount: 2 } : undefined,
  };
}

function fullCard(id: string): EntityCard {
  return {
    id,
    name: `Alexander ${HOSTILE}`,
    type: 'PER',
    articleCount: 12,
    readCount: 2,
    aliases: [],
    descriptors: [{ text: `Machthaber <b>fett</b>`, date: '2023-08', source: 'dpa<script>' }],
    mentionCount: 40,
    perMonth: [],
    related: [{ id: 'x', name: '<svg onload=alert(1)>', type: 'LOC', count: 3 }],
    claimsBy: [],
    claimsAbout: [],
    coverage: { articles: 1000, from: '2019-01', to: '2023-12' },
  };
}

describe('card content', () => {
  let container: HTMLElement;
  afterEach(() => {
    render(null, container);
    container.remove();
    delete (window as { __pwned?: number }).__pwned;
  });

  it('shows the dataset card for an entity, all hostile strings as plain text', async () => {
    container = document.createElement('div');
    document.body.append(container);
    const loadCard = vi.fn(async (id: string) => fullCard(id));
    render(
      <Card
        mark={entityMark('Lukaschenko', 'e1')}
        onClose={() => {}}
        loadCard={loadCard}
        loadRelated={async () => []}
      />,
      container,
    );
    await flush();
    await flush();
    expect(loadCard).toHaveBeenCalledWith('e1');
    const text = container.textContent ?? '';
    expect(text).toContain(`Alexander ${HOSTILE}`);
    expect(text).toContain('Machthaber <b>fett</b>');
    expect(text).toContain('in 12 Artikeln');
    expect(text).toContain('davon 2 gelesen');
    expect(text).toContain('<svg onload=alert(1)>');
    expect(text).toContain('dpa<script>');
    expect(container.querySelectorAll('img, svg, script, b').length).toBe(0);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('says so when an entity is not in the dataset, and never asks for a card', async () => {
    container = document.createElement('div');
    document.body.append(container);
    const loadCard = vi.fn();
    render(
      <Card
        mark={entityMark(HOSTILE, null)}
        onClose={() => {}}
        loadCard={loadCard}
        loadRelated={async () => []}
      />,
      container,
    );
    await flush();
    expect(loadCard).not.toHaveBeenCalled();
    expect(container.textContent).toContain('Nicht im Datensatz');
    expect(container.querySelector('.kx-card-title')?.textContent).toBe(HOSTILE);
    expect(container.querySelectorAll('img').length).toBe(0);
  });

  it('shows speaker, kind, cue, via chain and related claims of a claim', async () => {
    container = document.createElement('div');
    document.body.append(container);
    const mark: ClaimMark = {
      kind: 'claim',
      index: 0,
      start: 0,
      end: 10,
      claim: {
        start: 0,
        end: 10,
        text: `„Wir ${HOSTILE} schützen“`,
        kind: 'direct',
        speaker: { text: 'Lukaschenko', canonical: 'Alexander Lukaschenko' },
        cue: 'sagte',
        via: ['Belta', 'dpa'],
      },
    };
    const loadRelated = vi.fn(async () => [
      {
        id: 'c1',
        text: 'Belarus ist neutral.',
        kind: 'direct' as const,
        via: [],
        about: [],
        speaker: { name: 'Lukaschenko' },
        date: '2022-03',
      },
    ]);
    render(<Card mark={mark} onClose={() => {}} loadCard={vi.fn()} loadRelated={loadRelated} />, container);
    await flush();
    await flush();
    expect(loadRelated).toHaveBeenCalledWith(mark.claim.text, 'Alexander Lukaschenko');
    const text = container.textContent ?? '';
    expect(text).toMatch(/Zitat/);
    expect(text).toContain('Alexander Lukaschenko');
    expect(text).toContain('sagte');
    expect(text).toContain('Belta → dpa');
    expect(text).toContain('Belarus ist neutral.');
    expect(text).toContain(HOSTILE);
    expect(container.querySelectorAll('img').length).toBe(0);
  });

  it('shows a readable error when the background fails', async () => {
    container = document.createElement('div');
    document.body.append(container);
    render(
      <Card
        mark={entityMark('Minsk', 'e2')}
        onClose={() => {}}
        loadCard={async () => {
          throw new Error('Datensatz nicht geladen');
        }}
        loadRelated={async () => []}
      />,
      container,
    );
    await flush();
    await flush();
    expect(container.textContent).toContain('Fehler: Datensatz nicht geladen');
  });
});
