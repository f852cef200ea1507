// A person fills in the joblog form field after field, clicking (or tapping) straight from one
// text field into the next and typing, never clicking empty space in between. Every field's text
// must arrive: the desktop bug was a caret shown in the second field while the typed letters went
// nowhere (the canvas took the DOM focus from the hidden text input), so exports held empty job
// titles and dates. Used by field_to_field_desktop.test.mjs and field_to_field_phone.test.mjs.
import { run, openReady, until, waitForFrames, waitForWidget, widgets, revealWidget, clickWidget, storedDocument, screenshot, assert } from './lib.mjs';

export function fieldToField(name, opts, { touch }) {
  return run(name, async (t) => {
    const page = t.page;
    await openReady(t);
    const H = opts.viewport.height;
    const find = async (id) => (await widgets(page)).find((w) => w.id === id);
    async function reveal(id) {
      if (!touch) return revealWidget(page, id);
      for (let i = 0; i < 30; ++i) {
        const w = await find(id);
        if (w && w.shown) return w;
        const box = opts.viewport;
        // A finger drag scrolls (the phone has no wheel).
        const cdp = await t.context.newCDPSession(page);
        const [y0, y1] = !w || w.y + w.h > H ? [H * 0.85, H * 0.45] : [H * 0.45, H * 0.85];
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: box.width / 2, y: y0 }] });
        for (let k = 1; k <= 6; ++k) {
          await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: box.width / 2, y: y0 + ((y1 - y0) * k) / 6 }] });
          await waitForFrames(page, 1, { timeout: 500, soft: true });
        }
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
        await waitForFrames(page, 2, { timeout: 1000, soft: true });
        await cdp.detach();
      }
      throw new Error(`could not drag ${id} into view`);
    }
    const press = async (id) => {
      const w = await reveal(id);
      if (touch) {
        await page.touchscreen.tap(w.x + w.w / 2, w.y + w.h / 2);
        await waitForFrames(page, 3, { timeout: 2000, soft: true });
      } else {
        await clickWidget(page, id);
      }
    };
    const nav = async (screen) => {
      if (!(await find(`nav.${screen}`))) await press('nav.menu');
      await press(`nav.${screen}`);
      return until(page, `screen ${screen}`, (x) => x.screen === screen);
    };

    await press('example.dk-dagpenge');
    await until(page, 'the persona', (s) => s.system === 'dk' && s.report);
    await press('sandbox.keep');  // a persona opens to look at; kept, it is the stored profile
    const s0 = await until(page, 'the persona kept', (s) => !s.sandbox && s.system === 'dk');
    await nav('joblog');
    await press('joblog.add');
    await waitForWidget(page, 'joblog.employer');

    // Straight from field to field: click, type; click the next, type ...
    const fields = [
      ['joblog.employer', 'Bageriet Øst'],
      ['joblog.job_title', 'Bager'],
      ['joblog.contact', 'Åse Ærø'],
    ];
    const typeText = async (text) => {
      // A phone's on-screen keyboard inserts text; a desktop keyboard sends key presses.
      if (touch) await page.keyboard.insertText(text);
      else await page.keyboard.type(text, { delay: 15 });
    };
    for (const [id, text] of fields) {
      await press(id);
      await typeText(text);
      await waitForFrames(page, 2, { timeout: 2000, soft: true });
    }
    // The date field holds today's date: go to its end, erase it and type another. The twelve
    // Backspaces come faster than frames (a held key, a fast finger, a loaded machine): each must
    // still count once, and the date typed straight after them must land after them.
    await press('joblog.date');
    // A person sees the caret before typing: let the tap reach the field first.
    await waitForFrames(page, 3, { timeout: 3000, soft: true });
    await page.keyboard.press('End');
    for (let i = 0; i < 12; ++i) await page.keyboard.press('Backspace');
    await page.keyboard.type(s0.today.slice(0, 8) + '01');
    await waitForFrames(page, 2, { timeout: 2000, soft: true });
    await screenshot(page, `${name}-date`);
    // The notes last, mended with quick Backspaces, and Save at once, as a quick finger does: the
    // keys still waiting for their frames must reach the notes before the tap reaches Save (on a
    // loaded phone a tap once overtook typed keys, and a half-typed form was refused).
    await reveal('joblog.save');  // scrolled down to the end of the form, where Save is
    await press('joblog.notes');
    await typeText('Ringede først xyz');
    for (let i = 0; i < 4; ++i) await page.keyboard.press('Backspace');
    const save = await find('joblog.save');
    assert(save && save.shown, 'Save is not in view under the notes');
    if (touch) await page.touchscreen.tap(save.x + save.w / 2, save.y + save.h / 2);
    else await clickWidget(page, 'joblog.save');
    await until(page, 'the saved entry', (s) => s.joblog === s0.joblog + 1);
    await screenshot(page, `${name}-saved`);

    let entry;
    for (let i = 0; i < 30 && !entry; ++i) {
      const doc = (await storedDocument(page)).doc;
      entry = doc?.profile.joblog.find((e) => e.employer === 'Bageriet Øst');
      if (!entry) await new Promise((r) => setTimeout(r, 100));
    }
    assert(entry, 'the entry was not stored with its employer');
    assert(entry.job_title === 'Bager', `job title stored as ${JSON.stringify(entry.job_title)}`);
    assert(entry.contact === 'Åse Ærø', `contact stored as ${JSON.stringify(entry.contact)}`);
    assert(entry.notes === 'Ringede først', `notes stored as ${JSON.stringify(entry.notes)}`);
    assert(entry.date === s0.today.slice(0, 8) + '01', `date stored as ${JSON.stringify(entry.date)}`);
  }, opts);
}
