// Issue 12.7: the calendar shows the coming weeks as a picture: each meeting's window as a bar,
// each deadline as a mark, today as a line. Checked on the drawn pixels (a line of the text colour
// where today is, bars in the accent), and in words in the screen-reader mirror.
import { run, until, waitForFrames, waitForWidget, tap, keepExample, decodePng, screenshot, mirrorText, assert } from './lib.mjs';

const TEXT = [0x1a, 0x1a, 0x1a], ACCENT = [0x0b, 0x5c, 0xad];
const near = (p, c, d = 40) => Math.hypot(p[0] - c[0], p[1] - c[1], p[2] - c[2]) < d;

await run('calendar_timeline', async (t) => {
  const page = t.page;
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00+01:00'));
  await keepExample(t, 'dk-dagpenge');
  await tap(page, 'nav.calendar');
  await until(page, 'the calendar', (s) => s.screen === 'calendar');
  const pic = await waitForWidget(page, 'calendar.timeline');
  await waitForFrames(page, 3, { timeout: 2000, soft: true });
  const box = await page.locator('#canvas').boundingBox();
  const img = decodePng(await screenshot(page, 'calendar_timeline'));
  const px = (x, y) => { const i = (Math.round(y) * img.width + Math.round(x)) * 4; return [img.data[i], img.data[i + 1], img.data[i + 2]]; };
  // Today is day 7 of the 92 drawn (a week back, twelve ahead): its line runs down the picture.
  const todayX = box.x + pic.x + (7.5 / 92) * pic.w;
  let line = 0;
  for (let y = box.y + pic.y + pic.h * 0.3; y < box.y + pic.y + pic.h; y += 2) {
    if ([-1, 0, 1].some((dx) => near(px(todayX + dx, y), TEXT))) ++line;
  }
  const rows = Math.floor(pic.h * 0.7 / 2);
  assert(line > rows * 0.8, `no line for today at x=${Math.round(todayX)} (${line} of ${rows} samples)`);
  let accent = 0;
  for (let y = box.y + pic.y; y < box.y + pic.y + pic.h; y += 2)
    for (let x = box.x + pic.x; x < box.x + pic.x + pic.w; x += 3) if (near(px(x, y), ACCENT, 30)) ++accent;
  assert(accent > 200, `no window drawn as a bar (${accent} accent samples)`);
  const text = await mirrorText(page);
  // The picture in words: each item as the time line says it ("<title> — between <from> and <to> (<state>)").
  assert(/Job conversation \d \((a-kasse|jobcenter)\) \u2014 between [^()]+ and [^()]+ \(Coming up\)/.test(text), `the mirror does not say the coming windows: ${text.slice(0, 500)}`);
});
