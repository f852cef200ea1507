// Issue 12 (phone): a message too long for the bar's one line ends in "..." and a tap on it shows
// it in full, wrapped inside the screen; a second tap makes it one line again. Before, it showed in
// a tooltip under the finger: the finger of the tap that kept the example rested where the message
// then appeared, so a tooltip wider than the screen opened by itself over the heading. A tap on a
// week of the strip still shows that week's words, now wrapped to the screen's width.
import { run, openReady, until, waitForFrames, widgets, mirrorText, screenshot, assert } from './lib.mjs';
import { W, PHONE, phoneTools } from './phone_lib.mjs';

await run('message_phone', async (t) => {
  const page = t.page;
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00+01:00'));
  await openReady(t);
  const { find, tap } = await phoneTools(t);
  await tap('example.se-trelleborg');
  await until(page, 'the Trelleborg persona', (s) => s.system === 'se-trelleborg' && s.sandbox);
  await tap('sandbox.keep');
  const s = await until(page, 'the persona kept, with its message', (x) => !x.sandbox && x.message);
  await waitForFrames(page, 3, { timeout: 2000, soft: true });
  const dismiss = await find('message.dismiss');
  let message = await find('message');
  assert(message && dismiss, 'no message with its OK button');
  assert(message.h <= dismiss.h + 0.5, `the message is not one line at first (${message.h} px beside a ${dismiss.h} px button)`);
  const tips = (await widgets(page)).filter((w) => w.id === 'tooltip');
  assert(tips.length === 0, `a tooltip opened by itself after the tap: ${JSON.stringify(tips)}`);
  await screenshot(page, 'message-phone-cut');

  assert(!(await find('message.full')), 'the message is shown in full before it was tapped');
  await tap('message');
  for (let i = 0; i < 20 && !(await find('message.full')); ++i) await waitForFrames(page, 1, { timeout: 500, soft: true });
  message = await find('message.full');
  assert(message, 'a tap on the cut message did not show it in full');
  assert(message.x >= 0 && message.x + message.w <= W + 0.5, `the full message runs off the screen: ${JSON.stringify(message)}`);
  const text = await mirrorText(page);
  assert(text.includes('Undo'), `the mirror lacks the message: ${text.slice(0, 300)}`);
  await screenshot(page, 'message-phone-full');

  await tap('message');
  for (let i = 0; i < 20 && (await find('message.full')); ++i) await waitForFrames(page, 1, { timeout: 500, soft: true });
  assert(!(await find('message.full')), 'a second tap did not make the message one line again');
  assert((await find('message')).h <= dismiss.h + 0.5, 'the message is not one line again after the second tap');

  // A week of the strip, tapped: its words in a tooltip that fits the screen.
  const week = (await widgets(page)).filter((w) => w.id.startsWith('strip.')).at(-1);
  assert(week, 'the overview has no strip of weeks');
  {
    await tap(week.id);
    let tip;
    for (let i = 0; i < 20 && !(tip = (await widgets(page)).find((w) => w.id === 'tooltip')); ++i) await waitForFrames(page, 1, { timeout: 500, soft: true });
    assert(tip, `a tap on ${week.id} showed no words`);
    assert(tip.x >= 0 && tip.x + tip.w <= W + 0.5, `the week's tooltip runs off the screen: ${JSON.stringify(tip)}`);
    await screenshot(page, 'message-phone-strip-tip');
  }
  assert(s.message, 'no message');
}, PHONE);
