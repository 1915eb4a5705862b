import { describe, expect, it } from 'vitest';
import { Budget } from './budget.js';

describe('Budget', () => {
  it('has no limit unless given one', async () => {
    const b = new Budget(undefined);
    for (let i = 0; i < 5; i++) expect(await b.reserve()).toBeUndefined();
  });

  it('starts a trial only while the most expensive trial so far still fits, counting the ones running', async () => {
    const b = new Budget(1.0);
    expect(await b.reserve()).toBeUndefined();
    b.settle(0.3);
    expect(await b.reserve()).toBeUndefined(); // 0.3 + 0.3 ≤ 1
    expect(await b.reserve()).toBeUndefined(); // 0.3 + 2·0.3 ≤ 1
    expect(await b.reserve()).toMatch(/^budget reached: \$0\.3000 spent of \$1\.0000/); // 0.3 + 3·0.3 > 1
    b.settle(0.3);
    b.settle(0.3);
    expect(b.spentUsd).toBeCloseTo(0.9);
    expect(await b.reserve()).toMatch(/budget reached/);
  });

  it('lets the first trial run alone: others wait for its bill', async () => {
    const b = new Budget(1.0);
    expect(await b.reserve()).toBeUndefined();
    let second: string | undefined | null = null;
    const waiting = b.reserve().then((r) => { second = r; });
    await new Promise((r) => setTimeout(r, 20));
    expect(second).toBeNull();
    b.settle(0.6);
    await waiting;
    expect(second).toMatch(/budget reached/); // 0.6 + 0.6 > 1
  });

  it('counts what a resumed run already spent', async () => {
    expect(await new Budget(1.0, [0.5, 0.45]).reserve()).toMatch(/\$0\.9500 spent/);
    expect(await new Budget(2.0, [0.5, 0.45]).reserve()).toBeUndefined();
  });
});
