/**
 * The audit log: one entry per tool call, allowed or not — time, run, scenario, actor, tool, input,
 * decision with its reason, before/after values. Each entry is appended to a JSONL file at once
 * (a crash loses nothing already decided) and kept in memory; flush() copies new entries into a
 * DuckDB table for SQL readers. The clock is injected so tests and replays are reproducible.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

export interface AuditEntry {
  seq: number;
  time: string;
  run: string;
  scenario: string;
  actor: string;
  tool: string;
  input: unknown;
  /** allowed · denied (access, policy, approval, bad input) · invalid (value rejected in enforce mode) · violations (applied in observe mode) */
  decision: 'allowed' | 'denied' | 'invalid' | 'violations';
  code: string;
  reason: string;
  before?: unknown;
  after?: unknown;
  violations?: unknown[];
}

export interface AuditLogOptions {
  /** JSONL file to append to (created with its folder). */
  file?: string;
  db?: DuckDBConnection;
  table?: string;
  clock?: () => Date;
}

export class AuditLog {
  readonly entries: AuditEntry[] = [];
  private fd?: number;
  private flushed = 0;
  private tableReady = false;
  private readonly clock: () => Date;

  constructor(private readonly opts: AuditLogOptions = {}) {
    this.clock = opts.clock ?? (() => new Date());
    if (opts.file) {
      mkdirSync(dirname(opts.file), { recursive: true });
      this.fd = openSync(opts.file, 'a');
    }
  }

  append(entry: Omit<AuditEntry, 'seq' | 'time'>): AuditEntry {
    const full: AuditEntry = { seq: this.entries.length + 1, time: this.clock().toISOString(), ...entry };
    this.entries.push(full);
    if (this.fd !== undefined) writeSync(this.fd, `${JSON.stringify(full)}\n`);
    return full;
  }

  /** Copies entries not yet in DuckDB into the audit table (created on first use). */
  async flush(): Promise<void> {
    const { db } = this.opts;
    if (!db || this.flushed === this.entries.length) return;
    const table = this.opts.table ?? 'audit_log';
    if (!this.tableReady) {
      await db.run(`CREATE TABLE IF NOT EXISTS main.${table} (seq BIGINT, time VARCHAR, run VARCHAR, scenario VARCHAR, actor VARCHAR, tool VARCHAR, input VARCHAR, decision VARCHAR, code VARCHAR, reason VARCHAR, before VARCHAR, after VARCHAR, violations VARCHAR)`);
      this.tableReady = true;
    }
    const appender = await db.createAppender(table, 'main');
    const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));
    for (const e of this.entries.slice(this.flushed)) {
      appender.appendBigInt(BigInt(e.seq));
      for (const v of [e.time, e.run, e.scenario, e.actor, e.tool, json(e.input), e.decision, e.code, e.reason, json(e.before), json(e.after), json(e.violations)]) {
        if (v === null) appender.appendNull();
        else appender.appendVarchar(v);
      }
      appender.endRow();
    }
    appender.closeSync();
    this.flushed = this.entries.length;
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}
