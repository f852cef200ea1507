// Issue 11 (seed 002): the Danish losses are separate outcomes, each of its own failure (a missed
// booking, a missed or cancelled conversation, doubt about availability), not a ladder. The Danish
// persona has a missed conversation recorded: the overview draws no ladder picture, the list is not
// numbered, the recorded outcome "has happened" (never "you are here", as if on a step of five) and
// no other outcome is called the "next step". Read from the screen-reader mirror and the print view's
// words, which say what the screen says; the screenshot is looked at by hand.
import { run, until, waitForFrames, widgets, revealWidget, keepExample, mirrorText, screenshot, assert } from './lib.mjs';

await run('consequences_dk', async (t) => {
  const page = t.page;
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00+01:00'));
  const s = await keepExample(t, 'dk-dagpenge');
  const c = s.report.consequences;
  assert(c.escalates === false && c.next === -1, `the Danish outcomes are read as a ladder: ${JSON.stringify({ escalates: c.escalates, next: c.next })}`);
  const missed = c.steps.findIndex((x) => x.key === 'consequence.dk.missed_meeting');
  assert(missed >= 0 && c.steps[missed].reached, `the persona's missed conversation is not recorded: ${JSON.stringify(c.steps)}`);
  await until(page, 'the overview', (x) => x.screen === 'overview');
  await waitForFrames(page, 3, { timeout: 2000, soft: true });
  assert(!(await widgets(page)).some((w) => w.id === 'overview.ladder'), 'a ladder picture is drawn for separate outcomes');
  const text = await mirrorText(page);
  assert(/Missed without lawful excuse[^.]*\(this has happened\)/i.test(text) || text.includes('(this has happened)'),
    `the recorded outcome is not said to have happened: ${text.slice(0, 2000)}`);
  assert(!text.includes('you are here'), `"you are here" is said of a Danish outcome: ${text.slice(0, 2000)}`);
  assert(!text.includes('next step'), `a Danish outcome is called the next step: ${text.slice(0, 2000)}`);
  await revealWidget(page, `why.consequence.${missed}`);
  await screenshot(page, 'consequences_dk');
});
