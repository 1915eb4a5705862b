/**
 * callTool: the only door through which an AI touches a snapshot. Validates the input, resolves the
 * actor (unknown or inactive users get nothing), runs the tool, and appends one audit-log entry per
 * call — allowed or not. Nothing throws past this function: a bug becomes a denial with its message.
 */
import { resolveActor } from '../access/access-model.js';
import { issuesText } from './issues-text.js';
import { TOOL_REGISTRY } from './tools/registry.js';
import { denied, type ToolOutcome, type ToolSession } from './tool-session.js';

export async function callTool(s: ToolSession, tool: string, input: unknown): Promise<ToolOutcome> {
  const outcome = await runTool(s, tool, input);
  s.log.append({
    run: s.run, scenario: s.scenario, actor: s.actorId, tool, input,
    decision: outcome.status === 'ok' ? (outcome.violations?.length ? 'violations' : 'allowed') : outcome.status,
    code: outcome.code, reason: outcome.message,
    ...(outcome.before !== undefined ? { before: outcome.before } : {}),
    ...(outcome.after !== undefined ? { after: outcome.after } : {}),
    ...(outcome.violations?.length ? { violations: outcome.violations } : {}),
  });
  return outcome;
}

async function runTool(s: ToolSession, tool: string, input: unknown): Promise<ToolOutcome> {
  const def = TOOL_REGISTRY[tool];
  if (!def) return denied('unknown_tool', `unknown tool "${tool}"; tools: ${Object.keys(TOOL_REGISTRY).join(', ')}`);
  const parsed = def.input.safeParse(input);
  if (!parsed.success) return denied('invalid_input', `${tool}: ${issuesText(parsed.error)}`);
  const who = resolveActor(s.access, s.actorId);
  if ('denial' in who) return denied(who.denial.code, who.denial.reason);
  const object = (parsed.data as { object?: unknown }).object;
  if (typeof object === 'string' && !s.sandbox.hasObject(object)) {
    return denied('unknown_object', `object ${object} is not in this snapshot; objects: ${Object.keys(s.sandbox.schema.objects).join(', ')}`);
  }
  try {
    return await def.run(s, who.actor, parsed.data);
  } catch (e) {
    return denied('internal_error', `${tool} failed: ${(e as Error).message}`);
  }
}
