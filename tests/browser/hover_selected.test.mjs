// Issue 12.11: hover is told apart from selected, and "selected" has one look everywhere. The
// pointer rests on a tab that is not the current one: that tab gets a grey tint, the current tab
// keeps its accent tint and the accent bar along its bottom edge, and the hovered one gets no bar.
// Checked on the drawn pixels in all three themes (the theme chosen by a click in Settings).
import { run, until, waitForFrames, widgets, tap, keepExample, decodePng, screenshot, assert } from './lib.mjs';

const ACCENT = { light: [0x0b, 0x5c, 0xad], dark: [0x6c, 0xb4, 0xff], contrast: [0xff, 0xff, 0x00] };

function pixel(img, x, y) {
  const i = (Math.round(y) * img.width + Math.round(x)) * 4;
  return [img.data[i], img.data[i + 1], img.data[i + 2]];
}
const distance = (a, b) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

await run('hover_selected', async (t) => {
  const page = t.page;
  await keepExample(t, 'dk-dagpenge');
  const box = await page.locator('#canvas').boundingBox();
  for (const theme of ['light', 'dark', 'contrast']) {
    await tap(page, 'nav.settings');
    await until(page, 'Settings', (s) => s.screen === 'settings');
    await tap(page, `theme.${theme}`);
    await waitForFrames(page, 3, { timeout: 2000, soft: true });
    const list = await widgets(page);
    const current = list.find((w) => w.id === 'nav.settings');
    const hovered = list.find((w) => w.id === 'nav.joblog');
    const plain = list.find((w) => w.id === 'nav.calendar');
    await page.mouse.move(box.x + hovered.x + hovered.w / 2, box.y + hovered.y + hovered.h / 2);
    await waitForFrames(page, 3, { timeout: 2000, soft: true });
    const img = decodePng(await screenshot(page, `hover_selected_${theme}`));
    // The fill, just inside the left edge, halfway down (clear of the label and the bar).
    const fill = (w) => pixel(img, box.x + w.x + 4, box.y + w.y + w.h * 0.4);
    const bottom = (w) => pixel(img, box.x + w.x + w.w / 2, box.y + w.y + w.h - 2);
    const [cur, hov, pla] = [fill(current), fill(hovered), fill(plain)];
    assert(distance(hov, pla) > 6, `${theme}: hovering changes nothing (${hov} vs ${pla})`);
    assert(distance(hov, cur) > 25, `${theme}: the hovered tab looks like the selected one (${hov} vs ${cur})`);
    assert(distance(bottom(current), ACCENT[theme]) < 40, `${theme}: the selected tab has no accent bar (${bottom(current)})`);
    assert(distance(bottom(hovered), ACCENT[theme]) > 60, `${theme}: the hovered tab has the selected bar (${bottom(hovered)})`);
  }
});
