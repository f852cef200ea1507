// Denmark (dagpenge, a-kasse model from 2024): at least 2 applications per ISO week in the joblog.
import { journey } from './journey.mjs';
import { assert } from './lib.mjs';

await journey('dk', 'dk-dagpenge', (report) => {
  assert(report.system === 'dk', `system ${report.system}`);
  const p = report.periods[report.current_period];
  assert(p && p.kind === 'iso_week', 'no current ISO week');
  assert(p.exempt || p.required === 2, `required ${p.required} a week, the seed says minimum 2`);
  assert(report.meetings.length === 6, `${report.meetings.length} job conversations, the seed says 6 in the first 6 months`);
});
