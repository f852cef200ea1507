// Sweden (Trelleborg): the five-section plan, signing within 48 hours, the broken-plan ladder.
import { journey } from './journey.mjs';
import { assert } from './lib.mjs';

await journey('se', 'se-trelleborg', (report) => {
  assert(report.system === 'se-trelleborg', `system ${report.system}`);
  const sections = report.plan.map((s) => s.key);
  for (const k of ['nulage', 'malsattning', 'kompetens', 'overenskommelse', 'uppfoljning'])
    assert(sections.some((s) => s.includes(k)), `plan section ${k} missing: ${sections}`);
  assert(report.obligations.length >= 5, 'active-jobseeker obligations missing');
});
