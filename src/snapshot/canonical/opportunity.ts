import type { ObjectDef } from '../../core/snapshot-files.js';
import { audit, bool, date, id, LEAD_SOURCE, money, owner, pick, ref, str, text } from './fields.js';

/** Stages with their default probability and closed/won flags, as a default Salesforce org ships them. */
export const STAGES: { name: string; probability: number; closed: boolean; won: boolean; forecast: string }[] = [
  { name: 'Prospecting', probability: 10, closed: false, won: false, forecast: 'Pipeline' },
  { name: 'Qualification', probability: 10, closed: false, won: false, forecast: 'Pipeline' },
  { name: 'Needs Analysis', probability: 20, closed: false, won: false, forecast: 'Pipeline' },
  { name: 'Value Proposition', probability: 50, closed: false, won: false, forecast: 'Pipeline' },
  { name: 'Id. Decision Makers', probability: 60, closed: false, won: false, forecast: 'Pipeline' },
  { name: 'Perception Analysis', probability: 70, closed: false, won: false, forecast: 'Pipeline' },
  { name: 'Proposal/Price Quote', probability: 75, closed: false, won: false, forecast: 'Pipeline' },
  { name: 'Negotiation/Review', probability: 90, closed: false, won: false, forecast: 'Commit' },
  { name: 'Closed Won', probability: 100, closed: true, won: true, forecast: 'Closed' },
  { name: 'Closed Lost', probability: 0, closed: true, won: false, forecast: 'Omitted' },
];

export const Opportunity: ObjectDef = {
  label: 'Opportunity',
  fields: {
    Id: id(),
    Name: str('Name', 120, { required: true }),
    AccountId: ref('Account ID', 'Account'),
    Amount: money('Amount'),
    CloseDate: date('Close Date', { required: true }),
    StageName: pick('Stage', STAGES.map((s) => s.name), {
      required: true,
      valueMeta: Object.fromEntries(STAGES.map((s) => [s.name, { probability: s.probability, closed: s.closed, won: s.won, forecastCategory: s.forecast }])),
    }),
    Probability: { type: 'percent', label: 'Probability (%)', min: 0, max: 100 },
    IsClosed: bool('Closed'),
    IsWon: bool('Won'),
    ForecastCategoryName: pick('Forecast Category', ['Omitted', 'Pipeline', 'Best Case', 'Commit', 'Closed']),
    Type: pick('Opportunity Type', ['Existing Customer - Upgrade', 'Existing Customer - Replacement', 'Existing Customer - Downgrade', 'New Customer']),
    LeadSource: pick('Lead Source', LEAD_SOURCE),
    NextStep: str('Next Step', 255),
    Description: text('Description'),
    OwnerId: owner(),
    LastActivityDate: date('Last Activity'),
    ...audit(),
  },
};
