import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPolicy } from '../../access/policy.js';
import { orThrow } from '../../core/problem.js';
import { TOOL_NAMES } from '../../sandbox/tools/registry.js';
import { playRecordings, playedScenarios, type FakeHandler, type FakeRequest } from '../../test-support/fake-anthropic-server.js';
import { runEval } from '../run-eval.js';
import { FAKE_KEY, LIVE_SUITE, POLICY_FILE, runLiveTest, verdicts } from './live-test-kit.js';

const played = playedScenarios(LIVE_SUITE);
const [callPrep, logCall, stageNoApproval] = played;
const recordings = playRecordings(played);
const env = { ...process.env };
afterAll(() => { process.env = env; });

/** Scenario `target` behaves as `special` says; every other one plays its recording. */
const only = (target: string, special: FakeHandler): FakeHandler => (req) => (req.key === target.valueOf() ? special(req) : recordings(req));

describe('live driver against the fake Messages API', () => {
  it('plays tool_use → tool_result → end_turn through the tool layer and judges exactly like replay', async () => {
    const bodies: FakeRequest['body'][] = [];
    const { run, fake } = await runLiveTest((req) => { bodies.push(structuredClone(req.body)); return recordings(req); });
    const replay = orThrow(await runEval({ suites: [LIVE_SUITE], policy: orThrow(loadPolicy(POLICY_FILE)), mode: 'replay' }));
    expect(verdicts(run)).toEqual(verdicts(replay));
    expect(run.results.every((r) => r.verdict === 'pass')).toBe(true);
    // The same calls, the same outcomes and the same answers as the recordings produce in replay.
    const strip = (r: typeof run) => r.trials.map((t) => ({ answer: t.transcript.answer, steps: t.transcript.steps.map((s) => [s.tool, s.input, s.outcome.status, s.outcome.code, s.outcome.result]) }));
    expect(strip(run)).toEqual(strip(replay));

    // What the model was sent: who the user is, the approval rule, the tools, the key from the environment.
    const first = bodies[0];
    const system = JSON.stringify(first.system);
    expect(system).toContain('Shirley Green');
    expect(system).toContain('profile Sales Rep');
    expect(system).toMatch(/approval FIRST.*perform_action update_stage/);
    expect(system).toContain('Today is 2026-06-30');
    expect(first.tools?.map((t) => t.name)).toEqual(TOOL_NAMES);
    expect(fake.requests.every((r) => r.apiKey === FAKE_KEY)).toBe(true);
    // The tool_result answers the tool_use with the outcome's result as JSON.
    const second = bodies.find((b) => b.messages[0].content === logCall.key && b.messages.length === 3)!;
    const result = (second.messages[2].content as { type: string; content: string; is_error?: boolean }[])[0];
    expect(result.type).toBe('tool_result');
    expect(result.is_error).toBeUndefined();
    expect(JSON.parse(result.content)).toEqual(run.trials.find((t) => t.scenario === 'log-call-summary')!.transcript.steps[0].outcome.result);

    const usage = run.trials.find((t) => t.scenario === 'log-call-summary')!.transcript.usage!;
    expect(usage).toMatchObject({ inputTokens: 3000, outputTokens: 300 });
    expect(usage.costUsd).toBeCloseTo(3 * (1000 * 3 + 100 * 15) / 1e6, 9);
    expect(usage.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('sends a refused or malformed call back as is_error and lets the model recover', async () => {
    const bodies: FakeRequest['body'][] = [];
    const { run } = await runLiveTest(only(callPrep.key, (req) => {
      bodies.push(structuredClone(req.body));
      if (req.turn === 0) return { toolUse: [{ name: 'get_record', input: { object: 'Contact' } }, { name: 'get_record', input: { object: 'Contact', id: 42, bogus: true } }] };
      if (req.turn === 1) return { toolUse: [{ name: 'get_record', input: { object: 'Contact', id: '0035g0000000002AAA', fields: ['Phone'] } }] };
      return { text: 'I could not find a mobile number for Thomas Ferguson.' };
    }));
    const t = run.trials.find((x) => x.scenario === 'call-prep-invented-phone')!;
    expect(t.transcript.error).toBeUndefined();
    expect(t.transcript.steps.map((s) => s.outcome.code)).toEqual(['invalid_input', 'invalid_input', 'ok']);
    const sent = bodies[1].messages[2].content as { is_error?: boolean; content: string }[];
    expect(sent.map((r) => r.is_error)).toEqual([true, true]);
    expect(JSON.parse(sent[0].content).error.code).toBe('invalid_input');
    // It did not invent a number this time, so the planted flag is not raised: the scenario fails.
    expect(run.results.find((r) => r.id === 'call-prep-invented-phone')!.verdict).toBe('fail');
  });

  it('waits out a 429 for as long as retry-after says, then succeeds', async () => {
    const retries: { delayMs: number; reason: string }[] = [];
    const t0 = Date.now();
    const { run, live, fake } = await runLiveTest(only(stageNoApproval.key, (req) => (req.turn === 0 && req.attempt === 0
      ? { status: 429, headers: { 'retry-after': '1' }, error: { type: 'rate_limit_error', message: 'slow down' } }
      : recordings(req))), { onRetry: (r) => retries.push(r) });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(1000);
    expect(retries).toHaveLength(1);
    expect(retries[0].delayMs).toBeGreaterThanOrEqual(1000);
    expect(retries[0].delayMs).toBeLessThanOrEqual(1100);
    expect(retries[0].reason).toMatch(/HTTP 429 rate_limit_error: slow down/);
    expect(live.retries()).toBe(1);
    expect(fake.requests.filter((r) => r.status === 429)).toHaveLength(1);
    expect(run.results.every((r) => r.verdict === 'pass')).toBe(true);
  });

  it('backs off on 529 overloaded without a retry-after', async () => {
    const { run, live } = await runLiveTest(only(callPrep.key, (req) => (req.attempt < 2 ? { status: 529 } : recordings(req))));
    expect(live.retries()).toBe(4); // two 529s on each of the two turns
    expect(run.results.every((r) => r.verdict === 'pass')).toBe(true);
  });

  it('gives up cleanly on repeated 500s: that trial is marked as an error, the run goes on', async () => {
    const { run, fake } = await runLiveTest(only(logCall.key, () => ({ status: 500 })), { retry: { maxRetries: 2 } });
    const t = run.trials.find((x) => x.scenario === 'log-call-summary')!;
    expect(t.transcript.error).toMatch(/^model API: HTTP 500 api_error: fake 500 \(request-id req_fake_\d+\) \(gave up after 3 attempts\)$/);
    expect(fake.requests.filter((r) => r.key === logCall.key)).toHaveLength(3);
    const r = run.results.find((x) => x.id === 'log-call-summary')!;
    expect(r.verdict).toBe('fail');
    expect(r.error).toContain('gave up');
    expect(run.results.filter((x) => x.id !== 'log-call-summary').every((x) => x.verdict === 'pass')).toBe(true);
  });

  it('times out a slow response, retries it, and gives up when every attempt is too slow', async () => {
    const t0 = Date.now();
    const { run, fake } = await runLiveTest((req) => {
      if (req.key === callPrep.key && req.turn === 0 && req.attempt === 0) return { ...recordings(req), delayMs: 2000 };
      if (req.key === logCall.key) return { ...recordings(req), delayMs: 2000 };
      return recordings(req);
    }, { timeoutMs: 300, retry: { maxRetries: 1 } });
    expect(Date.now() - t0).toBeLessThan(2000 + 3000);
    expect(run.results.find((x) => x.id === 'call-prep-invented-phone')!.verdict).toBe('pass');
    expect(run.trials.find((x) => x.scenario === 'log-call-summary')!.transcript.error).toMatch(/^model API: request timed out \(gave up after 2 attempts\)$/);
    expect(fake.requests.filter((r) => r.key === logCall.key)).toHaveLength(2);
  });

  it('stops a trial at the step limit and says so', async () => {
    const { run } = await runLiveTest(only(callPrep.key, () => ({ toolUse: [{ name: 'search_records', input: { object: 'Account', query: 'Pemberton' } }] })), { maxSteps: 3 });
    const t = run.trials.find((x) => x.scenario === 'call-prep-invented-phone')!;
    expect(t.transcript.steps).toHaveLength(3);
    expect(t.transcript.error).toMatch(/no final answer after 3 model turns \(step limit/);
  });

  it('never lets the API key into errors, transcripts, the journal or any file of the run', async () => {
    const echo = { type: 'api_error', message: `upstream rejected key ${FAKE_KEY}` };
    const { run, dir, fake } = await runLiveTest((req) => {
      if (req.key === callPrep.key) return { status: 503, error: echo };
      if (req.key === logCall.key) return { status: 401, error: { type: 'authentication_error', message: `invalid x-api-key ${FAKE_KEY}` } };
      return recordings(req);
    }, { retry: { maxRetries: 1 } });
    expect(fake.requests.some((r) => r.apiKey === FAKE_KEY)).toBe(true);
    const errors = run.trials.map((t) => t.transcript.error).filter(Boolean);
    expect(errors).toHaveLength(2);
    for (const e of errors) expect(e).toContain('[redacted]');
    // A bad key stops the run (every later trial would meet it too), and says why, redacted as well.
    expect(run.stopped).toMatch(/^the API refused the run: HTTP 401 authentication_error: invalid x-api-key \[redacted\]/);
    const files = (d: string): string[] => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? files(join(d, f)) : [join(d, f)]));
    for (const f of files(dir)) expect(readFileSync(f, 'utf8'), f).not.toContain(FAKE_KEY);
    expect(JSON.stringify(run)).not.toContain(FAKE_KEY);
  });
});
