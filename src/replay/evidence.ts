/**
 * The evidence of a session: what the actor supplied (request, context) and every tool result it
 * received. A written value or a claim in the answer is grounded when the evidence holds it.
 * Built once per run from the transcript; pure.
 */
import { recordKey } from '../sandbox/record-key.js';
import { extractEntities } from './entities.js';
import type { NameIndex } from './name-index.js';
import { normEmail, normPhone, normText, parseAmount } from './normalise.js';
import type { Transcript } from './transcript.js';

export interface Evidence {
  /** All evidence text, normalised, padded with spaces for whole-word lookups. */
  text: string;
  emails: Set<string>;
  phones: Set<string>;
  numbers: number[];
  dates: Set<string>;
  ids: Set<string>;
}

const NUMBER = /(?<![\w.])([-−]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s?(k|mm|m|bn|b|million|thousand|billion)?\b/gi;
const ISO_DATE = /\b(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+Z?)?\b/g;

export function buildEvidence(input: { request: string; context: { text: string }[]; transcript: Transcript; asOf: string; names?: NameIndex }): Evidence {
  const ev: Evidence = { text: '', emails: new Set(), phones: new Set(), numbers: [], dates: new Set([input.asOf]), ids: new Set() };
  const texts: string[] = [];
  const addText = (t: string) => {
    texts.push(t);
    for (const e of extractEntities(t, { asOf: input.asOf, names: input.names })) {
      if (e.kind === 'email') ev.emails.add(String(e.value));
      else if (e.kind === 'phone') ev.phones.add(String(e.value));
      else if (e.kind === 'date') ev.dates.add(String(e.value));
      else if (e.kind === 'id') ev.ids.add(recordKey(String(e.value)));
      else if (e.kind === 'money' || e.kind === 'percent') ev.numbers.push(Number(e.value));
    }
    for (const m of t.matchAll(NUMBER)) ev.numbers.push((m[1] ? -1 : 1) * parseAmount(m[2], m[3], m[4]));
    for (const m of t.matchAll(ISO_DATE)) ev.dates.add(m[1]);
  };
  addText(input.request);
  for (const c of input.context) addText(c.text);

  const addValue = (key: string, v: unknown) => {
    if (typeof v === 'number') { ev.numbers.push(v); texts.push(String(v)); return; }
    if (typeof v !== 'string' || !v) return;
    texts.push(v);
    if (/^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/.test(v)) ev.ids.add(recordKey(v));
    if (/^\d{4}-\d{2}-\d{2}/.test(v)) ev.dates.add(v.slice(0, 10));
    if (v.includes('@')) ev.emails.add(normEmail(v));
    if (/phone/i.test(key)) { const p = normPhone(v); if (p) ev.phones.add(p); }
    // Free text a tool returned (a description, a comment) holds entities of its own.
    if (v.length > 20 && /\s/.test(v)) {
      for (const e of extractEntities(v, { asOf: input.asOf })) {
        if (e.kind === 'email') ev.emails.add(String(e.value));
        else if (e.kind === 'phone') ev.phones.add(String(e.value));
        else if (e.kind === 'date') ev.dates.add(String(e.value));
        else if (e.kind === 'id') ev.ids.add(recordKey(String(e.value)));
        else if (e.kind === 'money' || e.kind === 'percent') ev.numbers.push(Number(e.value));
      }
    }
  };
  const walk = (v: unknown, key = ''): void => {
    if (Array.isArray(v)) { v.forEach((x) => walk(x, key)); return; }
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      // A person's name is split across fields; the evidence should hold it whole.
      if (typeof o.FirstName === 'string' || typeof o.LastName === 'string') texts.push(`${o.FirstName ?? ''} ${o.LastName ?? ''}`);
      for (const [k, x] of Object.entries(o)) walk(x, k);
      return;
    }
    addValue(key, v);
  };
  for (const step of input.transcript.steps) {
    if (step.outcome.status === 'ok') walk(step.outcome.result);
  }
  ev.text = ` ${normText(texts.join(' \n '))} `;
  return ev;
}
