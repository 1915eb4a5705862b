/**
 * crmready's command line. Parses arguments, calls the library, and is the one place where problems
 * become text and exit codes: users see what is wrong, where and what to do — never a stack trace
 * (unless CRMREADY_DEBUG=1).
 */
import { Command, CommanderError } from 'commander';
import { CrmError, EXIT_USAGE, formatProblem } from '../core/problem.js';
import { COMMANDS } from './commands/index.js';

export function buildProgram(): Command {
  const program = new Command('crmready')
    .description('Is your CRM ready for AI to read it, write to it and act on it?')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  for (const register of COMMANDS) register(program);
  for (const cmd of program.commands) {
    cmd.exitOverride();
    for (const sub of cmd.commands) sub.exitOverride();
  }
  return program;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv, { from: 'user' });
    return 0;
  } catch (e) {
    return reportError(e);
  }
}

function reportError(e: unknown): number {
  if (e instanceof CommanderError) {
    // Commander has already printed its message; help and version are not errors.
    return e.exitCode === 0 ? 0 : EXIT_USAGE;
  }
  if (e instanceof CrmError) {
    for (const p of e.problems) process.stderr.write(`error: ${formatProblem(p)}\n`);
    return e.exitCode;
  }
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'ENOSPC') {
    process.stderr.write('error: the disk is full; free some space and run the command again (nothing was committed)\n');
    return 1;
  }
  process.stderr.write(`error: ${err?.message ?? String(e)}\n  hint: this is a bug in crmready, not in your data; run again with CRMREADY_DEBUG=1 and report the stack trace\n`);
  if (process.env.CRMREADY_DEBUG) process.stderr.write(`${err?.stack ?? ''}\n`);
  return 1;
}

