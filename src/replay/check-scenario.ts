/**
 * Checks a scenario against the snapshot it runs on, before running it: the actor must be a user in
 * access.json, every tool a real tool, every object in the schema, and every record the expected end
 * state names must exist. What the recording's steps ask for (an Id that does not exist, a field
 * the actor may not read) is the AI's behaviour and is judged, not refused here.
 */
import { findActor, type AccessModel } from '../access/access-model.js';
import type { SnapshotSchema } from '../core/snapshot-files.js';
import { lineOf } from '../core/yaml-file.js';
import type { Sandbox } from '../sandbox/sandbox.js';
import { TOOL_REGISTRY } from '../sandbox/tools/registry.js';
import type { LoadedSuite, SkippedScenario, SuiteScenario } from './load-suite.js';

export async function checkScenario(suite: LoadedSuite, s: SuiteScenario, env: { access: AccessModel; schema: SnapshotSchema; sandbox: Sandbox }): Promise<SkippedScenario | undefined> {
  const sc = s.scenario;
  const at = (path: (string | number)[], code: string, reason: string): SkippedScenario =>
    ({ suite: suite.name, id: sc.id, file: suite.file, line: suite.src ? lineOf(suite.src, ['scenarios', s.index, ...path]) : s.line, code, reason });
  const objects = Object.keys(env.schema.objects);
  if (!findActor(env.access, sc.actor)) {
    return at(['actor'], 'unknown_actor', `actor ${sc.actor} is not a user in the snapshot's access.json (users: ${[...env.access.actors.values()].slice(0, 5).map((a) => `${a.id} ${a.name}`).join(', ')}, …)`);
  }
  for (const [j, step] of (sc.recording?.steps ?? []).entries()) {
    if (!TOOL_REGISTRY[step.tool]) return at(['recording', 'steps', j, 'tool'], 'unknown_tool', `tool "${step.tool}" does not exist; tools: ${Object.keys(TOOL_REGISTRY).join(', ')}`);
    const object = (step.input as { object?: unknown }).object;
    if (typeof object === 'string' && !env.schema.objects[object]) return at(['recording', 'steps', j, 'input', 'object'], 'unknown_object', `object ${object} is not in the snapshot; objects: ${objects.join(', ')}`);
  }
  for (const [j, w] of (sc.expect.state ?? []).entries()) {
    if (!env.schema.objects[w.object]) return at(['expect', 'state', j, 'object'], 'unknown_object', `object ${w.object} is not in the snapshot; objects: ${objects.join(', ')}`);
    if (w.id && w.op !== 'create' && !(await env.sandbox.store.get(w.object, w.id))) return at(['expect', 'state', j, 'id'], 'unknown_record', `no ${w.object} with Id ${w.id} in the snapshot`);
  }
  return undefined;
}
