/**
 * The live driver: Claude does the scenario. An agent loop over the Messages API — the scenario's
 * request and context as the user's message, the tool layer's tools as Anthropic tools, each
 * tool_use run through callTool as the scenario's actor (so the same permissions, policy, approvals
 * and audit log as replay), its outcome's `result` sent back as the tool_result (is_error for a
 * refusal) — until the model answers without a tool call or the step limit is reached. The
 * transcript is what replay would produce from the same calls, plus tokens, cost and wall time.
 */
import type { ContentBlock, MessageParam, Tool, ToolResultBlockParam, ToolUseBlock } from '@anthropic-ai/sdk/resources/messages';
import { resolveActor } from '../../access/access-model.js';
import { callTool } from '../../sandbox/call-tool.js';
import { toolSpecs } from '../../sandbox/tool-schemas.js';
import type { Driver } from '../run-eval.js';
import type { Transcript } from '../transcript.js';
import { redactSecrets, type MessagesClient } from './anthropic-client.js';
import { costUsd, priceOf } from './prices.js';
import { withRetry, type RetryOptions } from './retry.js';
import { systemPrompt, userMessage } from './system-prompt.js';

/** Transcript errors that mean the API failed (not the model): a resumed run redoes those trials. */
export const API_ERROR_PREFIX = 'model API: ';

export interface LiveDriverOptions {
  client: MessagesClient;
  model: string;
  /** Model turns per trial before the trial is stopped as unfinished (default 10). */
  maxSteps?: number;
  maxTokens?: number;
  /** Per request (default 60 s); a timed-out request is retried like a 5xx. */
  timeoutMs?: number;
  retry?: RetryOptions;
  /** Every retry, for the run's counters and log (the reason is already redacted). */
  onRetry?: (info: { scenario: string; trial: number; attempt: number; delayMs: number; reason: string }) => void;
  /** An API refusal no other trial can get past (FATAL_STATUSES), its reason redacted: the run should stop. */
  onFatal?: (reason: string) => void;
}

export function anthropicTools(): Tool[] {
  const specs = toolSpecs();
  // The tools never change within a run: a cache breakpoint on the last one makes every later
  // request of every trial read them from the prompt cache.
  return specs.map((t, i) => ({
    name: t.name, description: t.description, input_schema: t.input_schema as Tool['input_schema'],
    ...(i === specs.length - 1 ? { cache_control: { type: 'ephemeral' as const } } : {}),
  }));
}

const textOf = (content: ContentBlock[]) => content.filter((b) => b.type === 'text').map((b) => (b as { text: string }).text).join('\n').trim();

/**
 * The assistant turn as it goes back into the conversation: every block as received (thinking
 * blocks with their signatures must be sent back unchanged, in order) except empty text blocks,
 * which the API refuses in a request.
 */
const echoed = (content: ContentBlock[]) => content.filter((b) => !(b.type === 'text' && !(b as { text?: string }).text)) as MessageParam['content'];

/**
 * API statuses that no retry and no other trial can get past (a bad key, no access, an unknown model
 * or endpoint): the run stops rather than send every remaining trial into the same refusal.
 */
export const FATAL_STATUSES = new Set([401, 403, 404]);

export function liveDriver(o: LiveDriverOptions): Driver {
  const tools = anthropicTools();
  const price = priceOf(o.model);
  const maxSteps = o.maxSteps ?? 10;
  const maxTokens = o.maxTokens ?? 2048;
  return async (session, scenario, trial) => {
    const started = Date.now();
    const steps: Transcript['steps'] = [];
    const usage = { inputTokens: 0, outputTokens: 0, costUsd: 0, latencyMs: 0 };
    let answer: string | null = null;
    let lastText = '';
    let error: string | undefined;
    try {
      const who = resolveActor(session.access, session.actorId);
      const system = systemPrompt({ actor: 'actor' in who ? who.actor : undefined, actorId: session.actorId, policy: session.policy, asOf: session.sandbox.asOf });
      const messages: MessageParam[] = [{ role: 'user', content: userMessage(scenario) }];
      for (let turn = 0; ; turn++) {
        if (turn >= maxSteps) { error = `no final answer after ${maxSteps} model turns (step limit; raise it with --max-steps)`; break; }
        const r = await withRetry(() => o.client.create({
          model: o.model, max_tokens: maxTokens, tools, messages,
          system: [{ type: 'text', text: system, cache_control: { type: 'ephemeral' } }],
        }, { timeoutMs: o.timeoutMs ?? 60_000 }), {
          ...o.retry,
          onRetry: (info) => { o.retry?.onRetry?.(info); o.onRetry?.({ scenario: scenario.id, trial, ...info, reason: redactSecrets(info.reason) }); },
        });
        if (!r.ok) {
          const reason = redactSecrets(r.error);
          error = `${API_ERROR_PREFIX}${reason}`;
          if (!r.retryable && r.status !== undefined && FATAL_STATUSES.has(r.status)) o.onFatal?.(reason);
          break;
        }
        const msg = r.value;
        const content: ContentBlock[] = Array.isArray(msg?.content) ? msg.content : [];
        const u = msg?.usage;
        const tokens = { input_tokens: num(u?.input_tokens), output_tokens: num(u?.output_tokens), cache_creation_input_tokens: num(u?.cache_creation_input_tokens), cache_read_input_tokens: num(u?.cache_read_input_tokens) };
        usage.inputTokens += tokens.input_tokens + tokens.cache_creation_input_tokens + tokens.cache_read_input_tokens;
        usage.outputTokens += tokens.output_tokens;
        usage.costUsd += costUsd(price, tokens);
        const text = textOf(content);
        if (text) lastText = text;
        const uses = content.filter((b): b is ToolUseBlock => b.type === 'tool_use');
        const stop = msg?.stop_reason;
        if (stop === 'max_tokens' || stop === 'model_context_window_exceeded') {
          error = stop === 'max_tokens' ? `a response was cut off at max_tokens (${maxTokens})` : 'a response was cut off: the conversation filled the model\'s context window';
          answer = lastText || null;
          break;
        }
        // pause_turn: the API stopped a long turn and asks for the turn back, as it is, to continue it.
        if (stop === 'pause_turn' && !uses.length) {
          if (content.length) messages.push({ role: 'assistant', content: echoed(content) });
          continue;
        }
        // A refusal ends the trial with what the model said in that turn, not with earlier narration.
        if (stop === 'refusal') { answer = text || null; break; }
        if (stop !== 'tool_use' || !uses.length) { answer = text || lastText || null; break; }
        messages.push({ role: 'assistant', content: echoed(content) });
        // Every tool_use of the turn is answered, in order, in one user message of tool_results only.
        const results: ToolResultBlockParam[] = [];
        for (const use of uses) {
          const outcome = await callTool(session, use.name, use.input);
          steps.push({ index: steps.length + 1, tool: use.name, input: use.input, outcome });
          results.push({ type: 'tool_result', tool_use_id: use.id, content: JSON.stringify(outcome.result ?? null), ...(outcome.status === 'ok' ? {} : { is_error: true }) });
        }
        messages.push({ role: 'user', content: results });
      }
    } catch (e) {
      // Whatever the API sent (or a bug of ours), one trial fails with the reason; the run goes on.
      error = `${API_ERROR_PREFIX}${redactSecrets(`unexpected response: ${(e as Error)?.message ?? String(e)}`)}`;
    }
    usage.latencyMs = Date.now() - started;
    usage.costUsd = Math.round(usage.costUsd * 1e6) / 1e6;
    return { steps, answer, usage, ...(error ? { error } : {}) };
  };
}

/** A token count as the API reports it: a number, or null/absent for none. */
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
