// Deleting is a click on "Delete" and nothing else: in the joblog the row's Delete used to open the
// edit form instead (the row under it took the click). After a delete the message itself offers
// Undo, on every screen: the event list has no Undo button of its own, and "choose Undo" pointed
// at nothing there.
import { run, openReady, until, widgets, revealWidget, clickWidget, waitForWidget, screenshot, assert } from './lib.mjs';

await run('delete_and_undo', async (t) => {
  const page = t.page;
  await openReady(t);
  const click = async (id) => { await revealWidget(page, id); return clickWidget(page, id); };
  await click('example.dk-dagpenge');
  let s = await until(page, 'the persona', (x) => x.system === 'dk' && x.report);
  const entries = s.joblog, events = s.events;

  await click('nav.joblog');
  await until(page, 'the joblog', (x) => x.screen === 'joblog');
  const del = (await widgets(page)).find((w) => w.id.startsWith('joblog.delete.'));
  assert(del, 'no Delete button in the joblog');
  await click(del.id);
  s = await until(page, 'the entry deleted', (x) => x.joblog === entries - 1);
  assert(s.message === 'ui.msg.entry_deleted', `message ${s.message}`);
  assert(!(await widgets(page)).some((w) => w.id === 'joblog.employer'), 'Delete opened the edit form');
  await waitForWidget(page, 'message.undo');
  await screenshot(page, 'delete_and_undo-joblog');
  await click('message.undo');
  s = await until(page, 'the entry back', (x) => x.joblog === entries);

  await click('nav.situation');
  await until(page, 'my situation', (x) => x.screen === 'situation');
  const delEvent = (await widgets(page)).find((w) => w.id.startsWith('event.delete.'));
  assert(delEvent, 'no Delete button for events');
  await click(delEvent.id);
  s = await until(page, 'the event deleted', (x) => x.events === events - 1);
  assert(s.message === 'ui.msg.event_deleted', `message ${s.message}`);
  assert(!(await widgets(page)).some((w) => w.id === 'event.type'), 'Delete opened the event form');
  await waitForWidget(page, 'message.undo');
  await screenshot(page, 'delete_and_undo-event');
  await click('message.undo');
  await until(page, 'the event back', (x) => x.events === events);
}, { viewport: { width: 1280, height: 800 } });
