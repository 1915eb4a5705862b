/**
 * Checkable entities in free text (an answer, a task description): emails, phone numbers, money
 * amounts, percentages, dates (chrono-node, relative to the snapshot's asOf), Salesforce Ids, and
 * names of people and companies that exist in the snapshot. Each keeps the span it came from, so a
 * finding can quote it.
 */
import * as chrono from 'chrono-node';
import type { NameIndex } from './name-index.js';
import { normEmail, normPhone, parseAmount } from './normalise.js';

export type EntityKind = 'email' | 'phone' | 'money' | 'percent' | 'date' | 'id' | 'person' | 'company';
export interface Entity { kind: EntityKind; span: string; value: string | number; start: number }

const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const PHONE = /(?:\+\d[\d\s().-]{6,}\d|\(?\b\d{2,4}\)?[\s.-]\d{3,4}[\s.-]\d{3,4}\b)(?:\s*(?:x|ext\.?)\s*\d{1,6})?/g;
const MONEY = /(?:(?:USD|EUR|GBP|AUD|CAD|US\$|A\$|\$|€|£)\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s?(k|mm|m|bn|b|million|thousand|billion)\b)?)|(?:\b(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s?(k|m|bn|million|thousand|billion)?\s?(?:USD|EUR|GBP|dollars|euros|pounds)\b)/gi;
const PERCENT = /\b(\d{1,3}(?:\.\d+)?)\s?(?:%|percent\b)/gi;
const SF_ID = /\b[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?\b/g;

export function isoOf(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** "last week" or "next month" names no day; a date claim needs a number, a month, a weekday or today/tomorrow/yesterday. */
const NAMES_A_DAY = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|\btoday\b|\btomorrow\b|\byesterday\b/i;

export function extractDates(text: string, asOf: string): Entity[] {
  const ref = new Date(`${asOf}T12:00:00Z`);
  return chrono.parse(text, ref).filter((r) => r.start.isCertain('day') && NAMES_A_DAY.test(r.text))
    .map((r) => ({ kind: 'date' as const, span: r.text, value: isoOf(r.start.get('year')!, r.start.get('month')!, r.start.get('day')!), start: r.index }));
}

export function extractEntities(text: string, opts: { asOf: string; names?: NameIndex }): Entity[] {
  const out: Entity[] = [];
  const taken: [number, number][] = [];
  const free = (s: number, e: number) => !taken.some(([a, b]) => s < b && e > a);
  const add = (kind: EntityKind, m: RegExpExecArray, value: string | number | undefined) => {
    if (value === undefined || !free(m.index, m.index + m[0].length)) return;
    taken.push([m.index, m.index + m[0].length]);
    out.push({ kind, span: m[0], value, start: m.index });
  };
  for (const m of text.matchAll(EMAIL)) add('email', m, normEmail(m[0]));
  for (const m of text.matchAll(MONEY)) add('money', m, m[1] !== undefined ? parseAmount(m[1], m[2], m[3]) : parseAmount(m[4], m[5], m[6]));
  for (const m of text.matchAll(PERCENT)) add('percent', m, Number(m[1]));
  for (const d of extractDates(text, opts.asOf)) {
    if (!free(d.start, d.start + d.span.length)) continue;
    taken.push([d.start, d.start + d.span.length]);
    out.push(d);
  }
  for (const m of text.matchAll(PHONE)) add('phone', m, normPhone(m[0]));
  for (const m of text.matchAll(SF_ID)) {
    const digits = (m[0].match(/\d/g) ?? []).length;
    if (digits >= 2 && /[a-zA-Z]/.test(m[0])) add('id', m, m[0]);
  }
  for (const n of opts.names?.find(text) ?? []) {
    if (!free(n.start, n.start + n.span.length)) continue;
    taken.push([n.start, n.start + n.span.length]);
    out.push({ kind: n.kind, span: n.span, value: n.key, start: n.start });
  }
  return out.sort((a, b) => a.start - b.start);
}
