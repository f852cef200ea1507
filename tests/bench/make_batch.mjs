#!/usr/bin/env node
// Writes N valid Jobbplan profile files into a folder, for the `check` benchmark (make bench):
//   node tests/bench/make_batch.mjs --files 10000 --out build/bench/check-batch [--until 2026-11-23]
// Files are spread over the three systems' personas (dk, fi, se) with 1 to 60 joblog entries each
// (tests/bench/make_profile.mjs builds them), in subfolders of 1,000 as a caseworker's export
// folder might be. Only 3 x 60 distinct documents are built; every file is one of them written
// again, so 10,000 files take about a second. The folder is emptied first.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeProfile } from './make_profile.mjs';

const SYSTEMS = ['dk', 'fi', 'se'];
const MAX_ENTRIES = 60;

export function makeBatch(files, out, { until } = {}) {
  fs.rmSync(out, { recursive: true, force: true });
  const texts = new Map();
  const text = (system, n) => {
    const key = `${system}/${n}`;
    if (!texts.has(key)) texts.set(key, JSON.stringify(makeProfile(n, { system, until }), null, 1));
    return texts.get(key);
  };
  const written = [];
  for (let i = 0; i < files; ++i) {
    const dir = path.join(out, `part-${String(Math.floor(i / 1000)).padStart(3, '0')}`);
    if (i % 1000 === 0) fs.mkdirSync(dir, { recursive: true });
    const system = SYSTEMS[i % SYSTEMS.length];
    const file = path.join(dir, `profile-${String(i).padStart(6, '0')}-${system}.json`);
    fs.writeFileSync(file, text(system, 1 + ((i * 7) % MAX_ENTRIES)));
    written.push(file);
  }
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 && i + 1 < args.length ? args[i + 1] : dflt;
  };
  const n = Number(opt('files', '10000'));
  const out = opt('out', null);
  if (!Number.isInteger(n) || n < 1 || !out) {
    console.error('usage: make_batch.mjs --files N --out DIR [--until YYYY-MM-DD]');
    process.exit(2);
  }
  const t0 = Date.now();
  makeBatch(n, path.resolve(out), { until: opt('until', undefined) });
  console.log(`${out}: ${n} profiles in ${Date.now() - t0} ms`);
}
