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
  const s = await until(page, 'the persona', (x) => x.system === 'dk' && x.report);
  const entries = s.joblog, events = s.events;

  // Delete the first listed item on a screen, as a person would, then take it back from the message.
  const deleteAndUndo = async (screen, prefix, count, before, message, formField) => {
    await click(`nav.${screen}`);
    await until(page, screen, (x) => x.screen === screen);
    const del = (await widgets(page)).find((w) => w.id.startsWith(prefix));
    assert(del, `no Delete button on ${screen}`);
    await click(del.id);
    const after = await until(page, 'the deletion', (x) => x[count] === before - 1);
    assert(after.message === message, `message ${after.message}`);
    assert(!(await widgets(page)).some((w) => w.id === formField), `Delete opened the form on ${screen}`);
    await waitForWidget(page, 'message.undo');
    await screenshot(page, `delete_and_undo-${screen}`);
    await click('message.undo');
    await until(page, 'the item back', (x) => x[count] === before);
  };
  await deleteAndUndo('joblog', 'joblog.delete.', 'joblog', entries, 'ui.msg.entry_deleted', 'joblog.employer');
  await deleteAndUndo('situation', 'event.delete.', 'events', events, 'ui.msg.event_deleted', 'event.type');
}, { viewport: { width: 1280, height: 800 } });
