// Issue 12.9 on My situation: Save is never greyed out. A registration date the form cannot read
// ("2026-13-45", typed with the keyboard) is refused on Save: nothing is stored, "There is a
// problem" lists the field at the top with the focus on its line, and the line leads to the field,
// where the right date is typed and saved.
import { run, openReady, until, waitForFrames, waitForWidget, widgets, tap, clickWidget, revealWidget, storedDocument, screenshot, assert } from './lib.mjs';

const find = async (page, id) => (await widgets(page)).find((w) => w.id === id);

await run('situation_save', async (t) => {
  const page = t.page;
  await openReady(t);
  await tap(page, 'start.new.dk');
  await until(page, 'a new Danish profile', (s) => s.system === 'dk' && s.screen === 'situation');
  for (let i = 0; i < 40 && !(await storedDocument(page)).doc; ++i) await new Promise((r) => setTimeout(r, 100));
  const stored = JSON.stringify((await storedDocument(page)).doc);

  await tap(page, 'situation.registered_on');
  await waitForFrames(page, 3, { timeout: 2000, soft: true });
  await page.keyboard.press('End');
  for (let i = 0; i < 12; ++i) await page.keyboard.press('Backspace');
  await page.keyboard.type('2026-13-45', { delay: 15 });
  await waitForFrames(page, 3, { timeout: 2000, soft: true });
  const save = await revealWidget(page, 'situation.save');
  assert(save.tappable, 'Save is not a button');
  await clickWidget(page, 'situation.save');
  await waitForWidget(page, 'error.summary');
  await waitForWidget(page, 'error.situation.registered_on');
  assert(!(await find(page, 'error.situation.birth_date')), 'an empty optional date is listed as a problem');
  assert(JSON.stringify((await storedDocument(page)).doc) === stored, 'a refused save stored something');
  await until(page, 'the focus on the problem', async () => (await find(page, 'error.situation.registered_on'))?.focused, 5000);
  await screenshot(page, 'situation-save-refused');

  await revealWidget(page, 'error.situation.registered_on');
  await clickWidget(page, 'error.situation.registered_on');
  await until(page, 'the date field focused', async () => (await find(page, 'situation.registered_on'))?.focused, 5000);
  for (let i = 0; i < 30 && !(await page.evaluate(() => document.activeElement?.id === 'jobbplan-text')); ++i)
    await waitForFrames(page, 1, { timeout: 200, soft: true });
  await page.keyboard.press('End');
  for (let i = 0; i < 12; ++i) await page.keyboard.press('Backspace');
  await page.keyboard.type('2026-11-02', { delay: 15 });
  await waitForFrames(page, 3, { timeout: 2000, soft: true });
  await tap(page, 'situation.save');
  for (let i = 0; i < 50; ++i) {
    const doc = (await storedDocument(page)).doc;
    if (doc && doc.profile.situation.registered_on === '2026-11-02') {
      assert(!(await find(page, 'error.summary')), 'the summary stayed after a good save');
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the corrected date was not stored');
}, { viewport: { width: 1280, height: 800 } });
