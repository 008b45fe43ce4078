/**
 * The key-value storage the background needs (browser.storage.local / .session in the extension,
 * a Map in tests), so settings and page state code never touch browser globals directly.
 */
export interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** Returns an in-memory StorageArea (tests, and browsers without storage.session). */
export function memoryArea(): StorageArea {
  const map = new Map<string, unknown>();
  return {
    async get(key) {
      return map.has(key) ? { [key]: structuredClone(map.get(key)) } : {};
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) map.set(k, structuredClone(v));
    },
    async remove(key) {
      map.delete(key);
    },
  };
}
