/** Every gate kind, one line each. The registry's test fails if a kind lacks its test file or a valid example. */
import type { GateKind } from '../gate-types.js';
import { coverage } from './coverage.js';
import { duplicateRate } from './duplicate-rate.js';
import { fieldQuality } from './field-quality.js';
import { grounding } from './grounding.js';
import { hygiene } from './hygiene.js';
import { judgeFlags } from './judge-flags.js';
import { passK } from './pass-k.js';
import { passRate } from './pass-rate.js';

const KINDS: GateKind<any>[] = [hygiene, fieldQuality, duplicateRate, judgeFlags, grounding, passRate, coverage, passK];

export const GATE_KINDS: Record<string, GateKind<any>> = Object.fromEntries(KINDS.map((k) => [k.kind, k]));
