// Issue 12.8: a jobseeker comes back after two weeks. The overview first says what changed since
// the last visit (the weeks that closed and how each ended), then today's answer; "OK" puts it away
// and it does not come back the same day. The dates are the browser's own clock, moved as the
// days pass; every step is a tap where the widget is drawn.
import { run, until, waitForWidget, waitForFrames, waitForFirstFrame, widgets, tap, keepExample, mirrorText, screenshot, assert } from './lib.mjs';

await run('since_last_visit', async (t) => {
  const page = t.page;
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00+01:00'));  // Monday, week 48
  await keepExample(t, 'dk-dagpenge');
  assert(!(await widgets(page)).some((w) => w.id === 'since.heading'), 'a first visit says what changed');

  // Two weeks later: Monday of week 50. Weeks 48 and 49 have closed since.
  await page.clock.setFixedTime(new Date('2026-12-07T10:00:00+01:00'));
  await page.reload();
  await waitForFirstFrame(page);
  await until(page, 'the overview on 7 December', (s) => s.report && s.today === '2026-12-07' && s.screen === 'overview');
  await waitForWidget(page, 'since.heading');
  await waitForFrames(page, 3, { timeout: 2000, soft: true });
  const text = await mirrorText(page);
  const from = text.indexOf('Since your last visit');
  assert(from >= 0, `the mirror does not say what changed: ${text.slice(0, 400)}`);
  const block = text.slice(from, text.indexOf('What you must do', from));
  assert(/23 Nov/.test(block), `the block does not name the last visit: ${block}`);
  assert(/week 48/i.test(block) && /week 49/i.test(block), `the closed weeks are not said: ${block}`);
  assert(!/week 50/i.test(block), `the running week is said as closed: ${block}`);
  assert(/Next, by /.test(block), `no next step: ${block}`);
  await screenshot(page, 'since_last_visit');

  await tap(page, 'since.ok');
  await until(page, 'the block put away', () => true);
  for (let i = 0; i < 20 && (await widgets(page)).some((w) => w.id === 'since.heading'); ++i) await waitForFrames(page, 1, { timeout: 500, soft: true });
  assert(!(await widgets(page)).some((w) => w.id === 'since.heading'), 'OK did not put the block away');

  // Later the same day: nothing new to say.
  await page.reload();
  await waitForFirstFrame(page);
  await until(page, 'the overview again', (s) => s.report && s.screen === 'overview');
  await waitForFrames(page, 5, { timeout: 3000, soft: true });
  assert(!(await widgets(page)).some((w) => w.id === 'since.heading'), 'the block came back the same day');
});
