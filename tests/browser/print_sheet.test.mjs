// Issue 14.5: the meeting sheet prints on A4 without cut-off text. The caseworker opens a persona,
// presses "Print" on the exchange screen; the sheet opens in its own window, is printed to PDF by
// Chromium, and no element reaches past the A4 text width (210 mm less the 14 mm margins).
import fs from 'node:fs';
import path from 'node:path';
import { run, openReady, until, clickWidget, revealWidget, artifactsDir, assert } from './lib.mjs';

const A4_TEXT_PX = Math.floor(((210 - 2 * 14) / 25.4) * 96);  // 688 CSS px

for (const lang of ['da', 'fi']) {
  await run(`print_sheet_${lang}`, async (t) => {
    const page = t.page;
    await openReady(t);
    await clickWidget(page, `lang.${lang}`);
    await until(page, 'the language', (s) => s.language === lang);
    await revealWidget(page, 'example.dk-dagpenge');
    await clickWidget(page, 'example.dk-dagpenge');
    await until(page, 'the persona', (s) => s.system === 'dk' && s.report);
    await clickWidget(page, 'nav.exchange');
    await until(page, 'the exchange screen', (s) => s.screen === 'exchange');
    await revealWidget(page, 'exchange.print');
    // The browser's print dialog is the one thing a test cannot press: it is noted instead, and
    // Chromium's own print-to-PDF below prints the sheet as the dialog would.
    await t.context.addInitScript(() => { window.print = () => { window.jobbplanPrinted = true; }; });
    const [sheet] = await Promise.all([t.context.waitForEvent('page', { timeout: 10000 }), clickWidget(page, 'exchange.print')]);
    await sheet.waitForLoadState('load');
    await sheet.waitForFunction(() => window.jobbplanPrinted === true, null, { timeout: 5000 });
    await sheet.emulateMedia({ media: 'print' });
    await sheet.setViewportSize({ width: A4_TEXT_PX, height: 1100 });
    const lang_ = await sheet.evaluate(() => document.documentElement.lang);
    assert(lang_ === lang, `the sheet is in ${lang_}, not ${lang}`);
    const overflow = await sheet.evaluate((limit) => {
      const out = [];
      for (const el of document.body.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && r.right > limit + 1) out.push(`${el.tagName} ${Math.round(r.right)}: ${el.textContent.slice(0, 40)}`);
      }
      return out;
    }, A4_TEXT_PX);
    assert(overflow.length === 0, `cut off on A4: ${overflow.slice(0, 5).join(' | ')}`);
    const text = await sheet.evaluate(() => document.body.innerText);
    assert(!text.includes('{'), 'a raw placeholder on the sheet');
    fs.mkdirSync(artifactsDir, { recursive: true });
    const pdf = path.join(artifactsDir, `meeting-sheet-${lang}.pdf`);
    await sheet.pdf({ path: pdf, format: 'A4', margin: { top: '14mm', bottom: '16mm', left: '14mm', right: '14mm' } });
    const bytes = fs.readFileSync(pdf);
    assert(bytes.subarray(0, 5).toString() === '%PDF-', 'no PDF was written');
    const pages = (bytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
    assert(pages >= 2 && pages <= 8, `the sheet prints on ${pages} pages`);
    await sheet.screenshot({ path: path.join(artifactsDir, `meeting-sheet-${lang}.png`), fullPage: true });
  });
}
