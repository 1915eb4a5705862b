import { describe, expect, it } from 'vitest';
import { SchemaFileSchema } from '../../core/snapshot-files.js';
import { canonicalSchema, CANONICAL_OBJECTS, STAGES } from './index.js';

describe('canonical model', () => {
  it('validates against the snapshot schema contract', () => {
    const parsed = SchemaFileSchema.safeParse(canonicalSchema());
    expect(parsed.success).toBe(true);
  });
  it('covers the objects of the default access model', () => {
    expect(Object.keys(CANONICAL_OBJECTS).sort()).toEqual(['Account', 'Case', 'Contact', 'Lead', 'Opportunity', 'Task', 'User', 'UserRole']);
  });
  it('gives every stage its probability and closed/won flags', () => {
    const meta = CANONICAL_OBJECTS.Opportunity.fields.StageName.valueMeta!;
    for (const s of STAGES) expect(meta[s.name]).toMatchObject({ probability: s.probability, closed: s.closed, won: s.won });
  });
  it('gives every object an Id and every reference a target', () => {
    for (const [name, def] of Object.entries(CANONICAL_OBJECTS)) {
      expect(def.fields.Id?.type, name).toBe('id');
      for (const f of Object.values(def.fields)) if (f.type === 'reference') expect(f.referenceTo?.length).toBeGreaterThan(0);
    }
  });
  it('hands out copies', () => {
    const s = canonicalSchema(['Account']);
    s.objects.Account.fields.Name.maxLength = 1;
    expect(CANONICAL_OBJECTS.Account.fields.Name.maxLength).toBe(255);
  });
});
