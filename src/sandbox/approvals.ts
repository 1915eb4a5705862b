/**
 * Approvals: an `approval`-class call runs only after a request_approval for the same action and
 * params came back approved (DESIGN "The AI's tools"). "Same params" means every param the approval
 * names equals the call's (so approving `{id}` covers that record whatever the new stage, while
 * approving `{id, stageName: 'Closed Won'}` covers only that stage); Ids compare 15/18-insensitively.
 * A grant is used once.
 */
import { recordKey } from './record-key.js';
import type { ApprovalStatus, Approver, ToolSession } from './tool-session.js';

const norm = (v: unknown): unknown => (typeof v === 'string' ? recordKey(v.trim()) : v);

/** Every key of `approved` has an equal value in `call` (recursively for objects). */
export function paramsCovered(approved: unknown, call: unknown): boolean {
  if (approved && typeof approved === 'object' && !Array.isArray(approved)) {
    if (!call || typeof call !== 'object' || Array.isArray(call)) return false;
    return Object.entries(approved).every(([k, v]) => paramsCovered(v, (call as Record<string, unknown>)[k]));
  }
  if (Array.isArray(approved)) {
    return Array.isArray(call) && approved.length === call.length && approved.every((v, i) => paramsCovered(v, call[i]));
  }
  return norm(approved) === norm(call) || (typeof approved === 'number' && Number(call) === approved);
}

/** Finds and uses up a grant covering this call; returns its id, or undefined when there is none. */
export function useGrant(s: ToolSession, action: string, params: Record<string, unknown>): string | undefined {
  const i = s.granted.findIndex((g) => g.action === action && Object.keys(g.params).length > 0 && paramsCovered(g.params, params));
  if (i < 0) return undefined;
  const [grant] = s.granted.splice(i, 1);
  return grant.approvalId;
}

export interface ScriptedApproval { action: string; params?: Record<string, unknown>; decision: ApprovalStatus }

/** How the human answers in replay: the scenario's scripted decisions; anything unscripted is rejected. */
export function scriptedApprover(approvals: ScriptedApproval[]): Approver {
  return (request) => {
    const match = approvals.find((a) => a.action === request.action && paramsCovered(a.params ?? {}, request.params));
    return match?.decision ?? 'rejected';
  };
}
