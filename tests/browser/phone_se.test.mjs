// A Trelleborg jobseeker on a phone (360x640, touch only). The persona is picked and kept by taps;
// every screen fits the width with 44 px targets; on the Plan screen the signing block says by
// when to sign with BankID and how many hours are left, and "I have signed it" is tapped; two weeks
// later the overview first says what changed since the last visit, and that fits too.
import { run, openReady, until, waitForFrames, waitForFirstFrame, mirrorText, screenshot, assert } from './lib.mjs';
import { PHONE, phoneTools } from './phone_lib.mjs';

const SCREENS = ['overview', 'situation', 'joblog', 'calendar', 'plan', 'what_if', 'exchange', 'settings'];

await run('phone_se', async (t) => {
  const page = t.page;
  // Monday 23 November, 10:00 in Trelleborg: the persona's plan of the 22nd waits for its signature.
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00+01:00'));
  await openReady(t);
  const { find, tap, go, checkFits } = await phoneTools(t);

  await tap('example.se-trelleborg');
  await until(page, 'the persona', (x) => x.system === 'se-trelleborg' && x.report);
  await tap('sandbox.keep');
  await until(page, 'the persona kept', (x) => !x.sandbox && x.system === 'se-trelleborg');

  for (const screen of SCREENS) {
    await go(screen);
    await waitForFrames(page, 2, { timeout: 1000, soft: true });
    await checkFits(screen);
    await screenshot(page, `phone-se-${screen}`);
  }

  // The signing block on the phone: the deadline, the hours left, then the signature tapped.
  await go('plan');
  const due = await find('sign.due');
  assert(due, 'no signing deadline on the Plan screen');
  await waitForFrames(page, 3, { timeout: 2000, soft: true });
  const text = await mirrorText(page);
  assert(/1[34] hours left/.test(text), `the hours left are not said: ${text.slice(text.indexOf('Signing your plan'), text.indexOf('Signing your plan') + 300)}`);
  await checkFits('plan, waiting for the signature');
  await tap('sign.signed');
  await until(page, 'signed in time', (x) => (x.report.deadlines || []).some((d) => d.kind_key === 'deadline.se.sign_plan' && d.due === '2026-11-23' && d.status === 'met'));
  for (let i = 0; i < 20 && !(await find('sign.outcome')); ++i) await waitForFrames(page, 1, { timeout: 500, soft: true });
  assert(await find('sign.outcome'), 'no outcome after signing');
  await checkFits('plan, signed');
  await screenshot(page, 'phone-se-plan-signed');

  // Two weeks later the page is opened again: what changed comes first and fits the phone.
  await page.clock.setFixedTime(new Date('2026-12-07T10:00:00+01:00'));
  await page.reload();
  await waitForFirstFrame(page);
  await until(page, 'the overview on 7 December', (x) => x.report && x.today === '2026-12-07' && x.screen === 'overview');
  for (let i = 0; i < 20 && !(await find('since.heading')); ++i) await waitForFrames(page, 1, { timeout: 500, soft: true });
  assert(await find('since.heading'), 'no "since your last visit" on return');
  await checkFits('overview on return');
  await screenshot(page, 'phone-se-since');
  await tap('since.ok');
  for (let i = 0; i < 20 && (await find('since.heading')); ++i) await waitForFrames(page, 1, { timeout: 500, soft: true });
  assert(!(await find('since.heading')), 'OK did not put the block away');
}, { ...PHONE, timezoneId: 'Europe/Stockholm' });
