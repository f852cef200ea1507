// 200% text (WCAG 1.4.4): Settings' "A+" four times, then every screen at one width: no widget sticks
// out of the viewport, no two widgets overlap, the content can be scrolled into view. Screenshots of
// every screen. Used by text_size_desktop.test.mjs (1024 px) and text_size_phone.test.mjs (360 px).
import { run, openReady, until, clickWidget, revealWidget, widgets, waitForFrames, screenshot, assert, overflowing, overlapping, openMenuFor } from './lib.mjs';

const SCREENS = ['start', 'overview', 'situation', 'joblog', 'calendar', 'plan', 'exchange', 'settings'];

export function textSize(name, width, height) {
  return run(name, async (t) => {
    const page = t.page;
    await openReady(t);
    await revealWidget(page, 'example.se-trelleborg');
    await clickWidget(page, 'example.se-trelleborg');
    await until(page, 'the persona', (x) => x.report && x.screen === 'overview');

    await openMenuFor(page, 'nav.settings');
    await clickWidget(page, 'nav.settings');
    await until(page, 'settings', (x) => x.screen === 'settings');
    const h100 = (await widgets(page)).find((w) => w.id === 'text.larger').h;
    const px100 = (await until(page, 'the text size', (x) => x.text_px > 0)).text_px;
    for (let i = 0; i < 4; ++i) {
      await revealWidget(page, 'text.larger');
      await clickWidget(page, 'text.larger');
    }
    // The font atlas is rebuilt: the text is drawn twice as large, and the buttons grow with it (on a
    // phone less than twice: they were already 44 px touch targets around smaller text).
    const s200 = await until(page, 'text at 200%', (x) => x.text_px >= px100 * 1.95);
    let h200 = 0;
    for (let i = 0; i < 40 && h200 < h100 * 1.3; ++i) {
      await waitForFrames(page, 1, { timeout: 500, soft: true });
      h200 = (await widgets(page)).find((w) => w.id === 'text.larger')?.h || 0;
    }
    assert(h200 >= h100 * 1.3, `the buttons did not grow with the text (${px100} -> ${s200.text_px} px; button height ${h100} -> ${h200})`);

    // At 200% on a phone the top bar scrolls with the content: back to the top before using it.
    const scrollToTop = async () => {
      const box = await page.locator('#canvas').boundingBox();
      let last = null;
      for (let i = 0; i < 30; ++i) {
        const y = (await widgets(page)).find((w) => w.id === 'app.title')?.y;
        if (y === last) return;
        last = y;
        await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.6);
        await page.mouse.wheel(0, -600);
        await waitForFrames(page, 2, { timeout: 1000, soft: true });
      }
    };
    for (const screen of SCREENS) {
      await scrollToTop();
      await openMenuFor(page, `nav.${screen}`);
      await revealWidget(page, `nav.${screen}`);
      await clickWidget(page, `nav.${screen}`);
      await until(page, `screen ${screen}`, (x) => x.screen === screen);
      const list = await widgets(page);
      const wide = overflowing(list, width);
      assert(wide.length === 0, `200% text, ${width} px, ${screen}: widgets outside the viewport: ${JSON.stringify(wide)}`);
      const overlaps = overlapping(list);
      assert(overlaps.length === 0, `200% text, ${width} px, ${screen}: overlapping widgets: ${overlaps.join('; ')}`);
      // The content itself can be brought on screen (the navigation does not take all the room).
      const content = list.filter((w) => !w.id.startsWith('nav.') && w.id !== 'app.title' && w.id !== 'message' && !w.id.startsWith('message.'));
      if (content.length) {
        const first = content.reduce((a, b) => (b.y < a.y ? b : a));
        await revealWidget(page, first.id).catch(() => {
          throw new Error(`200% text, ${width} px, ${screen}: the content (${first.id}) cannot be scrolled into view`);
        });
      }
      await screenshot(page, `text200-${width}-${screen}`);
    }
  }, { viewport: { width, height } });
}
