/** The committed sample org must be exactly what the generator makes today (seed 7, small). */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../cli/paths.js';
import { generateOrg } from './index.js';

const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)).map((f) => join(e.name, f)) : [e.name])).sort();
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

describe('fixtures/acme', () => {
  it('is byte-identical to `crmready generate --seed 7 --scale small`', async () => {
    const fixture = join(PACKAGE_ROOT, 'fixtures/acme');
    const fresh = join(mkdtempSync(join(tmpdir(), 'crmready-acme-')), 'acme');
    await generateOrg({ out: fresh, seed: 7, scale: 'small' });
    expect(files(fresh)).toEqual(files(fixture));
    for (const f of files(fresh)) expect(sha(join(fresh, f)), `${f} differs: regenerate fixtures/acme`).toBe(sha(join(fixture, f)));
  });
});
