/**
 * A fake Anthropic Messages API on 127.0.0.1 for tests: nothing in the test suite talks to the real
 * one. It checks what the real API would refuse (no key, no version header, a tool_result that does
 * not answer the previous tool_use) and plays scripted conversations: each request is handed to a
 * handler with its conversation key (the first user message), its turn (assistant messages so far)
 * and its attempt (how often this key and turn were asked before — so "429, then success" is a list).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { userMessage } from '../replay/live/system-prompt.js';
import { loadSuite } from '../replay/load-suite.js';

export interface FakeRequest {
  body: { model: string; messages: { role: string; content: unknown }[]; tools?: { name: string }[]; system?: unknown; max_tokens: number };
  key: string;
  turn: number;
  attempt: number;
}
export interface FakeUsage { input?: number; output?: number }
export type FakeReply =
  | { toolUse: { name: string; input: unknown }[]; text?: string; usage?: FakeUsage; delayMs?: number }
  | { text: string; stopReason?: 'end_turn' | 'max_tokens'; usage?: FakeUsage; delayMs?: number }
  | { status: number; error?: { type: string; message: string }; headers?: Record<string, string>; delayMs?: number };
export type FakeHandler = (req: FakeRequest) => FakeReply;

export interface LoggedRequest { key: string; turn: number; attempt: number; status: number; stopReason?: string; apiKey?: string; model?: string }
export interface FakeAnthropic {
  url: string;
  requests: LoggedRequest[];
  /** Requests being answered at once, at most (shows a concurrency limit at work). */
  maxInFlight(): number;
  close(): Promise<void>;
}

const firstText = (content: unknown): string => (typeof content === 'string' ? content
  : Array.isArray(content) ? content.filter((b) => b?.type === 'text').map((b) => b.text).join('\n') : '');

// SDK 1.x sends the key as `Authorization: Bearer`; the API also takes `x-api-key`.
const apiKeyOf = (req: IncomingMessage) => (req.headers['x-api-key'] as string | undefined) ?? req.headers.authorization?.replace(/^Bearer\s+/i, '');

function protocolError(req: IncomingMessage, body: FakeRequest['body'] | undefined): string | undefined {
  if (!apiKeyOf(req)) return 'an API key is required (x-api-key, or Authorization: Bearer)';
  if (!req.headers['anthropic-version']) return 'anthropic-version header is required';
  if (!body?.model || !body.max_tokens || !Array.isArray(body.messages) || !body.messages.length) return 'model, max_tokens and messages are required';
  const msgs = body.messages;
  for (let i = 0; i < msgs.length; i++) if (msgs[i].role !== (i % 2 ? 'assistant' : 'user')) return `messages.${i}: roles must alternate, starting with user`;
  for (let i = 2; i < msgs.length; i += 2) {
    const prev = msgs[i - 1].content as { type: string; id?: string }[];
    const asked = (Array.isArray(prev) ? prev : []).filter((b) => b.type === 'tool_use').map((b) => b.id);
    const cur = msgs[i].content as { type: string; tool_use_id?: string; content?: unknown }[];
    const answered = (Array.isArray(cur) ? cur : []).filter((b) => b.type === 'tool_result').map((b) => b.tool_use_id);
    if (asked.length && JSON.stringify([...asked].sort()) !== JSON.stringify([...answered].sort())) return `messages.${i}: tool_result blocks must answer every tool_use of messages.${i - 1}`;
  }
  return undefined;
}

export async function startFakeAnthropic(handler: FakeHandler): Promise<FakeAnthropic> {
  const requests: LoggedRequest[] = [];
  const attempts = new Map<string, number>();
  let ids = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    inFlight--;
    if (res.destroyed) return; // the client gave up (timeout); nothing to answer
    const requestId = `req_fake_${++ids}`;
    res.writeHead(status, { 'content-type': 'application/json', 'request-id': requestId, ...headers });
    // Error bodies carry the request id too, as the API's do.
    const b = body as { type?: string };
    res.end(JSON.stringify(b?.type === 'error' ? { ...b, request_id: requestId } : body));
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      maxInFlight = Math.max(maxInFlight, ++inFlight);
      let body: FakeRequest['body'] | undefined;
      try { body = JSON.parse(Buffer.concat(chunks).toString('utf8')); } catch { body = undefined; }
      const apiKey = apiKeyOf(req);
      // The endpoint sits under the base URL, whatever path that has (a proxy's prefix, say).
      const path = new URL(req.url ?? '/', 'http://fake').pathname;
      if (req.method !== 'POST' || !path.endsWith('/v1/messages')) {
        requests.push({ key: '', turn: -1, attempt: 0, status: 404, apiKey });
        return send(res, 404, { type: 'error', error: { type: 'not_found_error', message: `no route ${req.method} ${path}` } });
      }
      const bad = protocolError(req, body);
      if (bad || !body) {
        requests.push({ key: '', turn: -1, attempt: 0, status: 400, apiKey });
        return send(res, 400, { type: 'error', error: { type: 'invalid_request_error', message: bad ?? 'body is not JSON' } });
      }
      const key = firstText(body.messages[0].content);
      const turn = body.messages.filter((m) => m.role === 'assistant').length;
      const akey = `${key}\u0000${turn}`;
      const attempt = attempts.get(akey) ?? 0;
      attempts.set(akey, attempt + 1);
      const reply = handler({ body, key, turn, attempt });
      const log: LoggedRequest = { key, turn, attempt, status: 200, apiKey, model: body.model };
      requests.push(log);
      const respond = () => {
        if ('status' in reply) {
          log.status = reply.status;
          return send(res, reply.status, { type: 'error', error: reply.error ?? { type: reply.status === 429 ? 'rate_limit_error' : reply.status === 529 ? 'overloaded_error' : 'api_error', message: `fake ${reply.status}` } }, reply.headers);
        }
        const usage = { input_tokens: reply.usage?.input ?? 1000, output_tokens: reply.usage?.output ?? 100, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 };
        const content = 'toolUse' in reply
          ? [...(reply.text ? [{ type: 'text', text: reply.text }] : []), ...reply.toolUse.map((t) => ({ type: 'tool_use', id: `toolu_fake_${++ids}`, name: t.name, input: t.input }))]
          : [{ type: 'text', text: reply.text }];
        const stopReason = 'toolUse' in reply ? 'tool_use' : reply.stopReason ?? 'end_turn';
        log.stopReason = stopReason;
        send(res, 200, { id: `msg_fake_${++ids}`, type: 'message', role: 'assistant', model: body!.model, content, stop_reason: stopReason, stop_sequence: null, usage });
      };
      if (reply.delayMs) setTimeout(respond, reply.delayMs);
      else respond();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    maxInFlight: () => maxInFlight,
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}

/** A scenario as the fake plays it: its recorded steps, one tool call a turn, then its answer. */
export interface PlayedScenario { key: string; steps: { tool: string; input: unknown }[]; answer?: string | null }

/** A model that does exactly what each scenario's recording did — live mode then must judge like replay. */
export function playRecordings(scenarios: PlayedScenario[], extra: { usage?: FakeUsage; delayMs?: number } = {}): FakeHandler {
  return ({ key, turn }) => {
    const sc = scenarios.find((s) => s.key === key);
    if (!sc) return { status: 400, error: { type: 'invalid_request_error', message: 'fake: no script for this conversation' } };
    if (turn < sc.steps.length) return { toolUse: [{ name: sc.steps[turn].tool, input: sc.steps[turn].input }], ...extra };
    return { text: sc.answer ?? '', ...extra };
  };
}

/** Every scenario of a suite file as the fake plays it (keyed by the user message the driver sends). */
export function playedScenarios(suiteFile: string): PlayedScenario[] {
  const r = loadSuite(suiteFile);
  if (!r.ok) throw new Error(`cannot read ${suiteFile}: ${r.problems[0].message}`);
  return r.value.scenarios.map(({ scenario }) => ({ key: userMessage(scenario), steps: scenario.recording?.steps ?? [], answer: scenario.recording?.answer }));
}
