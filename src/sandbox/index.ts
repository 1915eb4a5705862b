/**
 * The tool layer's public face: open a sandbox over a loaded snapshot and start sessions that call
 * the AI's tools as an actor.
 */
import { buildAccessModel, type AccessModel } from '../access/access-model.js';
import type { Policy } from '../access/policy.js';
import { buildWriteSchemas } from '../access/write-schema.js';
import type { LoadedSnapshot } from '../snapshot/load-snapshot.js';
import { AuditLog } from './audit-log.js';
import { scriptedApprover } from './approvals.js';
import { Sandbox } from './sandbox.js';
import { newSession, type Approver, type ToolMode, type ToolSession } from './tool-session.js';

export { AuditLog, type AuditEntry } from './audit-log.js';
export { scriptedApprover, type ScriptedApproval } from './approvals.js';
export { callTool } from './call-tool.js';
export type { DiffOp } from './overlay.js';
export { Sandbox } from './sandbox.js';
export { toolSpecs, type ToolSpec } from './tool-schemas.js';
export type { ToolMode, ToolOutcome, ToolSession } from './tool-session.js';
export { TOOL_NAMES } from './tools/registry.js';

/** Everything sessions over one snapshot share: the sandbox, the access model, the policy. */
export interface ToolLayer {
  sandbox: Sandbox;
  access: AccessModel;
  policy: Policy;
  log: AuditLog;
  session(opts: { actorId: string; scenario: string; run?: string; mode?: ToolMode; approver?: Approver }): ToolSession;
}

export function openToolLayer(snapshot: LoadedSnapshot, policy: Policy, opts: { log?: AuditLog; run?: string } = {}): ToolLayer {
  const sandbox = new Sandbox(snapshot);
  const access = buildAccessModel(snapshot.access, snapshot.schema);
  const writeSchemas = buildWriteSchemas(snapshot.schema, policy, snapshot.manifest.asOf);
  const log = opts.log ?? new AuditLog({ db: snapshot.db });
  return {
    sandbox, access, policy, log,
    session: (s) => newSession({
      sandbox, access, policy, writeSchemas, log, mode: s.mode, actorId: s.actorId, scenario: s.scenario,
      run: s.run ?? opts.run ?? 'run', approver: s.approver ?? scriptedApprover([]),
    }),
  };
}
