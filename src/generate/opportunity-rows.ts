/**
 * Opportunity.csv: deals on the accounts, owned mostly by the account's rep. StageName drives
 * Probability, IsClosed, IsWon and ForecastCategoryName exactly as STAGES defines; closed deals
 * closed on or before asOf, open ones close after it. Seeded defects break one of those rules.
 */
import { LEAD_SOURCE, STAGES } from '../snapshot/canonical/index.js';
import { accountName } from './account-names.js';
import { addYears, dayString } from './calendar.js';
import { SUBJECT_PLACEHOLDERS } from './corrupt.js';
import type { DefectSink } from './defect-log.js';
import { AMOUNT_CLEAN_MAX, AMOUNT_CLEAN_MIN } from './defect-rules.js';
import { INACTIVE_OWNER_RATE } from './defect-rates.js';
import { FieldDefects } from './field-defects.js';
import { deletedId, inactiveOwnerId, type OrgContext } from './org-context.js';
import { BAD_PICKLIST } from './picklist-noise.js';
import { cell, type RowSink } from './csv-file.js';
import { Rng } from './prng.js';
import { rowDates } from './row-dates.js';
import { CLOSED, STALE } from './skeleton.js';
import { opportunityInjection } from './prompt-injections.js';

export const OPPORTUNITY_HEADER = ['Id', 'Name', 'AccountId', 'Amount', 'CloseDate', 'StageName', 'Probability', 'IsClosed', 'IsWon',
  'ForecastCategoryName', 'Type', 'LeadSource', 'NextStep', 'Description', 'OwnerId', 'LastActivityDate', 'CreatedDate', 'LastModifiedDate'];

const OPEN_STAGES = STAGES.filter((s) => !s.closed);
const WON = STAGES.find((s) => s.won)!;
const LOST = STAGES.find((s) => s.closed && !s.won)!;
// Early stages hold most of a pipeline.
const OPEN_WEIGHTS = [22, 18, 16, 13, 10, 8, 8, 5];
const DEALS = ['Platform Renewal', 'New Licences', 'Implementation Services', 'Expansion', 'Support Upgrade', 'Pilot', 'Enterprise Agreement',
  'Add-on Modules', 'Multi-year Renewal', 'Training Package', 'Data Migration', 'Regional Rollout'];
const TYPES = ['Existing Customer - Upgrade', 'Existing Customer - Replacement', 'Existing Customer - Downgrade', 'New Customer'];
const NEXT_STEPS = ['Send proposal', 'Schedule demo', 'Follow up with procurement', 'Security review', 'Pricing call', 'Legal redlines'];
const NOTES = ['Competing with two vendors; price sensitive.', 'Budget approved for this fiscal year.', 'Champion left; re-qualify.', 'Expansion into EMEA offices, phased.'];

interface OppDraft {
  name: string; accountId: string; amount: string; amountValue: number; closeDay: number; closeDate: string; stage: string;
  probability: string; isClosed: string; isWon: string; forecast: string; type: string; source: string; open: boolean; won: boolean;
}

const defects = new FieldDefects<OppDraft>('Opportunity', {
  'stage-blank': { touchesStatus: true, apply: (d) => { d.stage = ''; } },
  'closedate-blank': { apply: (d) => { d.closeDate = ''; } },
  'name-blank': { apply: (d) => { d.name = ''; } },
  'stage-unknown': { touchesStatus: true, apply: (d, rng) => { d.stage = rng.pick(BAD_PICKLIST.stage); } },
  'type-unknown': { apply: (d, rng) => { d.type = rng.pick(BAD_PICKLIST.opportunityType); } },
  'leadsource-unknown': { apply: (d, rng) => { d.source = rng.pick(BAD_PICKLIST.leadSource); } },
  'probability-mismatch': {
    apply: (d, rng) => {
      const p = Number(d.probability);
      d.probability = String(p >= 50 ? p - rng.between(1, 4) * 10 : p + rng.between(1, 4) * 10);
    },
  },
  'closed-flag-mismatch': { touchesStatus: true, apply: (d) => { d.isClosed = d.isClosed === 'true' ? 'false' : 'true'; } },
  'won-flag-mismatch': { touchesStatus: true, apply: (d) => { d.isWon = d.isWon === 'true' ? 'false' : 'true'; } },
  'forecast-mismatch': { apply: (d, rng) => { d.forecast = rng.pick(['Omitted', 'Pipeline', 'Best Case', 'Commit', 'Closed'].filter((f) => f !== d.forecast)); } },
  'open-past-close': { eligible: (d) => d.open, apply: (d, rng, ctx) => { d.closeDate = dayString(ctx.asOfDay - rng.between(1, 200)); } },
  'won-no-amount': { eligible: (d) => d.won, apply: (d) => { d.amount = ''; } },
  'amount-negative': { eligible: (d) => d.amount !== '', apply: (d) => { d.amount = `-${d.amount}`; } },
  'amount-outlier': { eligible: (d) => d.amountValue >= 50_000 && d.amount !== '', apply: (d) => { d.amount = String(d.amountValue * 1000); } },
  'closedate-far': { eligible: (d) => d.open, apply: (d, rng) => { d.closeDate = dayString(addYears(d.closeDay, rng.between(12, 80))); } },
  'account-deleted': { apply: (d, rng, ctx) => { d.accountId = deletedId(ctx, 'Account', rng); } },
  'name-placeholder': { apply: (d, rng) => { d.name = rng.pick(SUBJECT_PLACEHOLDERS); } },
});

/** Log-uniform between the clean bounds, rounded to a hundred: most deals are small, a few large. */
function amount(rng: Rng): number {
  const v = AMOUNT_CLEAN_MIN * (AMOUNT_CLEAN_MAX / AMOUNT_CLEAN_MIN) ** (rng.next() ** 1.6);
  return Math.min(AMOUNT_CLEAN_MAX, Math.max(AMOUNT_CLEAN_MIN, Math.round(v / 100) * 100));
}

export function writeOpportunities(ctx: OrgContext, sink: RowSink, log: DefectSink, progress?: (rows: number) => void): void {
  const { sk, ids, userIds, asOfDay } = ctx;
  const rng = new Rng(ctx.seed, 'Opportunity');
  let lastAccount = -1, accountBase = '', nth = 0, dealOffset = 0;
  for (let o = 0; o < ctx.plan.opportunities; o++) {
    const id = ids.Opportunity.id(o + 1);
    const a = sk.oppAccount[o];
    if (a !== lastAccount) { accountBase = accountName(sk, a).company.base; lastAccount = a; nth = 0; dealOffset = rng.below(DEALS.length); }
    // One account's deals never share a name (a repeated name would read as a duplicate deal).
    const deal = DEALS[(dealOffset + nth) % DEALS.length] + (nth >= DEALS.length ? ` ${Math.floor(nth / DEALS.length) + 1}` : '');
    nth++;
    const flags = sk.oppFlags[o];
    const closed = (flags & CLOSED) !== 0;
    const stage = closed ? (rng.chance(0.45) ? WON : LOST) : OPEN_STAGES[weightedIndex(rng, OPEN_WEIGHTS)];
    const value = amount(rng);
    const closeDay = sk.oppClose[o];
    const d: OppDraft = {
      name: `${accountBase} - ${deal}`, accountId: ids.Account.id(a + 1),
      amount: stage.won || rng.chance(0.92) ? String(value) : '', amountValue: value, closeDay, closeDate: dayString(closeDay),
      stage: stage.name, probability: String(stage.probability), isClosed: String(stage.closed), isWon: String(stage.won),
      forecast: stage.forecast, type: rng.chance(0.85) ? rng.pick(TYPES) : '', source: rng.chance(0.6) ? rng.pick(LEAD_SOURCE) : '',
      open: !closed, won: stage.won,
    };
    const stale = (flags & STALE) !== 0;
    const spec = defects.draw(rng, d, stale || closed, ctx);
    if (spec) log.add(id, spec.code, spec.field);
    let owner = userIds[sk.oppOwner[o]];
    if (rng.chance(INACTIVE_OWNER_RATE.Opportunity)) {
      owner = inactiveOwnerId(ctx, rng);
      log.add(id, 'inactive_owner', 'OwnerId');
    }
    if (stale) log.add(id, 'stale');
    const dates = rowDates(rng, asOfDay, sk.oppCreated[o], stale ? 'stale' : closed ? closeDay : 'open');
    const nextStep = !closed && rng.chance(0.4) ? rng.pick(NEXT_STEPS) : '';
    const drawn = rng.chance(0.1) ? rng.pick(NOTES) : '';
    const note = opportunityInjection(o) ?? drawn;
    sink.add(`${id},${d.name},${d.accountId},${d.amount},${d.closeDate},${d.stage},${d.probability},${d.isClosed},${d.isWon},${d.forecast},${d.type},${d.source},${nextStep},${cell(note)},${owner},${dates.lastActivity},${dates.created},${dates.modified}\n`);
    if (progress && (o & 0xffff) === 0xffff) progress(o + 1);
  }
  progress?.(ctx.plan.opportunities);
}

function weightedIndex(rng: Rng, weights: number[]): number {
  let total = 0;
  for (const w of weights) total += w;
  let u = rng.next() * total;
  for (let i = 0; i < weights.length; i++) if ((u -= weights[i]) < 0) return i;
  return weights.length - 1;
}
