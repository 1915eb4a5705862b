/**
 * Names of people (contacts, leads, users) and companies (accounts, lead companies) that exist in a
 * snapshot, found in free text by token sequence — indexed by first token, so scanning costs the
 * text's length, not the number of names. A one-word company name counts only when capitalised in
 * the text ("Summit" the company, not "summit" the word).
 */
import { normText } from './normalise.js';

export interface NameHit { kind: 'person' | 'company'; key: string; span: string; start: number }

export class NameIndex {
  private readonly byFirst = new Map<string, { tokens: string[]; kind: 'person' | 'company'; key: string }[]>();

  add(kind: 'person' | 'company', name: string): void {
    const key = normText(name);
    const tokens = key.split(' ').filter(Boolean);
    if (!tokens.length || (kind === 'person' && tokens.length < 2) || key.length < 3) return;
    const list = this.byFirst.get(tokens[0]) ?? [];
    if (!list.some((e) => e.key === key)) list.push({ tokens, kind, key });
    list.sort((a, b) => b.tokens.length - a.tokens.length); // longest match first
    this.byFirst.set(tokens[0], list);
  }

  find(text: string): NameHit[] {
    const words = [...text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)].map((m) => ({ norm: normText(m[0]), raw: m[0], start: m.index!, end: m.index! + m[0].length }));
    const hits: NameHit[] = [];
    for (let i = 0; i < words.length; i++) {
      for (const cand of this.byFirst.get(words[i].norm) ?? []) {
        // normText splits "O'Connor" into two tokens; compare token streams.
        const stream = words.slice(i, i + cand.tokens.length + 2).flatMap((w) => w.norm.split(' '));
        if (cand.tokens.some((t, k) => stream[k] !== t)) continue;
        let used = 0;
        let consumed = 0;
        while (consumed < cand.tokens.length) consumed += words[i + used++].norm.split(' ').length;
        const last = words[i + used - 1];
        if (cand.kind === 'company' && cand.tokens.length === 1 && !/^\p{Lu}/u.test(words[i].raw)) continue;
        hits.push({ kind: cand.kind, key: cand.key, span: text.slice(words[i].start, last.end), start: words[i].start });
        i += used - 1;
        break;
      }
    }
    return hits;
  }
}
