// Issue 12.7: the consequence ladder drawn as steps with the current one marked. The Danish persona
// on 23 November stands on step 2 (a recorded event) with step 3 at risk: step 2's circle is filled
// in the error colour, steps 3 and 4 are not. Checked on the drawn pixels; the words are the list's.
import { run, until, waitForFrames, revealWidget, keepExample, decodePng, screenshot, assert } from './lib.mjs';

const BAD = [0xb0, 0x00, 0x20];
const near = (p, c, d = 40) => Math.hypot(p[0] - c[0], p[1] - c[1], p[2] - c[2]) < d;

await run('ladder_steps', async (t) => {
  const page = t.page;
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00+01:00'));
  const s = await keepExample(t, 'dk-dagpenge');
  const ladder = s.report.consequences;
  assert(ladder.steps.length === 4 && ladder.current === 1, `the persona's ladder changed: ${JSON.stringify({ n: ladder.steps.length, current: ladder.current })}`);
  const pic = await revealWidget(page, 'overview.ladder');
  await waitForFrames(page, 3, { timeout: 2000, soft: true });
  const box = await page.locator('#canvas').boundingBox();
  const img = decodePng(await screenshot(page, 'ladder_steps'));
  const px = (x, y) => { const i = (Math.round(y) * img.width + Math.round(x)) * 4; return [img.data[i], img.data[i + 1], img.data[i + 2]]; };
  // Inside each circle, left of its number.
  const inside = (i) => px(box.x + pic.x + (pic.w / 4) * (i + 0.5) - 8, box.y + pic.y + pic.h / 2);
  assert(near(inside(1), BAD), `step 2 (you are here) is not filled: ${inside(1)}`);
  assert(!near(inside(2), BAD), `step 3 (at risk, not happened) is filled as if it had happened: ${inside(2)}`);
  assert(!near(inside(3), BAD), `step 4 is filled: ${inside(3)}`);
});
