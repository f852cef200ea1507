// Keyboard only, no mouse and no arrow keys: Tab, Shift+Tab, Enter, Space and Escape reach and press
// every widget needed to pick a persona, open the joblog, add an application and save it. After a
// screen change the focus is on the new screen's content and #a11y-live names the screen. Every focused widget's label is
// announced in the #a11y-live region, and a visible focus ring is drawn around the focused button.
import fs from 'node:fs';
import path from 'node:path';
import { run, openReady, until, widgets, waitForFrames, screenshot, decodePng, assert, repoRoot } from './lib.mjs';

const ui = JSON.parse(fs.readFileSync(path.join(repoRoot, 'assets', 'i18n', 'en', 'ui.json'), 'utf8'));

await run('keyboard', async (t) => {
  const page = t.page;
  await openReady(t);
  const heard = [];
  const live = async () => {
    const text = await page.evaluate(() => document.getElementById('a11y-live')?.textContent || '');
    if (text && heard[heard.length - 1] !== text) heard.push(text);
    return text;
  };
  const press = async (key) => {
    await page.keyboard.press(key);
    await waitForFrames(page, 3, { timeout: 1500, soft: true });
  };

  // Moves the keyboard focus with Tab alone (no arrows) until the test hook says `id` has it.
  async function tabTo(id, key = 'Tab') {
    for (let i = 0; i < 80; ++i) {
      const list = await widgets(page);
      await live();
      const target = list.find((w) => w.id === id && w.focused);
      if (target) return target;
      await press(key);
    }
    throw new Error(`${key} never reached ${id} (heard: ${heard.slice(-8).join(' | ')})`);
  }
  const focusedId = async () => (await widgets(page)).filter((w) => w.focused).map((w) => w.id);
  // After a screen change the live region names the new screen, and the focus is on its content.
  async function arrived(screenKey) {
    const title = `${ui['ui.app.title']}: ${ui[screenKey]}`;
    for (let i = 0; i < 10 && !(await live()).startsWith(title); ++i) await waitForFrames(page, 1, { timeout: 500, soft: true });
    assert((await live()).startsWith(title), `the new screen was not announced: "${await live()}", expected "${title}"`);
    const f = await focusedId();
    assert(f.length === 1 && !f[0].startsWith('nav.'), `the focus did not move to the new screen's content: ${JSON.stringify(f)}`);
    return f[0];
  }

  // Tab starts keyboard navigation on the first button.
  await press('Tab');
  const first = await live();
  assert(first, 'Tab announced nothing in #a11y-live');
  const firstFocus = await focusedId();
  assert(firstFocus.length === 1, `Tab focused ${JSON.stringify(firstFocus)}, not one widget`);
  // Tab then Shift+Tab comes back to the same widget.
  await press('Tab');
  const second = await focusedId();
  assert(second.length === 1 && second[0] !== firstFocus[0], `Tab did not move on from ${firstFocus[0]}: ${JSON.stringify(second)}`);
  await press('Shift+Tab');
  assert((await focusedId())[0] === firstFocus[0], `Shift+Tab did not go back to ${firstFocus[0]}`);

  // The persona: reached with Tab, pressed with Enter.
  const persona = await tabTo('example.dk-dagpenge');
  assert((await live()) === persona.label, 'the persona button was not announced');
  const png = decodePng(await screenshot(page, 'keyboard-focus-persona'));
  const band = (w) => {  // pixels just above a widget, where the focus ring goes
    const out = [];
    const x = Math.round(w.x + w.w / 2);
    for (let y = Math.round(w.y) - 8; y < Math.round(w.y); ++y) {
      if (y < 0) continue;
      const i = (y * png.width + x) * 4;
      out.push([png.data[i], png.data[i + 1], png.data[i + 2]]);
    }
    return out;
  };
  const dark = (px) => px.some(([r, g, b]) => r + g + b < 200);
  const accent = (px) => px.some(([r, g, b]) => b > r + 60);
  assert(dark(band(persona)) && accent(band(persona)), `no focus ring around the focused button: ${JSON.stringify(band(persona))}`);
  const other = (await widgets(page)).find((w) => w.id === 'nav.settings');  // far from the focus
  assert(!dark(band(other)) && !accent(band(other)), `an unfocused button also has a ring: ${JSON.stringify(band(other))}`);
  await press('Enter');
  let s = await until(page, 'the persona', (x) => x.system === 'dk' && x.report && x.screen === 'overview');
  await arrived('ui.nav.overview');

  // The joblog: reached with Tab (round past the end of the overview), opened with Space.
  await tabTo('nav.joblog');
  await press('Space');
  s = await until(page, 'the joblog', (x) => x.screen === 'joblog');
  const landed = await arrived('ui.nav.joblog');
  assert(landed === 'joblog.add', `the joblog's first widget is joblog.add, the focus went to ${landed}`);
  const count = s.joblog;
  await tabTo('joblog.add');
  await press('Enter');
  await waitForFrames(page, 2, { timeout: 1000, soft: true });
  assert((await widgets(page)).some((w) => w.id === 'joblog.employer'), 'Enter on "Add" did not open the form');

  // Tab reaches the text fields too; each is announced with its label and is ready for typing.
  const employer = `${ui['ui.joblog.employer']}:`;
  for (let i = 0; i < 20 && !(await live()).startsWith(employer); ++i) await press('Tab');
  assert((await live()).startsWith(employer), `Tab never reached the employer field (heard: ${heard.slice(-6).join(' | ')})`);
  assert(await page.evaluate(() => document.activeElement?.id === 'jobbplan-text'), 'the employer field is not taking text');
  await page.keyboard.type('Tangent Åbo', { delay: 20 });
  await press('Enter');  // ends the edit, keeps the text, presses nothing else
  await waitForFrames(page, 2, { timeout: 1000, soft: true });
  assert(await page.evaluate(() => document.activeElement?.id !== 'jobbplan-text'), 'Enter did not end the text edit');
  s = await until(page, 'still the form', () => true);
  assert(s.joblog === count, 'Enter in a text field saved the form');

  // Shift+Tab goes back a field (the employer kept its text); Escape leaves a field.
  const title = `${ui['ui.joblog.job_title']}:`;
  for (let i = 0; i < 20 && !(await live()).startsWith(title); ++i) await press('Tab');
  assert((await live()).startsWith(title), 'Tab never reached the job title field');
  await page.keyboard.type('Kock', { delay: 20 });
  await press('Shift+Tab');
  assert((await live()) === `${employer} Tangent Åbo`, `Shift+Tab did not go back to the employer field (heard "${await live()}")`);
  await press('Escape');
  assert(await page.evaluate(() => document.activeElement?.id !== 'jobbplan-text'), 'Escape did not leave the text field');

  // Save with Space.
  await tabTo('joblog.save');
  await screenshot(page, 'keyboard-focus-save');
  await press('Space');
  s = await until(page, 'the saved entry', (x) => x.joblog === count + 1);
  await screenshot(page, 'keyboard-saved');
  assert(heard.length >= 5, `too few announcements: ${heard.join(' | ')}`);
});
