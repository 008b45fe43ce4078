import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
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
      crx({
        // The JSON import is wider than crxjs's manifest type (string literals); the build validates it.
        manifest: m as unknown as ManifestV3Export,
        browser,
        // One IIFE with nothing web-accessible (see docs/extension.md).
        contentScripts: { standaloneFiles: ['src/content/index.ts'] },
      }),
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
      // analyze() in tests uses the shipped NER model, read with fs (src/nlp reads no files).
      setupFiles: ['src/cli/ner-model.ts'],
      testTimeout: 30_000,
    },
  };
});
