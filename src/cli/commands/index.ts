/** The CLI's command registry: adding a command is one file and one line here. */
import type { Command } from 'commander';
import { registerAudit } from './audit.js';
import { registerCheckWrites } from './check-writes.js';
import { registerDemo } from './demo.js';
import { registerEval } from './eval.js';
import { registerGenerate } from './generate.js';
import { registerImport } from './import.js';
import { registerInspect } from './inspect.js';
import { registerPull } from './pull.js';
import { registerReport } from './report.js';

export const COMMANDS: ((program: Command) => void)[] = [registerDemo, registerGenerate, registerImport, registerPull, registerInspect, registerAudit, registerEval, registerCheckWrites, registerReport];
