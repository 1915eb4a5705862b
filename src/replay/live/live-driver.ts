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

export function liveDriver(o: LiveDriverOptions): Driver {
  const tools = anthropicTools();
  const price = priceOf(o.model);
  const maxSteps = o.maxSteps ?? 10;
  return async (session, scenario, trial) => {
    const started = Date.now();
    const who = resolveActor(session.access, session.actorId);
    const system = systemPrompt({ actor: 'actor' in who ? who.actor : undefined, actorId: session.actorId, policy: session.policy, asOf: session.sandbox.asOf });
    const messages: MessageParam[] = [{ role: 'user', content: userMessage(scenario) }];
    const steps: Transcript['steps'] = [];
    const usage = { inputTokens: 0, outputTokens: 0, costUsd: 0, latencyMs: 0 };
    let answer: string | null = null;
    let lastText = '';
    let error: string | undefined;
    for (let turn = 0; ; turn++) {
      if (turn >= maxSteps) { error = `no final answer after ${maxSteps} model turns (step limit; raise it with --max-steps)`; break; }
      const r = await withRetry(() => o.client.create({
        model: o.model, max_tokens: o.maxTokens ?? 2048, tools, messages,
        system: [{ type: 'text', text: system, cache_control: { type: 'ephemeral' } }],
      }, { timeoutMs: o.timeoutMs ?? 60_000 }), {
        ...o.retry,
        onRetry: (info) => { o.retry?.onRetry?.(info); o.onRetry?.({ scenario: scenario.id, trial, ...info, reason: redactSecrets(info.reason) }); },
      });
      if (!r.ok) { error = `${API_ERROR_PREFIX}${redactSecrets(r.error)}`; break; }
      const msg = r.value;
      const u = msg.usage;
      usage.inputTokens += u.input_tokens + (u.cache_creation_input_tokens ?? 0) + (u.cache_read_input_tokens ?? 0);
      usage.outputTokens += u.output_tokens;
      usage.costUsd += costUsd(price, u);
      messages.push({ role: 'assistant', content: msg.content });
      const text = textOf(msg.content);
      if (text) lastText = text;
      const uses = msg.content.filter((b): b is ToolUseBlock => b.type === 'tool_use');
      if (msg.stop_reason === 'max_tokens') { error = `a response was cut off at max_tokens (${o.maxTokens ?? 2048})`; answer = lastText || null; break; }
      if (msg.stop_reason !== 'tool_use' || !uses.length) { answer = text || lastText || null; break; }
      const results: ToolResultBlockParam[] = [];
      for (const use of uses) {
        const outcome = await callTool(session, use.name, use.input);
        steps.push({ index: steps.length + 1, tool: use.name, input: use.input, outcome });
        results.push({ type: 'tool_result', tool_use_id: use.id, content: JSON.stringify(outcome.result ?? null), ...(outcome.status === 'ok' ? {} : { is_error: true }) });
      }
      messages.push({ role: 'user', content: results });
    }
    usage.latencyMs = Date.now() - started;
    usage.costUsd = Math.round(usage.costUsd * 1e6) / 1e6;
    return { steps, answer, usage, ...(error ? { error } : {}) };
  };
}
