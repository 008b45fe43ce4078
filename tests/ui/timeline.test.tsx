import { afterEach, describe, expect, it } from 'vitest';
import { Timeline } from '../../src/ui/Timeline.tsx';
import { fillMonths, sparklineArea, sparklinePath, sparklinePoints } from '../../src/ui/timelineMath.ts';
import { cleanup, mount } from './render.ts';

afterEach(cleanup);

describe('fillMonths', () => {
  it('fills missing months with zero, across a year boundary, in order', () => {
    const filled = fillMonths([
      { month: '2023-02', count: 4 },
      { month: '2022-11', count: 1 },
    ]);
    expect(filled).toEqual([
      { month: '2022-11', count: 1 },
      { month: '2022-12', count: 0 },
      { month: '2023-01', count: 0 },
      { month: '2023-02', count: 4 },
    ]);
  });

  it('adds up duplicate months and returns [] for no data', () => {
    expect(
      fillMonths([
        { month: '2023-01', count: 1 },
        { month: '2023-01', count: 2 },
      ]),
    ).toEqual([{ month: '2023-01', count: 3 }]);
    expect(fillMonths([])).toEqual([]);
  });

  it('rejects malformed months with a RangeError', () => {
    expect(() => fillMonths([{ month: '2023-13', count: 1 }])).toThrow(RangeError);
    expect(() => fillMonths([{ month: 'Mai 2023', count: 1 }])).toThrow(/Mai 2023/);
  });
});

describe('sparkline geometry', () => {
  it('scales the highest value to the top and zero to the bottom of the box', () => {
    const pts = sparklinePoints([0, 5, 10], 100, 20, 0);
    expect(pts).toEqual([
      { x: 0, y: 20 },
      { x: 50, y: 10 },
      { x: 100, y: 0 },
    ]);
    expect(sparklinePath(pts)).toBe('M0 20 L50 10 L100 0');
    expect(sparklineArea(pts, 20)).toBe('M0 20 L50 10 L100 0 L100 20 L0 20 Z');
  });

  it('centres a single month and keeps all-zero series on the baseline', () => {
    expect(sparklinePoints([3], 100, 20, 0)).toEqual([{ x: 50, y: 0 }]);
    expect(sparklinePoints([0, 0], 100, 20, 0).map((p) => p.y)).toEqual([20, 20]);
  });
});

describe('<Timeline>', () => {
  it('draws the path of the filled series and says what it shows', () => {
    const el = mount(
      <Timeline
        perMonth={[
          { month: '2023-01', count: 2 },
          { month: '2023-03', count: 6 },
        ]}
        width={100}
        height={20}
      />,
    );
    const svg = el.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    const line = el.querySelector('path.kx-timeline-line')!;
    expect(line.getAttribute('d')).toBe(sparklinePath(sparklinePoints([2, 0, 6], 100, 20)));
    const label = svg.getAttribute('aria-label')!;
    expect(label).toContain('zusammen 8');
    expect(label).toContain('(6)');
    expect(el.querySelector('title')?.textContent).toBe(label);
  });

  it('shows a note instead of an empty chart', () => {
    const el = mount(<Timeline perMonth={[]} />);
    expect(el.querySelector('svg')).toBeNull();
    expect(el.textContent).toContain('Keine Zeitleiste');
  });

  it('says the month in words when all mentions fall in one month', () => {
    const el = mount(<Timeline perMonth={[{ month: '2006-03', count: 2 }]} />);
    expect(el.querySelector('svg')).toBeNull();
    expect(el.textContent).toMatch(/^Nur im .*2006 erwähnt \(2×\)$/);
  });
});
