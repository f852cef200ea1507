// Issue 13.8, "stuck on a broken cached version": three builds deployed in turn at one origin, one
// browser tab that is never closed, data in IndexedDB kept all the way.
//   A  the built site (a copy of it);
//   B  A with a jobbplan.wasm that does not compile, stamped as a new version;
//   C  A with one comment added to index.html, stamped as a new version.
// B and C get their version from scripts/sw_version.cmake, the step the build runs, so they
// exercise the real mechanism: a change to any site file gives a byte-different sw.js.
//  1. A runs, a Danish profile is stored; B is deployed; a reload shows "A new version is ready",
//     a click on the HTML button "Update now" moves to B, which fails to start; C is deployed; one
//     reload of the broken page makes it find C and take it by itself (one more reload): C runs
//     with the stored profile.
//  2. A runs (Danish browser), C is deployed; the page's own check (the browser comes back online)
//     shows the prompt in Danish, and "Update now" leads to C with the profile kept.
// Usage: node sw_update.test.mjs [SITE_DIR] [ARTIFACTS_DIR]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { run, open, waitForFirstFrame, until, clickWidget, storedDocument, screenshot, siteDir, repoRoot, assert } from './lib.mjs';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'jobbplan-sw-update-'));
process.on('exit', () => fs.rmSync(work, { recursive: true, force: true }));
const versionOf = (dir) => /const BUILD_ID = '([^']*)'/.exec(fs.readFileSync(path.join(dir, 'sw.js'), 'utf8'))[1];
const stamp = (dir) => {
  execFileSync(process.env.JOBBPLAN_CMAKE || 'cmake', [`-DSITE=${dir}`, '-P', path.join(repoRoot, 'scripts', 'sw_version.cmake')],
               { stdio: 'pipe' });
  return versionOf(dir);
};
const copy = (name) => {
  const dir = path.join(work, name);
  fs.cpSync(siteDir, dir, { recursive: true });
  return dir;
};

// A is a copy, so a rebuild of build/site while the test runs changes nothing. Stamping it again
// must give the version the build wrote: the test and the build compute it the same way.
const A = copy('A');
const vA = versionOf(A);
assert(/^[0-9a-f]{16}$/.test(vA), `sw.js of the built site has no version: ${vA}`);
assert(stamp(A) === vA, 'scripts/sw_version.cmake gives another version than the build wrote into sw.js');
const B = copy('B');
fs.writeFileSync(path.join(B, 'jobbplan.wasm'), Buffer.concat([Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]),
                                                               Buffer.from('not a WebAssembly module')]));
const vB = stamp(B);
const C = copy('C');
const indexC = path.join(C, 'index.html');
fs.writeFileSync(indexC, fs.readFileSync(indexC, 'utf8').replace('<head>', '<head>\n<!-- build C -->'));
const vC = stamp(C);
assert(new Set([vA, vB, vC]).size === 3, `versions not all different: A ${vA}, B ${vB}, C ${vC}`);
console.log(`  versions: A ${vA}, B ${vB} (broken wasm), C ${vC} (one comment more in index.html)`);

// What runs in the page now: the caches, the prompt and whether the app started.
const pageState = async () => {
  const prompt = document.getElementById('update');
  return {
    caches: await caches.keys(),
    controlled: !!navigator.serviceWorker.controller,
    started: window.jobbplanTest?.ready === true,
    buildC: document.head.innerHTML.includes('<!-- build C -->'),
    prompt: prompt && !prompt.hidden ? document.getElementById('update-text').textContent : null,
    button: document.getElementById('update-now')?.textContent,
    loading: document.getElementById('loading')?.hidden ? null : document.getElementById('loading')?.textContent,
    lang: document.documentElement.lang,
  };
};
const only = (s, v) => s.caches.length === 1 && s.caches[0].endsWith(':' + v);
const inPage = (page) => page.evaluate(pageState);

// Polls the page's state until pred(state) holds; a reload in between is no error.
async function waitFor(page, what, pred, timeout = 30000) {
  const start = Date.now();
  let last;
  for (;;) {
    try {
      last = await inPage(page);
      if (pred(last)) return last;
    } catch { /* the page is navigating */ }
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(last)}`);
    await page.waitForTimeout(200);
  }
}

// Opens A, waits until its service worker controls the page, stores a Danish profile.
async function startOnA(t) {
  t.server.setRoot(A);
  await open(t);
  await waitForFirstFrame(t.page);
  await waitFor(t.page, 'A controls the page', (s) => s.controlled && only(s, vA));
  await until(t.page, 'storage ready', (s) => s.storage === 'ready');
  await clickWidget(t.page, 'start.new.dk');
  await until(t.page, 'the Danish profile', (s) => s.system === 'dk');
  for (let i = 0; ; ++i) {
    const stored = await storedDocument(t.page);
    if (stored.doc?.profile) return stored;
    if (i > 50) throw new Error('the profile was never stored');
    await t.page.waitForTimeout(100);
  }
}

// C runs, with the profile stored on A and nothing of A or B left in the caches.
async function checkOnC(t, before, name) {
  const s = await waitFor(t.page, 'C running', (x) => x.started && x.buildC && only(x, vC));
  assert(s.prompt === null, `the prompt is still shown on C: ${s.prompt}`);
  const app = await until(t.page, 'the stored profile on C', (x) => x.storage === 'ready' && x.system === 'dk');
  const after = await storedDocument(t.page);
  assert(after.generation >= before.generation && after.doc?.profile?.system === before.doc.profile.system,
         `stored data changed across the update: before ${JSON.stringify(before).slice(0, 200)}, after ${JSON.stringify(after).slice(0, 200)}`);
  await screenshot(t.page, name);
  return app;
}

await run('sw_update', async (t) => {
  const page = t.page;
  const before = await startOnA(t);
  await screenshot(page, 'sw-update-1-A');

  // B is deployed. The reload still runs A (its worker serves it) and the new worker installs
  // and waits: the page says so.
  t.server.setRoot(B);
  await page.reload({ waitUntil: 'load' });
  let s = await waitFor(page, 'the prompt for B', (x) => x.prompt);
  assert(s.prompt === 'A new version of Jobbplan is ready.' && s.button === 'Update now', `prompt: ${s.prompt} / ${s.button}`);
  await screenshot(page, 'sw-update-2-B-ready');

  // "Update now": a real click on the HTML button. B is broken: it does not start.
  const errorsBefore = t.errors.length;
  const expected = /Aborted|CompileError|WebAssembly|wasm|instantiat/i;
  t.ignoreErrors.push(expected);
  await page.click('#update-now');
  await waitFor(page, 'B running and failed', (x) => only(x, vB) && !x.started && /stopped/.test(x.loading || ''));
  // The failed page asked for an update and found none (B is still what is deployed).
  await page.waitForTimeout(1500);
  s = await inPage(page);
  assert(!s.started && only(s, vB) && s.prompt === null, `B: ${JSON.stringify(s)}`);
  await screenshot(page, 'sw-update-3-B-broken');

  // C is deployed. The user reloads the broken page once (the tab stays open): the page fails
  // again, finds C, takes it and reloads itself once more.
  t.server.setRoot(C);
  let loads = 0;
  const counted = (frame) => { if (frame === page.mainFrame()) ++loads; };
  page.on('framenavigated', counted);
  const warned = t.warnings.length;
  await page.reload({ waitUntil: 'load' });
  const app = await checkOnC(t, before, 'sw-update-4-C');
  page.off('framenavigated', counted);
  assert(loads === 2, `expected the user's reload and one automatic reload, saw ${loads} page loads`);
  assert(t.warnings.slice(warned).some((w) => /did not start/.test(w)), 'the broken page never said it looked for a new version');
  console.log(`  on C: screen ${app.screen}, system ${app.system}, storage ${app.storage}`);
  // B's failure is expected: its page errors (the abort) are dropped, any other error stays.
  t.ignoreErrors.pop();
  const whileB = t.errors.splice(errorsBefore);
  for (const e of whileB) if (!expected.test(e)) t.errors.push(e);
  console.log(`  while B ran: ${whileB.map((e) => JSON.stringify(e.slice(0, 90))).join(', ') || 'no errors'}`);
  const guard = await page.evaluate(() => sessionStorage.getItem('jobbplan:update-reload'));
  assert(guard === null, `the reload guard is still set after C started: ${guard}`);
});

await run('sw_update_running', async (t) => {
  const page = t.page;
  const before = await startOnA(t);
  let s = await inPage(page);
  assert(s.lang === 'da', `the app did not take the browser's Danish: lang ${s.lang}`);

  // C is deployed while A runs. The page looks for a new version when the browser comes back
  // online (also hourly and when the tab is shown again).
  t.server.setRoot(C);
  await t.context.setOffline(true);
  await page.waitForTimeout(300);
  await t.context.setOffline(false);
  s = await waitFor(page, 'the prompt for C', (x) => x.prompt);
  assert(s.prompt === 'En ny version af Jobbplan er klar.' && s.button === 'Opdater nu', `prompt: ${s.prompt} / ${s.button}`);
  assert(s.started && !s.buildC && s.caches.some((c) => c.endsWith(':' + vA)), `A is not running under the prompt: ${JSON.stringify(s)}`);
  await screenshot(page, 'sw-update-5-C-ready-da');
  await page.click('#update-now');
  await checkOnC(t, before, 'sw-update-6-C-da');
}, { locale: 'da-DK' });
