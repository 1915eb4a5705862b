/**
 * Live mode against a Messages API written from Anthropic's documentation, not from our own fake
 * (src/test-support/fake-anthropic-server.ts): the key in `x-api-key`, the endpoint under whatever
 * base URL ANTHROPIC_BASE_URL names (a path prefix, a trailing slash), requests checked the way the
 * API checks them (non-empty text blocks, every tool_use answered by a tool_result placed first in
 * the next user message, tools with an object input_schema, thinking blocks sent back unchanged),
 * responses shaped as documented (thinking blocks, several tool_use blocks in one turn, null cache
 * counts, every stop_reason), errors as `{type:'error', error:{type,message}, request_id}` with a
 * `request-id` header, 429s with `retry-after` and `retry-after-ms`. Each test runs the real CLI.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../cli/paths.js';
import { loadSuite } from '../load-suite.js';
import { LIVE_SUITE } from './live-test-kit.js';

const KEY = 'sk-ant-api03-CONFORMANCE-KEY-9f8e7d6c5b4a-never-in-any-output';
const MODELS = ['claude-sonnet-4-5', 'claude-sonnet-4-6', 'claude-opus-4-8', 'claude-sonnet-5', 'claude-haiku-4-5'];

type Block = Record<string, unknown> & { type: string };
interface Msg { role: string; content: string | Block[] }
interface Body { model: string; max_tokens: number; messages: Msg[]; system?: unknown; tools?: { name: string; input_schema?: { type?: string } }[] }
/** One request as the script sees it: which scenario (by its request text), which turn, which attempt. */
interface Call { scenario: string; turn: number; attempt: number; body: Body; at: number }
type Reply =
  | { content: Block[]; stop_reason: string; usage?: { input_tokens: number; output_tokens: number } }
  | { status: number; type: string; message: string; headers?: Record<string, string> };
type Script = (c: Call) => Reply;

const scenarios = (() => {
  const r = loadSuite(LIVE_SUITE);
  if (!r.ok) throw new Error('live suite does not load');
  return r.value.scenarios.map(({ scenario }) => ({ id: scenario.id, request: scenario.request, steps: scenario.recording?.steps ?? [], answer: scenario.recording?.answer ?? '' }));
})();
const byId = (id: string) => scenarios.find((s) => s.id === id)!;

/** What the documented API refuses with 400 invalid_request_error, or undefined. */
function invalid(body: Body | undefined): string | undefined {
  if (!body || typeof body !== 'object') return 'body: not JSON';
  if (typeof body.model !== 'string' || !body.model) return 'model: Field required';
  if (!Number.isInteger(body.max_tokens) || body.max_tokens < 1) return 'max_tokens: Field required';
  if (!Array.isArray(body.messages) || !body.messages.length) return 'messages: at least one message is required';
  if (body.system !== undefined && typeof body.system !== 'string' && !(Array.isArray(body.system) && body.system.every((b) => b?.type === 'text' && typeof b.text === 'string' && b.text))) return 'system: a string or text blocks';
  const names = new Set<string>();
  for (const [i, t] of (body.tools ?? []).entries()) {
    if (!/^[a-zA-Z0-9_-]{1,128}$/.test(t.name ?? '')) return `tools.${i}.name: String should match pattern '^[a-zA-Z0-9_-]{1,128}$'`;
    if (names.has(t.name)) return `tools: Tool names must be unique.`;
    names.add(t.name);
    if (t.input_schema?.type !== 'object') return `tools.${i}.input_schema.type: Input should be 'object'`;
  }
  const msgs = body.messages;
  for (let i = 0; i < msgs.length; i++) {
    const m = msgs[i];
    if (m.role !== 'user' && m.role !== 'assistant') return `messages.${i}.role: Input should be 'user' or 'assistant'`;
    if (i === 0 && m.role !== 'user') return 'messages.0.role: the first message must use the "user" role';
    if (typeof m.content === 'string') { if (!m.content) return `messages.${i}: text content blocks must be non-empty`; continue; }
    if (!Array.isArray(m.content)) return `messages.${i}.content: a string or content blocks`;
    for (const [j, b] of m.content.entries()) {
      if (b.type === 'text' && (typeof b.text !== 'string' || !b.text)) return `messages.${i}.content.${j}: text content blocks must be non-empty`;
      if (b.type === 'tool_result' && m.role !== 'user') return `messages.${i}.content.${j}: tool_result blocks are only allowed in user messages`;
      if (b.type === 'tool_use' && m.role !== 'assistant') return `messages.${i}.content.${j}: tool_use blocks are only allowed in assistant messages`;
      if (b.type === 'tool_result' && b.content !== undefined && typeof b.content !== 'string' && !Array.isArray(b.content)) return `messages.${i}.content.${j}.content: a string or content blocks`;
      if (b.type === 'tool_result' && b.is_error !== undefined && typeof b.is_error !== 'boolean') return `messages.${i}.content.${j}.is_error: a boolean`;
    }
    // Every tool_use must be answered right after, by tool_result blocks that come first.
    const uses = m.role === 'assistant' ? m.content.filter((b) => b.type === 'tool_use').map((b) => String(b.id)) : [];
    if (uses.length) {
      const next = msgs[i + 1];
      if (!next) return `messages.${i}: tool_use ids were found without tool_result blocks immediately after: ${uses.join(', ')}`;
      const blocks = typeof next.content === 'string' ? [] : next.content;
      const firstOther = blocks.findIndex((b) => b.type !== 'tool_result');
      const results = blocks.filter((b) => b.type === 'tool_result').map((b) => String(b.tool_use_id));
      if (firstOther !== -1 && blocks.slice(firstOther).some((b) => b.type === 'tool_result')) return `messages.${i + 1}: tool_result blocks must come FIRST in the content array`;
      const missing = uses.filter((id) => !results.includes(id));
      if (missing.length) return `messages.${i}: tool_use ids were found without tool_result blocks immediately after: ${missing.join(', ')}`;
    }
    if (m.role === 'user' && typeof m.content !== 'string') {
      const prev = msgs[i - 1];
      const asked = prev && typeof prev.content !== 'string' ? prev.content.filter((b) => b.type === 'tool_use').map((b) => String(b.id)) : [];
      for (const b of m.content) if (b.type === 'tool_result' && !asked.includes(String(b.tool_use_id))) return `messages.${i}: unexpected tool_use_id found in tool_result blocks: ${String(b.tool_use_id)}`;
    }
  }
  return undefined;
}

interface Logged { scenario: string; turn: number; attempt: number; status: number; at: number; headers: IncomingMessage['headers']; path: string }

/** The documented Messages API on 127.0.0.1, under `prefix`, answering as `script` says. */
async function documentedApi(script: Script, prefix = '') {
  const log: Logged[] = [];
  const bodies: Body[] = [];
  const attempts = new Map<string, number>();
  let n = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const requestId = `req_011CConformance${String(++n).padStart(6, '0')}`;
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const entry: Logged = { scenario: '', turn: -1, attempt: 0, status: 0, at: Date.now(), headers: req.headers, path };
      log.push(entry);
      const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        entry.status = status;
        if (res.destroyed) return;
        res.writeHead(status, { 'content-type': 'application/json', 'request-id': requestId, ...headers });
        res.end(JSON.stringify(body));
      };
      const fail = (status: number, type: string, message: string, headers?: Record<string, string>) => send(status, { type: 'error', error: { type, message }, request_id: requestId }, headers);
      if (req.method !== 'POST' || path !== `${prefix}/v1/messages`) return fail(404, 'not_found_error', `Not Found: ${req.method} ${path}`);
      if (req.headers['x-api-key'] !== KEY) return fail(401, 'authentication_error', 'invalid x-api-key');
      if (!req.headers['anthropic-version']) return fail(400, 'invalid_request_error', 'anthropic-version: header is required');
      if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) return fail(400, 'invalid_request_error', 'content-type must be application/json');
      let body: Body | undefined;
      try { body = JSON.parse(Buffer.concat(chunks).toString('utf8')); } catch { body = undefined; }
      const bad = invalid(body);
      if (bad) return fail(400, 'invalid_request_error', bad);
      if (!MODELS.includes(body!.model)) return fail(404, 'not_found_error', `model: ${body!.model}`);
      bodies.push(body!);
      const first = body!.messages[0].content;
      const text = typeof first === 'string' ? first : first.filter((b) => b.type === 'text').map((b) => String(b.text)).join('\n');
      const sc = scenarios.find((s) => text.startsWith(s.request));
      entry.scenario = sc?.id ?? '?';
      entry.turn = body!.messages.filter((m) => m.role === 'assistant').length;
      const k = `${entry.scenario}/${entry.turn}/${JSON.stringify(body!.messages.at(-1))}`;
      entry.attempt = attempts.get(k) ?? 0;
      attempts.set(k, entry.attempt + 1);
      let reply: Reply;
      try { reply = script({ scenario: entry.scenario, turn: entry.turn, attempt: entry.attempt, body: body!, at: entry.at }); } catch (e) { return fail(400, 'invalid_request_error', `script: ${(e as Error).message}`); }
      if ('status' in reply) return fail(reply.status, reply.type, reply.message, reply.headers);
      send(200, {
        id: `msg_01Conf${n}`, type: 'message', role: 'assistant', model: body!.model, content: reply.content,
        stop_reason: reply.stop_reason, stop_sequence: null,
        usage: { input_tokens: reply.usage?.input_tokens ?? 1000, output_tokens: reply.usage?.output_tokens ?? 100, cache_creation_input_tokens: null, cache_read_input_tokens: null, cache_creation: null, server_tool_use: null, service_tier: 'standard' },
      });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, log, bodies, close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }) };
}

let ids = 0;
const toolUse = (name: string, input: unknown): Block => ({ type: 'tool_use', id: `toolu_01Conf${++ids}`, name, input, caller: { type: 'direct' } });
const text = (t: string): Block => ({ type: 'text', text: t, citations: null });
const thinking = (t: string): Block => ({ type: 'thinking', thinking: t, signature: `sig-${t.length}-EqQKCkYIBxgCKkB` });
const end = (t: string): Reply => ({ content: [text(t)], stop_reason: 'end_turn' });

function runCli(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(PACKAGE_ROOT, 'src/cli/bin.ts'), ...args], {
    cwd: PACKAGE_ROOT, env: { ...process.env, CRMREADY_CACHE_DIR: join(PACKAGE_ROOT, '.cache/test'), ANTHROPIC_API_KEY: KEY, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => { stdout += d; });
  child.stderr.on('data', (d) => { stderr += d; });
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((r) => child.on('close', (code) => r({ code, stdout, stderr })));
}

const tmp = () => join(mkdtempSync(join(tmpdir(), 'crmready-conf-')), 'run');
const allFiles = (d: string): string[] => (existsSync(d) ? readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? allFiles(join(d, f)) : [join(d, f)])) : []);
/** The journal: every finished trial with its whole transcript (usage included). */
const transcripts = (dir: string) => readFileSync(join(dir, 'journal.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const evalJson = (dir: string) => JSON.parse(readFileSync(join(dir, 'eval.json'), 'utf8'));
function expectNoKey(dir: string, out: { stdout: string; stderr: string }) {
  expect(out.stdout + out.stderr).not.toContain(KEY);
  for (const f of allFiles(dir)) expect(readFileSync(f, 'utf8'), f).not.toContain(KEY);
}
const live = (dir: string, ...more: string[]) => ['eval', LIVE_SUITE, '--mode', 'live', '--out', dir, ...more];

describe('live mode against the Messages API as documented (real CLI)', () => {
  it('authenticates with x-api-key under a base URL with a path prefix and a trailing slash; answers several tool_use blocks of one turn, in order, beside thinking and text', async () => {
    const api = await documentedApi((c) => {
      const sc = byId(c.scenario);
      if (c.turn === 0) {
        return { content: [thinking('The user wants this done; I will call the tools.'), text('Let me do that.'), ...sc.steps.map((s) => toolUse(s.tool, s.input))], stop_reason: 'tool_use' };
      }
      // The turn came back whole (thinking block unchanged), then one user message answering every call in order.
      const [, asked, answered] = c.body.messages as { content: Block[] }[];
      if (asked.content[0].type !== 'thinking' || asked.content[0].signature !== thinking('The user wants this done; I will call the tools.').signature) throw new Error('the thinking block was not sent back unchanged');
      const want = asked.content.filter((b) => b.type === 'tool_use').map((b) => b.id);
      if (JSON.stringify(answered.content.map((b) => b.tool_use_id)) !== JSON.stringify(want)) throw new Error('tool_results not in the order of the tool_use blocks');
      return end(sc.answer);
    }, '/anthropic');
    const dir = tmp();
    try {
      const r = await runCli(live(dir), { ANTHROPIC_BASE_URL: `${api.url}/anthropic/` });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('4/4 scenarios behaved as expected');
      expect(api.log.every((q) => q.status === 200), JSON.stringify(api.log.map((q) => [q.path, q.status]))).toBe(true);
      expect(api.log.every((q) => q.path === '/anthropic/v1/messages')).toBe(true);
      expect(api.log).toHaveLength(8); // two turns per scenario: nothing retried, nothing repeated
      expect(api.bodies[0].tools?.every((t) => t.input_schema?.type === 'object')).toBe(true);
      const t = transcripts(dir).find((x) => x.scenario === 'stage-change-approved');
      expect(t.transcript.steps.map((s: { tool: string }) => s.tool)).toEqual(['request_approval', 'perform_action']);
      expect(t.transcript.usage).toMatchObject({ inputTokens: 2000, outputTokens: 200 });
      expectNoKey(dir, r);
    } finally {
      await api.close();
    }
  });

  it('waits out 429 (retry-after / retry-after-ms) and 529, gives up on repeated 500s after --max-retries, and never lets the SDK retry on top', async () => {
    const api = await documentedApi((c) => {
      const sc = byId(c.scenario);
      if (c.scenario === 'call-prep-invented-phone' && c.turn === 0 && c.attempt === 0) return { status: 429, type: 'rate_limit_error', message: 'Number of request tokens has exceeded your per-minute rate limit', headers: { 'retry-after': '1', 'retry-after-ms': '1200' } };
      if (c.scenario === 'log-call-summary' && c.turn === 0 && c.attempt === 0) return { status: 529, type: 'overloaded_error', message: 'Overloaded' };
      if (c.scenario === 'stage-change-without-approval') return { status: 500, type: 'api_error', message: 'Internal server error' };
      if (c.turn < sc.steps.length) return { content: [toolUse(sc.steps[c.turn].tool, sc.steps[c.turn].input)], stop_reason: 'tool_use' };
      return end(sc.answer);
    });
    const dir = tmp();
    try {
      const r = await runCli(live(dir, '--max-retries', '2'), { ANTHROPIC_BASE_URL: api.url });
      expect(r.code, r.stderr).toBe(4);
      const of = (id: string, turn = 0) => api.log.filter((q) => q.scenario === id && q.turn === turn);
      expect(of('call-prep-invented-phone').map((q) => q.status)).toEqual([429, 200]);
      const [limited, after] = of('call-prep-invented-phone');
      expect(after.at - limited.at).toBeGreaterThanOrEqual(1200); // retry-after-ms wins over retry-after
      expect(of('log-call-summary').map((q) => q.status)).toEqual([529, 200]);
      expect(of('stage-change-without-approval').map((q) => q.status)).toEqual([500, 500, 500]);
      expect(r.stderr).toMatch(/retry 1 for call-prep-invented-phone \(trial 1\) in 1\.[2-3] s: HTTP 429 rate_limit_error: Number of request tokens .*\(request-id req_011CConformance\d+\)/);
      const failed = transcripts(dir).find((x) => x.scenario === 'stage-change-without-approval');
      expect(failed.transcript.error).toMatch(/^model API: HTTP 500 api_error: Internal server error \(request-id req_011CConformance\d+\) \(gave up after 3 attempts\)$/);
      expect(evalJson(dir).scenarios.map((s: { verdict: string }) => s.verdict)).toEqual(['pass', 'pass', 'fail', 'pass']);
      expectNoKey(dir, r);
    } finally {
      await api.close();
    }
  });

  it('stops the run at a 401 (a bad key): one request, no retry, the reason and request-id shown, the key nowhere', async () => {
    const api = await documentedApi(() => end('unreachable'));
    const dir = tmp();
    const wrong = 'sk-ant-api03-WRONG-KEY-0000-also-never-in-any-output';
    try {
      const r = await runCli(live(dir), { ANTHROPIC_BASE_URL: api.url, ANTHROPIC_API_KEY: wrong });
      expect(r.code, r.stderr).toBe(5);
      expect(api.log).toHaveLength(1);
      expect(r.stderr).toMatch(/the run stopped before every trial ran: the API refused the run: HTTP 401 authentication_error: invalid x-api-key \(request-id req_011CConformance000001\)/);
      expect(r.stdout + r.stderr).not.toContain(wrong);
      for (const f of allFiles(dir)) expect(readFileSync(f, 'utf8'), f).not.toContain(wrong);
    } finally {
      await api.close();
    }
  });

  it('stops the run at a 404 for an unknown model, without retrying it', async () => {
    const api = await documentedApi(() => end('unreachable'));
    const dir = tmp();
    try {
      const r = await runCli(live(dir, '--model', 'claude-nonesuch-9', '--concurrency', '2'), { ANTHROPIC_BASE_URL: api.url });
      expect(r.code, r.stderr).toBe(5);
      expect(api.log.length).toBeLessThanOrEqual(2); // the trials already running, no more
      expect(api.log.every((q) => q.status === 404)).toBe(true);
      expect(r.stderr).toContain('HTTP 404 not_found_error: model: claude-nonesuch-9');
      expectNoKey(dir, r);
    } finally {
      await api.close();
    }
  });

  it('handles what a model may do: an unknown tool and invalid input (is_error, then it recovers), an empty text block, max_tokens, pause_turn, refusal, the step limit', async () => {
    const api = await documentedApi((c) => {
      const sc = byId(c.scenario);
      switch (c.scenario) {
        case 'call-prep-invented-phone': {
          if (c.turn === 0) return { content: [text(''), toolUse('delete_everything', {}), toolUse('get_record', { object: 42 })], stop_reason: 'tool_use' };
          if (c.turn === 1) {
            const results = c.body.messages[2].content as Block[];
            if (!results.every((b) => b.type === 'tool_result' && b.is_error === true)) throw new Error('refused calls must come back as is_error tool_results');
            return { content: [toolUse(sc.steps[0].tool, sc.steps[0].input)], stop_reason: 'tool_use' };
          }
          return end(sc.answer);
        }
        case 'log-call-summary':
          return { content: [text('Here is a very long summary that')], stop_reason: 'max_tokens' };
        case 'stage-change-without-approval':
          if (c.turn === 0) return { content: [text('Checking the deal first.')], stop_reason: 'pause_turn' };
          if (c.body.messages.at(-1)?.role !== 'assistant') throw new Error('a paused turn must be sent back to be continued');
          return { content: [], stop_reason: 'refusal' };
        default:
          return { content: [toolUse('search_records', { object: 'Account', query: 'Pemberton' })], stop_reason: 'tool_use' };
      }
    });
    const dir = tmp();
    try {
      const r = await runCli(live(dir, '--max-steps', '3'), { ANTHROPIC_BASE_URL: api.url });
      expect(r.code, r.stderr).toBe(4);
      expect(api.log.every((q) => q.status === 200), JSON.stringify(api.log.filter((q) => q.status !== 200))).toBe(true);
      const t = Object.fromEntries(transcripts(dir).map((x) => [x.scenario, x.transcript]));
      expect(t['call-prep-invented-phone'].steps.map((s: { outcome: { code: string } }) => s.outcome.code)).toEqual(['unknown_tool', 'invalid_input', 'ok']);
      expect(t['call-prep-invented-phone'].answer).toBe(byId('call-prep-invented-phone').answer);
      expect(t['call-prep-invented-phone'].error).toBeUndefined();
      expect(t['log-call-summary'].error).toBe('a response was cut off at max_tokens (2048)');
      expect(t['stage-change-without-approval']).toMatchObject({ steps: [], answer: null });
      expect(t['stage-change-without-approval'].error).toBeUndefined();
      expect(t['stage-change-approved'].steps).toHaveLength(3);
      expect(t['stage-change-approved'].error).toMatch(/no final answer after 3 model turns/);
      expect(api.log.filter((q) => q.scenario === 'stage-change-approved')).toHaveLength(3);
      expectNoKey(dir, r);
    } finally {
      await api.close();
    }
  });

  it('stops at the budget with a current model and resumes without redoing a finished trial', async () => {
    const api = await documentedApi((c) => {
      const sc = byId(c.scenario);
      if (c.turn < sc.steps.length) return { content: [toolUse(sc.steps[c.turn].tool, sc.steps[c.turn].input)], stop_reason: 'tool_use' };
      return end(sc.answer);
    });
    const dir = tmp();
    try {
      // claude-sonnet-5: $2 / $10 per MTok, so each response (1000 in, 100 out) costs $0.003.
      const first = await runCli(live(dir, '--model', 'claude-sonnet-5', '--budget-usd', '0.01'), { ANTHROPIC_BASE_URL: api.url });
      expect(first.code, first.stderr).toBe(5);
      expect(first.stderr).not.toContain('no price is known');
      expect(first.stderr).toMatch(/budget reached: \$0\.0060 spent of \$0\.0100/);
      expect(evalJson(dir).scenarios).toHaveLength(1);
      const again = await runCli(['eval', '--resume', dir, '--budget-usd', '1'], { ANTHROPIC_BASE_URL: api.url });
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toMatch(/3 run now, 1 from the journal/);
      expect(api.log.filter((q) => q.scenario === 'call-prep-invented-phone' && q.turn === 0)).toHaveLength(1);
      expect(evalJson(dir).scenarios.map((s: { verdict: string }) => s.verdict)).toEqual(['pass', 'pass', 'pass', 'pass']);
      expect(evalJson(dir).model).toBe('claude-sonnet-5');
      expectNoKey(dir, { stdout: first.stdout + again.stdout, stderr: first.stderr + again.stderr });
    } finally {
      await api.close();
    }
  });
});
