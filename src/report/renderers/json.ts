/** readiness.json: the contract (format, verdicts, gates) plus the why (per-pattern summaries, targets). */
import type { Renderer } from './renderer.js';

export const json: Renderer = {
  id: 'json',
  file: 'readiness.json',
  summary: 'machine-readable verdicts and gates (DESIGN "Readiness" contract)',
  render: ({ model }) => JSON.stringify(model.readiness, null, 2) + '\n',
};
