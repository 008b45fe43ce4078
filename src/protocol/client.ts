/** Typed sender used by content script, popup and options to ask the background worker. */
import browser from 'webextension-polyfill';
import type { Reply, RequestOf, RequestType, Responses } from './messages.ts';

/** Sends a request to the background worker; resolves with its data or rejects with its error. */
export async function ask<T extends RequestType>(request: RequestOf<T>): Promise<Responses[T]> {
  const reply = (await browser.runtime.sendMessage(request)) as Reply<Responses[T]> | undefined;
  if (!reply) throw new Error('Keine Antwort vom Hintergrunddienst');
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}
