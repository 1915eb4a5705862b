/** The judges: adding one is one file and one line here. Order is the order findings are reported in. */
import { approval } from './approval.js';
import { endState } from './end-state.js';
import { grounding } from './grounding.js';
import type { Judge } from './judge-types.js';
import { llmGrounding } from './llm-grounding.js';
import { permission } from './permission.js';
import { validity } from './validity.js';

export const JUDGES: Judge[] = [validity, grounding, permission, approval, endState, llmGrounding];
