/**
 * The optional LLM judge's edge: asks a model which claims in the AI's free text (the answer, task
 * descriptions…) the evidence does not support — the claims entity extraction cannot see ("the
 * customer agreed to a pilot"). Off by default. Every answer is recorded in a JSONL cache keyed by
 * the model and the exact prompt, so a replay (and CI) reads the recording and never calls a model;
 * with no recording and no client, the text is left unjudged and the caller is told.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SnapshotSchema } from '../core/snapshot-files.js';
import { chosenValues } from './claims.js';
import type { MessagesClient } from './live/anthropic-client.js';
import type { Transcript } from './transcript.js';

export interface LlmVerdict { step: number | null; field: string | null; claim: string; quote: string }
export interface ClaimText { step: number | null; field: string | null; text: string }

export class LlmClaimCache {
  private readonly entries = new Map<string, string>();
  constructor(private readonly file: string) {
    if (existsSync(file)) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        try { const e = JSON.parse(line) as { key: string; response: string }; this.entries.set(e.key, e.response); } catch { /* a torn last line from a crash: ignore it */ }
      }
    }
  }
  get(key: string): string | undefined { return this.entries.get(key); }
  put(key: string, model: string, response: string): void {
    this.entries.set(key, response);
    mkdirSync(dirname(this.file), { recursive: true });
    appendFileSync(this.file, `${JSON.stringify({ key, model, response })}\n`);
  }
}

export function claimPrompt(evidence: string[], text: string): string {
  return [
    'You check an AI assistant\'s CRM notes for invented facts. EVIDENCE is everything it was told or read.',
    'List every factual claim in TEXT that EVIDENCE does not support (events, agreements, people, numbers, dates, commitments).',
    'Paraphrases of the evidence are supported. Do not list opinions or next steps the user asked for.',
    'Reply with JSON only: {"unsupported":[{"claim":"…","quote":"exact words from TEXT"}]}',
    '', 'EVIDENCE:', ...evidence.map((e) => `- ${e}`), '', 'TEXT:', text,
  ].join('\n');
}

function parseUnsupported(response: string): { claim: string; quote: string }[] {
  const json = /\{[\s\S]*\}/.exec(response)?.[0];
  if (!json) return [];
  try {
    const v = JSON.parse(json) as { unsupported?: { claim?: unknown; quote?: unknown }[] };
    return (v.unsupported ?? []).filter((u) => typeof u.claim === 'string').map((u) => ({ claim: String(u.claim), quote: typeof u.quote === 'string' ? u.quote : String(u.claim) }));
  } catch {
    return [];
  }
}

export interface LlmClaimChecker {
  model: string;
  cache: LlmClaimCache;
  /** Absent in replay-only runs: then only recorded answers are used. */
  client?: MessagesClient;
}

/** Verdicts for each text; `unjudged` counts texts with no recording and no client to ask. */
export async function checkClaims(checker: LlmClaimChecker, evidence: string[], texts: ClaimText[]): Promise<{ verdicts: LlmVerdict[]; unjudged: number }> {
  const verdicts: LlmVerdict[] = [];
  let unjudged = 0;
  for (const t of texts) {
    if (!t.text.trim()) continue;
    const prompt = claimPrompt(evidence, t.text);
    const key = createHash('sha256').update(`${checker.model}\n${prompt}`).digest('hex');
    let response = checker.cache.get(key);
    if (response === undefined && checker.client) {
      const msg = await checker.client.create({ model: checker.model, max_tokens: 1024, messages: [{ role: 'user', content: prompt }] }, { timeoutMs: 60_000 });
      response = msg.content.filter((b) => b.type === 'text').map((b) => (b as { text: string }).text).join('');
      checker.cache.put(key, checker.model, response);
    }
    if (response === undefined) { unjudged++; continue; }
    for (const u of parseUnsupported(response)) verdicts.push({ step: t.step, field: t.field, ...u });
  }
  return { verdicts, unjudged };
}

/** The free text an LLM should check: the answer and the long text fields the AI wrote. */
export function claimTexts(t: Transcript, schema: SnapshotSchema): ClaimText[] {
  const out: ClaimText[] = [];
  for (const step of t.steps) {
    if (step.outcome.status !== 'ok' || !step.outcome.writes?.length) continue;
    const chosen = chosenValues(step.tool, (step.input ?? {}) as Record<string, unknown>);
    for (const [field, value] of Object.entries(chosen?.values ?? {})) {
      const type = schema.objects[chosen!.object]?.fields[field]?.type;
      if (typeof value === 'string' && (type === 'textarea' || value.length > 80)) out.push({ step: step.index, field, text: value });
    }
  }
  if (t.answer) out.push({ step: null, field: null, text: t.answer });
  return out;
}

/** The evidence as the LLM reads it: the request, the context, every tool result the actor got. */
export function evidenceTexts(request: string, context: { text: string }[], t: Transcript): string[] {
  return [request, ...context.map((c) => c.text), ...t.steps.filter((s) => s.outcome.status === 'ok').map((s) => `${s.tool} → ${JSON.stringify(s.outcome.result)}`)];
}
