/** A zod error as one line for a tool caller: "params.id: Required; limit: too big". */
import type { z } from 'zod';

export function issuesText(error: z.ZodError): string {
  return error.issues.slice(0, 5).map((i) => `${i.path.length ? `${i.path.map(String).join('.')}: ` : ''}${i.message}`).join('; ');
}
