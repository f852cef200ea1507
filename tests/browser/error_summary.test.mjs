// Issue 12.9, the joblog form as GOV.UK's forms work: Save is never greyed out. Pressed with the
// employer left empty it saves nothing, says "There is a problem" at the top with a line for the
// field, and puts the focus on that line; a click on the line takes the user to the field, where they
// type the name and save. The stored document is compared byte for byte around the refused save.
import { run, openReady, until, waitForFrames, waitForWidget, widgets, revealWidget, clickWidget, storedDocument, screenshot, assert } from './lib.mjs';

const find = async (page, id) => (await widgets(page)).find((w) => w.id === id);

async function click(page, id) {
  await revealWidget(page, id);
  return clickWidget(page, id);
}

await run('error_summary', async (t) => {
  const page = t.page;
  await openReady(t);
  await click(page, 'start.new.dk');
  await until(page, 'a new Danish profile', (s) => s.system === 'dk' && s.screen === 'situation');
  await click(page, 'nav.joblog');
  let s = await until(page, 'the joblog', (x) => x.screen === 'joblog');
  const count = s.joblog;
  await click(page, 'joblog.add');
  await waitForWidget(page, 'joblog.employer');
  for (let i = 0; i < 40 && !(await storedDocument(page)).doc; ++i) await new Promise((r) => setTimeout(r, 100));
  const stored = JSON.stringify((await storedDocument(page)).doc);

  // Save with no employer: Save can be pressed, nothing is stored, the form says why.
  const save = await revealWidget(page, 'joblog.save');
  assert(save.tappable, 'Save is not a button');
  await clickWidget(page, 'joblog.save');
  await waitForWidget(page, 'error.summary');
  const line = await waitForWidget(page, 'error.joblog.employer');
  assert(!(await find(page, 'error.joblog.date')), 'the date, filled in, is listed as a problem');
  s = await until(page, 'the form still open', (x) => x.joblog === count);
  assert(await find(page, 'joblog.employer'), 'the form closed on a refused save');
  assert(JSON.stringify((await storedDocument(page)).doc) === stored, 'a refused save stored something');
  // The focus is on the summary's line, so a screen reader says the problem at once.
  await until(page, 'the focus on the problem', async () => (await find(page, 'error.joblog.employer'))?.focused, 5000);
  await screenshot(page, 'error-summary-shown');

  // The line leads to the field: the focus moves there, and typing fills it.
  await revealWidget(page, 'error.joblog.employer');
  await clickWidget(page, 'error.joblog.employer');
  await until(page, 'the employer field focused', async () => (await find(page, 'joblog.employer'))?.focused, 5000);
  for (let i = 0; i < 30 && !(await page.evaluate(() => document.activeElement?.id === 'jobbplan-text')); ++i)
    await waitForFrames(page, 1, { timeout: 200, soft: true });
  await page.keyboard.type('Netto', { delay: 15 });
  await waitForFrames(page, 3, { timeout: 2000, soft: true });
  await click(page, 'joblog.save');
  s = await until(page, 'the entry saved', (x) => x.joblog === count + 1 && x.screen === 'joblog');
  assert(!(await find(page, 'error.summary')), 'the summary stayed after a good save');
  for (let i = 0; i < 40; ++i) {
    const doc = (await storedDocument(page)).doc;
    if (doc && doc.profile.joblog.some((e) => e.employer === 'Netto')) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the typed employer was not stored (line at ${line.y})`);
}, { viewport: { width: 1280, height: 800 } });
