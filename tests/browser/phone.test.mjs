// A phone: 360x640 CSS px at devicePixelRatio 2, touch only. Every control drawn on every screen is at
// least 44 x 44 CSS px. The persona is picked by a tap, the top
// bar with a message takes at most 17% of the height (one row: title and a menu naming the screen;
// the message one line beside its dismiss button), every screen fits one column (no widget sticks out to the right), a finger drag scrolls the content, a tap
// on a text field focuses the hidden <input> (so the phone's keyboard opens) and text the keyboard
// inserts (Nordic letters) lands in the field and reaches the exported file.
import fs from 'node:fs';
import path from 'node:path';
import { run, openReady, until, waitForFrames, widgets, screenshot, assert } from './lib.mjs';
import { W, H, PHONE, phoneTools } from './phone_lib.mjs';

const SCREENS = ['overview', 'situation', 'joblog', 'calendar', 'plan', 'exchange', 'settings'];

await run('phone', async (t) => {
  const page = t.page;
  await openReady(t);

  const { find, tap, drag, reveal, go, checkFits } = await phoneTools(t);

  let s = await until(page, 'start', (x) => x.screen === 'start');
  await checkFits('start');
  await screenshot(page, 'phone-start');

  // A finger drag scrolls the content: the persona buttons move up.
  const target = 'example.dk-dagpenge';
  const before = await find(target);
  assert(before, 'no persona button');
  await drag(W / 2, H * 0.8, H * 0.4);
  const after = await find(target);
  assert(after.y < before.y - 20, `a drag did not scroll the content (y ${before.y} -> ${after.y})`);
  assert(s.screen === 'start', 'a drag must not press anything');

  // The persona, by a tap.
  await tap(target);
  s = await until(page, 'the persona', (x) => x.system === 'dk' && x.report);
  assert(s.screen === 'overview', `the persona opens ${s.screen}`);

  // The top bar and the message ("Example loaded ...") leave the content at least 85% of the height.
  await waitForFrames(page, 2, { timeout: 1000, soft: true });
  assert(s.message, 'no message after picking the persona');
  // The persona opens to look at: on a phone its banner ("Not stored: ...") takes the title's row.
  const bar = (await widgets(page)).filter((w) => w.id === 'app.title' || w.id === 'sandbox.banner' || w.id === 'sandbox.close' || w.id.startsWith('nav.') || w.id.startsWith('message'));
  assert(bar.some((w) => w.id === 'message') && bar.some((w) => w.id === 'message.dismiss') && bar.some((w) => w.id === 'sandbox.banner'),
    `the bar lacks its title, message or dismiss button: ${bar.map((w) => w.id).join(', ')}`);
  const barBottom = Math.max(...bar.map((w) => w.y + w.h));
  // Two rows of 44 px touch targets (title and menu; message and its dismiss button) with the
  // window's padding and one spacing between them: at most 17% of the height (it was 15% with 31 px
  // buttons, before every target grew to 44 px).
  assert(barBottom <= 0.17 * H, `top bar and message take ${Math.round(barBottom)} px of ${H} (${Math.round((100 * barBottom) / H)}%), more than 17%: ${bar.map((w) => `${w.id}@${Math.round(w.y)}+${Math.round(w.h)}`).join(', ')}`);
  const message = bar.find((w) => w.id === 'message'), dismiss = bar.find((w) => w.id === 'message.dismiss');
  assert(message.h <= dismiss.h + 0.5, `the message takes more than one line (${message.h} px beside a ${dismiss.h} px button)`);
  await screenshot(page, 'phone-bar');

  for (const screen of SCREENS) {
    s = await go(screen);
    await waitForFrames(page, 2, { timeout: 1000, soft: true });
    await checkFits(screen);
    await screenshot(page, `phone-${screen}`);
  }

  // A tap on a text field focuses the hidden input (the phone's keyboard opens), typed text lands.
  s = await go('joblog');
  const count = s.joblog;
  await tap('joblog.add');
  await tap('joblog.employer');
  await page.waitForFunction(() => document.activeElement?.id === 'jobbplan-text', null, { timeout: 5000 })
    .catch(() => { throw new Error('a tap on a text field did not focus #jobbplan-text (no keyboard would open)'); });
  await checkFits('joblog form');
  await page.keyboard.insertText('Ærø Å');
  await waitForFrames(page, 2, { timeout: 2000, soft: true });
  await screenshot(page, 'phone-joblog-typed');
  await tap('joblog.save');
  s = await until(page, 'the saved entry', (x) => x.joblog === count + 1);
  // The keyboard closes when no field is edited.
  await page.waitForFunction(() => document.activeElement?.id !== 'jobbplan-text', null, { timeout: 5000 })
    .catch(() => { throw new Error('#jobbplan-text kept the focus after the form closed'); });

  // The letters arrived intact: the exported file has them.
  await go('exchange');
  const exportButton = await reveal('exchange.export');
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 10000 }),
    page.touchscreen.tap(exportButton.x + exportButton.w / 2, exportButton.y + exportButton.h / 2),
  ]);
  fs.mkdirSync(t.artifactsDir, { recursive: true });
  const file = path.join(t.artifactsDir, 'phone-export.json');
  await download.saveAs(file);
  const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
  const employers = exported.profile.joblog.map((e) => e.employer);
  assert(employers.includes('Ærø Å'), `the typed employer is not in the export: ${JSON.stringify(employers)}`);
}, PHONE);
