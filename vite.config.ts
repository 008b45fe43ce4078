import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import manifest from './manifest.json' with { type: 'json' };
import { firefoxManifest } from './scripts/manifest-firefox.ts';

// One source manifest; `--mode firefox` derives the Firefox MV3 variant (see scripts/manifest-firefox.ts).
export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  const m = browser === 'firefox' ? firefoxManifest(manifest) : manifest;
  return {
    plugins: [
      preact(),
      // biome-ignore lint/suspicious/noExplicitAny: crxjs types the manifest loosely
      crx({ manifest: m as any, browser, contentScripts: { standaloneFiles: ['src/content/index.ts'] } as any }),
    ],
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
    },
    test: {
      environment: 'happy-dom',
      include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
      exclude: ['tests/e2e/**', 'node_modules/**'],
      testTimeout: 30_000,
    },
  };
});
