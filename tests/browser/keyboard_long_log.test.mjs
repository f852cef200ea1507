// Keyboard only through a joblog longer than the screen: rows scrolled out of view are not drawn,
// yet Tab must walk on to them one by one (the focused row's neighbours stay drawn) and scroll them
// into view, so a keyboard user can reach every application they logged.
import fs from 'node:fs';
import path from 'node:path';
import { run, openReady, until, widgets, waitForFrames, clickWidget, waitForFirstFrame, waitForWidget, assert, repoRoot } from './lib.mjs';

const ENTRIES = 60;

function storedState() {
  const profile = JSON.parse(fs.readFileSync(path.join(repoRoot, 'assets', 'examples', 'dk-dagpenge.json'), 'utf8'));
  profile.joblog = [];
  for (let i = 0; i < ENTRIES; ++i) {
    const day = new Date(Date.UTC(2026, 8, 8) + i * 86400000).toISOString().slice(0, 10);
    profile.joblog.push({ id: `k${i + 1}`, date: day, employer: `Arbejdsgiver ${i + 1}`, job_title: 'Lagerarbejder',
                          category: 'advertised', advertised: true, how_applied: 'online', status: 'sent' });
  }
  return JSON.stringify({ format: 'jobbplan-store', version: 1, settings: { language: 'en', theme: 'light', text_scale: 1 }, profile });
}

await run('keyboard_long_log', async (t) => {
  const page = t.page;
  await openReady(t);
  // What a jobseeker with two months of applications has stored.
  await page.evaluate((doc) => new Promise((resolve, reject) => {
    const req = indexedDB.open('jobbplan', 1);
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const tx = req.result.transaction('kv', 'readwrite');
      tx.objectStore('kv').put(doc, 'jobbplan/state/1');
      tx.objectStore('kv').put('{"generation":1}', 'jobbplan/head');
      tx.oncomplete = () => { req.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }), storedState());
  await page.reload({ waitUntil: 'load' });
  await waitForFirstFrame(page);
  await until(page, 'the stored log', (s) => s.storage === 'ready' && s.joblog === ENTRIES);
  await waitForWidget(page, 'nav.joblog');  // drawn in the frame after the stored state arrives
  await clickWidget(page, 'nav.joblog');
  await until(page, 'the joblog', (s) => s.screen === 'joblog');
  await waitForFrames(page, 3, { timeout: 2000, soft: true });

  const rows = (list) => list.filter((w) => w.id.startsWith('joblog.row.')).map((w) => w.id);
  const drawn = rows(await widgets(page));
  assert(drawn.length > 0 && drawn.length < ENTRIES, `expected some rows out of view, ${drawn.length} of ${ENTRIES} drawn`);
  // Newest first: the oldest application is the last row, far out of view.
  const target = 'joblog.row.k1';
  assert(!drawn.includes(target), `${target} is already drawn`);

  const press = async (key) => {
    await page.keyboard.press(key);
    await waitForFrames(page, 2, { timeout: 1500, soft: true });
  };
  const reached = new Set();
  let focused = null;
  for (let i = 0; i < 4 * ENTRIES && focused?.id !== target; ++i) {
    await press('Tab');
    focused = (await widgets(page)).find((w) => w.focused) || null;
    if (focused?.id.startsWith('joblog.row.')) reached.add(focused.id);
  }
  assert(focused?.id === target, `Tab never reached ${target}; rows reached: ${reached.size}, last focus ${focused?.id}`);
  assert(reached.size === ENTRIES, `Tab skipped rows: reached ${reached.size} of ${ENTRIES}`);
  const box = await page.locator('#canvas').boundingBox();
  assert(focused.y >= 0 && focused.y + focused.h <= box.height, `the focused row is not scrolled into view: y ${focused.y}`);

  // The wheel scrolls the focused row far out of view; Shift+Tab still goes on from it, to the row
  // above, rather than starting again at the top of the screen.
  await press('Shift+Tab');  // k1's row -> k2's delete button
  await press('Shift+Tab');  // -> k2's row
  const from = (await widgets(page)).find((w) => w.focused);
  assert(from?.id === 'joblog.row.k2', `Shift+Tab went to ${from?.id}, expected joblog.row.k2`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.6);
  for (let i = 0; i < 15; ++i) { await page.mouse.wheel(0, -400); await waitForFrames(page, 1, { timeout: 500, soft: true }); }
  await waitForFrames(page, 3, { timeout: 1500, soft: true });
  const away = (await widgets(page)).find((w) => w.id === 'joblog.row.k2');
  assert(!away || away.y >= box.height || away.y + away.h <= 0, `the wheel did not scroll the focused row away: ${JSON.stringify(away)}`);
  await press('Shift+Tab');
  const next = (await widgets(page)).find((w) => w.focused);
  assert(next?.id === 'joblog.delete.k3', `after scrolling away, Shift+Tab went to ${next?.id}, expected joblog.delete.k3`);
  // Enter on a row opens that application for editing.
  await press('Shift+Tab');
  const row = (await widgets(page)).find((w) => w.focused);
  assert(row?.id === 'joblog.row.k3', `Shift+Tab went to ${row?.id}, expected joblog.row.k3`);
  await press('Enter');
  await waitForWidget(page, 'joblog.employer');
});
