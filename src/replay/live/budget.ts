/**
 * The hard budget of a live run. A trial is started only when what was spent, plus what the trials
 * already running may cost, plus this one, stays within the limit — each estimated at the cost of
 * the most expensive trial so far. Until one trial has finished there is no estimate, so the first
 * trial runs alone (whatever the concurrency) and the others wait for its bill. A trial is never cut
 * in half: the budget decides before a trial starts, and the run is marked `stopped` with the reason.
 */
export class Budget {
  private spent = 0;
  private dearest = 0;
  private finished = 0;
  private running = 0;
  private waiting: (() => void)[] = [];
  /** Decisions are taken in the order asked, so trials start in suite order even while some wait. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly limitUsd: number | undefined, earlierCosts: number[] = []) {
    for (const c of earlierCosts) this.add(c);
  }

  get spentUsd(): number { return this.spent; }

  /** Reserves a place for one more trial, or says why none may start. */
  reserve(): Promise<string | undefined> {
    const decision = this.queue.then(() => this.decide());
    this.queue = decision.catch(() => undefined);
    return decision;
  }

  private async decide(): Promise<string | undefined> {
    if (this.limitUsd !== undefined) {
      while (this.finished === 0 && this.running > 0) await new Promise<void>((r) => this.waiting.push(r));
      const next = (this.running + 1) * this.dearest;
      if (this.spent >= this.limitUsd || this.spent + next > this.limitUsd) {
        return `budget reached: $${this.spent.toFixed(4)} spent of $${this.limitUsd.toFixed(4)}; the next trial could cost about $${this.dearest.toFixed(4)}`;
      }
    }
    this.running++;
    return undefined;
  }

  /** A trial finished (with its cost); wakes the trials waiting for a first estimate. */
  settle(costUsd: number): void {
    this.running = Math.max(0, this.running - 1);
    this.add(costUsd);
    for (const wake of this.waiting.splice(0)) wake();
  }

  private add(cost: number): void {
    this.spent += cost;
    this.dearest = Math.max(this.dearest, cost);
    this.finished++;
  }
}
