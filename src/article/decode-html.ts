/**
 * Bytes of a saved HTML page → string, honouring its declared encoding the way browsers
 * prescan (a BOM, then <meta charset> / http-equiv in the first 1024 bytes), and falling back to
 * windows-1252 when undeclared bytes are not valid UTF-8. Only the standard TextDecoder is used.
 */

/** How many leading bytes are searched for a <meta> charset declaration (HTML's prescan limit). */
export const PRESCAN_BYTES = 1024;

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.-]+)/i;

/** The encoding label declared by a BOM or a <meta> in the first bytes, or null. */
export function declaredEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  // Latin-1 decoding keeps every byte as one char, enough to read an ASCII declaration.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES * 4));
  const match = META_CHARSET.exec(head);
  return match ? match[1].toLowerCase() : null;
}

/** Labels that the Encoding Standard maps to windows-1252. */
const WINDOWS_1252_LABELS = new Set([
  'windows-1252',
  'cp1252',
  'x-cp1252',
  'iso-8859-1',
  'iso8859-1',
  'iso_8859-1',
  'latin1',
  'l1',
  'ascii',
  'us-ascii',
]);

/** windows-1252 bytes 0x80–0x9F (Node's small-ICU TextDecoder decodes them as latin-1 controls). */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** windows-1252 decoding done by hand, identical in every JavaScript runtime. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const end = Math.min(bytes.length, i + CHUNK);
    let chunk = '';
    for (let j = i; j < end; j++) {
      const b = bytes[j];
      chunk += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
    }
    parts.push(chunk);
  }
  return parts.join('');
}

/** The page's text: declared encoding if the platform knows it, else UTF-8, else windows-1252. */
export function decodeHtml(bytes: Uint8Array): string {
  const declared = declaredEncoding(bytes);
  if (declared && WINDOWS_1252_LABELS.has(declared)) return decodeWindows1252(bytes);
  if (declared) {
    try {
      // A page declaring utf-8 that is not valid UTF-8 is decoded leniently, as browsers do.
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // Unknown label (e.g. a typo in the page): fall through to detection.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}
