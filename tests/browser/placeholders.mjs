// No screen shows a raw {placeholder}: every example persona, every screen, in the given languages.
// The page reports each sentence it drew with a {name} left unfilled (jobbplanTest.unfilled()), and
// the screen-reader mirror is read as text. Used by placeholders_<lang>.test.mjs.
import { run, openReady, until, widgets, revealWidget, clickWidget, assert } from './lib.mjs';

const PERSONAS = ['dk-dagpenge', 'dk-kontanthjaelp', 'fi-karleby', 'fi-borga', 'se-trelleborg', 'se-trelleborg-service'];
const SCREENS = ['overview', 'situation', 'joblog', 'calendar', 'plan', 'exchange', 'settings'];

export function placeholders(name, langs) {
  return run(name, async (t) => {
    const page = t.page;
    await openReady(t);
    const click = async (id) => { await revealWidget(page, id); return clickWidget(page, id); };
    const problems = [];
    for (const lang of langs) {
      for (const persona of PERSONAS) {
        if ((await widgets(page)).some((w) => w.id === 'nav.start')) {
          await click('nav.start');
          await until(page, 'start', (x) => x.screen === 'start');
        }
        await click(`lang.${lang}`);
        await until(page, lang, (x) => x.language === lang);
        await click(`example.${persona}`);
        await until(page, persona, (x) => x.report && x.screen === 'overview');
        for (const screen of SCREENS) {
          await click(`nav.${screen}`);
          await until(page, screen, (x) => x.screen === screen);
          const mirror = await page.evaluate(() => document.getElementById('a11y-mirror')?.textContent || '');
          const m = mirror.match(/[^.\n]*\{[a-z_]+\}[^.\n]*/);
          if (m) problems.push(`${lang} ${persona} ${screen} mirror: ${m[0].trim()}`);
        }
      }
    }
    const unfilled = JSON.parse(await page.evaluate(() => window.jobbplanTest.unfilled()));
    for (const u of unfilled) problems.push(`drawn: ${u}`);
    assert(problems.length === 0, `raw placeholders:\n  ${problems.join('\n  ')}`);
  }, { viewport: { width: 1280, height: 800 } });
}
