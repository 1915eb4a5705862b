import { describe, expect, it } from 'vitest';
import { fileText, normalise, sampleReport } from '../test-support/sample.js';

describe('readiness.md for the sample org', () => {
  it('matches the snapshot (timestamp normalised)', async () => {
    const md = normalise(fileText(await sampleReport(), 'readiness.md'));
    await expect(md).toMatchFileSnapshot('__snapshots__/acme.readiness.md');
  });
  it('tells the story in order: verdicts, blockers, hygiene, eval, gates', async () => {
    const md = fileText(await sampleReport(), 'readiness.md');
    const at = (s: string) => md.indexOf(s);
    expect(at('| **read**')).toBeGreaterThan(0);
    expect(at('| **read**')).toBeLessThan(at('## Top blockers'));
    expect(at('## Top blockers')).toBeLessThan(at('## Data hygiene'));
    expect(at('## Data hygiene')).toBeLessThan(at('## AI scenario outcomes'));
    expect(at('## AI scenario outcomes')).toBeLessThan(at('## All gates'));
  });
  it('masks personal data unless --no-mask', async () => {
    const masked = fileText(await sampleReport(), 'readiness.md');
    const open = fileText(await sampleReport({ mask: false }), 'readiness.md');
    expect(open).toContain('+1 213 555 0188');
    expect(open).toContain('liam.holmes@callooptransit..com.au');
    expect(masked).not.toContain('555 0188');
    expect(masked).not.toMatch(/liam\.holmes|callooptransit/);
    expect(masked).toContain('+•••••••••88');
  });
});
