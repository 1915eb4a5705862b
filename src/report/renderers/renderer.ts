/** What a renderer is: report data in, one file's text out. One file per renderer, one line in the registry. */
import type { ReportModel } from '../model-types.js';

export interface RenderInput {
  model: ReportModel;
  /** Rendered SVG per chart id (chart-specs.ts); only the HTML uses them. */
  charts: Record<string, string>;
  chartTitles: Record<string, string>;
}

export interface Renderer {
  id: string;
  /** The file it writes in the run folder. */
  file: string;
  summary: string;
  render(input: RenderInput): string;
}
