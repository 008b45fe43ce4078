/**
 * UI strings. `t(key, ...subs)` asks the browser (`i18n.getMessage`, which picks the locale the
 * browser runs in) and falls back to the bundled German messages where that API is missing or
 * has no such message: unit tests, pages outside the extension, a content script whose
 * extension context went away after an update.
 */
import de from '../../public/_locales/de/messages.json' with { type: 'json' };

/** Every key of the German catalogue (the default locale is complete by construction). */
export type MessageKey = keyof typeof de;

interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
type Catalogue = Record<string, MessageEntry>;

type GetMessage = (key: string, subs?: string[]) => string | undefined;

/** The browser's getMessage, or null outside an extension context. */
function browserGetMessage(): GetMessage | null {
  const g = globalThis as { browser?: { i18n?: { getMessage?: GetMessage } }; chrome?: typeof g.browser };
  const api = g.browser?.i18n ?? g.chrome?.i18n;
  return typeof api?.getMessage === 'function' ? api.getMessage.bind(api) : null;
}

/** Returns the message `key` of `catalogue` with placeholders and $1…$9 filled in; throws on unknown keys. */
export function formatMessage(catalogue: Catalogue, key: string, subs: readonly string[]): string {
  const entry = catalogue[key];
  if (!entry) throw new Error(`Unbekannter UI-Text: ${key}`);
  // Named placeholders ($COUNT$) are case-insensitive and expand to their content ("$1").
  const expanded = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    return entry.placeholders?.[name.toLowerCase()]?.content ?? whole;
  });
  // One pass for $1…$9 and $$, so substituted text is never expanded again.
  return expanded.replace(/\$(\d)|\$\$/g, (_whole, n: string | undefined) =>
    n === undefined ? '$' : (subs[Number(n) - 1] ?? ''),
  );
}

let numberFormat: Intl.NumberFormat | null = null;

/** The BCP 47 language the UI speaks ("de" or "en"), as chosen by the browser's locale. */
export function uiLanguage(): string {
  return t('langCode');
}

/** Returns a substitution as text; numbers get the UI language's digit grouping. */
function subText(sub: string | number): string {
  if (typeof sub === 'string') return sub;
  numberFormat ??= new Intl.NumberFormat(uiLanguage());
  return numberFormat.format(sub);
}

/** Returns the UI text for `key` in the browser's language (German when unavailable). */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const texts = key === 'langCode' ? [] : subs.map(subText);
  const getMessage = browserGetMessage();
  if (getMessage) {
    try {
      const text = getMessage(key, texts);
      if (text) return text;
    } catch {
      // An invalidated extension context throws here; the bundled German text still works.
    }
  }
  return formatMessage(de as Catalogue, key, texts);
}

/** Test hook: forget the cached number format (after a test swaps the browser's i18n API). */
export function resetI18nCache(): void {
  numberFormat = null;
}
