/**
 * `npm run build`: the extension for Chrome (dist/chrome) and Firefox (dist/firefox), their
 * store-ready zips (dist/kontext-chrome.zip, dist/kontext-firefox.zip) and the `kontext` CLI as
 * one Node script (dist/cli/kontext.mjs). Each step fails loudly; nothing is half-written silently.
 */
import {
  chmodSync,
  copyFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { build } from 'vite';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = resolve(ROOT, 'dist');
const TARGETS = ['chrome', 'firefox'] as const;

/** Returns every file under dir as zip entries keyed by their path relative to dir. */
function collect(dir: string, base = dir, out: Record<string, Uint8Array> = {}): Record<string, Uint8Array> {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) collect(full, base, out);
    else out[relative(base, full).split('\\').join('/')] = readFileSync(full);
  }
  return out;
}

/** Builds one browser target with vite + crxjs (vite.config.ts picks the manifest by mode). */
async function buildExtension(target: (typeof TARGETS)[number]): Promise<void> {
  await build({ root: ROOT, mode: target, logLevel: 'warn', configFile: resolve(ROOT, 'vite.config.ts') });
  const manifest = join(DIST, target, 'manifest.json');
  if (!existsSync(manifest)) throw new Error(`build ${target}: no manifest.json in dist/${target}`);
}

/** Zips dist/<target> into dist/kontext-<target>.zip with manifest.json at the zip root. */
function zipExtension(target: (typeof TARGETS)[number]): string {
  const files = collect(join(DIST, target));
  // A fixed timestamp keeps the zip byte-identical across builds of the same sources.
  const zip = zipSync(files, { level: 9, mtime: new Date('2024-01-01T00:00:00Z') });
  const file = join(DIST, `kontext-${target}.zip`);
  writeFileSync(file, zip);
  return file;
}

/** Packages the CLI loads from node_modules at run time instead of bundling them. */
const RUNTIME_EXTERNALS = ['jsdom'];

/** Bundles src/cli/main.ts with everything it imports into one executable Node ES module, plus the NER model file. */
async function buildCli(): Promise<string> {
  const outDir = join(DIST, 'cli');
  rmSync(outDir, { recursive: true, force: true });
  const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
  await build({
    root: ROOT,
    configFile: false,
    logLevel: 'warn',
    publicDir: false, // the extension's icons and locales do not belong in the CLI folder
    build: {
      ssr: resolve(ROOT, 'src/cli/main.ts'),
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      sourcemap: false,
      rollupOptions: {
        external: [...nodeBuiltins, ...RUNTIME_EXTERNALS],
        output: { format: 'es', entryFileNames: 'kontext.mjs', inlineDynamicImports: true },
      },
    },
    // Bundle every dependency but jsdom, which reads its own files relative to its package at run
    // time; it is a runtime dependency in package.json, so `npm ci && npm run build` has it.
    ssr: { noExternal: true, external: RUNTIME_EXTERNALS, target: 'node' },
  });
  const file = join(outDir, 'kontext.mjs');
  if (!existsSync(file)) throw new Error('build cli: dist/cli/kontext.mjs was not written');
  const code = readFileSync(file, 'utf8');
  const body = code.replace(/^#!.*\n/, '');
  writeFileSync(file, `#!/usr/bin/env node\n${body}`);
  chmodSync(file, 0o755);
  // The CLI reads the NER model beside itself (src/cli/ner-model.ts).
  copyFileSync(resolve(ROOT, 'src/nlp/model/ner-model.bin'), join(outDir, 'ner-model.bin'));
  return file;
}

async function main(): Promise<void> {
  const started = Date.now();
  for (const target of TARGETS) {
    await buildExtension(target);
    console.log(`built dist/${target}`);
  }
  for (const target of TARGETS) console.log(`zipped ${relative(ROOT, zipExtension(target))}`);
  console.log(`bundled ${relative(ROOT, await buildCli())}`);
  console.log(`build done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  console.error(`build failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
