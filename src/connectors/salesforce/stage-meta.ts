/**
 * Opportunity stages carry meaning the StageName picklist does not: default probability, closed,
 * won, forecast category. They live in OpportunityStage; the audit's stage-consistency checks read
 * them from the field's valueMeta, as the canonical model writes it.
 */
import type { FieldDef } from '../../core/snapshot-files.js';
import type { SfApi } from './sf-api.js';

export async function stageValueMeta(api: SfApi): Promise<FieldDef['valueMeta']> {
  const rows = await api.queryAll('SELECT ApiName, IsActive, IsClosed, IsWon, DefaultProbability, ForecastCategoryName FROM OpportunityStage');
  const meta: NonNullable<FieldDef['valueMeta']> = {};
  for (const r of rows) {
    if (r.IsActive === false) continue;
    meta[String(r.ApiName)] = {
      probability: Number(r.DefaultProbability ?? 0), closed: r.IsClosed === true, won: r.IsWon === true,
      ...(r.ForecastCategoryName ? { forecastCategory: String(r.ForecastCategoryName) } : {}),
    };
  }
  return meta;
}
