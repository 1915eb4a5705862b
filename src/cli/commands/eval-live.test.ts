import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAKE_KEY, LIVE_SUITE } from '../../replay/live/live-test-kit.js';
import { playRecordings, playedScenarios, startFakeAnthropic } from '../../test-support/fake-anthropic-server.js';
import { PACKAGE_ROOT } from '../paths.js';

/** The CLI in a child process, without blocking this one (the fake API lives here). */
function startCli(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(PACKAGE_ROOT, 'src/cli/bin.ts'), ...args], {
    cwd: PACKAGE_ROOT, env: { ...process.env, CRMREADY_CACHE_DIR: join(PACKAGE_ROOT, '.cache/test'), ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => { stdout += d; });
  child.stderr.on('data', (d) => { stderr += d; });
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((r) => child.on('close', (code, signal) => r({ code, signal, stdout, stderr })));
  return { child, done };
}

/** The CLI run to completion (for tests that need no fake API: spawnSync would block it). */
function runCli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(PACKAGE_ROOT, 'src/cli/bin.ts'), ...args], {
    encoding: 'utf8', cwd: PACKAGE_ROOT, env: { ...process.env, CRMREADY_CACHE_DIR: join(PACKAGE_ROOT, '.cache/test'), ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tmp = (p: string) => mkdtempSync(join(tmpdir(), p));
const allFiles = (d: string): string[] => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? allFiles(join(d, f)) : [join(d, f)]));
const lines = (f: string) => (existsSync(f) ? readFileSync(f, 'utf8').split('\n').filter(Boolean) : []);
const played = playedScenarios(LIVE_SUITE);

describe('crmready eval --mode live (CLI)', () => {
  it('says clearly that live mode needs ANTHROPIC_API_KEY', () => {
    const r = runCli(['eval', LIVE_SUITE, '--mode', 'live', '--out', join(tmp('crmready-nokey-'), 'run')], { ANTHROPIC_API_KEY: '' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/error: live mode needs an Anthropic API key, and ANTHROPIC_API_KEY is not set\n\s+hint: export ANTHROPIC_API_KEY=/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses live-only options in replay mode', () => {
    const r = runCli(['eval', LIVE_SUITE, '--trials', '3', '--budget-usd', '1', '--out', tmp('crmready-usage-')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--trials, --budget-usd only apply to --mode live');
  });

  it('replays byte for byte the same with --concurrency (apart from the run timestamp)', () => {
    const a = tmp('crmready-seq-');
    const b = tmp('crmready-par-');
    const r1 = runCli(['eval', '--out', a, '-q']);
    const r2 = runCli(['eval', '--out', b, '--concurrency', '4', '-q']);
    expect(r2.code).toBe(r1.code);
    const evalJson = (d: string) => readFileSync(join(d, 'eval.json'), 'utf8').replace(/"createdAt": "[^"]+"/, '');
    expect(evalJson(b)).toBe(evalJson(a));
    for (const f of ['junit.xml', 'transcripts.jsonl']) expect(readFileSync(join(b, f), 'utf8'), f).toBe(readFileSync(join(a, f), 'utf8'));
  });

  it('continues a killed run: no finished trial is redone and the final eval.json is complete', async () => {
    const fake = await startFakeAnthropic(playRecordings(played, { delayMs: 250 }));
    const dir = join(tmp('crmready-kill-'), 'run');
    const rec = join(dir, '..', 'recordings');
    const env = { ANTHROPIC_API_KEY: FAKE_KEY, ANTHROPIC_BASE_URL: fake.url };
    try {
      const first = startCli(['eval', LIVE_SUITE, '--mode', 'live', '--out', dir, '--record', rec], env);
      const journal = join(dir, 'journal.jsonl');
      while (lines(journal).length < 1) {
        if (first.child.exitCode !== null) break;
        await new Promise((r) => setTimeout(r, 10));
      }
      first.child.kill('SIGKILL');
      const killed = await first.done;
      expect(killed.signal).toBe('SIGKILL');
      const before = lines(journal).map((l) => JSON.parse(l).scenario);
      expect(before).toEqual(['call-prep-invented-phone']);
      expect(existsSync(join(dir, 'eval.json'))).toBe(false);

      const second = await startCli(['eval', '--resume', dir], env).done;
      expect(second.code, second.stderr).toBe(0);
      expect(second.stderr).toContain('resuming');
      expect(second.stdout).toMatch(/3 run now, 1 from the journal/);
      const after = lines(journal).map((l) => JSON.parse(l).scenario);
      expect(after).toEqual(['call-prep-invented-phone', 'log-call-summary', 'stage-change-without-approval', 'stage-change-approved']);
      // The first scenario's conversation reached its final answer once only: it was not redone.
      const answered = (key: string) => fake.requests.filter((q) => q.key === key && q.stopReason === 'end_turn').length;
      expect(answered(played[0].key)).toBe(1);
      expect(fake.requests.filter((q) => q.key === played[0].key && q.turn === 0)).toHaveLength(1);
      const report = JSON.parse(readFileSync(join(dir, 'eval.json'), 'utf8'));
      expect(report.mode).toBe('live');
      expect(report.model).toBe('claude-sonnet-4-6');
      expect(report.stopped).toBeUndefined();
      expect(report.scenarios.map((s: { id: string; trials: number; verdict: string }) => [s.id, s.trials, s.verdict])).toEqual(played.map((_, i) => [['call-prep-invented-phone', 'log-call-summary', 'stage-change-without-approval', 'stage-change-approved'][i], 1, 'pass']));
      expect(lines(join(dir, 'transcripts.jsonl'))).toHaveLength(4);
      const recorded = readdirSync(rec);
      expect(recorded).toHaveLength(1);
      const replay = runCli(['eval', join(rec, recorded[0]), '--out', join(dir, '..', 'replayed'), '-q']);
      expect(replay.code, replay.stderr).toBe(0);
      expect(replay.stdout).toContain('4/4 scenarios behaved as expected');
    } finally {
      await fake.close();
    }
  });

  it('stops cleanly on Ctrl-C: running trials finish, the outputs are written, exit code 5', async () => {
    const fake = await startFakeAnthropic(playRecordings(played, { delayMs: 150 }));
    const dir = join(tmp('crmready-sigint-'), 'run');
    try {
      const run = startCli(['eval', LIVE_SUITE, '--mode', 'live', '--out', dir, '--model', 'claude-nonesuch-9'], { ANTHROPIC_API_KEY: FAKE_KEY, ANTHROPIC_BASE_URL: fake.url });
      while (lines(join(dir, 'journal.jsonl')).length < 1 && run.child.exitCode === null) await new Promise((r) => setTimeout(r, 10));
      run.child.kill('SIGINT');
      const r = await run.done;
      expect(r.code, r.stderr).toBe(5);
      expect(r.stderr).toContain('warning: no price is known for model claude-nonesuch-9: its cost is counted as 0');
      expect(r.stderr).toContain('stopping: running trials will finish');
      const report = JSON.parse(readFileSync(join(dir, 'eval.json'), 'utf8'));
      expect(report.stopped).toMatch(/^interrupted \(Ctrl-C\)/);
      // The trial running at Ctrl-C finished and was kept.
      expect(report.scenarios.length).toBe(lines(join(dir, 'journal.jsonl')).length);
      expect(report.scenarios.length).toBeGreaterThanOrEqual(2);
      expect(report.scenarios.length).toBeLessThan(4);
    } finally {
      await fake.close();
    }
  });

  it('stops at the budget with exit code 5 and a resume hint, and never prints or writes the key', async () => {
    const fake = await startFakeAnthropic(playRecordings(played));
    const dir = join(tmp('crmready-budget-'), 'run');
    try {
      const r = await startCli(['eval', LIVE_SUITE, '--mode', 'live', '--out', dir, '--budget-usd', '0.015', '--record', join(dir, 'rec')], { ANTHROPIC_API_KEY: FAKE_KEY, ANTHROPIC_BASE_URL: fake.url }).done;
      expect(r.code, r.stderr).toBe(5);
      expect(r.stderr).toMatch(/error: the run stopped before every trial ran: budget reached: \$0\.0090 spent of \$0\.0150/);
      expect(r.stderr).toContain(`crmready eval --mode live --resume ${dir}`);
      expect(r.stdout).toMatch(/cost \$0\.0090 of a \$0\.015 budget/);
      const report = JSON.parse(readFileSync(join(dir, 'eval.json'), 'utf8'));
      expect(report.stopped).toMatch(/^budget reached/);
      expect(report.scenarios).toHaveLength(1);
      expect(fake.requests.every((q) => q.apiKey === FAKE_KEY)).toBe(true);
      expect(r.stdout + r.stderr).not.toContain(FAKE_KEY);
      for (const f of allFiles(dir)) expect(readFileSync(f, 'utf8'), f).not.toContain(FAKE_KEY);
    } finally {
      await fake.close();
    }
  });
});
