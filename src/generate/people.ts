/**
 * People: given/family names by culture, ASCII folding for email addresses, and the email
 * conventions companies use. A company uses one convention for everyone (as real companies do).
 */
import { NICKNAMES, formalName } from './data/nicknames.js';
import { cultureFor, WORLD_NAMES } from './data/people-names.js';
import type { Rng } from './prng.js';

const FOLD: Record<string, string> = {
  ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', é: 'e', è: 'e', ê: 'e', ë: 'e', É: 'E', È: 'E',
  à: 'a', â: 'a', á: 'a', ç: 'c', Ç: 'C', î: 'i', ï: 'i', í: 'i', ô: 'o', ó: 'o', û: 'u', ù: 'u', ú: 'u', ñ: 'n',
  Î: 'I', Ô: 'O', œ: 'oe', æ: 'ae', ÿ: 'y',
};

/** "Jürgen Müller" → "Juergen Mueller", "Hélène" → "Helene": how these names appear in email addresses. */
export function asciiFold(s: string): string {
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  let out = '';
  for (const ch of s) out += FOLD[ch] ?? ch;
  return out;
}

/** A name as used in an email local part: folded, lower case, letters/digits/hyphens only. */
const tokens = new Map<string, string>();
export function emailToken(s: string): string {
  let t = tokens.get(s);
  if (t === undefined) {
    t = asciiFold(s).toLowerCase().replace(/[^a-z0-9-]/g, '');
    // Names come from fixed lists (plus typo variants): the cache stays small.
    if (tokens.size < 100_000) tokens.set(s, t);
  }
  return t;
}

/**
 * What the generator needs to know about a name, computed once per distinct name: the folded form
 * fuzzy matchers compare, a number for its consonant outline, the initial of its formal form, and
 * its email token. Generating a million people then does no string work on names at all.
 */
export interface NameInfo { name: string; fold: string; outline: number; formalInitial: number; token: string }

const infos = new Map<string, NameInfo>();
export function nameInfo(name: string): NameInfo {
  let i = infos.get(name);
  if (i === undefined) {
    i = { name, fold: nameFold(name), outline: outlineId(name), formalInitial: initial(formalName(name)), token: emailToken(name) };
    if (infos.size < 200_000) infos.set(name, i);
  }
  return i;
}

const tables = new Map<string[], NameInfo[]>();
function table(names: string[]): NameInfo[] {
  let t = tables.get(names);
  if (!t) tables.set(names, (t = names.map(nameInfo)));
  return t;
}

export interface PersonName { first: string; last: string; female: boolean; f: NameInfo; l: NameInfo }

/** Draws a person for a country: English-speaking countries mix in names of other origins. */
export function personName(rng: Rng, countryCode: string): PersonName {
  const culture = cultureFor(countryCode);
  const female = rng.chance(0.5);
  const world = culture === cultureFor('US') && rng.chance(0.2);
  const firsts = world ? (female ? WORLD_NAMES.female : WORLD_NAMES.male) : female ? culture.female : culture.male;
  const f = rng.pick(table(firsts)), l = rng.pick(table(culture.family));
  return { first: f.name, last: l.name, female, f, l };
}

/** Email local-part conventions, chosen once per company. */
export const EMAIL_STYLES = [
  (f: string, l: string) => `${f}.${l}`,
  (f: string, l: string) => `${f[0]}${l}`,
  (f: string, l: string) => `${f}_${l}`,
  (f: string, l: string) => `${f}${l[0]}`,
  (f: string, l: string) => `${f[0]}.${l}`,
  (f: string, l: string) => `${f}${l}`,
];

export function emailLocal(style: number, first: string, last: string): string {
  return EMAIL_STYLES[style % EMAIL_STYLES.length](emailToken(first), emailToken(last));
}

export function emailLocalOf(style: number, first: NameInfo, last: NameInfo): string {
  return EMAIL_STYLES[style % EMAIL_STYLES.length](first.token, last.token);
}

/** Consonant outline of a name: "Smith"/"Smyth" → "smth", "Meyer"/"Maier" → "mr". */
const outlines = new Map<string, string>();
function outline(s: string): string {
  const cached = outlines.get(s);
  if (cached !== undefined) return cached;
  const t = asciiFold(s).toLowerCase().replace(/[^a-z]/g, '');
  let out = t[0] ?? '';
  for (let i = 1; i < t.length; i++) if (!'aeiouy'.includes(t[i]) && t[i] !== out[out.length - 1]) out += t[i];
  if (outlines.size < 100_000) outlines.set(s, out);
  return out;
}

const outlineIds = new Map<string, number>();
function outlineId(name: string): number {
  let id = outlineIds.get(name);
  if (id === undefined) {
    const o = outline(name);
    // Names with the same outline share an id: look them up by outline once, then by name.
    id = outlineIds.get(`\u0000${o}`) ?? outlineIds.size;
    outlineIds.set(`\u0000${o}`, id);
    if (outlineIds.size < 200_000) outlineIds.set(name, id);
  }
  return id;
}

const initials = new Map<string, number>();
function initial(name: string): number {
  let i = initials.get(name);
  if (i === undefined) {
    i = asciiFold(name).toLowerCase().charCodeAt(0) & 127;
    if (initials.size < 100_000) initials.set(name, i);
  }
  return i;
}

const folded = new Map<string, string>();
/** Lower-case letters without accents ("Möller" → "moller"): how fuzzy matchers compare names. */
export function nameFold(s: string): string {
  let f = folded.get(s);
  if (f === undefined) {
    f = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').toLowerCase().replace(/[^a-z]/g, '');
    if (folded.size < 100_000) folded.set(s, f);
  }
  return f;
}

/** Edit distance (with adjacent transpositions) when it is at most `max`, else max + 1. */
export function editDistanceWithin(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [], prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}

const isNick = (a: string, b: string) => (NICKNAMES[a]?.includes(b) ?? false) || (NICKNAMES[b]?.includes(a) ?? false);

/** Two given (or two family) names a matcher would take for one: equal, a nickname, ≤ 2 edits apart. */
function nameLike(a: NameInfo, b: NameInfo): boolean {
  return isNick(a.name, b.name) || isNick(formalName(a.name), formalName(b.name)) || editDistanceWithin(a.fold, b.fold, 2) <= 2;
}

/**
 * The people of one company, to keep a new clean person from looking like one already there: same
 * family name with a similar given name (Lauren/Karen, Bob/Robert), same given name with a similar
 * family name (Keller/Möller), the two swapped, or the same sounding family name and initial
 * (Smith/Smyth). Namesakes at *different* companies are allowed: that is real life.
 */
export class Lookalikes {
  private readonly byLast = new Map<string, NameInfo[]>();
  private readonly byFirst = new Map<string, NameInfo[]>();
  private readonly keys = new Set<number>();

  clear(): void {
    this.byLast.clear();
    this.byFirst.clear();
    this.keys.clear();
  }

  conflicts(first: NameInfo, last: NameInfo): boolean {
    if (this.keys.size === 0) return false;
    if (this.keys.has(last.outline * 128 + first.formalInitial) || this.keys.has(first.outline * 128 + last.formalInitial)) return true;
    if (this.byLast.get(first.fold)?.some((x) => x.fold === last.fold)) return true; // swapped
    if (this.byLast.get(last.fold)?.some((x) => nameLike(x, first))) return true;
    if (this.byFirst.get(first.fold)?.some((x) => nameLike(x, last))) return true;
    return false;
  }

  add(first: NameInfo, last: NameInfo): void {
    this.keys.add(last.outline * 128 + first.formalInitial).add(first.outline * 128 + last.formalInitial);
    const firsts = this.byLast.get(last.fold);
    if (firsts) firsts.push(first); else this.byLast.set(last.fold, [first]);
    const lasts = this.byFirst.get(first.fold);
    if (lasts) lasts.push(last); else this.byFirst.set(first.fold, [last]);
  }
}
