// The screen-reader mirror (#a11y-mirror) says what the canvas shows: after each step of a short
// journey (start -> persona -> overview -> joblog) it holds h1/h2/p elements with the real facts of
// the report (required applications, the period's end, the next meeting), in the catalogue's words.
import fs from 'node:fs';
import path from 'node:path';
import { run, openReady, until, clickWidget, revealWidget, waitForFrames, screenshot, assert, repoRoot } from './lib.mjs';

const ui = JSON.parse(fs.readFileSync(path.join(repoRoot, 'assets', 'i18n', 'en', 'ui.json'), 'utf8'));
// As core/src/i18n.cpp picks a plural's form: "one" when its count is 1 or -1, else "other".
const tr = (key, params = {}) => {
  let text = ui[key];
  if (text && typeof text === 'object') text = Math.abs(Number(params[text.count])) === 1 ? text.one : text.other;
  assert(typeof text === 'string', `no en text for ${key}`);
  return text.replace(/\{(\w+)\}/g, (_, k) => (k in params ? String(params[k]) : `{${k}}`));
};
// As web/ui/widgets.cpp format_date writes English dates: "Mon 30 Nov 2026".
const formatDate = (iso) => {
  const [y, m, d] = iso.split('-').map(Number);
  const wd = ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1;  // ISO: Monday = 1
  return `${tr(`ui.weekday.${wd}`)} ${d} ${tr(`ui.month.${m}`)} ${y}`;
};

// As core/src/local_format.cpp writes a period label in English: "week 48" (with " of 2025" when
// the week is not of the report date's year), "November 2026".
const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];
const formatPeriod = (label, on) => {
  const w = /^(\d{4})-W(\d{2})$/.exec(label), m = /^(\d{4})-(\d{2})$/.exec(label);
  if (w) return `week ${Number(w[2])}` + (w[1] === on.slice(0, 4) ? '' : ` of ${w[1]}`);
  if (m) return `${monthNames[Number(m[2]) - 1]} ${m[1]}`;
  return label;
};

async function mirror(page) {
  return page.evaluate(() => [...document.querySelectorAll('#a11y-mirror > *')].map((e) => ({ tag: e.tagName.toLowerCase(), text: e.textContent })));
}

// Waits until the mirror has caught up with the screen (it is rebuilt after the frame).
async function mirrorFor(page, screenTitle) {
  const h1 = `${tr('ui.app.title')}: ${screenTitle}`;
  for (let i = 0; i < 50; ++i) {
    const items = await mirror(page);
    if (items[0]?.tag === 'h1' && items[0].text === h1) return items;
    await waitForFrames(page, 1, { timeout: 300, soft: true });
  }
  throw new Error(`the mirror never said "${h1}": ${JSON.stringify(await mirror(page))}`);
}

function expectItem(items, tag, text, what) {
  const found = items.some((i) => i.tag === tag && (text instanceof RegExp ? text.test(i.text) : i.text.includes(text)));
  assert(found, `${what}: no <${tag}> with "${text}" in ${JSON.stringify(items)}`);
}

function checkFacts(items, report, where) {
  assert(report, `${where}: no report`);
  const p = report.current_period >= 0 ? report.periods[report.current_period] : null;
  if (p) {
    expectItem(items, 'h2', tr('ui.overview.applications'), where);
    if (p.exempt) {
      expectItem(items, 'p', tr('ui.overview.exempt', { period: formatPeriod(p.label, report.on) }), `${where}: exemption`);
    } else {
      expectItem(items, 'p', tr('ui.overview.progress', { counted: p.counted, required: p.required, period: formatPeriod(p.label, report.on), end: formatDate(p.end) }),
                 `${where}: required applications and the period's end`);
    }
  }
  expectItem(items, 'h2', tr('ui.overview.next_meeting'), where);
  const m = report.meetings.find((x) => x.status !== 'held' && x.status !== 'missed');
  if (m) {
    expectItem(items, 'p', tr('ui.overview.window', { from: formatDate(m.earliest), to: formatDate(m.latest) }), `${where}: the next meeting`);
  } else {
    expectItem(items, 'p', tr('ui.overview.none'), `${where}: no next meeting`);
  }
}

await run('mirror', async (t) => {
  const page = t.page;
  await openReady(t);
  const region = await page.evaluate(() => {
    const r = document.getElementById('a11y-mirror');
    return r && { role: r.getAttribute('role'), label: r.getAttribute('aria-label') };
  });
  assert(region && region.role === 'region' && region.label, `#a11y-mirror is not a labelled region: ${JSON.stringify(region)}`);

  // Start.
  let items = await mirrorFor(page, tr('ui.nav.start'));
  expectItem(items, 'p', tr('ui.start.intro'), 'start');
  expectItem(items, 'h2', tr('ui.start.privacy_heading'), 'start');

  // Persona -> overview.
  await revealWidget(page, 'example.dk-dagpenge');
  await clickWidget(page, 'example.dk-dagpenge');
  let s = await until(page, 'the persona', (x) => x.report && x.screen === 'overview');
  items = await mirrorFor(page, tr('ui.nav.overview'));
  checkFacts(items, s.report, 'overview');
  await screenshot(page, 'mirror-overview');

  // Joblog: the same facts, and how many entries there are.
  await clickWidget(page, 'nav.joblog');
  s = await until(page, 'joblog', (x) => x.screen === 'joblog');
  items = await mirrorFor(page, tr('ui.nav.joblog'));
  expectItem(items, 'p', tr('ui.joblog.heading', { n: s.joblog }), 'joblog count');
  checkFacts(items, s.report, 'joblog');

  // Back to start: the persona's facts leave with the screen.
  await clickWidget(page, 'nav.start');
  await until(page, 'start', (x) => x.screen === 'start');
  items = await mirrorFor(page, tr('ui.nav.start'));
  assert(!items.some((i) => i.text === tr('ui.overview.next_meeting')), 'the start screen mirror still lists meetings');
});

// First start in a browser that prefers dark: the page starts in the dark theme (read once).
await run('mirror_prefers_dark', async (t) => {
  const page = t.page;
  await openReady(t);
  await waitForFrames(page, 3, { timeout: 2000, soft: true });
  const png = await page.locator('#canvas').screenshot();
  const { decodePng } = await import('./lib.mjs');
  const img = decodePng(png);
  const i = ((img.height - 5) * img.width + 5) * 4;  // a corner: the clear colour / window background
  const [r, g, b] = [img.data[i], img.data[i + 1], img.data[i + 2]];
  assert(r < 60 && g < 60 && b < 60, `prefers-color-scheme: dark did not give the dark theme (corner rgb ${r},${g},${b})`);
  await screenshot(page, 'mirror-prefers-dark');
}, { colorScheme: 'dark', reducedMotion: 'reduce' });
