import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPolicy } from '../../access/policy.js';
import { orThrow } from '../../core/problem.js';
import { playRecordings, playedScenarios } from '../../test-support/fake-anthropic-server.js';
import { runEval } from '../run-eval.js';
import { JOURNAL_FILE, readJournal } from './journal.js';
import { writeRecordings } from './recording.js';
import { LIVE_SUITE, POLICY_FILE, runLiveTest, verdicts } from './live-test-kit.js';

const played = playedScenarios(LIVE_SUITE);
const recordings = playRecordings(played);
const env = { ...process.env };
afterAll(() => { process.env = env; });
const replay = async (file: string) => orThrow(await runEval({ suites: [file], policy: orThrow(loadPolicy(POLICY_FILE)), mode: 'replay' }));

describe('live runs: record once, replay forever', () => {
  it('saves each trial as a scenario that replays to the same verdicts and the same calls', async () => {
    const { run, dir, settings } = await runLiveTest(recordings, { trials: 2 });
    const rec = writeRecordings(join(dir, 'recordings'), run, { ...settings, trials: 2 });
    expect(rec.recorded).toBe(8);
    expect(rec.left).toEqual([]);
    const doc = parse(readFileSync(rec.files[0], 'utf8'));
    expect(doc.scenarios.map((s: { id: string }) => s.id).slice(0, 2)).toEqual(['call-prep-invented-phone.t1', 'call-prep-invented-phone.t2']);
    expect(doc.scenarios[0].tags).toEqual(['recorded', 'model:claude-sonnet-4-5']);
    const again = await replay(rec.files[0]);
    expect(again.skipped).toEqual([]);
    for (const t of run.trials) {
      const r = again.results.find((x) => x.id === `${t.scenario}.t${t.trial}`)!;
      const live = run.results.find((x) => x.id === t.scenario)!;
      expect(r.verdict, r.id).toBe(live.verdict);
      expect(r.raisedFlags, r.id).toEqual([...new Set(t.findings.map((f) => f.code))].sort());
      const trial = again.trials.find((x) => x.scenario === r.id)!;
      expect(trial.transcript.steps.map((s) => s.outcome.result)).toEqual(t.transcript.steps.map((s) => s.outcome.result));
    }
  });

  it('leaves unfinished trials out of the recording and keeps ids as they are with one trial', async () => {
    const logCall = played[1].key;
    const { run, dir, settings } = await runLiveTest((req) => (req.key === logCall ? { status: 400, error: { type: 'invalid_request_error', message: 'nope' } } : recordings(req)));
    const rec = writeRecordings(join(dir, 'rec'), run, { ...settings, trials: 1 });
    expect(rec.left).toEqual([{ suite: 'live-smoke', scenario: 'log-call-summary', trial: 1, reason: expect.stringMatching(/^model API: HTTP 400 invalid_request_error: nope \(request-id req_fake_\d+\)$/) }]);
    const again = await replay(rec.files[0]);
    expect(again.results.map((r) => r.id)).toEqual(['call-prep-invented-phone', 'stage-change-without-approval', 'stage-change-approved']);
    expect(again.results.every((r) => r.verdict === 'pass')).toBe(true);
  });
});

describe('live runs: concurrency, budget, journal', () => {
  it('runs trials in parallel sandboxes and still reports in suite order, with the same verdicts', async () => {
    const slow = (req: Parameters<typeof recordings>[0]) => ({ ...recordings(req), delayMs: 40 });
    const seq = await runLiveTest(slow, { trials: 3 });
    const par = await runLiveTest(slow, { trials: 3, concurrency: 4 });
    expect(seq.fake.maxInFlight()).toBe(1);
    expect(par.fake.maxInFlight()).toBe(4);
    expect(verdicts(par.run)).toEqual(verdicts(seq.run));
    const order = (r: typeof seq.run) => r.trials.map((t) => `${t.scenario}#${t.trial}`);
    expect(order(par.run)).toEqual(order(seq.run));
    expect(par.run.results.map((r) => r.passes)).toEqual([3, 3, 3, 3]);
  });

  it('stops before a trial that could break the budget, marks the run stopped, and resumes with more', async () => {
    // Each response costs $0.0045 (1000 in, 100 out at Sonnet prices); a trial is 2 or 3 responses.
    // The first trial runs alone ($0.009); then one more fits the estimate (0.009 + 0.009 ≤ 0.02)
    // and a third would not (0.009 + 2 × 0.009 > 0.02), so the run stops with two trials. The
    // second costs $0.0135, more than the estimate: the budget bounds what is started, not a
    // trial's own variance.
    const first = await runLiveTest(recordings, { budgetUsd: 0.02, concurrency: 3 });
    expect(first.run.stopped).toMatch(/^budget reached: \$0\.0090 spent of \$0\.0200; the next trial could cost about \$0\.0090/);
    expect(first.run.trials.map((t) => t.scenario)).toEqual(['call-prep-invented-phone', 'log-call-summary']);
    expect(first.live.spentUsd()).toBeCloseTo(0.0225, 6);
    expect(readJournal(join(first.dir, JOURNAL_FILE)).all).toHaveLength(2);

    const again = await runLiveTest(recordings, { budgetUsd: 1, dir: first.dir, resume: true });
    expect(again.run.stopped).toBeUndefined();
    expect(again.live.resumed).toBe(2);
    expect(again.live.startedNow()).toBe(2);
    expect(again.fake.requests.map((r) => r.key)).not.toContain(played[0].key);
    expect(again.run.results.map((r) => r.verdict)).toEqual(['pass', 'pass', 'pass', 'pass']);
    expect(readJournal(join(first.dir, JOURNAL_FILE)).all).toHaveLength(4);
  });

  it('redoes on resume a trial the API failed, and survives a torn last journal line', async () => {
    const logCall = played[1].key;
    const first = await runLiveTest((req) => (req.key === logCall ? { status: 500 } : recordings(req)), { retry: { maxRetries: 0 } });
    const journal = join(first.dir, JOURNAL_FILE);
    writeFileSync(journal, `${readFileSync(journal, 'utf8')}{"suite":"live-smoke","scen`);
    const j = readJournal(journal);
    expect(j.unreadable).toBe(1);
    expect([...j.finished.keys()].map((k) => k.split('\u0000')[1])).toEqual(['call-prep-invented-phone', 'stage-change-without-approval', 'stage-change-approved']);
    const again = await runLiveTest(recordings, { dir: first.dir, resume: true });
    expect(again.live.startedNow()).toBe(1);
    expect(again.run.results.every((r) => r.verdict === 'pass')).toBe(true);
  });

  it('refuses to start a second run in a folder that holds one', async () => {
    const first = await runLiveTest(recordings);
    await expect(runLiveTest(recordings, { dir: first.dir })).rejects.toThrow(/already holds a live run/);
    expect(existsSync(join(first.dir, 'live-run.json'))).toBe(true);
  });
});
