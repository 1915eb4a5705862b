import { describe, expect, it } from 'vitest';
import { auditFixture } from '../../test-support/audit-fixture.js';

const opp = (Name: string, StageName: string, extra: Record<string, string> = {}) => ({ Name, StageName, CloseDate: '2026-09-01', Amount: '1000', Probability: '10', IsClosed: 'false', IsWon: 'false', ForecastCategoryName: 'Pipeline', ...extra });

describe('consistency', () => {
  it('checks opportunities against their stage metadata', async () => {
    const r = await auditFixture({ Opportunity: [
      opp('clean', 'Prospecting'),
      opp('prob', 'Prospecting', { Probability: '75' }),
      opp('closed-flag', 'Prospecting', { IsClosed: 'true' }),
      opp('won-flag', 'Closed Won', { Probability: '100', IsClosed: 'true', IsWon: 'false', ForecastCategoryName: 'Closed', CloseDate: '2026-01-01' }),
      opp('past', 'Prospecting', { CloseDate: '2026-01-01' }),
      opp('no-amount', 'Closed Won', { Probability: '100', IsClosed: 'true', IsWon: 'true', ForecastCategoryName: 'Closed', CloseDate: '2026-01-01', Amount: '' }),
      opp('forecast', 'Prospecting', { ForecastCategoryName: 'Commit' }),
      opp('bad-stage', 'Closed-Won', { Probability: '55' }),
    ] }, ['stage_probability', 'stage_forecast', 'open_past_close', 'won_without_amount'].map((rule) => `  - {kind: consistency, object: Opportunity, rule: ${rule}}`).join('\n')
      + '\n  - {kind: consistency, object: Opportunity, rule: stage_flags, field: IsClosed}\n  - {kind: consistency, object: Opportunity, rule: stage_flags, field: IsWon}\n');
    const byCheck = r.findings.map((f) => `${f.check}:${f.field}`).sort();
    expect(byCheck).toEqual([
      'consistency.Opportunity.open_past_close.CloseDate:CloseDate',
      'consistency.Opportunity.stage_flags.IsClosed:IsClosed',
      'consistency.Opportunity.stage_flags.IsWon:IsWon',
      'consistency.Opportunity.stage_forecast.ForecastCategoryName:ForecastCategoryName',
      'consistency.Opportunity.stage_probability.Probability:Probability',
      'consistency.Opportunity.won_without_amount.Amount:Amount',
    ]);
  });
  it('flags closed cases without a closed date, and custom expressions', async () => {
    const r = await auditFixture({ Case: [
      { Status: 'Closed', Origin: 'Web', ClosedDate: '2026-01-01T00:00:00Z', Priority: 'High' },
      { Status: 'Closed', Origin: 'Web', ClosedDate: '', Priority: 'High' },
      { Status: 'New', Origin: 'Web', Priority: 'Low', Subject: 'URGENT' },
    ] }, '  - {kind: consistency, object: Case, rule: closed_without_date}\n  - {kind: consistency, object: Case, rule: expression, field: Priority, expression: "t.Subject ILIKE \'%urgent%\' AND t.Priority = \'Low\'", message: urgent but low priority}\n');
    expect(r.findings.map((f) => f.message)).toEqual(['closed without ClosedDate', 'urgent but low priority']);
  });
});
