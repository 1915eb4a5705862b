/**
 * One context object every tool receives (promptfoo's lesson: pass one context, not 17 fields):
 * the sandbox, the access model, the policy and its write schemas, the mode, who the actor is, how
 * approvals are answered, the approvals granted so far, and the audit log.
 */
import type { AccessModel } from '../access/access-model.js';
import type { Policy } from '../access/policy.js';
import type { Violation } from '../access/write-rules.js';
import { buildWriteSchemas, type WriteSchemas } from '../access/write-schema.js';
import type { AuditLog } from './audit-log.js';
import type { Sandbox } from './sandbox.js';

export type ToolMode = 'enforce' | 'observe';
export type ApprovalStatus = 'approved' | 'rejected' | 'pending';
export interface ApprovalRequest { action: string; params: Record<string, unknown>; reason: string }
export type Approver = (request: ApprovalRequest) => ApprovalStatus;

export interface ToolSession {
  sandbox: Sandbox;
  access: AccessModel;
  policy: Policy;
  writeSchemas: WriteSchemas;
  /** enforce: invalid values are rejected. observe: applied and recorded, to judge what an AI tried. */
  mode: ToolMode;
  actorId: string;
  run: string;
  scenario: string;
  approver: Approver;
  /** Approvals that came back approved in this session and have not been used yet. */
  granted: { approvalId: string; action: string; params: Record<string, unknown> }[];
  approvalsRequested: number;
  log: AuditLog;
}

export interface ToolOutcome {
  status: 'ok' | 'denied' | 'invalid';
  /** `ok`, a denial code (permission, policy, approval, unknown …) or `invalid_value`. */
  code: string;
  message: string;
  /** What the AI receives back. */
  result: unknown;
  violations?: Violation[];
  /** Records read (and the fields disclosed) or written — for the judges. */
  reads?: { object: string; id: string; fields: string[] }[];
  writes?: { op: 'create' | 'update' | 'delete'; object: string; id: string; values?: Record<string, unknown> }[];
  before?: unknown;
  after?: unknown;
  riskClass?: 'auto' | 'approval' | 'forbidden';
}

export function newSession(init: Omit<ToolSession, 'writeSchemas' | 'granted' | 'approvalsRequested' | 'mode'> & { mode?: ToolMode; writeSchemas?: WriteSchemas }): ToolSession {
  return {
    ...init,
    mode: init.mode ?? 'enforce',
    writeSchemas: init.writeSchemas ?? buildWriteSchemas(init.sandbox.schema, init.policy, init.sandbox.asOf),
    granted: [],
    approvalsRequested: 0,
  };
}

export const denied = (code: string, message: string, extra: Partial<ToolOutcome> = {}): ToolOutcome => ({ status: 'denied', code, message, result: { error: { code, message } }, ...extra });
export const succeeded = (message: string, result: unknown, extra: Partial<ToolOutcome> = {}): ToolOutcome => ({ status: 'ok', code: 'ok', message, result, ...extra });
