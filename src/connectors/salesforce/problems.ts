/**
 * Every problem the Salesforce pull can report, in one place so messages and hints stay consistent.
 * Builders return data; only the CLI turns them into text and an exit code.
 */
import type { Problem } from '../../core/problem.js';

const RESUME = 'objects already pulled are kept; run the same command again to resume where it stopped';

export const problems = {
  missingEnv: (missing: string[], alternatives: string): Problem => ({
    code: 'missing_credentials', field: missing.join(', '),
    message: `Salesforce credentials are incomplete: ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} not set`,
    hint: alternatives,
  }),
  badEnv: (name: string, value: string, why: string): Problem => ({
    code: 'invalid_credentials', field: name, message: `${name}=${JSON.stringify(value)} ${why}`,
    hint: `set ${name} to a URL such as https://mycompany.my.salesforce.com`,
  }),
  loginFailed: (url: string, reason: string): Problem => ({
    code: 'login_failed', file: url, message: `the Salesforce login was refused: ${reason}`,
    hint: 'check SF_USERNAME, SF_PASSWORD and SF_SECURITY_TOKEN (the token is reset from your Salesforce settings), and SF_LOGIN_URL (https://test.salesforce.com for a sandbox)',
  }),
  sessionExpired: (instanceUrl: string): Problem => ({
    code: 'session_expired', file: instanceUrl,
    message: 'the Salesforce session has expired or is invalid (INVALID_SESSION_ID)',
    hint: `get a fresh access token (e.g. \`sf org display --verbose\`) and set SF_ACCESS_TOKEN, or use SF_USERNAME/SF_PASSWORD so crmready can log in again by itself; ${RESUME}`,
  }),
  apiLimit: (usage: string): Problem => ({
    code: 'api_limit', message: `Salesforce refused more API requests (REQUEST_LIMIT_EXCEEDED)${usage ? `: ${usage}` : ''}`,
    hint: `wait until the org's API allowance recovers (it is a rolling 24-hour limit), then ${RESUME}`,
  }),
  apiError: (what: string, code: string, message: string): Problem => ({
    code: 'salesforce_error', message: `${what}: Salesforce answered ${code}: ${message}`,
    hint: `if it is temporary, ${RESUME}`,
  }),
  unknownObjects: (names: string[], known: string[]): Problem => ({
    code: 'unknown_object', field: names.join(', '),
    message: `${names.length > 1 ? 'these objects are' : 'this object is'} not in the org or not queryable by the integration user: ${names.join(', ')}`,
    hint: known.length ? `objects with similar names: ${known.join(', ')}` : 'run without --objects to pull the standard CRM objects',
  }),
  badOption: (field: string, value: string, want: string): Problem => ({
    code: 'invalid_option', field, message: `${field} ${JSON.stringify(value)} is not valid: want ${want}`,
  }),
  bulkJobFailed: (object: string, state: string, message: string): Problem => ({
    code: 'bulk_job_failed', field: object, message: `the Bulk API query job for ${object} ended ${state}${message ? `: ${message}` : ''}`,
    hint: RESUME,
  }),
  badBulkHeader: (object: string, got: string[], want: string[]): Problem => ({
    code: 'bulk_header_mismatch', field: object,
    message: `the Bulk API returned columns ${got.join(',')} for ${object}, not the requested ${want.join(',')}`,
  }),
  // Warnings
  fieldsSkipped: (object: string, fields: Record<string, string>): Problem => ({
    code: 'fields_skipped', field: object,
    message: `${object}: ${Object.keys(fields).length} field(s) not pulled: ${Object.entries(fields).map(([f, why]) => `${f} (${why})`).join('; ')}`,
    hint: 'they are listed under source.skippedFields in snapshot.json; grant the integration user read access to pull them',
  }),
  noSinceField: (object: string): Problem => ({
    code: 'since_ignored', field: object, message: `${object} has neither LastModifiedDate nor SystemModstamp: --where-since does not apply, all its rows were pulled`,
  }),
  resumed: (dir: string, objects: string[]): Problem => ({
    code: 'pull_resumed', file: dir, message: `resuming an interrupted pull: ${objects.join(', ')} already finished and kept`,
  }),
  staleStaging: (dir: string): Problem => ({
    code: 'pull_restarted', file: dir, message: 'an interrupted pull with other options (org, objects, --where-since or API version) was discarded; starting over',
  }),
  accessNote: (message: string): Problem => ({ code: 'access_partial', message }),
  stagesUnavailable: (reason: string): Problem => ({
    code: 'stages_unavailable', field: 'Opportunity.StageName',
    message: `Opportunity stage metadata (probability, closed, won) could not be read from OpportunityStage: ${reason}`,
    hint: 'stage-consistency checks then only use the picklist values',
  }),
};
