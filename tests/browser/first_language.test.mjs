// A first visit opens in the browser's language (a fi-FI browser in Finnish); once the person
// picks another, that choice is stored and wins over the browser on the next visit.
import { run, openReady, until, revealWidget, clickWidget, screenshot, assert } from './lib.mjs';

await run('first_language', async (t) => {
  const page = t.page;
  let s = await openReady(t);
  s = await until(page, 'Finnish', (x) => x.language === 'fi');
  await screenshot(page, 'first_language-fi');
  await page.reload({ waitUntil: 'load' });
  s = await openReady(t);
  assert(s.language === 'fi', `after a reload the page speaks ${s.language}`);
  await revealWidget(page, 'lang.sv');
  await clickWidget(page, 'lang.sv');
  await until(page, 'Swedish', (x) => x.language === 'sv');
  // The choice is written just after the frame; give it a moment, then come back.
  await new Promise((r) => setTimeout(r, 500));
  await page.reload({ waitUntil: 'load' });
  s = await openReady(t);
  await until(page, 'the stored choice', (x) => x.language === 'sv');
}, { locale: 'fi-FI' });
