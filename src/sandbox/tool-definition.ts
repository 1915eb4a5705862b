/** What a tool is: a name, a description for a model, a zod input schema, and a run function. */
import type { z } from 'zod';
import type { Actor } from '../access/access-model.js';
import type { ToolOutcome, ToolSession } from './tool-session.js';

export interface ToolDefinition<S extends z.ZodType = z.ZodType> {
  name: string;
  description: string;
  input: S;
  run(s: ToolSession, actor: Actor, input: z.infer<S>): Promise<ToolOutcome>;
}

export const defineTool = <S extends z.ZodType>(t: ToolDefinition<S>): ToolDefinition<S> => t;
