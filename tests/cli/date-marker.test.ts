import { describe, expect, it } from 'vitest';
import { blankDateMarker } from '../../src/cli/commands/analyze.ts';

describe('blankDateMarker', () => {
  it('blanks a leading date marker without moving any offset', () => {
    const input = ' date 2023-08 Der Text beginnt hier.';
    const out = blankDateMarker(input);
    expect(out.length).toBe(input.length);
    expect(out.trimStart()).toBe('Der Text beginnt hier.');
    expect(out.slice(14)).toBe(input.slice(14));
  });

  it('accepts full dates and leaves other text alone', () => {
    expect(blankDateMarker('date 2020-03-09\nText').trimStart()).toBe('Text');
    expect(blankDateMarker('Das date 2020-03 steht mitten im Text')).toBe(
      'Das date 2020-03 steht mitten im Text',
    );
    expect(blankDateMarker('date 20-03 kein Marker')).toBe('date 20-03 kein Marker');
  });
});
