// One jobseeker's whole journey in the real page, for one system: pick the persona, read what is
// required, log an application through the form, reload and find it kept, export the file and check
// it, import it into an empty browser and get the same state, and see a broken file refused with the
// data untouched. Used by journey_<system>.test.mjs.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { run, open, waitForFirstFrame, waitForFrames, snapshot, clickWidget, revealWidget, until, widgets, waitForWidget, screenshot, assert, launch, close, repoRoot, mirrorText, overlapping } from './lib.mjs';

const cli = process.env.JOBBPLAN_CLI || path.join(repoRoot, 'build', 'native', 'jobbplan-cli');

async function ready(page) {
  await waitForFirstFrame(page);
  return until(page, 'storage ready', (s) => s.storage === 'ready');
}

async function click(page, id) {
  await revealWidget(page, id);
  return clickWidget(page, id);
}

async function type(page, id, text) {
  await click(page, id);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text, { delay: 10 });
  await waitForFrames(page, 2, { timeout: 2000, soft: true });
}

function currentPeriod(report) {
  return report.current_period >= 0 ? report.periods[report.current_period] : null;
}

// The strip of the last weeks or months (issue 12.7): one box per recent period, oldest left, in
// one row inside the canvas, said in words in the mirror; a mouse over a box shows it in words.
async function checkStrip(page, report, system) {
  const recent = report.periods.slice(report.periods.length && report.periods[report.periods.length - 1].kind === 'month' ? -6 : -8);
  if (recent.length < 2) return;
  await revealWidget(page, `strip.${recent[recent.length - 1].label}`);
  const list = await widgets(page);
  const boxes = recent.map((p) => list.find((w) => w.id === `strip.${p.label}`));
  assert(boxes.every(Boolean), `strip boxes missing: ${recent.filter((p, i) => !boxes[i]).map((p) => p.label).join(', ')}`);
  const canvas = await page.locator('#canvas').boundingBox();
  const width = canvas.width;
  assert(boxes.every((b, i) => b.x >= 0 && b.x + b.w <= width && b.y === boxes[0].y && (i === 0 || b.x > boxes[i - 1].x)),
    `the strip is not one row, oldest first, inside the canvas: ${JSON.stringify(boxes.map((b) => [b.x, b.y, b.w]))}`);
  assert(overlapping(boxes).length === 0, `strip boxes overlap: ${overlapping(boxes)}`);
  const mirror = await mirrorText(page);
  const kind = recent[0].kind === 'month' ? 'months' : 'weeks';
  assert(mirror.includes(`Your last ${recent.length} ${kind}:`), `the mirror does not say the strip: ${mirror.slice(0, 400)}`);
  for (const p of recent) {
    const state = p.exempt ? 'exempt' : p.judged === false ? 'not judged' : p.required === 0 ? 'counted only, no number set'
      : p.shortfall === 0 ? 'done' : p.closed ? 'too few' : 'still open';
    assert(mirror.includes(`, ${state}.`), `the mirror lacks the state "${state}" of ${p.label}`);
  }
  const last = boxes[boxes.length - 2];
  await page.mouse.move(canvas.x + last.x + last.w / 2, canvas.y + last.y + last.h / 2);
  await waitForFrames(page, 3, { timeout: 2000, soft: true });
  await screenshot(page, `journey-${system}-strip-hover`);
}

// Where the official actions are done (issue 12.14): every e-service of the report is drawn, and
// an address is copied by its button, as a person copies it to paste into their browser.
async function checkServices(t, report) {
  const page = t.page;
  assert(report.services && report.services.length > 0, 'the report names no e-service');
  await t.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: t.origin });
  for (let i = 0; i < report.services.length; ++i) {
    await revealWidget(page, `service.${i}`);
    const address = report.services[i].address;
    if (!address) continue;
    await click(page, `service.copy.${i}`);
    const copied = await until(page, 'the copy message', (x) => x.message === 'ui.msg.copied');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    assert(text === address, `copied "${text}", the address is "${address}" (${copied.message})`);
  }
}

export function journey(system, example, check) {
  return run(`journey_${system}`, async (t) => {
    const page = t.page;
    await open(t, '?nosw');
    let s = await ready(page);
    assert(s.screen === 'start', `starts on ${s.screen}`);

    // The persona, as a caseworker would pick it.
    await click(page, `example.${example}`);
    s = await until(page, 'the persona', (x) => x.system && x.report);
    assert(s.screen === 'overview', `persona opens ${s.screen}`);
    // A persona opens to look at (issue 14); the journey keeps it, so it is stored from here on.
    await click(page, 'sandbox.keep');
    s = await until(page, 'the persona kept', (x) => !x.sandbox && x.system);
    check(s.report);
    await screenshot(page, `journey-${system}-overview`);
    // The answer names the rule it rests on (issue 11): the report carries the status's fact, and
    // the "Why?" under the answer opens where it is drawn.
    const why = s.report.status_why;
    assert(why && why.rule_id && why.source && why.source.quote, `the status ${s.report.status_key} names no rule: ${JSON.stringify(why)}`);
    await click(page, 'why.answer');
    await waitForFrames(page, 3, { timeout: 2000, soft: true });
    await screenshot(page, `journey-${system}-answer-why`);
    // The source is named in words; the file and rule id wait behind the caseworkers' toggle (12.12).
    await waitForWidget(page, 'whyd.answer');
    await click(page, 'whyd.answer');
    await waitForFrames(page, 3, { timeout: 2000, soft: true });
    await screenshot(page, `journey-${system}-answer-why-details`);
    await click(page, 'whyd.answer');
    await click(page, 'why.answer');
    await checkStrip(page, s.report, system);
    await checkServices(t, s.report);

    // Every screen draws (and a person can see it) with this persona.
    for (const screen of ['situation', 'calendar', 'plan', 'exchange', 'settings', 'joblog']) {
      await click(page, `nav.${screen}`);
      s = await until(page, `screen ${screen}`, (x) => x.screen === screen);
      await screenshot(page, `journey-${system}-${screen}`);
    }

    // Log an application through the form.
    const before = s.joblog;
    const period = currentPeriod(s.report);
    await click(page, 'joblog.add');
    await type(page, 'joblog.employer', 'Ålands Bageri Øst');
    await type(page, 'joblog.job_title', 'Bagare');
    await click(page, 'joblog.save');
    s = await until(page, 'the saved entry', (x) => x.joblog === before + 1);
    const after = currentPeriod(s.report);
    if (period && after && period.label === after.label && !after.exempt) {
      const added = after.entries.filter((e) => !period.entries.some((p) => p.entry_id === e.entry_id));
      assert(added.length === 1, `the new entry is not judged in ${after.label}: ${JSON.stringify(after.entries)}`);
    }
    await screenshot(page, `journey-${system}-joblog-added`);

    // Reload: it is still there (IndexedDB).
    await page.reload({ waitUntil: 'load' });
    s = await ready(page);
    assert(s.joblog === before + 1, `after reload the joblog has ${s.joblog} entries, expected ${before + 1}`);
    const kept = s;

    // Export: the file a caseworker gets.
    await click(page, 'nav.exchange');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 10000 }), click(page, 'exchange.export')]);
    assert(/^jobbplan-\d{4}-\d{2}-\d{2}\.json$/.test(download.suggestedFilename()), `file name ${download.suggestedFilename()}`);
    const file = path.join(t.artifactsDir, `journey-${system}-export.json`);
    fs.mkdirSync(t.artifactsDir, { recursive: true });
    await download.saveAs(file);
    const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
    assert(exported.format === 'jobbplan-export' && exported.profile && exported.report, 'export lacks profile or report');
    assert(exported.profile.joblog.length === before + 1, 'export lacks the new entry');
    assert(exported.profile.joblog.some((e) => e.employer === 'Ålands Bageri Øst'), 'Nordic letters lost in export');
    // The core's own strict reader accepts what the page wrote.
    const profileFile = file.replace(/\.json$/, '.profile.json');
    fs.writeFileSync(profileFile, JSON.stringify(exported.profile));
    execFileSync(cli, ['validate', profileFile], { stdio: 'pipe' });

    // Import into an empty browser: the same state.
    const t2 = await launch();
    try {
      await open(t2, '?nosw');
      await ready(t2.page);
      await click(t2.page, 'nav.exchange');
      const [chooser] = await Promise.all([t2.page.waitForEvent('filechooser', { timeout: 10000 }), click(t2.page, 'exchange.import')]);
      await chooser.setFiles(file);
      await until(t2.page, 'the import preview', (x) => x.import_preview);
      await screenshot(t2.page, `journey-${system}-import-preview`);
      await click(t2.page, 'exchange.replace');
      const imported = await until(t2.page, 'the imported profile', (x) => x.joblog === before + 1);
      assert(JSON.stringify(imported.report) === JSON.stringify(kept.report), 'the imported report differs from the exported one');
      if (t2.errors.length) throw new Error(t2.errors.join('\n'));
    } finally {
      await close(t2);
    }

    // A broken file is refused with a message; nothing stored changes.
    const broken = path.join(t.artifactsDir, `journey-${system}-broken.json`);
    const bad = JSON.parse(JSON.stringify(exported));
    bad.profile.joblog[0].date = '2024-13-01';
    fs.writeFileSync(broken, JSON.stringify(bad));
    const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 10000 }), click(page, 'exchange.import')]);
    await chooser.setFiles(broken);
    s = await until(page, 'the import error', (x) => x.message === 'ui.msg.import_invalid');
    assert(!s.import_preview && s.joblog === before + 1, 'a broken import changed the profile');
    await screenshot(page, `journey-${system}-import-refused`);
    await page.reload({ waitUntil: 'load' });
    s = await ready(page);
    assert(s.joblog === before + 1, 'a broken import changed what was stored');
  });
}
