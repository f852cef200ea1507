// Screen readers: when Tab reaches a form field, #a11y-live says its label, what it holds and the
// help line under it; a field's error is said with it too, so a user who cannot see the red line
// still learns what to fix.
import fs from 'node:fs';
import path from 'node:path';
import { run, openReady, until, widgets, waitForFrames, clickWidget, waitForWidget, assert, repoRoot } from './lib.mjs';

const ui = JSON.parse(fs.readFileSync(path.join(repoRoot, 'assets', 'i18n', 'en', 'ui.json'), 'utf8'));

await run('announce_help', async (t) => {
  const page = t.page;
  await openReady(t);
  await clickWidget(page, 'example.dk-dagpenge');
  await until(page, 'the persona', (s) => s.system === 'dk' && s.report);
  await clickWidget(page, 'nav.situation');
  await until(page, 'the situation', (s) => s.screen === 'situation');
  await waitForWidget(page, 'situation.registered_on');
  const live = () => page.evaluate(() => document.getElementById('a11y-live')?.textContent || '');
  const press = async (key) => { await page.keyboard.press(key); await waitForFrames(page, 3, { timeout: 1500, soft: true }); };

  let focused = null;
  for (let i = 0; i < 40 && focused !== 'situation.registered_on'; ++i) {
    await press('Tab');
    focused = (await widgets(page)).find((w) => w.focused)?.id;
  }
  assert(focused === 'situation.registered_on', `Tab never reached the registration date (last: ${focused})`);
  const said = await live();
  const label = ui['ui.situation.registered_on'], help = ui['ui.situation.registered_on_help.dk'];
  assert(said.startsWith(`${label}: 2026-09-07`), `the field's label and value were not said: "${said}"`);
  assert(said.includes(help), `the field's help was not said: "${said}"`);

  // A wrong date: its error is said with the field.
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText('2026-13-01');
  await waitForFrames(page, 4, { timeout: 2000, soft: true });
  const error = ui['ui.form.bad_date'].replace('{value}', '2026-13-01');
  let now = '';
  for (let i = 0; i < 10 && !now.includes(error); ++i) { now = await live(); await waitForFrames(page, 1, { timeout: 300, soft: true }); }
  assert(now.startsWith(`${label}: 2026-13-01`) && now.includes(error), `the error was not said with the field: "${now}"`);
});
