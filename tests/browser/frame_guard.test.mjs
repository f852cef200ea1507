// Another site cannot frame Jobbplan and make a person click through it unseen (clickjacking).
// With the headers of shell/_headers (what `make serve` sends and the README asks of a host), the
// browser refuses the frame. On a host that ignores that file, the page itself refuses to start
// inside a frame and offers to open in its own window.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run, assert, screenshot } from './lib.mjs';
import { startServer } from './static_server.mjs';

await run('frame_guard', async (t) => {
  const page = t.page;
  // The site's own index.html CSP and the header agree, with frame-ancestors added.
  const html = fs.readFileSync(path.join(t.siteDir, 'index.html'), 'utf8');
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)[1];
  const response = await page.request.get(t.url);
  const header = response.headers()['content-security-policy'] || '';
  assert(header === `${meta}; frame-ancestors 'none'`, `the CSP header differs from the page's: ${header}`);
  assert(response.headers()['x-frame-options'] === 'DENY', 'no X-Frame-Options');
  assert(response.headers()['referrer-policy'] === 'no-referrer', 'no Referrer-Policy');

  // An attacker's page on another port (another origin, same site).
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobbplan-frame-'));
  const bare = await startServer({ root: t.siteDir, port: 0, headers: false });
  const evil = await startServer({ root: dir, port: 0 });
  t.allowedOrigins.add(new URL(bare.url).origin);
  t.allowedOrigins.add(new URL(evil.url).origin);
  try {
    t.ignoreErrors.push(/frame|Refused to display|X-Frame-Options|frame-ancestors/i);
    // The browser refusing the framed page is the point of the first case, not a failure.
    t.expectedFailures.add(`${t.url}?nosw`);
    for (const [name, target] of [['with headers', t.url], ['without headers', bare.url]]) {
      fs.writeFileSync(path.join(dir, 'index.html'),
        `<!doctype html><title>x</title><link rel="icon" href="data:,"><iframe id="f" src="${target}?nosw" style="opacity:0.1;width:800px;height:600px"></iframe>`);
      await page.goto(evil.url, { waitUntil: 'load' });
      await page.waitForTimeout(2500);  // time for the app to start, if it were going to
      const frame = page.frames().find((f) => f !== page.mainFrame());
      let started = false, refusal = '';
      if (frame) {
        try {
          started = await frame.evaluate(() => !!(window.jobbplanTest && window.jobbplanTest.ready));
          refusal = await frame.evaluate(() => document.getElementById('framed')?.textContent || '');
        } catch { /* the browser blocked the frame: nothing of it runs */ }
      }
      assert(!started, `the app started inside another site's frame (${name})`);
      if (name === 'without headers') assert(/own window/.test(refusal), `no refusal text in the frame: ${refusal}`);
      await screenshot(page, `frame_guard-${name.replace(' ', '-')}`);
    }
  } finally {
    for (const server of [bare, evil]) {
      server.closeAllConnections();  // keep-alive connections would hold close() open
      await new Promise((r) => server.close(r));
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
