// Trelleborg's inputs for the guideline sentences that decide from them (seed 004, issue 11): how
// far the jobseeker is available for work (a limit from ill health needs a läkarintyg), the trip to
// an activity (a bus card only over 6 km), what the studies are (without CSN they need the
// avdelningschef's approval), and a declined drug test (a broken plan). A jobseeker picks each with
// taps (the trip is typed), saves, and finds it stored, read by the report and kept after a reload.
import { run, keepExample, until, waitForFrames, waitForWidget, widgets, tap, storedDocument, screenshot, assert, choose } from './lib.mjs';

const has = (list, key) => (list || []).some((x) => x.key === key || x.text_key === key);

async function stored(page, pred, what) {
  for (let i = 0; i < 50; ++i) {
    const doc = (await storedDocument(page)).doc;
    if (doc && pred(doc.profile)) return doc.profile;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`not stored: ${what}`);
}

await run('trelleborg_inputs', async (t) => {
  const page = t.page;
  let s = await keepExample(t, 'se-trelleborg');
  assert(!has(s.report.obligations, 'obligation.se.impediment_certified'), 'a limit from ill health before any was stated');

  // My situation: "Can you take work in full?" starts as not stated; the jobseeker picks ill health.
  await tap(page, 'nav.situation');
  await until(page, 'My situation', (x) => x.screen === 'situation');
  await choose(page, 'situation.availability', 'limited_health');
  await screenshot(page, 'trelleborg-inputs-availability');
  await tap(page, 'situation.save');
  await stored(page, (p) => p.situation.availability === 'limited_health', 'availability limited_health');
  // The example has a doctor's certificate from 16 November: the limit counts as shown by it.
  s = await until(page, 'the certificate read', (x) => has(x.report.obligations, 'obligation.se.impediment_certified'));
  assert(!has(s.report.obligations, 'obligation.se.impediment_certificate'), 'asked for a certificate already recorded');

  // Another limit asks for a relevant certificate instead.
  await choose(page, 'situation.availability', 'limited_other');
  await tap(page, 'situation.save');
  await stored(page, (p) => p.situation.availability === 'limited_other', 'availability limited_other');
  s = await until(page, 'the relevant certificate', (x) => has(x.report.obligations, 'obligation.se.availability_certificate'));
  assert(!has(s.report.obligations, 'obligation.se.impediment_certified'), 'the ill-health line stayed');

  // The trip to a praktik: 6 typed into its number field, then one tap on its + makes 7 km, over
  // the 6 km a bus card needs. (A tap on the box must land in it: it once fell between the box
  // and its "-", and the digits went nowhere.)
  await tap(page, 'situation.trip_km');
  await waitForFrames(page, 2, { timeout: 2000, soft: true });
  await page.keyboard.press('End');
  for (let i = 0; i < 4; ++i) await page.keyboard.press('Backspace');
  await page.keyboard.type('6', { delay: 15 });
  await tap(page, 'situation.trip_km.more');
  await tap(page, 'situation.save');
  await stored(page, (p) => p.situation.activity_trip_km === 7, 'the trip of 7 km');
  await until(page, 'the bus card sentence', (x) => has(x.report.notices, 'notice.se.buscard_possible'));

  // Studies started today without CSN: the form asks what they are, not stated first.
  await tap(page, 'event.add');
  await choose(page, 'event.type', 'studies_started');
  await waitForWidget(page, 'event.cause');
  await choose(page, 'event.cause', 'no_csn');
  await screenshot(page, 'trelleborg-inputs-studies');
  await tap(page, 'event.save');
  await stored(page, (p) => p.events.some((e) => e.type === 'studies_started' && e.cause === 'no_csn'), 'studies without CSN');
  s = await until(page, 'the avdelningschef sentence', (x) => has(x.report.notices, 'notice.se.studies_no_csn'));
  assert(!has(s.report.notices, 'notice.se.closure_studies'), 'studies without CSN were told to apply for CSN');

  // A declined drug test breaks the plan.
  await tap(page, 'event.add');
  await choose(page, 'event.type', 'drug_test_declined');
  await tap(page, 'event.save');
  await stored(page, (p) => p.events.some((e) => e.type === 'drug_test_declined'), 'the declined drug test');
  s = await until(page, 'the broken plan', (x) => x.report.status_key === 'status.se.plan_broken');
  await screenshot(page, 'trelleborg-inputs-broken');

  // After a reload everything is still there and read the same way.
  await page.reload({ waitUntil: 'load' });
  await waitForFrames(page, 3, { timeout: 20000 });
  s = await until(page, 'storage ready', (x) => x.storage === 'ready' && x.system === 'se-trelleborg' && x.report);
  assert(s.report.status_key === 'status.se.plan_broken', `after the reload: ${s.report.status_key}`);
  assert(has(s.report.obligations, 'obligation.se.availability_certificate'), 'the availability was lost in the reload');
  assert(has(s.report.notices, 'notice.se.studies_no_csn'), 'the studies kind was lost in the reload');
  // The reopened study shows its answer; saved again untouched, it keeps it.
  await tap(page, 'nav.situation');
  await until(page, 'My situation', (x) => x.screen === 'situation');
  const row = (await widgets(page)).find((w) => w.id.startsWith('event.row.') && w.label && /stud/i.test(w.label));
  const profile = (await storedDocument(page)).doc.profile;
  const study = profile.events.find((e) => e.type === 'studies_started');
  await tap(page, row ? row.id : `event.row.${study.id}`);
  await waitForWidget(page, 'event.cause');
  await screenshot(page, 'trelleborg-inputs-reopened');
  const generation = (await storedDocument(page)).generation;
  await tap(page, 'event.save');
  for (let i = 0; i < 40 && (await storedDocument(page)).generation === generation; ++i) await new Promise((r) => setTimeout(r, 100));
  await stored(page, (p) => p.events.some((e) => e.id === study.id && e.cause === 'no_csn'), 'the study kept no_csn');
});
