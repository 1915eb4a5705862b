/**
 * Record Ids compare as Salesforce compares them: a 15-char Id and its 18-char form are the same
 * record. Ids that are not Salesforce-shaped (custom exports) compare as written.
 */
import { SALESFORCE_ID, to18 } from '../core/salesforce-id.js';

export function recordKey(id: string): string {
  return SALESFORCE_ID.test(id) ? to18(id.slice(0, 15)) : id;
}
