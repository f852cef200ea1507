// Finland (municipal employment trial): the number agreed in the employment plan, at most 4 a month.
import fs from 'node:fs';
import path from 'node:path';
import { journey } from './journey.mjs';
import { assert, repoRoot } from './lib.mjs';

const example = JSON.parse(fs.readFileSync(path.join(repoRoot, 'assets', 'examples', 'fi-karleby.json'), 'utf8'));
await journey('fi', 'fi-karleby', (report) => {
  assert(report.system === 'fi', `system ${report.system}`);
  const p = report.periods[report.current_period];
  assert(p && p.kind === 'month', 'no current review month');
  assert(p.required === example.situation.agreed_applications_per_month && p.required <= 4,
         `required ${p.required}, agreed ${example.situation.agreed_applications_per_month}`);
  assert(report.consequences.steps.length >= 4, 'the reminder / 5 / 10 / loss ladder is missing');
});
