// A phone as the phone tests hold it: 360x640 CSS px at devicePixelRatio 2, touch only, and what a
// finger does there (tap, drag to scroll, the menu) with the checks every phone screen must pass.
import { until, waitForFrames, widgets, assert, overflowing } from './lib.mjs';

export const W = 360, H = 640;
export const PHONE = { viewport: { width: W, height: H }, dpr: 2, hasTouch: true, isMobile: true };

export async function phoneTools(t) {
  const page = t.page;
  const cdp = await t.context.newCDPSession(page);
  const find = async (id) => (await widgets(page)).find((w) => w.id === id);
  const tap = async (id) => {
    const w = await reveal(id);
    await page.touchscreen.tap(w.x + w.w / 2, w.y + w.h / 2);
    await waitForFrames(page, 3, { timeout: 2000, soft: true });
    return w;
  };
  // One finger drag from y0 to y1 in steps, as a person scrolls a list.
  const drag = async (x, y0, y1) => {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: y0 }] });
    const steps = 6;
    for (let i = 1; i <= steps; ++i) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y0 + ((y1 - y0) * i) / steps }] });
      await waitForFrames(page, 1, { timeout: 500, soft: true });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await waitForFrames(page, 2, { timeout: 1000, soft: true });
  };
  // Drags the content until the widget is fully on screen (the navigation above it stays put).
  async function reveal(id) {
    for (let i = 0; i < 30; ++i) {
      const w = await find(id);
      if (w && w.y >= 0 && w.y + w.h <= H) return w;
      if (!w || w.y + w.h > H) await drag(W / 2, H * 0.85, H * 0.45);
      else await drag(W / 2, H * 0.45, H * 0.85);
    }
    throw new Error(`could not drag ${id} into view`);
  }
  // The screens sit behind the menu button: a tap opens it, a tap on a screen goes there.
  const go = async (screen) => {
    if (!(await find(`nav.${screen}`))) await tap('nav.menu');
    await tap(`nav.${screen}`);
    return until(page, `screen ${screen}`, (x) => x.screen === screen);
  };
  const checkFits = async (name) => {
    const list = await widgets(page);
    const bad = overflowing(list, W);
    assert(bad.length === 0, `${name}: widgets wider than the 360 px screen: ${JSON.stringify(bad)}`);
    // Every control a finger can hit is a 44 x 44 CSS px target (issue 12.11; WCAG 2.5.5).
    const small = list.filter((w) => w.tappable && w.shown && (w.w < 43.5 || w.h < 43.5));
    assert(small.length === 0, `${name}: touch targets under 44 px: ${small.map((w) => `${w.id} ${Math.round(w.w)}x${Math.round(w.h)}`).join(', ')}`);
    assert(list.some((w) => w.tappable && w.shown), `${name}: no control at all is marked as tappable`);
  };

  return { find, tap, drag, reveal, go, checkFits };
}
