// Issue 12.10: Trelleborg's signing on the Plan screen, as a jobseeker uses it. They press "I have
// received the plan to sign" when Mina ärenden shows it; the page records that minute, says by when
// to sign with BankID and how many hours are left; "I have signed it" records the signature and the
// report counts the plan as signed in time. The buttons are clicked where they are drawn.
import { run, openReady, until, waitForFrames, waitForWidget, widgets, revealWidget, clickWidget, storedDocument, mirrorText, screenshot, signDeadline, setDemoClock, assert } from './lib.mjs';

async function click(page, id) {
  await revealWidget(page, id);
  return clickWidget(page, id);
}

async function stored(page, type, what) {
  const today = await pageToday(page);
  for (let i = 0; i < 100; ++i) {
    const doc = (await storedDocument(page)).doc;
    const events = doc ? doc.profile.events.filter((e) => e.type === type) : [];
    const e = events.find((x) => x.date === today && x.time);
    if (e) return e;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`not stored: ${what}`);
}

// Today as the page sees it: the browser runs in Europe/Stockholm, node in the machine's zone, and
// between 23:00 and 24:00 UTC the two are different days (the stop-30 CI failed on exactly that).
function pageToday(page) {
  return page.evaluate(() => {
    const d = new Date();
    const pad = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  });
}

const plusDays = (iso, n) => {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

await run('plan_signing_se', async (t) => {
  const page = t.page;
  await openReady(t);
  await click(page, 'example.se-trelleborg');
  await until(page, 'the persona', (s) => s.system === 'se-trelleborg' && s.report);
  await click(page, 'sandbox.keep');
  await until(page, 'the persona kept', (x) => !x.sandbox && x.system === 'se-trelleborg');

  await click(page, 'nav.plan');
  await until(page, 'the Plan screen', (x) => x.screen === 'plan');
  await waitForWidget(page, 'sign.received');
  await click(page, 'sign.received');
  const sent = await stored(page, 'plan_sent', 'the plan received today, with its minute');

  // The report's deadline is 48 hours from that minute, still open, and the screen says so.
  let s = await until(page, 'the new deadline', (x) => {
    const d = signDeadline(x.report);
    return d && d.status === 'open' && d.due === plusDays(sent.date, 2) && d.due_time === sent.time;
  });
  await waitForWidget(page, 'sign.due');
  await waitForWidget(page, 'sign.left');
  await waitForFrames(page, 3, { timeout: 2000, soft: true });
  const text = await mirrorText(page);
  assert(/4[78] hours left/.test(text), `no hours left in the mirror: ${text.slice(text.indexOf("Signing your plan"), text.indexOf("Signing your plan") + 600)}`);
  assert(text.includes('BankID'), 'the due line does not say BankID');
  await screenshot(page, 'plan_signing_se_open');

  await click(page, 'sign.signed');
  await stored(page, 'plan_signed', 'the signature, with its minute');
  s = await until(page, 'signed in time', (x) => signDeadline(x.report)?.status === 'met');
  await waitForWidget(page, 'sign.outcome');
  assert(!(await widgets(page)).some((w) => w.id === 'sign.signed'), 'still asks to sign after signing');
  await screenshot(page, 'plan_signing_se_signed');

  // The caseworker's demo clock set back to 23 November: the block speaks of the plan sent on
  // 22 November, the one waiting then, not of today's, which had not arrived yet.
  await setDemoClock(page, '2026-11-23');
  await until(page, 'the plan of 22 November waiting', (x) => signDeadline(x.report)?.status === 'open');
  await click(page, 'nav.plan');
  await until(page, 'the Plan screen', (x) => x.screen === 'plan');
  await waitForWidget(page, 'sign.due');
  await waitForFrames(page, 3, { timeout: 2000, soft: true });
  const then = await mirrorText(page);
  const block = then.slice(then.indexOf('Signing your plan'), then.indexOf('Signing your plan') + 400);
  assert(/Received[^.]*22 Nov/.test(block), `the demo day does not speak of the plan of 22 November: ${block}`);
  assert(!/hours? left/.test(block), `a countdown under the demo clock: ${block}`);
  // Nothing can be recorded on a pretended day: the buttons are gone and the block says why.
  assert(!(await widgets(page)).some((w) => w.id === 'sign.signed' || w.id === 'sign.received'), 'a record button under the demo clock');
  assert(block.includes('demo clock is on'), `the block does not say the demo clock is on: ${block}`);
  await screenshot(page, 'plan_signing_se_demo');
});
