/** Where the e2e harness finds the built extension and the fixtures. */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const FIXTURES_DIR = resolve(REPO_ROOT, 'tests/fixtures');
export const ARTIFACTS_DIR = resolve(REPO_ROOT, 'tests/e2e/.artifacts');

/** Returns the unpacked build directory of a browser target. */
export function distDir(browser: 'chromium' | 'firefox'): string {
  return resolve(REPO_ROOT, 'dist', browser === 'chromium' ? 'chrome' : 'firefox');
}

export const CHROMIUM_PATH = process.env.KONTEXT_CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.KONTEXT_FIREFOX ?? '/usr/bin/firefox-esr';
