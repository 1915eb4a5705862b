import { describe, expect, it } from 'vitest';
import { fileText, sampleReport } from '../test-support/sample.js';

describe('readiness.html', () => {
  it('is self-contained: no scripts, no external stylesheets, images or fonts', async () => {
    const html = fileText(await sampleReport(), 'readiness.html');
    expect(html).not.toMatch(/<script|<link|<img|@import|url\((?!#)/i);
    // Every id once: the charts' clip paths are scoped per chart.
    const ids = [...html.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBe(new Set(ids).size);
    // The only URLs are SVG namespaces, which browsers never fetch.
    const urls = [...html.matchAll(/https?:\/\/[^\s"'<>)]+/g)].map((m) => m[0]);
    expect(new Set(urls)).toEqual(new Set(['http://www.w3.org/2000/svg', 'http://www.w3.org/1999/xlink']));
  });
  it('puts the verdicts first and has a chart per section', async () => {
    const html = fileText(await sampleReport(), 'readiness.html');
    expect(html.indexOf('id="verdicts"')).toBeLessThan(html.indexOf('id="blockers"'));
    for (const id of ['score-by-object', 'score-by-dimension', 'findings-by-code', 'outcomes-by-pattern', 'flags-by-judge']) expect(html).toMatch(new RegExp(`id="chart-${id}"><figcaption>[^<]+</figcaption><svg`));
    expect(html).toContain('@media print');
    expect(html).toContain('name="viewport"');
  });
  it('masks personal data by default', async () => {
    expect(fileText(await sampleReport(), 'readiness.html')).not.toMatch(/555 0188|liam\.holmes/);
    expect(fileText(await sampleReport({ mask: false }), 'readiness.html')).toContain('+1 213 555 0188');
  });
});
