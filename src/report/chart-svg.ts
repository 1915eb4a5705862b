/** Renders Vega-Lite specs to SVG strings in Node: no browser, no canvas, no network. */
import { parse, View } from 'vega';
import { compile } from 'vega-lite';
import type { ChartSpec } from './chart-specs.js';

export async function renderChart(spec: ChartSpec['spec']): Promise<string> {
  const view = new View(parse(compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** Every chart by id; the SVGs go inline into readiness.html. */
export async function renderCharts(specs: ChartSpec[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const s of specs) out[s.id] = scopeIds(await renderChart(s.spec), s.id);
  return out;
}

/** Vega numbers its clip paths from 1 in every SVG; inline in one page they would collide. */
export function scopeIds(svg: string, prefix: string): string {
  return svg
    .replace(/\bid="([^"]+)"/g, (_m, id) => `id="${prefix}-${id}"`)
    .replace(/url\(#([^)]+)\)/g, (_m, id) => `url(#${prefix}-${id})`)
    .replace(/href="#([^"]+)"/g, (_m, id) => `href="#${prefix}-${id}"`);
}
