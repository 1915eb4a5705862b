/** Every check kind, one line each. The registry's test fails if a kind lacks its file's test or example. */
import type { CheckKind, CommonCheck } from '../check-types.js';
import { customSql } from './custom-sql.js';
import { ownerActive } from './owner-active.js';
import { picklist } from './picklist.js';
import { reference } from './reference.js';
import { required } from './required.js';

const KINDS: CheckKind<any>[] = [required, picklist, reference, ownerActive, customSql];

export const CHECK_KINDS: Record<string, CheckKind<CommonCheck>> = Object.fromEntries(KINDS.map((k) => [k.kind, k]));
