/**
 * Reading an import file in the options page: which format it is, its content as the
 * `store:import` message wants it (JSON text, or base64 for a dataset file), with read
 * progress, and clear errors before anything is sent (empty, too large, broken JSON line).
 */
import { MAX_IMPORT } from '../protocol/messages.ts';
import { t } from '../ui/i18n.ts';

export type ImportFormat = 'store' | 'dataset' | 'jsonl';

/** An import problem the reader can fix; its message is UI text. */
export class ImportError extends Error {
  override name = 'ImportError';
}

/** Returns the format of a file by its name: .jsonl/.ndjson → jsonl, .json → store, anything else → dataset. */
export function detectFormat(fileName: string): ImportFormat {
  const name = fileName.toLowerCase();
  if (name.endsWith('.jsonl') || name.endsWith('.ndjson')) return 'jsonl';
  if (name.endsWith('.json')) return 'store';
  return 'dataset';
}

/** Largest file accepted (bytes): base64 grows by 4/3 and must stay under MAX_IMPORT characters. */
export const MAX_FILE_BYTES = Math.floor((MAX_IMPORT / 4) * 3);

/** Returns base64 of the bytes (chunked: String.fromCharCode cannot take a whole large file at once). */
export function toBase64(bytes: Uint8Array): string {
  const CHUNK = 0x8000;
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

/** Throws an ImportError naming the first line of JSON Lines text that is not valid JSON. */
export function checkJsonLines(text: string): void {
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    try {
      JSON.parse(line);
    } catch (err) {
      throw new ImportError(t('optImportBadJsonl', i + 1, (err as Error).message));
    }
  });
}

/** Throws an ImportError when the text is not one JSON document. */
export function checkJson(text: string): void {
  try {
    JSON.parse(text);
  } catch (err) {
    throw new ImportError(t('optImportBadJson', (err as Error).message));
  }
}

/** Reads the file with progress (0…1) and returns the `data` field of the store:import message. */
export async function readForImport(
  file: Blob,
  format: ImportFormat,
  onProgress: (fraction: number) => void = () => {},
): Promise<string> {
  if (file.size === 0) throw new ImportError(t('optImportEmpty'));
  if (file.size > MAX_FILE_BYTES) {
    throw new ImportError(
      t('optImportTooLarge', Math.ceil(file.size / 1e6), Math.floor(MAX_FILE_BYTES / 1e6)),
    );
  }
  const buffer = await readWithProgress(file, onProgress);
  if (format === 'dataset') return toBase64(new Uint8Array(buffer));
  const text = new TextDecoder('utf-8').decode(buffer).replace(/^\uFEFF/, '');
  if (!text.trim()) throw new ImportError(t('optImportEmpty'));
  if (format === 'jsonl') checkJsonLines(text);
  else checkJson(text);
  return text;
}

/** Returns the file's bytes, reporting read progress through FileReader events. */
function readWithProgress(file: Blob, onProgress: (fraction: number) => void): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    reader.onload = () => {
      onProgress(1);
      resolve(reader.result as ArrayBuffer);
    };
    reader.onerror = () => reject(reader.error ?? new Error('FileReader'));
    reader.readAsArrayBuffer(file);
  });
}
