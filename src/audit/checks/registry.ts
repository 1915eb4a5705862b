/** Every check kind, one line each. The registry's test fails if a kind lacks its test file or a valid example. */
import type { CheckKind, CommonCheck } from '../check-types.js';
import { consistency } from './consistency.js';
import { customSql } from './custom-sql.js';
import { duplicate } from './duplicate.js';
import { format } from './format.js';
import { normalisation } from './normalisation.js';
import { ownerActive } from './owner-active.js';
import { picklist } from './picklist.js';
import { placeholder } from './placeholder.js';
import { range } from './range.js';
import { reference } from './reference.js';
import { required } from './required.js';
import { staleness } from './staleness.js';
import { unique } from './unique.js';

const KINDS: CheckKind<any>[] = [required, format, picklist, range, consistency, reference, staleness, placeholder, ownerActive, normalisation, duplicate, unique, customSql];

export const CHECK_KINDS: Record<string, CheckKind<CommonCheck>> = Object.fromEntries(KINDS.map((k) => [k.kind, k]));
