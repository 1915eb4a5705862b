/**
 * Problems are data: every layer collects them and only the outermost call (the CLI) throws/prints.
 * A problem says what is wrong, where (file, line, field) and what to do about it (hint).
 */
export interface Problem {
  code: string;
  message: string;
  hint?: string;
  file?: string;
  line?: number;
  field?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(...problems: Problem[]): Result<T> => ({ ok: false, problems });

/** Exit codes the CLI uses: 2 = the user's input is wrong, 1 = anything else. */
export const EXIT_USAGE = 2;
export const EXIT_INPUT = 3;

/**
 * The one user-facing error class. Library code throws it only at its outermost entry points
 * (loadSnapshot, importCsv, …) so callers that want data can use the Result-returning variants.
 */
export class CrmError extends Error {
  readonly problems: Problem[];
  readonly exitCode: number;
  constructor(problems: Problem | Problem[], exitCode = EXIT_INPUT) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(list.map(formatProblem).join('\n'));
    this.name = 'CrmError';
    this.problems = list;
    this.exitCode = exitCode;
  }
}

/** Unwraps a Result or throws its problems as one CrmError. */
export function orThrow<T>(result: Result<T>, exitCode = EXIT_INPUT): T {
  if (result.ok) return result.value;
  throw new CrmError(result.problems, exitCode);
}

/** `file:line: field: message (hint)` — the one place a problem becomes text. */
export function formatProblem(p: Problem): string {
  const where = [p.file, p.line !== undefined ? String(p.line) : undefined].filter(Boolean).join(':');
  const head = [where, p.field].filter(Boolean).join(': ');
  const body = head ? `${head}: ${p.message}` : p.message;
  return p.hint ? `${body}\n  hint: ${p.hint}` : body;
}
