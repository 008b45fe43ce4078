import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  ContentRequestSchema,
  MAX_DROP,
  MAX_TEXT,
  parseRequest,
  type Request,
} from '../../src/protocol/messages.ts';
import { MAX_CONTEXT } from '../../src/protocol/part-context.ts';
import { DEFAULT_SETTINGS, SettingsSchema } from '../../src/protocol/settings.ts';

const VALID: Request[] = [
  { type: 'analyze', text: 'Lukaschenko sprach.', url: 'https://x.de/a', title: 'T' },
  { type: 'analyze', text: 'Spät.', url: 'https://x.de/a', part: { offset: 120, reset: true } },
  { type: 'analyze', text: '', url: 'https://x.de/a', part: { offset: 200, drop: [{ start: 0, end: 40 }] } },
  { type: 'analyze', text: 'Er sagte das.', part: { offset: 90, context: 'Scholz kam nach Kiew.' } },
  { type: 'card', id: 'belarus' },
  { type: 'cardByName', name: 'Lukaschenkos' },
  { type: 'related', text: 'Er sagte, …', speaker: 'Lukaschenko', limit: 5 },
  { type: 'search', query: 'Nato', limit: 10 },
  { type: 'settings:get' },
  { type: 'settings:set', patch: { learn: false } },
  { type: 'stats' },
  { type: 'learn', text: 'x', url: 'https://x.de/a', title: 'T', date: '2023-08-10' },
  { type: 'learn:tab', tabId: 3 },
  { type: 'page:get', tabId: 3 },
  { type: 'store:export' },
  { type: 'store:import', format: 'jsonl', data: '{}' },
  { type: 'store:clear' },
];

describe('parseRequest', () => {
  it('accepts one valid example of every request type', () => {
    const types = new Set<string>();
    for (const request of VALID) {
      const parsed = parseRequest(request);
      expect(parsed).toEqual({ ok: true, request });
      types.add(request.type);
    }
    expect(types.size).toBe(14);
  });

  it('rejects wrong shapes with the path of the first bad field', () => {
    const cases: [unknown, RegExp][] = [
      [{ type: 'card' }, /\(id\)/],
      [{ type: 'learn', text: 'x' }, /\(url\)/],
      [{ type: 'settings:set', patch: { hoverDelayMs: 99999 } }, /patch\.hoverDelayMs/],
      [{ type: 'store:import', format: 'zip', data: '' }, /format/],
      [{ type: 'analyze', text: 'x'.repeat(MAX_TEXT + 1) }, /text/],
      [{ type: 'analyze', text: 'x', part: { offset: -1 } }, /part\.offset/],
      [{ type: 'analyze', text: 'x', part: { offset: 1.5 } }, /part\.offset/],
      [{ type: 'analyze', text: 'x', part: { offset: MAX_TEXT + 1 } }, /part\.offset/],
      [{ type: 'analyze', text: 'x', part: { offset: 0, reset: 'ja' } }, /part\.reset/],
      [{ type: 'analyze', text: 'x', part: 3 }, /part/],
      [{ type: 'analyze', text: 'x', part: { offset: 0, drop: [{ start: 5, end: 4 }] } }, /part\.drop/],
      [{ type: 'analyze', text: 'x', part: { offset: 0, drop: [{ start: -1, end: 4 }] } }, /part\.drop/],
      [
        {
          type: 'analyze',
          text: 'x',
          part: { offset: 0, drop: Array(MAX_DROP + 1).fill({ start: 0, end: 1 }) },
        },
        /part\.drop/,
      ],
      [{ type: 'analyze', text: 'x', part: { offset: 0, context: 7 } }, /part\.context/],
      [
        { type: 'analyze', text: 'x', part: { offset: 0, context: 'x'.repeat(MAX_CONTEXT + 1) } },
        /part\.context/,
      ],
      [{ type: 'nope' }, /type/],
    ];
    for (const [input, path] of cases) {
      const parsed = parseRequest(input);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.error).toMatch(path);
    }
    for (const junk of [undefined, null, 1, 'stats', []]) expect(parseRequest(junk).ok).toBe(false);
  });

  it('validates content-script requests and the default settings', () => {
    expect(v.safeParse(ContentRequestSchema, { type: 'content:next', direction: 'prev' }).success).toBe(true);
    expect(
      v.safeParse(ContentRequestSchema, { type: 'content:reveal', kind: 'entity', index: -1 }).success,
    ).toBe(false);
    expect(v.safeParse(SettingsSchema, DEFAULT_SETTINGS).success).toBe(true);
  });
});
