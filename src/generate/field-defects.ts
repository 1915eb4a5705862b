/**
 * Draws at most one field defect per record from an object's rate table (defect-rates.ts) and
 * applies it through that object's handler. Every rate must have a handler and vice versa: the
 * constructor throws otherwise, which the row writers' tests catch.
 */
import { fieldDefects, type DefectSpec } from './defect-rates.js';
import type { OrgContext } from './org-context.js';
import type { Rng } from './prng.js';

export interface DefectHandler<Draft> {
  /** The record can carry this defect (e.g. only closed cases can miss a ClosedDate). */
  eligible?: (d: Draft) => boolean;
  /**
   * Changes what makes the record open or closed (its status, IsClosed, IsConverted): drawn only on
   * open, recently modified records, so no reading of the broken status can make the record stale.
   */
  touchesStatus?: boolean;
  apply: (d: Draft, rng: Rng, ctx: OrgContext) => void;
}

export class FieldDefects<Draft> {
  private readonly specs: DefectSpec[];
  private readonly cumulative: number[] = [];
  private readonly handlers: DefectHandler<Draft>[];

  constructor(object: string, handlers: Record<string, DefectHandler<Draft>>) {
    this.specs = fieldDefects(object);
    const ids = new Set(this.specs.map((s) => s.id.slice(object.length + 1)));
    for (const key of Object.keys(handlers)) if (!ids.has(key)) throw new Error(`${object}: handler "${key}" has no rate in defect-rates.ts`);
    let acc = 0;
    this.handlers = this.specs.map((s) => {
      const h = handlers[s.id.slice(object.length + 1)];
      if (!h) throw new Error(`${object}: defect "${s.id}" has no handler`);
      acc += s.rate;
      this.cumulative.push(acc);
      return h;
    });
  }

  /**
   * Applies a drawn defect to `d` and returns its spec, or returns undefined (the record stays clean).
   * `statusLocked`: the record is stale or closed, so status-touching defects are not drawn.
   */
  draw(rng: Rng, d: Draft, statusLocked: boolean, ctx: OrgContext): DefectSpec | undefined {
    const u = rng.next();
    const c = this.cumulative;
    if (u >= c[c.length - 1]) return undefined;
    let i = 0;
    while (u >= c[i]) i++;
    const h = this.handlers[i];
    if ((statusLocked && h.touchesStatus) || (h.eligible && !h.eligible(d))) return undefined;
    h.apply(d, rng, ctx);
    return this.specs[i];
  }
}
