// Every request the page makes (with the service worker on) stays on the page's own origin.
// Usage: node no_network.test.mjs [SITE_DIR] [ARTIFACTS_DIR]
import { run, open, waitForFirstFrame, waitForFrames, assert } from './lib.mjs';

await run('no_network', async (t) => {
  await open(t);
  await waitForFirstFrame(t.page);
  await waitForFrames(t.page, 3, { timeout: 3000, soft: true });
  // Give the service worker time to install and precache (its fetches are recorded too).
  await t.page.evaluate(() => ('serviceWorker' in navigator)
    ? Promise.race([navigator.serviceWorker.ready, new Promise((r) => setTimeout(r, 10000))]) : null);
  await t.page.waitForTimeout(500);
  const foreign = t.requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') &&
                                           new URL(u).origin !== t.origin);
  assert(foreign.length === 0, `requests to other origins:\n  ${foreign.join('\n  ')}`);
  assert(t.requests.some((u) => u.endsWith('.wasm')), 'the .wasm was never requested (test saw no traffic?)');
  console.log(`  ${t.requests.length} requests, all to ${t.origin}`);
});
