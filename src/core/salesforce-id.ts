/**
 * Salesforce record Ids: 15 case-sensitive characters, or 18 with a case-insensitive suffix that
 * encodes which of the first 15 are upper case. Generated and imported snapshots use 18-char Ids so
 * they look and compare like the ones a real org exports.
 */
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const SUFFIX = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/** Key prefixes of the standard objects, as a real org uses them. */
export const KEY_PREFIX: Record<string, string> = {
  Account: '001', Contact: '003', User: '005', Opportunity: '006', Lead: '00Q', Task: '00T',
  Case: '500', UserRole: '00E', Profile: '00e', PermissionSet: '0PS', PermissionSetAssignment: '0Pa',
};

/** A Salesforce-shaped record Id: 15 or 18 letters and digits. */
export const SALESFORCE_ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;

export function checksumSuffix(id15: string): string {
  let out = '';
  for (let block = 0; block < 3; block++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const c = id15.charCodeAt(block * 5 + i);
      if (c >= 65 && c <= 90) bits |= 1 << i;
    }
    out += SUFFIX[bits];
  }
  return out;
}

export function to18(id: string): string {
  return id.length === 15 ? id + checksumSuffix(id) : id;
}

export function isSalesforceId(s: string): boolean {
  if (!/^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$/.test(s)) return false;
  return s.length === 15 || checksumSuffix(s.slice(0, 15)) === s.slice(15).toUpperCase();
}

/**
 * A deterministic 18-char Id: prefix + pod "5g" + zero + a 9-digit base62 counter.
 * `prefix` may be a known object name or a literal 3-char key prefix.
 */
export function makeId(prefixOrObject: string, n: number): string {
  const prefix = KEY_PREFIX[prefixOrObject] ?? prefixOrObject.padEnd(3, '0').slice(0, 3);
  let counter = '';
  let v = n;
  for (let i = 0; i < 9; i++) {
    counter = BASE62[v % 62] + counter;
    v = Math.floor(v / 62);
  }
  return to18(`${prefix}5g0${counter}`);
}
