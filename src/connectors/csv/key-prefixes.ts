/**
 * Which object a record Id belongs to, from its 3-char key prefix. Used to give inferred reference
 * fields a `referenceTo`, and to pick prefixes for records that arrive without Ids (tree JSON).
 */
import { KEY_PREFIX } from '../../core/salesforce-id.js';

/** Standard objects a Data Loader export commonly points at, beyond the ones core knows. */
const MORE_PREFIXES: Record<string, string> = {
  Campaign: '701', CampaignMember: '00v', Contract: '800', Order: '801', Product2: '01t', Pricebook2: '01s',
  PricebookEntry: '01u', OpportunityLineItem: '00k', OpportunityContactRole: '00K', Event: '00U', Group: '00G',
  RecordType: '012', Asset: '02i', Quote: '0Q0', Note: '002', Attachment: '00P', ContentDocument: '069',
  ContentVersion: '068', Organization: '00D', Solution: '501', Entitlement: '550', Individual: '0PK',
  AccountContactRelation: '07k',
};

export const KNOWN_PREFIXES: Readonly<Record<string, string>> = { ...MORE_PREFIXES, ...KEY_PREFIX };

/** prefix → object, for the known objects plus what this import taught (`learned` wins nothing: known first). */
export function prefixIndex(learned: Record<string, string> = {}): Map<string, string> {
  const index = new Map<string, string>();
  for (const [object, prefix] of Object.entries(KNOWN_PREFIXES)) index.set(prefix, object);
  for (const [prefix, object] of Object.entries(learned)) if (!index.has(prefix)) index.set(prefix, object);
  return index;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * A stable key prefix for an object that has no known one (custom objects): `a` + two base62 chars
 * from a hash of the name, as Salesforce gives custom objects `a0X`-style prefixes. `taken` avoids
 * two objects of one import sharing a prefix; the probe order is fixed, so the result is too.
 */
export function prefixFor(object: string, taken: ReadonlySet<string>): string {
  const known = KNOWN_PREFIXES[object];
  if (known) return known;
  let h = 2166136261;
  for (let i = 0; i < object.length; i++) h = Math.imul(h ^ object.charCodeAt(i), 16777619) >>> 0;
  for (let probe = 0; probe < 62 * 62; probe++) {
    const n = (h + probe) % (62 * 62);
    const prefix = `a${BASE62[Math.floor(n / 62)]}${BASE62[n % 62]}`;
    if (!taken.has(prefix)) return prefix;
  }
  throw new Error('no free key prefix left'); // 3,844 custom objects in one import: not a real case
}
