// Trelleborg's "what if I start a job", as a caseworker shows it on a projector: a job whose
// self-support is not judged yet leaves the plan open and asks the secretary; a job judged to give
// self-support for two months or more closes the plan to work (seed 004, avslut till arbete).
// Today's answer and the stored data never change. Every step is a tap where the widget is drawn.
import { run, openReady, until, clickWidget, revealWidget, waitForWidget, waitForFrames, screenshot, allStored, setDemoClock, assert } from './lib.mjs';

async function tap(page, id) {
  await revealWidget(page, id);
  return clickWidget(page, id);
}

await run('what_if_se', async (t) => {
  const page = t.page;
  await openReady(t);
  await tap(page, 'example.se-trelleborg');
  let s = await until(page, 'the Trelleborg persona', (x) => x.report && x.system === 'se-trelleborg' && x.screen === 'overview');
  // The caseworker's demo clock on 23 November, the day after the persona's plan was sent (so the
  // answer does not depend on the day the test runs): typed into Settings and applied.
  s = await setDemoClock(page, '2026-11-23');
  const today = s.report.status_key;
  assert(today === 'status.se.sign_plan', `on 23 November the persona's answer is ${today}`);
  const stored = JSON.stringify(await allStored(page));

  await tap(page, 'nav.what_if');
  await until(page, 'the what-if screen', (x) => x.screen === 'what_if');

  // A job, its self-support not judged yet: the plan is not closed, the answer stays today's (sign
  // the plan) and the secretary is to be asked.
  await tap(page, 'what_if.add.start_job');
  s = await until(page, 'the unjudged job', (x) => x.what_if && x.what_if.steps === 1);
  assert(s.what_if.status_key === today, `an unjudged job changed the answer to ${s.what_if.status_key}`);
  await waitForWidget(page, 'what_if.row.1');
  await screenshot(page, 'what-if-se-job-unknown');
  await tap(page, 'what_if.reset');
  await until(page, 'the what-if reset', (x) => !x.what_if);

  // A job judged to give self-support: the plan closes to work.
  await tap(page, 'what_if.add.start_self_supporting_job');
  s = await until(page, 'the self-supporting job', (x) => x.what_if && x.what_if.status_key === 'status.se.closed_work');
  assert(s.report.status_key === today, `today's answer changed with the what-if: ${s.report.status_key}`);
  await waitForWidget(page, 'what_if.row.1');
  await screenshot(page, 'what-if-se-closed-work');
  assert(JSON.stringify(await allStored(page)) === stored, 'the what-if changed the stored data');
});
