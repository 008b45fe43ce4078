/** A scripted stand-in for the background worker: answers `ask` per message type and records requests. */
import { vi } from 'vitest';
import type { Request, Responses } from '../../src/protocol/messages.ts';

type Handler = (req: Request) => unknown;

/** Returns a mock `ask` and the list of requests it received; handlers may be replaced per test. */
export function mockBackground(handlers: Partial<Record<keyof Responses, Handler>>) {
  const requests: Request[] = [];
  const ask = vi.fn(async (req: Request) => {
    requests.push(req);
    const h = handlers[req.type];
    if (!h) throw new Error(`no handler for ${req.type}`);
    return h(req);
  });
  return { ask, requests, handlers };
}
