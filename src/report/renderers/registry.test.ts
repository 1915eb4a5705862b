import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fileText, sampleReport } from '../test-support/sample.js';
import { RENDERERS } from './registry.js';

const here = dirname(fileURLToPath(import.meta.url));

describe('renderer registry', () => {
  it.each(RENDERERS.map((r) => [r.id, r] as const))('%s has its file, its test and renders the sample run', async (id, r) => {
    expect(existsSync(join(here, `${id}.ts`))).toBe(true);
    expect(existsSync(join(here, `${id}.test.ts`))).toBe(true);
    expect(r.summary.length).toBeGreaterThan(10);
    expect(fileText(await sampleReport(), r.file).length).toBeGreaterThan(200);
  });
  it('writes the files of the contract, each once', () => {
    expect(RENDERERS.map((r) => r.file).sort()).toEqual(['junit.xml', 'readiness.html', 'readiness.json', 'readiness.md']);
  });
});
