// Nothing leaked: a strict CSP with no inline script, no request after start-up, the personal-data
// warning shown before an export, and "Delete all my data" really emptying browser storage.
import fs from 'node:fs';
import path from 'node:path';
import { run, open, waitForFirstFrame, waitForFrames, snapshot, clickWidget, revealWidget, waitForWidget, widgets, until, assert, screenshot } from './lib.mjs';

async function storageContents(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const req = indexedDB.open('jobbplan', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('kv');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const all = req.result.transaction('kv', 'readonly').objectStore('kv').getAllKeys();
      all.onsuccess = () => { const keys = all.result; req.result.close(); resolve({ keys, local: localStorage.length }); };
      all.onerror = () => reject(all.error);
    };
  }));
}

await run('privacy', async (t) => {
  const page = t.page;
  const html = fs.readFileSync(path.join(t.siteDir, 'index.html'), 'utf8');
  const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  assert(csp, 'index.html has no Content-Security-Policy');
  const scriptSrc = /script-src ([^;]+)/.exec(csp[1]);
  assert(scriptSrc && !/unsafe-inline|unsafe-eval(?!-)/.test(scriptSrc[1].replace("'wasm-unsafe-eval'", '')),
         `script-src allows inline or eval: ${scriptSrc && scriptSrc[1]}`);
  assert(/default-src 'self'/.test(csp[1]), 'default-src is not self');
  assert(!/<script(?![^>]*\bsrc=)[^>]*>/i.test(html), 'index.html has an inline script');

  await open(t, '?nosw');
  await waitForFirstFrame(page);
  await until(page, 'storage', (s) => s.storage === 'ready');
  const afterStart = t.requests.length;

  await clickWidget(page, 'example.dk-dagpenge');
  await until(page, 'the persona', (s) => s.system === 'dk');
  await clickWidget(page, 'sandbox.keep');
  await until(page, 'the persona kept', (s) => !s.sandbox);
  await clickWidget(page, 'nav.exchange');
  await until(page, 'the exchange screen', (s) => s.screen === 'exchange');
  const ids = (await widgets(page)).map((w) => w.id);
  assert(ids.indexOf('exchange.personal_data') >= 0 && ids.indexOf('exchange.personal_data') < ids.indexOf('exchange.export'),
         'the personal-data warning is not shown before the export button');

  let stored = await storageContents(page);
  assert(stored.keys.length > 0, 'nothing was stored after loading a persona');

  await clickWidget(page, 'nav.settings');
  await until(page, 'settings', (s) => s.screen === 'settings');
  await revealWidget(page, 'settings.delete_all');
  await clickWidget(page, 'settings.delete_all');
  await waitForWidget(page, 'settings.delete_yes');
  // A second click where "Yes" is deletes nothing (issue 13.9: a framing page can steer clicks,
  // not typing): the word must be typed first.
  await revealWidget(page, 'settings.delete_yes');
  await clickWidget(page, 'settings.delete_yes');
  await waitForFrames(page, 4, { timeout: 3000, soft: true });
  assert((await storageContents(page)).keys.length === stored.keys.length, 'a click deleted data without the typed word');
  const word = { en: 'delete', sv: 'ta bort', da: 'slet', fi: 'poista' }[(await snapshot(page)).language];
  assert(word, 'unknown page language');
  await revealWidget(page, 'settings.delete_word');
  await clickWidget(page, 'settings.delete_word');
  await page.keyboard.type(word, { delay: 15 });
  await waitForFrames(page, 2, { timeout: 2000, soft: true });
  await screenshot(page, 'privacy-delete-word');
  await revealWidget(page, 'settings.delete_yes');
  await clickWidget(page, 'settings.delete_yes');
  await until(page, 'deletion', (s) => s.message === 'ui.msg.deleted_all');
  // The database itself is gone, not only its contents (looked at before anything opens it again).
  const databases = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
  assert(!databases.includes('jobbplan'), `the jobbplan database is still there after deleting all: ${databases}`);
  stored = await storageContents(page);
  assert(stored.keys.length === 0, `IndexedDB still holds ${stored.keys.join(', ')}`);
  assert(stored.local === 0, 'localStorage is not empty');

  // Between start-up and here, a whole session's work, the page made no request at all.
  // (The browser may fetch the page's own icon lazily; that is not the app asking for anything.)
  const during = t.requests.slice(afterStart)
    .filter((u) => !u.startsWith('blob:') && !u.startsWith('data:'))
    .filter((u) => !(new URL(u).origin === t.origin && /\/(favicon\.ico|icon[-.\w]*\.(svg|png))$/.test(new URL(u).pathname)));
  assert(during.length === 0, `requests after start-up: ${during.join(', ')}`);

  await page.reload({ waitUntil: 'load' });
  await waitForFirstFrame(page);
  const s = await until(page, 'storage after reload', (x) => x.storage === 'ready');
  assert(!s.system, 'a profile came back after deleting everything');

});
