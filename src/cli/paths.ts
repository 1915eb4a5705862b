import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's own folder (holding fixtures/, audits/, evals/), whether run from src/ or dist/. */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SAMPLE_ORG = resolve(PACKAGE_ROOT, 'fixtures/acme');
