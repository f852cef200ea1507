// "Delete all my data" takes what is only typed, too (issue 15.6: what the screens hold between
// frames is one value, dropped on delete-all). An application half typed into the joblog form and
// never saved must not be waiting in the form of the next profile, nor end up in its first entry.
// Before, the form lived in a global of its screen and survived the deletion.
import { run, openReady, until, waitForFrames, waitForWidget, widgets, tap, typeInto, snapshot, storedDocument, screenshot, assert } from './lib.mjs';

await run('delete_all_forgets_forms', async (t) => {
  const page = t.page;
  await openReady(t);
  await tap(page, 'start.new.dk');
  await until(page, 'a new Danish profile', (s) => s.system === 'dk' && s.screen === 'situation');
  await tap(page, 'nav.joblog');
  await until(page, 'the joblog', (s) => s.screen === 'joblog');
  await tap(page, 'joblog.add');
  await waitForWidget(page, 'joblog.employer');
  await typeInto(page, 'joblog.employer', 'Halvskrevet');

  await tap(page, 'nav.settings');
  await until(page, 'settings', (s) => s.screen === 'settings');
  await tap(page, 'settings.delete_all');
  await waitForWidget(page, 'settings.delete_word');
  const word = { en: 'delete', sv: 'ta bort', da: 'slet', fi: 'poista' }[(await snapshot(page)).language];
  assert(word, 'unknown page language');
  await typeInto(page, 'settings.delete_word', word);
  await tap(page, 'settings.delete_yes');
  await until(page, 'everything deleted', (s) => s.message === 'ui.msg.deleted_all' && !s.system);

  // A new profile, in the same tab: its joblog form is closed and, opened, empty.
  await tap(page, 'start.new.dk');
  await until(page, 'a second new profile', (s) => s.system === 'dk' && s.screen === 'situation');
  await tap(page, 'nav.joblog');
  await until(page, 'its joblog', (s) => s.screen === 'joblog' && s.joblog === 0);
  await waitForFrames(page, 3, { timeout: 2000, soft: true });
  await screenshot(page, 'delete-all-forgets-forms');
  assert(!(await widgets(page)).some((w) => w.id === 'joblog.employer'), 'the form of before the deletion is still open');
  await tap(page, 'joblog.add');
  await waitForWidget(page, 'joblog.employer');
  await typeInto(page, 'joblog.employer', 'Ny');
  await tap(page, 'joblog.save');
  await until(page, 'the entry saved', (s) => s.joblog === 1);
  let employer;
  for (let i = 0; i < 40 && employer === undefined; ++i) {
    employer = (await storedDocument(page)).doc?.profile?.joblog?.[0]?.employer;
    if (employer === undefined) await new Promise((r) => setTimeout(r, 100));
  }
  assert(employer === 'Ny', `the first entry after the deletion has the employer ${JSON.stringify(employer)}, not what was typed after it`);
}, { viewport: { width: 1280, height: 800 } });
