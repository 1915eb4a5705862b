/** Reports: read a run folder, decide readiness, render HTML (inline SVG charts), Markdown, JSON, JUnit, PDF. */
export { loadReadinessConfig, makeReport, type MadeReport, type ReportOptions } from './make-report.js';
export { writeReport } from './write-report.js';
export { chromiumMissing, printPdf, screenshot } from './browser.js';
export { RENDERERS } from './renderers/registry.js';
export type { ReportModel } from './model-types.js';
