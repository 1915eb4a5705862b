/**
 * Where the CLI talks: results on stdout, progress and warnings on stderr. Progress redraws one line
 * on a terminal and prints one line per step elsewhere (CI logs), and stays silent with --quiet.
 */
import { formatProblem, type Problem } from '../core/problem.js';

export interface Output {
  result(text: string): void;
  info(text: string): void;
  progress(text: string, done?: boolean): void;
  warnings(problems: Problem[], max?: number): void;
}

export function consoleOutput(opts: { quiet?: boolean } = {}): Output {
  const tty = process.stderr.isTTY === true;
  let live = false;
  const clear = () => {
    if (live) process.stderr.write('\r\x1b[K');
    live = false;
  };
  return {
    result: (text) => {
      clear();
      process.stdout.write(text.endsWith('\n') ? text : text + '\n');
    },
    info: (text) => {
      if (opts.quiet) return;
      clear();
      process.stderr.write(text + '\n');
    },
    progress: (text, done = false) => {
      if (opts.quiet) return;
      if (tty) {
        process.stderr.write(`\r\x1b[K${text}`);
        live = !done;
        if (done) process.stderr.write('\n');
      } else if (done) process.stderr.write(text + '\n');
    },
    warnings: (problems, max = 10) => {
      if (opts.quiet || problems.length === 0) return;
      clear();
      for (const p of problems.slice(0, max)) process.stderr.write(`warning: ${formatProblem(p)}\n`);
      if (problems.length > max) process.stderr.write(`warning: … and ${problems.length - max} more\n`);
    },
  };
}

export const fmtInt = (n: number): string => n.toLocaleString('en-US');

/** A plain fixed-width table: first column left-aligned, the rest right-aligned. */
export function table(head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows.map((r) => r.map((c) => (typeof c === 'number' ? fmtInt(c) : c)))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => String(r[i] ?? '').length)));
  return cells
    .map((r) => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ').trimEnd())
    .join('\n');
}
