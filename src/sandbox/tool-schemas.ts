/**
 * The tools as JSON Schemas (draft 2020-12, derived from the same zod schemas the tool layer
 * validates with) in the shape a live model takes them: name, description, input_schema.
 */
import { z } from 'zod';
import { TOOL_REGISTRY } from './tools/registry.js';

export interface ToolSpec { name: string; description: string; input_schema: Record<string, unknown> }

export function toolSpecs(): ToolSpec[] {
  return Object.values(TOOL_REGISTRY).map((t) => {
    const { $schema: _drop, ...schema } = z.toJSONSchema(t.input, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
    return { name: t.name, description: t.description, input_schema: schema };
  });
}
