// Ctrl+A and then typing at once, before the next frame (a fast typist, automation, an IME
// committing text, a paste right after select-all): every letter must land in the field. ImGui
// drops characters in a frame where Ctrl is down, and a quick Ctrl press is held for ImGui until
// the frame after its release; the first letters used to vanish ("ra fane A").
// Second: a click and then Ctrl+A at once. The keys wait behind the click (it takes frames of its
// own) and reached ImGui after Ctrl was already up, so the A selected nothing and the typed date
// went into the middle of the old one ("2026-12-2026-11-2402"; seen in CI on a loaded machine).
import { run, openReady, until, waitForFrames, clickWidget, revealWidget, waitForWidget, storedDocument, assert } from './lib.mjs';

await run('typing_after_shortcut', async (t) => {
  const page = t.page;
  await openReady(t);
  await clickWidget(page, 'example.dk-dagpenge');
  await until(page, 'the persona', (s) => s.system === 'dk' && s.report);
  await clickWidget(page, 'sandbox.keep');
  const s0 = await until(page, 'the persona kept', (s) => !s.sandbox && s.system === 'dk');
  await clickWidget(page, 'nav.joblog');
  await until(page, 'the joblog', (s) => s.screen === 'joblog');
  await clickWidget(page, 'joblog.add');
  await waitForWidget(page, 'joblog.employer');
  await clickWidget(page, 'joblog.employer');
  for (let i = 0; i < 30 && !(await page.evaluate(() => document.activeElement?.id === 'jobbplan-text')); ++i) {
    await waitForFrames(page, 1, { timeout: 200, soft: true });
  }
  assert(await page.evaluate(() => document.activeElement?.id === 'jobbplan-text'), 'the text field did not take the focus');

  // One task, so no frame can come between: Ctrl down, A, Ctrl up, then the text.
  await page.evaluate(() => {
    const el = document.getElementById('jobbplan-text');
    const key = (type, k, code, ctrl) => {
      const e = new KeyboardEvent(type, { key: k, code, ctrlKey: ctrl, bubbles: true, cancelable: true });
      const keyCode = code === 'ControlLeft' ? 17 : 65;  // the constructor ignores keyCode, which the page reads
      Object.defineProperty(e, 'keyCode', { get: () => keyCode });
      Object.defineProperty(e, 'which', { get: () => keyCode });
      el.dispatchEvent(e);
    };
    key('keydown', 'Control', 'ControlLeft', true);
    key('keydown', 'a', 'KeyA', true);
    key('keyup', 'a', 'KeyA', true);
    key('keyup', 'Control', 'ControlLeft', false);
    el.value = 'Fakta Øst';
    el.dispatchEvent(new InputEvent('input', { inputType: 'insertText', data: 'Fakta Øst', bubbles: true }));
  });
  await waitForFrames(page, 6, { timeout: 3000, soft: true });
  await revealWidget(page, 'joblog.save');
  await clickWidget(page, 'joblog.save');
  await until(page, 'the saved entry', (s) => s.joblog === s0.joblog + 1);

  // The stored entry has every letter (the save runs just after the frame: look until it is there).
  const storedEmployers = async () => ((await storedDocument(page)).doc?.profile.joblog || []).map((e) => e.employer);
  let employers = [];
  for (let i = 0; i < 20; ++i) {
    employers = await storedEmployers();
    if (employers.length === s0.joblog + 1) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert(employers.includes('Fakta Øst'), `the entry was stored as ${JSON.stringify(employers.filter((e) => /akta|Øst/.test(e)))}`);

  // A new entry: its date field holds today's date. Click into it and, before any frame has run,
  // select all and type another date, as a fast typist does.
  await clickWidget(page, 'joblog.add');
  await waitForWidget(page, 'joblog.date');
  const date = await revealWidget(page, 'joblog.date');
  const box = await page.locator('#canvas').boundingBox();
  await page.mouse.move(box.x + date.x + date.w / 2, box.y + date.y + date.h / 2);
  await waitForFrames(page, 2, { timeout: 2000, soft: true });
  // One task, so no frame comes between: press and release where the field is drawn, Ctrl+A,
  // and the text.
  await page.evaluate(({ x, y }) => {
    const canvas = document.getElementById('canvas');
    for (const type of ['mousedown', 'mouseup'])
      canvas.dispatchEvent(new MouseEvent(type, { clientX: x, clientY: y, button: 0, buttons: type === 'mousedown' ? 1 : 0, bubbles: true }));
    const key = (type, k, code, ctrl) => {
      const e = new KeyboardEvent(type, { key: k, code, ctrlKey: ctrl, bubbles: true, cancelable: true });
      const keyCode = code === 'ControlLeft' ? 17 : 65;
      Object.defineProperty(e, 'keyCode', { get: () => keyCode });
      Object.defineProperty(e, 'which', { get: () => keyCode });
      window.dispatchEvent(e);
    };
    key('keydown', 'Control', 'ControlLeft', true);
    key('keydown', 'a', 'KeyA', true);
    key('keyup', 'a', 'KeyA', true);
    key('keyup', 'Control', 'ControlLeft', false);
    const el = document.getElementById('jobbplan-text');
    el.value = '2026-11-20';
    el.dispatchEvent(new InputEvent('input', { inputType: 'insertText', data: '2026-11-20', bubbles: true }));
  }, { x: box.x + date.x + date.w * 0.6, y: box.y + date.y + date.h / 2 });
  await waitForFrames(page, 6, { timeout: 3000, soft: true });
  await revealWidget(page, 'joblog.employer');
  await clickWidget(page, 'joblog.employer');
  await page.keyboard.type('Netto Vest', { delay: 10 });
  await waitForFrames(page, 4, { timeout: 3000, soft: true });
  await revealWidget(page, 'joblog.save');
  await clickWidget(page, 'joblog.save');
  await until(page, 'the second entry', (s) => s.joblog === s0.joblog + 2);
  let entry;
  for (let i = 0; i < 20 && !entry; ++i) {
    entry = ((await storedDocument(page)).doc?.profile.joblog || []).find((e) => e.employer === 'Netto Vest');
    if (!entry) await new Promise((r) => setTimeout(r, 100));
  }
  assert(entry, 'the entry typed after a fast Ctrl+A was not stored');
  assert(entry.date === '2026-11-20', `Ctrl+A straight after the click selected nothing: the date was stored as ${entry.date}`);
});
