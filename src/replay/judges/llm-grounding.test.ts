/** The optional LLM judge: asked once through a fake Messages API, then replayed from its recording. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_ORG } from '../../cli/paths.js';
import { orThrow } from '../../core/problem.js';
import { acmePolicy } from '../../test-support/acme-tools.js';
import { startFakeAnthropic, type FakeAnthropic } from '../../test-support/fake-anthropic-server.js';
import { anthropicFromEnv } from '../live/anthropic-client.js';
import { LlmClaimCache } from '../llm-claims.js';
import { runEval } from '../run-eval.js';

let api: FakeAnthropic;
beforeAll(async () => {
  api = await startFakeAnthropic((req) => {
    const prompt = JSON.stringify(req.body.messages);
    return prompt.includes('agreed to a pilot')
      ? { text: '{"unsupported":[{"claim":"a pilot agreement is not in the evidence","quote":"agreed to a pilot"}]}' }
      : { text: '{"unsupported":[]}' };
  });
});
afterAll(() => api.close());

const suite = () => {
  const f = join(mkdtempSync(join(tmpdir(), 'crmready-llm-')), 'suite.yaml');
  writeFileSync(f, stringify({ suite: 'llm', snapshot: SAMPLE_ORG, scenarios: [{
    id: 'pilot', pattern: 'read', actor: '0055g0000000006AAA', request: 'How did the call with Thomas Ferguson go?',
    context: [{ kind: 'transcript', text: 'Thomas said they will review the quote internally.' }],
    recording: { steps: [], answer: 'Thomas Ferguson agreed to a pilot.' }, expect: { flags: ['hallucinated_value'] },
  }] }));
  return f;
};

describe('llm_grounding', () => {
  it('flags a claim entities cannot catch, records the verdict, and replays it without a model', async () => {
    const cacheFile = join(mkdtempSync(join(tmpdir(), 'crmready-llm-cache-')), 'llm-judge.jsonl');
    const saved = { key: process.env.ANTHROPIC_API_KEY, url: process.env.ANTHROPIC_BASE_URL };
    process.env.ANTHROPIC_API_KEY = 'sk-ant-test-fake-key-000000';
    process.env.ANTHROPIC_BASE_URL = api.url;
    const client = anthropicFromEnv();
    const restore = () => {
      for (const [k, v] of [['ANTHROPIC_API_KEY', saved.key], ['ANTHROPIC_BASE_URL', saved.url]] as const) if (v === undefined) delete process.env[k]; else process.env[k] = v;
    };
    try {
    const file = suite();
    const live = orThrow(await runEval({ suites: [file], policy: acmePolicy(), mode: 'replay', llmJudge: { model: 'claude-test', cache: new LlmClaimCache(cacheFile), client } }));
    expect(live.results[0].findings.map((f) => [f.judge, f.code, f.evidence])).toEqual([['llm_grounding', 'hallucinated_value', 'agreed to a pilot']]);
    expect(live.results[0].verdict).toBe('pass');
    const calls = api.requests.length;
    expect(calls).toBe(1);
    const replayed = orThrow(await runEval({ suites: [file], policy: acmePolicy(), mode: 'replay', llmJudge: { model: 'claude-test', cache: new LlmClaimCache(cacheFile) } }));
    expect(replayed.results[0].findings).toEqual(live.results[0].findings);
    expect(api.requests.length).toBe(calls); // the recording answered; no model was called
    const fresh = orThrow(await runEval({ suites: [file], policy: acmePolicy(), mode: 'replay', llmJudge: { model: 'claude-test', cache: new LlmClaimCache(join(tmpdir(), `none-${Date.now()}.jsonl`)) } }));
    expect(fresh.llmUnjudged).toBe(1);
    expect(fresh.results[0].findings).toEqual([]);
    } finally { restore(); }
  });
  it('is off by default', async () => {
    const run = orThrow(await runEval({ suites: [suite()], policy: acmePolicy(), mode: 'replay' }));
    expect(run.results[0].findings).toEqual([]);
  });
});
