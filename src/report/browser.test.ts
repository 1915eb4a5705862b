/**
 * The report in a real browser: Debian's chromium opens readiness.html from disk with the network
 * blocked, on a laptop and a phone viewport, and prints it. Skips, saying so, where chromium is absent.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing, launch, openOffline, printPdf } from './browser.js';
import { writeReport } from './write-report.js';
import { sampleCopy, sampleReport } from './test-support/sample.js';

const missing = chromiumMissing();
if (missing) console.warn(`SKIPPED the browser tests: ${missing.message} (${missing.hint})`);

describe.skipIf(!!missing)('readiness.html in chromium', () => {
  let browser: Browser;
  let html: string;
  let charts: number;
  beforeAll(async () => {
    const dir = sampleCopy();
    const report = await sampleReport({ dir });
    writeReport(dir, report);
    html = join(dir, 'readiness.html');
    charts = (readFileSync(html, 'utf8').match(/<figure id="chart-/g) ?? []).length;
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it('loads from disk with no request, no console error, every chart a drawn SVG, headings and table headers in place', async () => {
    const { page, blocked, errors } = await openOffline(browser, html);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.reload({ waitUntil: 'load' });
    expect(blocked).toEqual([]);
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
    expect(errors).toEqual([]);
    const svgs = await page.$$eval('figure svg', (els) => els.map((e) => {
      const box = e.getBoundingClientRect();
      return { w: box.width, h: box.height, marks: e.querySelectorAll('path, rect, line').length, text: e.querySelectorAll('text').length };
    }));
    expect(charts).toBeGreaterThanOrEqual(5);
    expect(svgs.length).toBe(charts);
    for (const s of svgs) {
      expect(s.w).toBeGreaterThan(100);
      expect(s.h).toBeGreaterThan(40);
      expect(s.marks).toBeGreaterThan(3);
      expect(s.text).toBeGreaterThan(2);
    }
    expect(await page.textContent('h1')).toMatch(/ready for AI/);
    const h2 = await page.$$eval('h2', (els) => els.map((e) => e.textContent?.trim()));
    for (const h of ['read', 'write', 'act', 'Top blockers', 'Data hygiene', 'AI scenario outcomes', 'All gates']) expect(h2).toContain(h);
    const tables = await page.$$eval('table', (els) => els.map((t) => t.querySelectorAll('thead th').length));
    expect(tables.length).toBeGreaterThan(5);
    for (const n of tables) expect(n).toBeGreaterThan(1);
    await page.context().close();
  });

  it('would notice a request: the network block is real', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'crmready-net-')), 'x.html');
    writeFileSync(file, '<!doctype html><img src="http://127.0.0.1:9/x.png"><link rel="stylesheet" href="https://cdn.example.com/a.css">');
    const { page, blocked } = await openOffline(browser, file);
    expect(blocked.sort()).toEqual(['http://127.0.0.1:9/x.png', 'https://cdn.example.com/a.css']);
    await page.context().close();
  });

  it('fits a phone screen: nothing wider than the viewport', async () => {
    const { page } = await openOffline(browser, html, { width: 390, height: 844 });
    // Runs in the page; the project's TypeScript has no DOM lib, hence `any`.
    const width = await page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth as number);
    expect(width).toBeLessThanOrEqual(390);
    await page.context().close();
  });

  it('takes a screenshot that is not blank', async () => {
    const { page } = await openOffline(browser, html, { width: 1100, height: 1400 });
    const png = await page.screenshot();
    await page.context().close();
    // Decode in a blank page: draw the PNG on a canvas and count its distinct colours.
    const probe = await (await browser.newContext()).newPage();
    const colours = await probe.evaluate(async (b64) => {
      const { document, Image } = globalThis as any;
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d');
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      const seen = new Set<number>();
      for (let i = 0; i < d.length; i += 16) seen.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
      return seen.size as number;
    }, png.toString('base64'));
    await probe.context().close();
    expect(colours).toBeGreaterThan(20);
  });

  it('prints to PDF', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'crmready-pdf-')), 'readiness.pdf');
    const r = await printPdf(html, out);
    expect(r.ok).toBe(true);
    expect(existsSync(out)).toBe(true);
    const pdf = readFileSync(out);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
  });
});
