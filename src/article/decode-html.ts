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

/** The page's text: declared encoding if the platform knows it, else UTF-8, else windows-1252. */
export function decodeHtml(bytes: Uint8Array): string {
  const declared = declaredEncoding(bytes);
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
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
