import { describe, expect, it } from 'vitest';
import { audit, context, gate } from '../test-support/fixtures.js';

describe('field_quality gate (ready 95, conditional 90)', () => {
  it.each([
    [0, 100, 'pass'], [5, 95, 'pass'], [6, 94, 'warn'], [10, 90, 'warn'], [11, 89, 'fail'],
  ])('%d of 100 Contact.Phone values invalid → %d%% → %s', (failed, value, status) => {
    const g = gate('field_quality', context(audit([{ field: 'Phone', failed }, { field: 'Phone', dimension: 'completeness', code: 'missing_required', failed: 0 }])));
    expect(g).toMatchObject({ status, value });
  });
  it('takes the worst field and dimension, summing the checks of one dimension', () => {
    const a = audit([
      { field: 'Phone', failed: 2, evaluated: 50 }, { field: 'Phone', failed: 2, evaluated: 50, code: 'placeholder_value' },
      { field: 'Phone', dimension: 'completeness', failed: 7, evaluated: 100 }, { field: 'Email', failed: 50 },
    ]);
    const g = gate('field_quality', context(a));
    expect(g.value).toBe(93);
    expect(g.reason).toMatch(/Contact.Phone is 93% complete \(7 failing\)/);
  });
  it('is not judged when no check covers the written fields', () => {
    expect(gate('field_quality', context(audit([{ field: 'Email' }]))).status).toBe('no_data');
  });
});
