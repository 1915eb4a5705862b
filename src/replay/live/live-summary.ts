/**
 * The text a live run prints after the usual eval summary: what it ran and resumed, what it cost,
 * how each scenario fared over its trials (pass^k), where the recordings went and, when it stopped
 * early, how to continue.
 */
import { passHatK, type ScenarioResult } from '../metrics.js';
import { priceOf } from './prices.js';
import type { RecordingsWritten } from './recording.js';

export interface LiveSummaryInput {
  model: string;
  trials: number;
  results: ScenarioResult[];
  startedNow: number;
  resumed: number;
  retries: number;
  spentUsd: number;
  budgetUsd?: number;
  stopped?: string;
  dir: string;
  recordings?: RecordingsWritten;
}

const fmt = (n: number) => n.toLocaleString('en-US');
const median = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : 0);

export function liveSummaryLines(s: LiveSummaryInput): string[] {
  const inTok = s.results.reduce((n, r) => n + (r.usage?.inputTokens ?? 0), 0);
  const outTok = s.results.reduce((n, r) => n + (r.usage?.outputTokens ?? 0), 0);
  const latency = median(s.results.filter((r) => r.usage && r.trials).map((r) => r.usage!.latencyMs / r.trials));
  const lines = [
    `live: ${s.model}, ${s.trials} trial(s) per scenario: ${s.startedNow} run now, ${s.resumed} from the journal, ${s.retries} API retries`,
    `tokens ${fmt(inTok)} in / ${fmt(outTok)} out · cost $${s.spentUsd.toFixed(4)}${s.budgetUsd !== undefined ? ` of a $${s.budgetUsd} budget` : ''}${priceOf(s.model) ? '' : ' (no price known for this model: counted as 0)'} · median ${(latency / 1000).toFixed(1)} s per trial`,
  ];
  if (s.trials > 1) {
    lines.push(`pass^${s.trials} per scenario (all ${s.trials} trials as expected):`);
    for (const r of s.results) {
      const k = passHatK(r.trials, r.passes, s.trials);
      lines.push(`  ${r.suite}/${r.id} (${r.pattern}): ${r.passes}/${r.trials} trials${Number.isNaN(k) ? '' : `, pass^${s.trials} ${k.toFixed(2)}`}`);
    }
  }
  const rec = s.recordings;
  if (rec) {
    lines.push(rec.files.length ? `recorded ${rec.recorded} trial(s): ${rec.files.join(', ')} (replay with crmready eval FILE)` : 'recorded nothing: no trial finished');
    for (const l of rec.left.slice(0, 10)) lines.push(`  not recorded: ${l.suite}/${l.scenario} trial ${l.trial}: ${l.reason}`);
  }
  if (s.stopped) lines.push(`STOPPED: ${s.stopped}. Continue with: crmready eval --mode live --resume ${s.dir}${s.budgetUsd !== undefined ? ' --budget-usd MORE' : ''}`);
  return lines;
}
