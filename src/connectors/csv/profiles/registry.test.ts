import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listProfiles } from '../index.js';
import { getProfile, PROFILES } from './registry.js';

const here = dirname(fileURLToPath(import.meta.url));

describe('profile registry', () => {
  it.each(Object.entries(PROFILES))('%s is a complete profile with its own file and test', (key, profile) => {
    expect(profile.id).toBe(key);
    expect(profile.description.length).toBeGreaterThan(10);
    expect(['csv', 'tree']).toContain(profile.reader);
    for (const fn of ['objectForFile', 'fieldName', 'fieldDef'] as const) expect(typeof profile[fn]).toBe('function');
    expect(existsSync(join(here, `${key}.ts`)), `profiles/${key}.ts`).toBe(true);
    expect(existsSync(join(here, `${key}.test.ts`)), `profiles/${key}.test.ts`).toBe(true);
  });
  it('lists every profile for the CLI', () => {
    expect(listProfiles().map((p) => p.id)).toEqual(Object.keys(PROFILES));
    expect(listProfiles().every((p) => p.description)).toBe(true);
  });
  it('looks profiles up by id only', () => {
    expect(getProfile('salesforce')?.id).toBe('salesforce');
    expect(getProfile('toString')).toBeUndefined();
  });
});
