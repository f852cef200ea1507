// After one online visit the service worker serves the whole app: reload offline and it still
// renders. Usage: node offline.test.mjs [SITE_DIR] [ARTIFACTS_DIR]
import { run, open, waitForFirstFrame, screenshot, canvasStats, assert } from './lib.mjs';

await run('offline', async (t) => {
  await open(t);
  await waitForFirstFrame(t.page);
  const sw = await t.page.evaluate(async () => {
    if (!('serviceWorker' in navigator)) return 'unsupported';
    const reg = await Promise.race([navigator.serviceWorker.ready,
                                    new Promise((r) => setTimeout(() => r(null), 20000))]);
    return reg && reg.active ? reg.active.state : 'not ready';
  });
  assert(sw === 'activated' || sw === 'activating', `service worker not active: ${sw}`);
  // clients.claim() should make it control this page; reload once if it does not yet.
  let controlled = await t.page.evaluate(() => !!navigator.serviceWorker.controller);
  if (!controlled) {
    await t.page.reload({ waitUntil: 'load' });
    await waitForFirstFrame(t.page);
    controlled = await t.page.evaluate(() => !!navigator.serviceWorker.controller);
  }
  assert(controlled, 'the service worker does not control the page');
  const cached = await t.page.evaluate(async () => {
    const names = await caches.keys();
    const out = {};
    for (const n of names) out[n] = (await (await caches.open(n)).keys()).length;
    return out;
  });
  console.log(`  caches: ${JSON.stringify(cached)}`);
  const names = Object.keys(cached);
  assert(names.length === 1, `expected one cache, found ${names.length}`);
  assert(!names[0].includes('__JOBBPLAN_BUILD_ID__'), 'sw.js still holds __JOBBPLAN_BUILD_ID__ (the build must substitute it)');

  await t.context.setOffline(true);
  await t.page.reload({ waitUntil: 'load' });
  const frames = await waitForFirstFrame(t.page);
  assert(frames >= 1, 'no frame offline');
  const online = await t.page.evaluate(() => navigator.onLine);
  assert(online === false, 'the browser did not go offline');
  await screenshot(t.page, 'offline');
  const stats = await canvasStats(t.page);
  assert(!stats.blank, `canvas looks blank offline: ${JSON.stringify(stats)}`);

  // A navigation to another path of the site (e.g. a bookmarked ?query) also works offline.
  await t.page.goto(t.url + '?lang=en', { waitUntil: 'load' });
  await waitForFirstFrame(t.page);
  await t.context.setOffline(false);
});
