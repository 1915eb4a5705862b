/**
 * Everything a row writer needs, built the same way on the main thread and on a worker: the plan,
 * the skeleton (shared memory), the people (rebuilt from the seed: cheap and deterministic) and the
 * id makers. Row writers take it instead of a dozen parameters.
 */
import { DELETED_ID_BASE, IdMaker } from './fast-id.js';
import type { Plan } from './plan.js';
import type { Rng } from './prng.js';
import type { Skeleton } from './skeleton.js';
import { buildPeople, type OrgPeople } from './users.js';

export type ObjectName = 'Account' | 'Contact' | 'Lead' | 'Opportunity' | 'Case' | 'Task' | 'User' | 'UserRole';

export interface OrgContext {
  seed: number;
  plan: Plan;
  asOfDay: number;
  sk: Skeleton;
  people: OrgPeople;
  userIds: string[];
  /** Row i of an object has id `ids[object].id(i + 1)`. */
  ids: Record<ObjectName, IdMaker>;
}

export function makeContext(seed: number, plan: Plan, sk: Skeleton, people = buildPeople(seed, plan.contacts, sk.asOfDay)): OrgContext {
  const names: ObjectName[] = ['Account', 'Contact', 'Lead', 'Opportunity', 'Case', 'Task', 'User', 'UserRole'];
  return {
    seed, plan, asOfDay: sk.asOfDay, sk, people,
    userIds: people.users.map((u) => u.id),
    ids: Object.fromEntries(names.map((n) => [n, new IdMaker(n)])) as Record<ObjectName, IdMaker>,
  };
}

/** The id of a record that no longer exists: the target of an orphan_reference. */
export function deletedId(ctx: OrgContext, object: ObjectName, rng: Rng): string {
  return ctx.ids[object].id(DELETED_ID_BASE + rng.below(1_000_000_000));
}

/** A random inactive user's id, for inactive_owner defects. */
export function inactiveOwnerId(ctx: OrgContext, rng: Rng): string {
  return ctx.userIds[rng.pick(ctx.people.inactive)];
}
