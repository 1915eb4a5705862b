/**
 * What the generator's ground truth means, precisely: the thresholds and value lists behind each
 * finding code. The audit is scored against defects.json, so a check that mirrors these rules finds
 * every seeded defect and nothing in the clean records. Margins are deliberate: clean values stay
 * well inside each threshold, defective ones well outside, so borderline rounding cannot flip a call.
 *
 * Precedence where two readings are possible (each seeded defect carries exactly one code per field):
 * - a value in PLACEHOLDER_TEXT / a placeholder email is `placeholder_value`, not `invalid_format`;
 * - consistency (`inconsistent`) is judged only between values that are themselves valid: a record
 *   whose StageName/Status is blank or not in the picklist carries only that defect;
 * - phone formatting variety ("(415) 555-0134" vs "+1 415 555 0134") is clean: only numbers that
 *   libphonenumber-js rejects for the record's country are `invalid_format`.
 */

/** The snapshot date of every generated org. Time-based rules measure from it, never the clock. */
export const AS_OF = '2026-06-30';
export const CAPTURED_AT = `${AS_OF}T23:00:00.000Z`;

/**
 * stale: an *open* record whose LastModifiedDate AND LastActivityDate (when the object has one and
 * it is set) are both more than STALE_DAYS before asOf. Open is read from the status field, when
 * that holds a valid picklist value: Account and Contact always; Lead with an open Status (not
 * "Closed - …"); Opportunity whose StageName is not a closed stage; Case with Status other than
 * "Closed". Records with a blank or unknown status are not judged stale. Clean open records were
 * modified within CLEAN_RECENT_DAYS; stale ones were last touched at least STALE_MIN_AGE_DAYS ago.
 */
export const STALE_DAYS: Record<string, number> = { Account: 365, Contact: 365, Lead: 365, Opportunity: 365, Case: 365 };
export const CLEAN_RECENT_DAYS = 300;
export const STALE_MIN_AGE_DAYS = 420;

/**
 * placeholder_value: a text field whose trimmed value equals one of these (case-insensitively), or
 * an email that is one of PLACEHOLDER_EMAILS, or at a domain in PLACEHOLDER_EMAIL_DOMAINS, or under
 * a reserved top-level domain (RFC 2606: .invalid, .example, .test, .localhost).
 */
export const PLACEHOLDER_TEXT = ['[not provided]', 'N/A', 'n/a', 'asdf', 'xxx', 'TBD', 'test', 'unknown', 'none', '-'];
export const PLACEHOLDER_EMAILS = ['test@test.com', 'noemail@noemail.com', 'asdf@asdf.com', 'none@none.com', 'na@na.com'];
export const PLACEHOLDER_EMAIL_DOMAINS = ['example.com', 'example.org', 'example.net', 'test.com', 'noemail.com', 'asdf.com', 'none.com', 'na.com'];
export const RESERVED_TLDS = ['invalid', 'example', 'test', 'localhost'];

/**
 * out_of_range:
 * - Opportunity.Amount negative, or at least AMOUNT_OUTLIER_MIN (clean amounts are within
 *   AMOUNT_CLEAN_MIN..AMOUNT_CLEAN_MAX; outliers are a clean amount typed ×1000);
 * - Account/Lead NumberOfEmployees or AnnualRevenue negative;
 * - Opportunity.CloseDate or Task.ActivityDate FAR_DATE_YEARS or more from asOf;
 * - Contact.Birthdate after asOf or before BIRTHDATE_MIN.
 */
export const AMOUNT_CLEAN_MIN = 1_000;
export const AMOUNT_CLEAN_MAX = 5_000_000;
export const AMOUNT_OUTLIER_MIN = 50_000_000;
export const FAR_DATE_YEARS = 10;
export const BIRTHDATE_MIN = '1900-01-01';

/**
 * non_normalised:
 * - a *Country value that names a known country but is not its canonical name (countries.ts);
 * - a *State value that is the short form of the canonical state for that record's country
 *   ("CA" for California, "NSW" for New South Wales, "NRW" for Nordrhein-Westfalen);
 * - an email with any upper-case letter (clean emails are all lower case).
 */

/**
 * inconsistent (field named in parentheses):
 * - Opportunity: Probability ≠ the stage's probability (Probability); IsClosed or IsWon ≠ the
 *   stage's flags (IsClosed / IsWon); ForecastCategoryName ≠ the stage's category
 *   (ForecastCategoryName); IsClosed false with CloseDate before asOf (CloseDate); StageName
 *   "Closed Won" with a blank Amount (Amount).
 * - Case: Status "Closed" with a blank ClosedDate (ClosedDate); IsClosed ≠ (Status = "Closed") (IsClosed).
 * - Lead: IsConverted ≠ (Status = "Closed - Converted") (IsConverted).
 * - Task: IsClosed ≠ (Status = "Completed") (IsClosed).
 * Clean records: all of the above hold; closed opportunities close on or before asOf, open ones after.
 */

/**
 * orphan_reference: a reference field holding a well-formed Id of the right object type that no row
 * of that object has (as if the record had been deleted): AccountId, ParentId, ReportsToId,
 * ContactId, ConvertedAccountId, WhoId, WhatId.
 *
 * inactive_owner: OwnerId is a User whose IsActive is false. Clean records are owned by active users.
 *
 * duplicate: the row describes the same real-world person or company as the row `of` names (an
 * earlier row; a Lead may duplicate a Contact). Rows in one account hierarchy (ParentId) share a
 * name stem by design and are not duplicates; neither are converted Leads (IsConverted true) and the
 * Contact they became, nor namesakes at different companies.
 *
 * missing_required: a field the schema marks required is blank (LastName, Company, Name, StageName,
 * CloseDate, Status, Origin, Subject).
 *
 * invalid_format: an email that is not addr-spec shaped (two @, no @, spaces, consecutive dots), a
 * phone libphonenumber-js rejects for the record's country, a website that is not a URL.
 *
 * invalid_picklist: a value not among the field's picklist values in schema.json (exact match).
 */
