// bench/webapp's browser side: Lighthouse 12 (mobile) on signed-in screens of the web app.
//
//   node bench/lib/webapp/lighthouse.mjs JOB.json RESULT.json
//
// JOB: {base, refreshToken, pages: [{name, path}], runs, outDir, chromium, notFoundTexts: [...]}.
// RESULT: per page and run the category scores, the main metrics, the audits that did not pass, how
// the screen was identified after the run (signed-in / sign-in / not-found / other) and where the
// reports are; written also when a run breaks (then with `error`).
//
// Signing in: the web app keeps its refresh token in sessionStorage (docs/adr/0007-web-session-tokens.md),
// which is per tab. So one tab does everything: it opens the app, the refresh token of a session made
// through the API is put into its sessionStorage, and Lighthouse is handed that very tab (puppeteer
// page), so each measured load restores the session the way a reload does. Lighthouse's storage reset
// stays on (a cold load: HTTP cache, service worker and Cache Storage of the origin are cleared before
// each run) because its clearStorageTypes, pinned below, do not include sessionStorage.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import lighthouse from 'lighthouse';

const [jobFile, resultFile] = process.argv.slice(2);
const job = JSON.parse(readFileSync(jobFile, 'utf8'));
mkdirSync(job.outDir, { recursive: true });

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const METRICS = {
  'first-contentful-paint': 'FCP',
  'largest-contentful-paint': 'LCP',
  'total-blocking-time': 'TBT',
  'cumulative-layout-shift': 'CLS',
  'speed-index': 'SI',
};

const config = {
  extends: 'lighthouse:default', // the default is the mobile preset: Moto G Power screen, simulated slow 4G, 4x CPU
  settings: {
    onlyCategories: CATEGORIES,
    formFactor: 'mobile',
    // The default's types plus IndexedDB (the record screen's outbox), so each run is a first visit's
    // cold load. Never 'local_storage': Chromium clears sessionStorage with it, and so the session
    // (tried: every screen then measured the sign-in page).
    clearStorageTypes: ['file_systems', 'shader_cache', 'service_workers', 'cache_storage', 'indexeddb'],
    disableStorageReset: false,
  },
};

// What the screen is after the run. The markers are the web app's own frames: signed-in screens render
// inside the Shell (`.shell`), the pages reachable without a session inside PublicPage (`.public`); the
// router's catch-all is such a public page, so a signed-in route that this build lacks shows `.public`.
function identify() {
  const h1 = [...document.querySelectorAll('h1')].map((h) => h.textContent.trim());
  return {
    path: location.pathname,
    shell: document.querySelector('.shell') !== null,
    publicFrame: document.querySelector('.public') !== null,
    passwordField: document.querySelector('input[type=password]') !== null,
    h1,
    mainText: (document.querySelector('main')?.innerText ?? '').trim().slice(0, 300),
    session: sessionStorage.getItem('cet.refreshToken') !== null,
  };
}

function classify(seen, wanted) {
  const notFound = new Set(job.notFoundTexts.map((t) => t.trim()));
  if (seen.path.startsWith('/sign-in') || (seen.passwordField && !seen.shell)) return 'sign-in';
  if (seen.h1.some((t) => notFound.has(t)) || (seen.publicFrame && !seen.shell)) return 'not-found';
  if (seen.shell && seen.path === wanted) return 'signed-in';
  return 'other';
}

// The audits that cost points: in accessibility and best practices the weighted ones; in performance
// the weighted ones are the metrics, so its diagnostics (weight 0: text compression, unused JS, ...)
// are listed too, being where the metric time goes.
function failedAudits(lhr, category) {
  return lhr.categories[category].auditRefs
    .filter((ref) => ref.weight > 0 || (category === 'performance' && ref.group === 'diagnostics'))
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a.score !== null && a.score < (a.scoreDisplayMode === 'metricSavings' ? 0.9 : 1)
      && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable')
    .map((a) => ({ id: a.id, score: a.score, title: a.title, displayValue: a.displayValue ?? null }));
}

function scriptBytes(lhr) {
  const items = lhr.audits['network-requests']?.details?.items ?? [];
  const js = items.filter((r) => r.resourceType === 'Script');
  return {
    urls: js.map((r) => r.url),
    files: js.length,
    transferBytes: js.reduce((s, r) => s + (r.transferSize ?? 0), 0),
    resourceBytes: js.reduce((s, r) => s + (r.resourceSize ?? 0), 0),
  };
}

const result = { lighthouse: null, chromium: null, pages: [] };
let browser;
try {
  browser = await puppeteer.launch({
    executablePath: job.chromium,
    headless: true, // puppeteer 24: Chromium's new headless mode (--headless=new)
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  result.chromium = await browser.version();
  const page = await browser.newPage();
  page.setDefaultTimeout(60_000);
  await page.goto(job.base + '/sign-in', { waitUntil: 'load' });
  await page.evaluate((token) => sessionStorage.setItem('cet.refreshToken', token), job.refreshToken);

  for (const target of job.pages) {
    const entry = { name: target.name, path: target.path, runs: [] };
    result.pages.push(entry);
    for (let i = 1; i <= job.runs; i++) {
      const run = { run: i };
      entry.runs.push(run);
      try {
        const started = Date.now();
        const answer = await lighthouse(job.base + target.path, { logLevel: 'error', output: 'html' }, config, page);
        const lhr = answer.lhr;
        result.lighthouse = lhr.lighthouseVersion;
        run.seconds = (Date.now() - started) / 1000;
        run.finalUrl = lhr.finalDisplayedUrl;
        run.runtimeError = lhr.runtimeError?.code ?? null;
        run.warnings = lhr.runWarnings;
        run.scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c].score === null ? null : Math.round(lhr.categories[c].score * 100)]));
        run.metrics = Object.fromEntries(Object.entries(METRICS).map(([id, short]) => [short, lhr.audits[id]?.numericValue ?? null]));
        run.failed = Object.fromEntries(CATEGORIES.map((c) => [c, failedAudits(lhr, c)]));
        run.scripts = scriptBytes(lhr);
        run.seen = await page.evaluate(identify);
        run.state = classify(run.seen, target.path);
        if (new URL(lhr.finalDisplayedUrl).pathname !== target.path && run.state === 'signed-in') run.state = 'other';
        const base = join(job.outDir, `${target.name}-${i}`);
        writeFileSync(base + '.html', answer.report);
        writeFileSync(base + '.json', JSON.stringify(lhr));
        // The tab as Lighthouse left it, on the phone screen it emulated: what was measured, to look at.
        const screen = lhr.configSettings.screenEmulation;
        await page.setViewport({ width: screen.width, height: screen.height, deviceScaleFactor: 1 }); // isMobile would reload the page
        await page.screenshot({ path: base + '.png', fullPage: true });
        // A screen wider than the phone scrolls sideways (UI.md: usable at 360 px): worth a line in the output.
        run.width = { viewport: screen.width, document: await page.evaluate(() => document.documentElement.scrollWidth) };
        run.screenshot = base + '.png';
        run.report = base + '.html';
      } catch (e) {
        run.error = String(e?.stack ?? e);
      }
      // A screen that is not there or not signed in will not become so on the next run.
      if (run.error || run.state !== 'signed-in') break;
    }
  }
} catch (e) {
  result.error = String(e?.stack ?? e);
} finally {
  writeFileSync(resultFile, JSON.stringify(result, null, 2));
  await browser?.close();
}
