/** Turns zod issues into Problems that name the file and the path of the bad key. */
import type { z } from 'zod';
import type { Problem } from './problem.js';

export function zodProblems(error: z.ZodError, file: string, code = 'invalid_file', hint?: string): Problem[] {
  return error.issues.slice(0, 20).map((issue) => ({
    code,
    file,
    field: issue.path.map(String).join('.') || undefined,
    message: issue.message,
    hint,
  }));
}
