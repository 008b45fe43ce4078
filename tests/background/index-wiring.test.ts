// @vitest-environment node
/** The worker entry wires browser events to the router: messages, keyboard commands, closed tabs. */
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;
const listeners: Record<string, Listener[]> = { message: [], command: [], removed: [] };
const sentToTabs: [number, unknown][] = [];
const session = new Map<string, unknown>();
const area = (map: Map<string, unknown>) => ({
  get: async (key: string) => (map.has(key) ? { [key]: map.get(key) } : {}),
  set: async (items: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(items)) map.set(k, v);
  },
  remove: async (key: string) => {
    map.delete(key);
  },
});

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      id: 'wiring-test',
      getURL: (path: string) => `chrome-extension://wiring-test${path}`,
      onMessage: { addListener: (fn: Listener) => listeners.message.push(fn) },
      sendMessage: async () => undefined,
    },
    commands: { onCommand: { addListener: (fn: Listener) => listeners.command.push(fn) } },
    tabs: {
      query: async () => [{ id: 42 }],
      sendMessage: async (tabId: number, message: unknown) => {
        sentToTabs.push([tabId, message]);
      },
      onRemoved: { addListener: (fn: Listener) => listeners.removed.push(fn) },
    },
    storage: { local: area(new Map()), session: area(session) },
  },
}));

beforeAll(async () => {
  await import('../../src/background/index.ts');
});

describe('background index wiring', () => {
  it('registers one listener each and answers messages with a Promise of a Reply', async () => {
    expect(listeners.message).toHaveLength(1);
    const reply = await listeners.message[0]({ type: 'settings:get' }, { id: 'wiring-test' });
    expect(reply).toMatchObject({ ok: true, data: { learn: true } });
    const foreign = await listeners.message[0]({ type: 'settings:get' }, { id: 'other' });
    expect(foreign).toMatchObject({ ok: false });
    expect(
      listeners.message[0]({ type: 'progress', done: 1, total: 2 }, { id: 'wiring-test' }),
    ).toBeUndefined();
  });

  it('turns the keyboard commands into content:next for the active tab', async () => {
    await listeners.command[0]('next-mention');
    await listeners.command[0]('previous-mention');
    await listeners.command[0]('something-else');
    expect(sentToTabs).toEqual([
      [42, { type: 'content:next', direction: 'next' }],
      [42, { type: 'content:next', direction: 'prev' }],
    ]);
  });

  it('forgets the page state of a closed tab', async () => {
    session.set('page:5', { url: 'https://a.de/', status: 'analyzed', learned: false });
    listeners.removed[0](5);
    await new Promise((ok) => setTimeout(ok, 10));
    expect(session.has('page:5')).toBe(false);
  });
});
