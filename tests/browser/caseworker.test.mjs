// Issue 14, in the real page on a laptop: a caseworker opens a client's file to look at (file
// picker, then drag and drop), shows what missing the next meeting would do, switches presentation
// mode on for the projector, closes the file, and the browser's stored bytes are exactly what
// they were before; a reload forgets the open file. Every step is a click where the widget is.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run, openReady, waitForFirstFrame, until, clickWidget, revealWidget, waitForWidget, widgets, screenshot, allStored, storedDocument, mirrorText,
  waitForFrames, decodePng, repoRoot, assert } from './lib.mjs';

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

await run('caseworker', async (t) => {
  const page = t.page;
  await openReady(t);

  // The caseworker's own profile in this browser (a Danish one), stored.
  await clickWidget(page, 'start.new.dk');
  await until(page, 'own profile', (s) => s.system === 'dk' && s.screen === 'situation');
  const stored = async (what, pred) => {
    for (let i = 0; i < 50; ++i) {
      const all = await allStored(page);
      if (pred(all)) return all;
      await waitForFrames(page, 2, { timeout: 500, soft: true });
    }
    throw new Error(`storage never showed ${what}`);
  };
  const before = await stored('the own profile', (all) => Object.keys(all).some((k) => k.startsWith('jobbplan/state/')));

  // A client's file, as the client exported it from the page.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobbplan-caseworker-'));
  const client = path.join(dir, 'client-anna.json');
  const profile = JSON.parse(fs.readFileSync(path.join(repoRoot, 'assets/examples/dk-dagpenge.json'), 'utf8'));
  fs.writeFileSync(client, JSON.stringify({ format: 'jobbplan-export', version: 1, profile, report: {} }));
  const broken = path.join(dir, 'broken.json');
  fs.writeFileSync(broken, '{"schema_version": 1, "situation": ');

  await clickWidget(page, 'nav.exchange');
  await until(page, 'the exchange screen', (s) => s.screen === 'exchange');
  // A bad file first: the import's refusal, and nothing opens.
  let [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 10000 }), clickWidget(page, 'exchange.look')]);
  await chooser.setFiles(broken);
  await until(page, 'the refusal', (s) => s.message === 'ui.msg.import_invalid' && !s.sandbox);

  [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 10000 }), clickWidget(page, 'exchange.look')]);
  await chooser.setFiles(client);
  let s = await until(page, 'the client file open', (x) => x.sandbox && x.sandbox.label === 'client-anna.json');
  assert(s.screen === 'overview' && s.joblog === profile.joblog.length, `shows ${s.screen} with ${s.joblog} entries`);
  assert((await widgets(page)).some((w) => w.id === 'sandbox.banner'), 'no banner says whose file is open');
  assert((await mirrorText(page)).includes('client-anna.json'), 'the mirror does not say whose file is open');
  await screenshot(page, 'caseworker-client-open');

  // Every screen of the client's file draws; nothing is stored meanwhile.
  for (const screen of ['joblog', 'calendar', 'plan', 'situation']) {
    await clickWidget(page, `nav.${screen}`);
    await until(page, `screen ${screen}`, (x) => x.screen === screen);
  }
  assert(same(await allStored(page), before), 'opening the client file changed the stored data');

  // What if the client misses the next meeting?
  await clickWidget(page, 'nav.what_if');
  await until(page, 'the what-if screen', (x) => x.screen === 'what_if');
  const today = s.report.status_key;
  await revealWidget(page, 'what_if.add.miss_next_meeting');
  await clickWidget(page, 'what_if.add.miss_next_meeting');
  s = await until(page, 'the what-if answer', (x) => x.what_if && x.what_if.status_key === 'status.dk.dagpenge_stopped');
  assert(s.report.status_key === today, 'today\'s answer changed with the what-if');
  await waitForWidget(page, 'what_if.row.1');
  const mirror = await mirrorText(page);
  assert(mirror.includes('changed'), `the mirror does not mark the differences: ${mirror.slice(0, 300)}`);
  await screenshot(page, 'caseworker-what-if');
  // A week later with the slider's step buttons, then Reset.
  await revealWidget(page, 'what_if.week_later');
  await clickWidget(page, 'what_if.week_later');
  await until(page, 'a week later', (x) => x.what_if && x.what_if.days >= 7);
  await revealWidget(page, 'what_if.reset');
  await clickWidget(page, 'what_if.reset');
  await until(page, 'the what-if reset', (x) => !x.what_if);
  assert(same(await allStored(page), before), 'the what-if changed the stored data');

  // Close: the own profile is back and the stored bytes are exactly as before.
  await clickWidget(page, 'sandbox.close');
  s = await until(page, 'the own profile back', (x) => !x.sandbox && x.system === 'dk' && x.joblog === 0);
  await waitForFrames(page, 3, { timeout: 1000, soft: true });
  assert(same(await allStored(page), before), 'closing the client file changed the stored data');

  // Dropped onto the page: opened to look at, never imported. Then a reload forgets it.
  const bytes = fs.readFileSync(client, 'utf8');
  await page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'dropped-client.json', { type: 'application/json' }));
    document.getElementById('canvas').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, bytes);
  await until(page, 'the dropped file open', (x) => x.sandbox && x.sandbox.label === 'dropped-client.json');
  assert(same(await allStored(page), before), 'a dropped file changed the stored data');
  await page.reload({ waitUntil: 'load' });
  await waitForFirstFrame(page);
  s = await until(page, 'the page after reload', (x) => x.storage === 'ready' && x.system === 'dk');
  assert(!s.sandbox && s.joblog === 0, 'the reload kept the client file open');
  assert(same(await allStored(page), before), 'the reload changed the stored data');
}, { viewport: { width: 1280, height: 800 } });

// Presentation mode on a projector: high contrast, large text, and a client's free text hidden on
// screen and in the mirror; it survives a reload and shows in the top bar.
await run('caseworker_presentation', async (t) => {
  const page = t.page;
  await openReady(t);
  await clickWidget(page, 'nav.settings');
  await until(page, 'settings', (s) => s.screen === 'settings');
  await revealWidget(page, 'settings.presentation');
  await clickWidget(page, 'settings.presentation');
  await until(page, 'presentation on', (s) => s.presentation);
  // The save is written after the frame that shows it; a person reloads once it is stored (on a
  // loaded machine the reload could come first, and the test then checked nothing of the reload).
  for (let i = 0; i < 50 && !(await storedDocument(page)).doc?.settings?.presentation; ++i) await new Promise((r) => setTimeout(r, 100));
  assert((await storedDocument(page)).doc?.settings?.presentation, 'presentation mode was never stored');
  await page.reload({ waitUntil: 'load' });
  await waitForFirstFrame(page);
  await until(page, 'presentation after reload', (s) => s.storage === 'ready' && s.presentation);
  await waitForWidget(page, 'app.presentation');

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobbplan-presentation-'));
  const client = path.join(dir, 'client-bo-jensen.json');
  fs.copyFileSync(path.join(repoRoot, 'assets/examples/dk-dagpenge.json'), client);
  await clickWidget(page, 'nav.exchange');
  await until(page, 'the exchange screen', (s) => s.screen === 'exchange');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 10000 }), clickWidget(page, 'exchange.look')]);
  await chooser.setFiles(client);
  await until(page, 'the client file open', (s) => s.sandbox);
  const mirror = await mirrorText(page);
  assert(!mirror.includes('bo-jensen'), 'the mirror names the client in presentation mode');
  assert(mirror.includes('(hidden)'), 'the mirror does not say the name is hidden');
  // In pixels: two rows with different employers (same row shading: every other row) draw the
  // same placeholder in presentation mode, and their own names once it is off.
  const employerCells = async (name) => {
    await clickWidget(page, 'nav.joblog');
    await until(page, 'the joblog', (s) => s.screen === 'joblog');
    await waitForFrames(page, 2, { timeout: 1000, soft: true });
    const png = decodePng(await screenshot(page, name));
    const cells = (await widgets(page)).filter((w) => w.id.startsWith('joblog.employer.')).sort((a, b) => a.y - b.y);
    assert(cells.length >= 3, `only ${cells.length} employer cells drawn`);
    const [a, b] = [cells[0], cells[2]];
    const w = Math.round(Math.min(a.w, b.w)), h = Math.round(Math.min(a.h, b.h));
    let differing = 0;
    for (let y = 0; y < h; ++y) {
      for (let x = 0; x < w; ++x) {
        const i = ((Math.round(a.y) + y) * png.width + Math.round(a.x) + x) * 4;
        const j = ((Math.round(b.y) + y) * png.width + Math.round(b.x) + x) * 4;
        if (png.data[i] !== png.data[j] || png.data[i + 1] !== png.data[j + 1] || png.data[i + 2] !== png.data[j + 2]) ++differing;
      }
    }
    return { differing, a, b };
  };
  const hidden = await employerCells('caseworker-presentation-joblog');
  assert(hidden.differing === 0, `presentation mode draws ${hidden.differing} differing pixels where both names should be hidden`);
  await clickWidget(page, 'nav.settings');
  await until(page, 'settings', (s) => s.screen === 'settings');
  await revealWidget(page, 'settings.presentation');
  await clickWidget(page, 'settings.presentation');
  await until(page, 'presentation off', (s) => !s.presentation);
  const shown = await employerCells('caseworker-own-view-joblog');
  assert(shown.differing > 20, 'with presentation off the two employers draw alike: the pixel check cannot tell');
}, { viewport: { width: 1920, height: 1080 } });
