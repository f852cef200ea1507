// The page loads, renders a first frame with no console error or failed request, and the canvas
// shows something besides the clear colour. Usage: node first_frame.test.mjs [SITE_DIR] [ARTIFACTS_DIR]
import { run, open, waitForFirstFrame, canvasStats, screenshot, snapshot, assert } from './lib.mjs';

await run('first_frame', async (t) => {
  await open(t, '?nosw');
  const frames = await waitForFirstFrame(t.page);
  assert(frames >= 1, `frames is ${frames}`);
  const canvas = await t.page.evaluate(() => {
    const c = document.getElementById('canvas');
    return { w: c.width, h: c.height, cssW: c.clientWidth, cssH: c.clientHeight, dpr: devicePixelRatio };
  });
  assert(canvas.w > 0 && canvas.h > 0, `canvas has no size: ${JSON.stringify(canvas)}`);
  assert(Math.abs(canvas.w - Math.round(canvas.cssW * canvas.dpr)) <= 1,
         `canvas width ${canvas.w} != CSS width ${canvas.cssW} x dpr ${canvas.dpr}`);
  const state = await snapshot(t.page);
  assert(state && typeof state === 'object', 'snapshot() is not a JSON object');
  const loadingHidden = await t.page.evaluate(() => {
    const l = document.getElementById('loading');
    return !l || l.hidden || getComputedStyle(l).display === 'none';
  });
  assert(loadingHidden, 'the loading text is still shown after the first frame');
  await screenshot(t.page, 'first-frame');
  const stats = await canvasStats(t.page);
  assert(!stats.blank, `canvas looks blank: ${JSON.stringify(stats)}`);
  console.log(`  canvas ${stats.width}x${stats.height}, ${stats.colours} colours, ` +
              `${(stats.fraction * 100).toFixed(1)}% differ from ${stats.dominant}`);
});
