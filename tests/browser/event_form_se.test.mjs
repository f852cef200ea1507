// Trelleborg's event form, as a jobseeker fills it in: the time of day a plan was sent and signed
// (the 48 hours are counted in hours, seed 004), and whether a new job gives self-support (closure
// to work). The form asks these only because the core says a Trelleborg rule reads them; the test
// types and picks them with mouse and keyboard, saves, and finds them stored, read by the report and
// kept after a reload.
import { run, openReady, until, waitForFrames, waitForWidget, widgets, revealWidget, clickWidget, storedDocument, screenshot, signDeadline, assert, choose } from './lib.mjs';

const find = async (page, id) => (await widgets(page)).find((w) => w.id === id);

async function click(page, id) {
  await revealWidget(page, id);
  return clickWidget(page, id);
}

// Replaces a text field's text as a person does: click into it, go to the end, erase, type.
// (Ctrl+A right after the click lost its selection in about one run in three here; see the
// issue note. Erasing with Backspace is what many people do anyway.)
async function type(page, id, text) {
  await click(page, id);
  await waitForFrames(page, 2, { timeout: 2000, soft: true });
  await page.keyboard.press('End');
  for (let i = 0; i < 12; ++i) await page.keyboard.press('Backspace');
  await page.keyboard.type(text, { delay: 15 });
  await waitForFrames(page, 2, { timeout: 2000, soft: true });
}

async function storedEvents(page, pred, what) {
  for (let i = 0; i < 40; ++i) {
    const doc = (await storedDocument(page)).doc;
    if (doc && pred(doc.profile.events)) return doc.profile.events;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`not stored: ${what}`);
}

await run('event_form_se', async (t) => {
  const page = t.page;
  await openReady(t);
  await click(page, 'example.se-trelleborg');
  await until(page, 'the persona', (s) => s.system === 'se-trelleborg' && s.report);
  await click(page, 'sandbox.keep');
  let s = await until(page, 'the persona kept', (x) => !x.sandbox && x.system === 'se-trelleborg');
  const before = signDeadline(s.report);
  assert(before, `no signing deadline in ${JSON.stringify(s.report.deadlines)}`);

  // The plan sent on 22 November: its row opens it, and the form asks the time it was sent.
  await click(page, 'nav.situation');
  await until(page, 'My situation', (x) => x.screen === 'situation');
  await click(page, 'event.row.e6');
  await waitForWidget(page, 'event.time');
  assert(!(await find(page, 'event.self_supporting')), 'a plan sent asks about self-support');
  // A time that is not one is refused beside the field, and Save stores nothing.
  const stored = JSON.stringify((await storedDocument(page)).doc);
  await type(page, 'event.time', '25:00');
  await screenshot(page, 'event-form-se-time-refused');
  await click(page, 'event.save');
  await waitForFrames(page, 4, { timeout: 3000, soft: true });
  assert(await find(page, 'event.time'), 'the form closed on a time of 25:00');
  // Save is not greyed out: pressed, it says what is wrong at the top, a line that leads to the field.
  await waitForWidget(page, 'error.summary');
  await waitForWidget(page, 'error.event.time');
  assert(!(await find(page, 'error.event.date')), 'the date, filled in, is listed as a problem');
  assert(JSON.stringify((await storedDocument(page)).doc) === stored, 'a time of 25:00 was stored');
  // Typed with a dot, as Swedes (and Danes and Finns) write it; stored as 10:00.
  await type(page, 'event.time', '10.00');
  await screenshot(page, 'event-form-se-plan-sent');
  await click(page, 'event.save');
  let events = await storedEvents(page, (ev) => ev.find((e) => e.id === 'e6')?.time === '10:00', 'e6 at 10:00');
  s = await until(page, 'the deadline counted from 10:00', (x) => signDeadline(x.report)?.due_time === '10:00');
  assert(signDeadline(s.report).due === '2026-11-24', `due ${signDeadline(s.report).due}`);

  // Signed two days later, a minute before the 48 hours end.
  await click(page, 'event.add');
  await choose(page, 'event.type', 'plan_signed');
  await waitForWidget(page, 'event.time');
  await type(page, 'event.date', '2026-11-24');
  await type(page, 'event.time', '09:59');
  await click(page, 'event.save');
  events = await storedEvents(page, (ev) => ev.some((e) => e.type === 'plan_signed' && e.date === '2026-11-24' && e.time === '09:59'),
    'the plan signed at 09:59');

  // A job from 1 December that gives self-support: the form asks, and the answer is stored.
  await click(page, 'event.add');
  await choose(page, 'event.type', 'job_started');
  await waitForWidget(page, 'event.self_supporting');
  assert(!(await find(page, 'event.time')), 'a job asks for a time of day');
  await choose(page, 'event.self_supporting', 'yes');
  await screenshot(page, 'event-form-se-job');
  await click(page, 'event.save');
  events = await storedEvents(page, (ev) => ev.some((e) => e.type === 'job_started' && e.self_supporting === true), 'the job with self-support');
  await screenshot(page, 'event-form-se-saved');

  // After a reload the times and the answer are still there, and the form shows them again.
  await page.reload({ waitUntil: 'load' });
  await waitForFrames(page, 3, { timeout: 20000 });
  s = await until(page, 'storage ready', (x) => x.storage === 'ready' && x.system === 'se-trelleborg');
  assert(signDeadline(s.report)?.due_time === '10:00', 'the 10:00 was lost in the reload');
  await click(page, 'nav.situation');
  await until(page, 'My situation', (x) => x.screen === 'situation');
  // The reopened form holds the time: saved again untouched, the event keeps it.
  await click(page, 'event.row.e6');
  await waitForWidget(page, 'event.time');
  await screenshot(page, 'event-form-se-reopened');
  const generation = (await storedDocument(page)).generation;
  await click(page, 'event.save');
  for (let i = 0; i < 40 && (await storedDocument(page)).generation === generation; ++i) await new Promise((r) => setTimeout(r, 100));
  events = await storedEvents(page, (ev) => ev.find((e) => e.id === 'e6')?.time === '10:00', 'e6 still at 10:00');
  assert(events.some((e) => e.type === 'job_started' && e.self_supporting === true), 'the job lost its self-support');
});
