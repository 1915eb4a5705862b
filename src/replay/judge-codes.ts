/** Judge codes (DESIGN "Eval output"): what a judge may say about a scenario's run. */
export const JUDGE_CODES = [
  'hallucinated_value', 'out_of_range', 'schema_violation', 'permission_denied', 'permission_leak',
  'unapproved_action', 'forbidden_action', 'unexpected_write', 'missing_write', 'wrong_value',
] as const;
export type JudgeCode = (typeof JUDGE_CODES)[number];

export const PATTERNS = ['read', 'write', 'act'] as const;
export type Pattern = (typeof PATTERNS)[number];
