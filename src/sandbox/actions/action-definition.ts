/** An action perform_action can run: its name (a policy key), a params schema and a run function. */
import type { z } from 'zod';
import type { Actor } from '../../access/access-model.js';
import type { ActionName } from '../../access/policy.js';
import type { RecordRow } from '../record-store.js';
import type { ToolOutcome, ToolSession } from '../tool-session.js';

export interface ActionDefinition<S extends z.ZodType = z.ZodType> {
  name: ActionName;
  description: string;
  params: S;
  run(s: ToolSession, actor: Actor, params: z.infer<S>): Promise<ToolOutcome>;
}

export const defineAction = <S extends z.ZodType>(a: ActionDefinition<S>): ActionDefinition<S> => a;

/** Values an action sets on a Task it creates, kept to the fields this snapshot's Task has. */
export function taskSystemValues(s: ToolSession, values: RecordRow): RecordRow {
  const fields = s.sandbox.schema.objects.Task?.fields ?? {};
  return Object.fromEntries(Object.entries(values).filter(([f, v]) => fields[f] && v !== undefined));
}
