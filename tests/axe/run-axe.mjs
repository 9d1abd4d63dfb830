// Runs axe-core on one HTML file in headless Chromium and prints the results as JSON on stdout, with what Chromium
// computes of the page on screen and in print (list markers, print-only lines, column widths) for the tests to check.
// Usage: node run-axe.mjs PAGE.html [CHROMIUM]   (CHROMIUM defaults to /usr/bin/chromium, Debian's package)
// Exit 0 when axe ran, whatever it found (the .NET test judges the findings); 2 when it could not run.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const [page, chromium = '/usr/bin/chromium'] = process.argv.slice(2);
if (!page) { console.error('usage: node run-axe.mjs PAGE.html [CHROMIUM]'); process.exit(2); }

// A fresh profile each run: nothing cached or remembered changes the result, and parallel runs do not clash.
const profile = mkdtempSync(join(tmpdir(), 'reportgen-axe-'));
let browser;
try {
  browser = await puppeteer.launch({
    executablePath: chromium,
    userDataDir: profile,
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
           '--disable-sync', '--no-first-run'],
  });
  const tab = await browser.newPage();
  await tab.goto(pathToFileURL(resolve(page)).href, { waitUntil: 'load' });
  await tab.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core') });
  const results = await tab.evaluate(async () => {
    // Every rule axe has (WCAG 2.0–2.2 A/AA/AAA and best practice); the caller sorts the findings by tag.
    const r = await window.axe.run(document, { resultTypes: ['violations', 'incomplete'] });
    const brief = list => list.map(v => ({
      id: v.id, impact: v.impact, tags: v.tags, help: v.help,
      nodes: v.nodes.map(n => ({ target: n.target.join(' '), html: n.html, summary: n.failureSummary ?? '' })),
    }));
    return { axeVersion: r.testEngine.version, violations: brief(r.violations), incomplete: brief(r.incomplete), passes: r.passes.length };
  });
  // What the page looks like to a reader, as Chromium computes it: list markers, the print-only lines, column widths.
  const look = () => ({
    lists: [...document.querySelectorAll('ul')].map(u => ({ nested: u.parentElement.closest('li') !== null, marker: getComputedStyle(u).listStyleType })),
    continuation: [...document.querySelectorAll('.continuation')].map(e => getComputedStyle(e).display),
    columns: [...document.querySelectorAll('table')].map(t => [...t.rows[0].cells].map(c => c.getBoundingClientRect().width)),
  });
  results.screen = await tab.evaluate(look);
  await tab.emulateMediaType('print');
  results.print = await tab.evaluate(look);
  results.browser = await browser.version();
  process.stdout.write(JSON.stringify(results, null, 1) + '\n');
} catch (e) {
  console.error(`axe could not run: ${e.message}`);
  process.exitCode = 2;
} finally {
  await browser?.close();
  rmSync(profile, { recursive: true, force: true });
}
