/**
 * The snapshot's `asOf` date, which every time-dependent rule uses instead of the clock: the one the
 * user gave, else the latest CreatedDate/LastModifiedDate/SystemModstamp in the data (the export was
 * taken after it), else — with a warning — the day of the import when the caller knows it (the CLI
 * reads the clock; a placeholder 1970 date would put every birthdate "in the future"), else a fixed
 * placeholder date. Data with timestamps never depends on the clock: the same files give the same bytes.
 */
export const DATE_FIELDS: ReadonlySet<string> = new Set(['CreatedDate', 'LastModifiedDate', 'SystemModstamp']);
export const DEFAULT_AS_OF = '1970-01-01';

const STAMP = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Epoch milliseconds of a Salesforce date or datetime (`2018-10-24T23:15:19.000+0000`), or undefined. */
export function parseTimestamp(value: string): number | undefined {
  const m = STAMP.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '0', zone = 'Z'] = m;
  let ms = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s, Math.round(Number(`0.${frac}`) * 1000));
  if (zone !== 'Z') {
    const z = /([+-])(\d{2}):?(\d{2})/.exec(zone)!;
    ms -= (z[1] === '-' ? -1 : 1) * (+z[2] * 60 + +z[3]) * 60_000;
  }
  return Number.isNaN(ms) ? undefined : ms;
}

const DAY = 86_400_000;

export class LatestStamp {
  latest: number | undefined;
  /** Values whose date part sorts before this cannot be the latest, whatever their offset. */
  private floor = '';

  observe(value: string): void {
    if (!value || value.slice(0, 10) < this.floor) return; // most values: a string compare, no parse
    const t = parseTimestamp(value);
    if (t !== undefined && (this.latest === undefined || t > this.latest)) {
      this.latest = t;
      this.floor = new Date(t - DAY).toISOString().slice(0, 10);
    }
  }
}

export interface AsOf { asOf: string; capturedAt: string; defaulted: boolean }

export function decideAsOf(given: string | undefined, latest: number | undefined, today?: string): AsOf {
  if (given) return { asOf: given, capturedAt: `${given}T00:00:00Z`, defaulted: false };
  if (latest !== undefined) {
    const iso = new Date(latest).toISOString();
    return { asOf: iso.slice(0, 10), capturedAt: iso, defaulted: false };
  }
  const day = today ?? DEFAULT_AS_OF;
  return { asOf: day, capturedAt: `${day}T00:00:00Z`, defaulted: true };
}
