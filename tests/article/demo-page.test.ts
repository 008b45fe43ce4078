// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleTextFromHtml } from '../../src/article/node.ts';
import { REPO_ROOT } from '../helpers/shared.ts';

const demo = (name: string) => readFileSync(resolve(REPO_ROOT, 'tests/fixtures/demo', name), 'utf8');

describe('demo news page', () => {
  it('comes out as exactly its article', () => {
    const result = articleTextFromHtml(demo('index.html'));
    expect(result.text).toBe(demo('expected-article.txt').trim());
    expect(result.title).toBe('China und Belarus wollen militärisch enger zusammenarbeiten');
    expect(result.empty).toBeUndefined();
  });
});
