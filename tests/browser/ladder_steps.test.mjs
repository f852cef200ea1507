// Issue 12.7: the consequence ladder drawn as steps with the current one marked. The Finnish persona
// on 23 November stands on step 1 (a reminder received, a recorded event): step 1's circle is filled
// in the error colour, the later steps are not. Checked on the drawn pixels; the words are the
// list's. The ladder's length is the pack's, so the circles are placed by it. (The Danish outcomes
// are no ladder: consequences_dk checks they are not drawn as one.)
import { run, until, waitForFrames, revealWidget, keepExample, decodePng, screenshot, assert } from './lib.mjs';

const BAD = [0xb0, 0x00, 0x20];
const near = (p, c, d = 40) => Math.hypot(p[0] - c[0], p[1] - c[1], p[2] - c[2]) < d;

await run('ladder_steps', async (t) => {
  const page = t.page;
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00+01:00'));
  const s = await keepExample(t, 'fi-karleby');
  const ladder = s.report.consequences;
  const n = ladder.steps.length;
  assert(n >= 3 && ladder.escalates && ladder.current === 0, `the persona's ladder changed: ${JSON.stringify({ n, current: ladder.current })}`);
  assert(ladder.steps[0].reached && !ladder.steps.slice(1).some((x) => x.reached), `only step 1 should have happened: ${JSON.stringify(ladder.steps.map((x) => x.reached))}`);
  const pic = await revealWidget(page, 'overview.ladder');
  await waitForFrames(page, 3, { timeout: 2000, soft: true });
  const box = await page.locator('#canvas').boundingBox();
  const img = decodePng(await screenshot(page, 'ladder_steps'));
  const px = (x, y) => { const i = (Math.round(y) * img.width + Math.round(x)) * 4; return [img.data[i], img.data[i + 1], img.data[i + 2]]; };
  // Inside each circle, left of its number.
  const inside = (i) => px(box.x + pic.x + (pic.w / n) * (i + 0.5) - 8, box.y + pic.y + pic.h / 2);
  assert(near(inside(0), BAD), `step 1 (you are here) is not filled: ${inside(0)}`);
  for (let i = 1; i < n; ++i) assert(!near(inside(i), BAD), `step ${i + 1} (not happened) is filled as if it had happened: ${inside(i)}`);
});
