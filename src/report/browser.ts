/**
 * Debian's chromium driven by playwright-core, for the PDF and the screenshot of readiness.html.
 * The page is opened from disk with every non-file request aborted: the report must not need the
 * network, and printing must not leak that a report was opened.
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import type { Problem, Result } from '../core/problem.js';

export const CHROMIUM = process.env.CRMREADY_CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

export function chromiumMissing(): Problem | undefined {
  if (existsSync(CHROMIUM)) return undefined;
  return { code: 'no_chromium', file: CHROMIUM, message: 'chromium is not installed, so no PDF or screenshot can be made', hint: 'apt-get install -y --no-install-recommends chromium (or set CRMREADY_CHROMIUM to a Chromium binary)' };
}

export async function launch(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

/** Opens a file in a page that refuses every request but file: ones; `blocked` lists what was refused. */
export async function openOffline(browser: Browser, file: string, viewport = { width: 1100, height: 900 }): Promise<{ page: Page; blocked: string[]; errors: string[] }> {
  const context = await browser.newContext({ viewport, offline: true });
  const page = await context.newPage();
  const blocked: string[] = [];
  const errors: string[] = [];
  await page.route('**', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, blocked, errors };
}

export async function printPdf(htmlFile: string, pdfFile: string): Promise<Result<string>> {
  const missing = chromiumMissing();
  if (missing) return { ok: false, problems: [missing] };
  const browser = await launch();
  try {
    const { page } = await openOffline(browser, htmlFile);
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: pdfFile, format: 'A4', printBackground: true, margin: { top: '14mm', bottom: '14mm', left: '12mm', right: '12mm' } });
    return { ok: true, value: pdfFile };
  } finally {
    await browser.close();
  }
}

export async function screenshot(htmlFile: string, pngFile: string, opts: { width?: number; height?: number; fullPage?: boolean } = {}): Promise<Result<string>> {
  const missing = chromiumMissing();
  if (missing) return { ok: false, problems: [missing] };
  const browser = await launch();
  try {
    const { page } = await openOffline(browser, htmlFile, { width: opts.width ?? 1100, height: opts.height ?? 1400 });
    await page.screenshot({ path: pngFile, fullPage: opts.fullPage ?? false });
    return { ok: true, value: pngFile };
  } finally {
    await browser.close();
  }
}
