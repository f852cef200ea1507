// Issue 12: a date is picked with taps on a phone, not only typed. On a new Danish profile the
// registration date's "Choose date" opens the month of the date in the field; a tap on the
// previous month and on the 5th writes 2026-10-05 into the field, Save stores it, and the open
// month fits the 360 px screen with 44 px day buttons. The month is anchored to its button, wholly
// under it (or above it when there is no room below), not dropped where the finger landed.
import { run, openReady, until, waitForFrames, storedDocument, screenshot, assert } from './lib.mjs';
import { PHONE, phoneTools } from './phone_lib.mjs';

await run('date_picker', async (t) => {
  const page = t.page;
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00+01:00'));
  await openReady(t);
  const { find, tap, checkFits } = await phoneTools(t);
  await tap('start.new.dk');
  await until(page, 'a new Danish profile', (s) => s.system === 'dk' && s.screen === 'situation');

  await tap('situation.registered_on.pick');
  for (let i = 0; i < 20 && !(await find('situation.registered_on.pick.day.30')); ++i) await waitForFrames(page, 1, { timeout: 500, soft: true });
  assert(await find('situation.registered_on.pick.day.30'), 'the month did not open');
  assert(!(await find('situation.registered_on.pick.day.31')), 'November has no 31st, but one is offered');
  await checkFits('the month open');
  {
    const choose = await find('situation.registered_on.pick');
    const first = await find('situation.registered_on.pick.prev');
    const last = await find('situation.registered_on.pick.day.30');
    const under = first.y - (choose.y + choose.h), over = choose.y - (last.y + last.h);
    assert((under >= 0 && under < 40) || (over >= 0 && over < 40),
      `the month is not next to its button: button ${JSON.stringify(choose)}, month from ${JSON.stringify(first)} to ${JSON.stringify(last)}`);
  }
  await screenshot(page, 'date-picker-month');

  await tap('situation.registered_on.pick.prev');
  for (let i = 0; i < 20 && !(await find('situation.registered_on.pick.day.31')); ++i) await waitForFrames(page, 1, { timeout: 500, soft: true });
  assert(await find('situation.registered_on.pick.day.31'), 'the previous month (October, 31 days) is not shown');
  await tap('situation.registered_on.pick.day.5');
  for (let i = 0; i < 20 && (await find('situation.registered_on.pick.day.5')); ++i) await waitForFrames(page, 1, { timeout: 500, soft: true });
  assert(!(await find('situation.registered_on.pick.day.5')), 'the month stayed open after a day was chosen');
  await screenshot(page, 'date-picker-chosen');

  await tap('situation.save');
  let doc;
  for (let i = 0; i < 40; ++i) {
    doc = (await storedDocument(page)).doc;
    if (doc?.profile?.situation?.registered_on === '2026-10-05') break;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert(doc?.profile?.situation?.registered_on === '2026-10-05', `the picked day was not stored: ${JSON.stringify(doc?.profile?.situation)}`);
}, PHONE);
