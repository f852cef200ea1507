// Two tabs on one profile, in one real browser: a tab that missed the other's save (its message
// lost or late) must not overwrite it. Its save is refused (the stored head moved), it takes up the
// other tab's save and makes its own change again on top, and the other tab then shows both.
import { run, openReady, waitForFirstFrame, waitForFrames, clickWidget, revealWidget, until, widgets, waitForWidget, storedDocument, assert } from './lib.mjs';

async function click(page, id) {
  await revealWidget(page, id);
  return clickWidget(page, id);
}

async function logApplication(page, employer) {
  await page.bringToFront();
  // The page draws only on input: move the pointer so the tab brought to the front draws again.
  const box = await page.locator('#canvas').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await waitForFrames(page, 3, { timeout: 2000, soft: true });
  const before = (await until(page, 'the tab', () => true)).joblog;
  await click(page, 'nav.joblog');
  await until(page, 'the joblog', (s) => s.screen === 'joblog');
  await click(page, 'joblog.add');
  await waitForWidget(page, 'joblog.employer');
  await click(page, 'joblog.employer');
  // Type once the field has taken the click and the page's hidden text input has the focus.
  for (let i = 0; i < 30 && !(await widgets(page)).some((w) => w.id === 'joblog.employer' && w.focused); ++i) {
    await waitForFrames(page, 1, { timeout: 500, soft: true });
  }
  for (let i = 0; i < 30 && !(await page.evaluate(() => document.activeElement?.id === 'jobbplan-text')); ++i) {
    await waitForFrames(page, 1, { timeout: 200, soft: true });
  }
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(employer);  // as a paste or IME would
  await waitForFrames(page, 3, { timeout: 2000, soft: true });
  await click(page, 'joblog.save');
  await until(page, `${employer} in the tab`, (s) => s.joblog > before);
}

// The stored generation and its joblog's ids and employers.
async function stored(page) {
  const { generation, doc } = await storedDocument(page);
  return { generation, joblog: doc ? doc.profile.joblog.map((e) => ({ id: e.id, employer: e.employer })) : [] };
}

async function storedUntil(page, what, pred, timeout = 10000) {
  const start = Date.now();
  for (;;) {
    const s = await stored(page);
    if (pred(s)) return s;
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(s)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

await run('two_tabs', async (t) => {
  const a = t.page;
  await openReady(t);
  await clickWidget(a, 'example.dk-dagpenge');
  await until(a, 'the persona', (s) => s.system === 'dk' && s.report);
  await clickWidget(a, 'sandbox.keep');
  const first = await until(a, 'the persona kept', (s) => !s.sandbox && s.system === 'dk');
  const n = first.joblog;
  await storedUntil(a, 'the persona stored', (s) => s.joblog.length === n);

  const b = await t.context.newPage();
  await b.goto(t.url + '?nosw', { waitUntil: 'load' });
  await waitForFirstFrame(b);
  await until(b, 'tab B on the same profile', (s) => s.storage === 'ready' && s.joblog === n);

  // Tab A's save goes unannounced: tab B keeps showing the older state.
  await a.evaluate(() => { BroadcastChannel.prototype.postMessage = function () {}; });
  await logApplication(a, 'Fra fane A');
  const afterA = await storedUntil(a, "A's save", (s) => s.joblog.length === n + 1);
  await waitForFrames(b, 3, { timeout: 2000, soft: true });
  assert((await until(b, 'B', () => true)).joblog === n, 'tab B heard of the save after all; the test needs it not to');

  // Tab B logs its own application from the older state.
  await logApplication(b, 'Fra fane B');
  const merged = await until(b, 'B takes up A and adds its own', (s) => s.joblog === n + 2 && s.message === 'ui.msg.merged_other_tab', 15000);
  assert(merged.storage === 'ready', `B's storage: ${merged.storage}`);
  const both = await storedUntil(b, 'both entries stored', (s) => s.generation > afterA.generation && s.joblog.length === n + 2);
  const employers = both.joblog.map((e) => e.employer);
  assert(employers.includes('Fra fane A') && employers.includes('Fra fane B'), `stored: ${employers.join(', ')}`);
  assert(new Set(both.joblog.map((e) => e.id)).size === both.joblog.length, `ids not unique: ${JSON.stringify(both.joblog)}`);

  // B announced its save, so A reloads and shows both.
  await a.bringToFront();
  await until(a, 'A shows both', (s) => s.joblog === n + 2, 15000);
  await b.close();
});
