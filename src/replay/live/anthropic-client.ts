/**
 * The Messages API client for live runs. The key and endpoint come only from the environment, read
 * by the SDK itself (ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL): crmready never takes a key on the
 * command line (shell history, process lists) nor writes one anywhere. The SDK's own retries are
 * off (maxRetries 0) because retry.ts does them; its logging is off so no request is ever printed.
 *
 * The key goes in the `x-api-key` header, the one the API documents. SDK 1.x sends an API key only
 * as `Authorization: Bearer`, which the Anthropic API also takes but an API-compatible proxy or
 * gateway written to the documentation (ANTHROPIC_BASE_URL) may not: so both carry the same key.
 */
import Anthropic from '@anthropic-ai/sdk';
import type { Message, MessageCreateParamsNonStreaming } from '@anthropic-ai/sdk/resources/messages';
import type { Problem } from '../../core/problem.js';

/** The one call a live run makes: what tests and the promptfoo provider can stand in for. */
export interface MessagesClient {
  create(body: MessageCreateParamsNonStreaming, opts: { timeoutMs: number; signal?: AbortSignal }): Promise<Message>;
}

export function missingKeyProblem(env: NodeJS.ProcessEnv = process.env): Problem | undefined {
  if (env.ANTHROPIC_API_KEY?.trim()) return undefined;
  return {
    code: 'missing_api_key',
    message: 'live mode needs an Anthropic API key, and ANTHROPIC_API_KEY is not set',
    hint: 'export ANTHROPIC_API_KEY=… (and ANTHROPIC_BASE_URL for a proxy), or run without --mode live to replay the recordings',
  };
}

export function anthropicFromEnv(env: NodeJS.ProcessEnv = process.env): MessagesClient {
  const key = env.ANTHROPIC_API_KEY?.trim();
  const client = new Anthropic({ maxRetries: 0, logLevel: 'off', ...(key ? { defaultHeaders: { 'x-api-key': key } } : {}) });
  return {
    create: (body, opts) => client.messages.create(body, { timeout: opts.timeoutMs, maxRetries: 0, signal: opts.signal }),
  };
}

/** Removes the API key (and anything shaped like an Anthropic key) from text that will be stored or shown. */
export function redactSecrets(text: string, env: NodeJS.ProcessEnv = process.env): string {
  let out = text;
  const key = env.ANTHROPIC_API_KEY?.trim();
  if (key && key.length >= 8) out = out.split(key).join('[redacted]');
  return out.replace(/sk-ant-[\w-]{8,}/g, '[redacted]');
}
