// "Today" is the jobseeker's own date: just after midnight in Helsinki it is already Monday of the
// next ISO week there, while in Copenhagen and Stockholm it is still Sunday evening.
import { run, open, waitForFirstFrame, snapshot, assert } from './lib.mjs';

const instant = new Date('2026-11-29T22:30:00Z');  // Sunday 23:30 CET = Monday 00:30 EET
for (const [zone, expected] of [['Europe/Helsinki', '2026-11-30'], ['Europe/Copenhagen', '2026-11-29'], ['Europe/Stockholm', '2026-11-29']]) {
  await run(`midnight_${zone.split('/')[1].toLowerCase()}`, async (t) => {
    await t.page.clock.setFixedTime(instant);
    await open(t, '?nosw');
    await waitForFirstFrame(t.page);
    const s = await snapshot(t.page);
    assert(s.today === expected, `in ${zone} today is ${s.today}, expected ${expected}`);
  }, { timezoneId: zone });
}
