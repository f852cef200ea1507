#!/usr/bin/env node
// Writes a valid Jobbplan profile with N joblog entries, for benchmarks (make bench).
//   node tests/bench/make_profile.mjs --entries 10000 --out build/bench/profile-10000.json [--system dk|fi|se]
//        [--until 2026-11-23]
// The situation, events and plan come from the system's example persona in assets/examples/
// (dk-dagpenge, fi-karleby, se-trelleborg); the joblog is replaced by N entries with unique ids
// ("b1".."bN"), spread evenly from the registration date to --until (default: the persona's last
// joblog date), with varied employers, titles, categories, channels and statuses.
// tests/bench/bench_report.cpp builds the same profiles in C++ for the native benchmarks.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const EXAMPLES = { dk: 'dk-dagpenge.json', fi: 'fi-karleby.json', se: 'se-trelleborg.json' };
export const EMPLOYERS = ['Coop Danmark', 'Region Hovedstaden', 'Carlsberg', 'Københavns Kommune', 'Ørsted', 'Netto',
  'Tivoli', 'Novo Nordisk', 'Salling Group', 'Mærsk', 'Åbo Akademi', 'Trelleborgs kommun', 'Posten Nord', 'ISS'];
export const TITLES = ['Butiksassistent', 'Lagermedarbejder', 'Laborant', 'Kundeservice', 'Projektassistent',
  'Lægesekretær', 'Chauffør', 'Rengøringsassistent', 'Kontorelev', 'Pædagogmedhjælper'];
const HOW = ['online', 'email', 'letter', 'in_person', 'phone', 'other'];
const STATUS = ['sent', 'interview', 'rejected', 'offer', 'withdrawn'];
const FI_CATEGORIES = ['fi.job_2_weeks', 'fi.offered_job', 'fi.more_hours', 'fi.entrepreneur', 'fi.job_market_profile',
  'fi.staffing_register', 'fi.kuntarekry', 'fi.open_application', 'fi.grant', 'fi.other_activity'];

const DAY = 86400000;
const parseDay = (s) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10));
const fmtDay = (ms) => new Date(ms).toISOString().slice(0, 10);

export function makeProfile(n, { system = 'dk', until } = {}) {
  const file = EXAMPLES[system];
  if (!file) throw new Error(`unknown system ${system} (dk, fi, se)`);
  const base = JSON.parse(fs.readFileSync(path.join(repoRoot, 'assets', 'examples', file), 'utf8'));
  const from = parseDay(base.situation.registered_on);
  const last = until ? parseDay(until)
    : Math.max(from, ...base.joblog.map((e) => parseDay(e.date)).filter((d) => d <= from + 3650 * DAY));
  const span = Math.max(1, Math.round((last - from) / DAY) + 1);
  const joblog = [];
  for (let i = 0; i < n; ++i) {
    const e = {
      id: `b${i + 1}`,
      date: fmtDay(from + Math.floor((i * span) / Math.max(1, n)) * DAY),
      employer: `${EMPLOYERS[i % EMPLOYERS.length]} ${1 + (i % 97)}`,
      job_title: TITLES[(i * 7) % TITLES.length],
    };
    if (system === 'fi') {
      e.category = FI_CATEGORIES[i % FI_CATEGORIES.length];
      e.advertised = e.category !== 'fi.open_application';
    } else {
      e.category = i % 3 === 2 ? 'unsolicited' : 'advertised';
      e.advertised = e.category === 'advertised';
    }
    if (i % 5 === 0) e.job_length_weeks = 4 + (i % 40);
    e.how_applied = HOW[i % HOW.length];
    e.status = STATUS[i % STATUS.length];
    if (i % 4 === 0) e.contact = `kontakt${i % 50}@example.org`;
    if (i % 10 === 0) e.notes = 'Opfølgning aftalt';
    joblog.push(e);
  }
  return { ...base, joblog };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 && i + 1 < args.length ? args[i + 1] : dflt;
  };
  const n = Number(opt('entries', '10000'));
  const out = opt('out', null);
  if (!Number.isInteger(n) || n < 0 || !out) {
    console.error('usage: make_profile.mjs --entries N --out FILE [--system dk|fi|se] [--until YYYY-MM-DD]');
    process.exit(2);
  }
  const profile = makeProfile(n, { system: opt('system', 'dk'), until: opt('until', undefined) });
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(profile, null, 1));
  console.log(`${out}: ${n} entries (${profile.situation.system})`);
}
