// Shared harness for Jobbplan's browser tests: an in-process static server for the assembled site,
// Debian's /usr/bin/chromium driven by playwright-core (never a downloaded browser), error
// collection, and helpers that talk to the app's test hook (window.jobbplanTest).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { startServer } from './static_server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '..', '..');

// playwright-core is CommonJS: load it with require so NODE_PATH is honoured too, then fall back
// to the repository's node_modules.
function loadPlaywright() {
  const req = createRequire(import.meta.url);
  try {
    return req('playwright-core');
  } catch (first) {
    try {
      return req(req.resolve('playwright-core', { paths: [path.join(repoRoot, 'node_modules')] }));
    } catch {
      throw new Error(`playwright-core not found (run \`npm ci\` in ${repoRoot}): ${first.message}`);
    }
  }
}

// Positional arguments: [SITE_DIR] [ARTIFACTS_DIR]; env vars take precedence.
const argv = process.argv.slice(2).filter((a) => !a.startsWith('--'));
export const siteDir = path.resolve(process.env.JOBBPLAN_SITE || argv[0] || path.join(repoRoot, 'build', 'site'));
export const artifactsDir = path.resolve(process.env.JOBBPLAN_ARTIFACTS || argv[1] || path.join(repoRoot, 'build', 'artifacts'));
export const chromiumPath = process.env.JOBBPLAN_CHROMIUM || '/usr/bin/chromium';
const FIRST_FRAME_TIMEOUT = Number(process.env.JOBBPLAN_FIRST_FRAME_TIMEOUT_MS || 30000);
const TEST_TIMEOUT = Number(process.env.JOBBPLAN_TEST_TIMEOUT_MS || 100000);

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-domain-reliability',
  '--disable-breakpad',
  '--metrics-recording-only',
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

// Starts the server and a fresh Chromium profile. Returns the test context `t`.
//   opts.viewport   {width, height} (default 1024x768)
//   opts.dpr        deviceScaleFactor (default 1)
//   opts.serviceWorkers  'allow' | 'block' (default 'allow')
//   opts.hasTouch, opts.isMobile   phone emulation (touch events, mobile viewport)
//   opts.colorScheme 'light' | 'dark' | 'no-preference', opts.reducedMotion 'reduce' | 'no-preference'
export async function launch(opts = {}) {
  if (!fs.existsSync(path.join(siteDir, 'index.html'))) {
    throw new Error(`no site at ${siteDir} (build it first, or set JOBBPLAN_SITE)`);
  }
  if (!fs.existsSync(chromiumPath)) throw new Error(`${chromiumPath} missing (apt-get install chromium)`);
  const { chromium } = loadPlaywright();
  const t = { errors: [], requests: [], warnings: [], siteDir, artifactsDir };
  t.server = await startServer({ root: siteDir, port: 0, host: '127.0.0.1' });
  t.url = t.server.url;
  t.origin = new URL(t.url).origin;
  t.userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobbplan-chromium-'));
  t.context = await chromium.launchPersistentContext(t.userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: opts.viewport || { width: 1024, height: 768 },
    deviceScaleFactor: opts.dpr || 1,
    serviceWorkers: opts.serviceWorkers || 'allow',
    locale: opts.locale || 'en-GB',
    timezoneId: opts.timezoneId || 'Europe/Stockholm',
    ...(opts.hasTouch !== undefined ? { hasTouch: opts.hasTouch } : {}),
    ...(opts.isMobile !== undefined ? { isMobile: opts.isMobile } : {}),
    ...(opts.colorScheme !== undefined ? { colorScheme: opts.colorScheme } : {}),
    ...(opts.reducedMotion !== undefined ? { reducedMotion: opts.reducedMotion } : {}),
  });
  t.expectedFailures = new Set(); // URLs a test expects to fail (e.g. while offline)
  t.allowedOrigins = new Set(); // other local servers a test starts itself (e.g. a framing page)
  t.ignoreErrors = []; // regexps of console errors a test expects
  const record = (what) => t.errors.push(what);
  const watchPage = (page) => {
    page.on('console', (msg) => {
      const text = msg.text();
      if (msg.type() === 'error') {
        if (!t.ignoreErrors.some((re) => re.test(text))) record(`console.error: ${text}`);
      } else if (msg.type() === 'warning') {
        t.warnings.push(text);
      }
    });
    page.on('pageerror', (err) => record(`page error: ${err.message}`));
    page.on('crash', () => record('page crashed'));
  };
  for (const p of t.context.pages()) watchPage(p);
  t.context.on('page', watchPage);
  t.context.on('request', (req) => {
    const u = req.url();
    t.requests.push(u);
    if (!u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== t.origin && !t.allowedOrigins.has(new URL(u).origin)) {
      record(`request to another origin: ${req.method()} ${u}`);
    }
  });
  t.context.on('requestfailed', (req) => {
    const why = req.failure()?.errorText || 'failed';
    if (why === 'net::ERR_ABORTED') return; // cancelled by a navigation or reload, not a failure
    if (t.expectedFailures.has(req.url())) return;
    record(`request failed: ${req.method()} ${req.url()} (${why})`);
  });
  t.context.on('response', (res) => {
    if (res.status() >= 400) record(`HTTP ${res.status()}: ${res.request().method()} ${res.url()}`);
  });
  t.page = t.context.pages()[0] || (await t.context.newPage());
  return t;
}

export async function close(t) {
  if (!t) return;
  try { await t.context?.close(); } catch { /* already gone */ }
  try { await new Promise((r) => t.server ? t.server.close(r) : r()); } catch { /* ignore */ }
  try { t.server?.closeAllConnections?.(); } catch { /* ignore */ }
  try { fs.rmSync(t.userDataDir, { recursive: true, force: true }); } catch { /* ignore */ }
}

// Opens the site (query like '?nosw'), waiting for the load event.
export async function open(t, query = '') {
  await t.page.goto(t.url + query, { waitUntil: 'load', timeout: FIRST_FRAME_TIMEOUT });
}

// Waits for window.jobbplanTest.ready (set by the app after its first rendered frame).
export async function waitForFirstFrame(page, timeout = FIRST_FRAME_TIMEOUT) {
  // An uncaught page error (e.g. an Emscripten abort) ends the wait at once instead of after `timeout`.
  let onError;
  const crashed = new Promise((_, reject) => {
    onError = (err) => reject(new Error(`page error before the first frame: ${err.message}`));
    page.on('pageerror', onError);
  });
  try {
    await Promise.race([
      page.waitForFunction(() => window.jobbplanTest?.ready === true, null, { timeout, polling: 100 })
        .catch(() => { throw new Error(`no first frame within ${timeout} ms (window.jobbplanTest.ready never became true)`); }),
      crashed,
    ]);
  } finally {
    page.off('pageerror', onError);
    crashed.catch(() => {});
  }
  return page.evaluate(() => window.jobbplanTest.frames);
}

// Waits until `n` more frames have been rendered. With soft=true a timeout is not an error
// (the app renders only when something happened).
export async function waitForFrames(page, n = 1, { timeout = 5000, soft = false } = {}) {
  const start = await page.evaluate(() => window.jobbplanTest?.frames ?? 0);
  try {
    await page.waitForFunction((target) => (window.jobbplanTest?.frames ?? 0) >= target, start + n,
      { timeout, polling: 'raf' });
  } catch (e) {
    if (!soft) throw new Error(`${n} more frame(s) not rendered within ${timeout} ms`);
  }
}

export async function snapshot(page) {
  return JSON.parse(await page.evaluate(() => window.jobbplanTest.snapshot()));
}

export async function widgets(page) {
  return JSON.parse(await page.evaluate(() => window.jobbplanTest.widgets()));
}

// Clicks the centre of the widget with the given id (rects are CSS pixels relative to the canvas).
// ImGui needs a frame with the mouse over the widget, one with the button down and one after.
export async function clickWidget(page, id) {
  // A person aims at where the widget is now: when the layout moves under the pointer (a message
  // appears above, the window scrolls to a focused item) they aim again before pressing. On a
  // loaded machine that move can land between reading the map and pressing.
  const box = await page.locator('#canvas').boundingBox();
  let w = null;
  for (let i = 0; i < 10; ++i) {
    const list = await widgets(page);
    const now = list.find((x) => x.id === id);
    if (!now) throw new Error(`no widget "${id}" (have: ${list.map((x) => x.id).join(', ') || 'none'})`);
    if (w && Math.abs(now.x - w.x) < 1 && Math.abs(now.y - w.y) < 1) break;
    w = now;
    await page.mouse.move(box.x + w.x + w.w / 2, box.y + w.y + w.h / 2);
    await waitForFrames(page, 2, { timeout: 2000, soft: true });
  }
  await page.mouse.down();
  await waitForFrames(page, 2, { timeout: 2000, soft: true });
  await page.mouse.up();
  await waitForFrames(page, 2, { timeout: 2000, soft: true });
  return w;
}

// Saves a PNG of the page under the artifacts folder; returns the buffer.
export async function screenshot(page, name) {
  fs.mkdirSync(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, name.endsWith('.png') ? name : `${name}.png`);
  return page.screenshot({ path: file });
}

// --- Minimal PNG decoder (8-bit greyscale/RGB/grey+alpha/RGBA, palette, non-interlaced) ---
export function decodePng(buf) {
  const SIG = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  if (!buf.subarray(0, 8).equals(SIG)) throw new Error('not a PNG');
  let pos = 8, width = 0, height = 0, depth = 0, ctype = 0, interlace = 0, palette = null;
  const idat = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('latin1', pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0); height = data.readUInt32BE(4);
      depth = data[8]; ctype = data[9]; interlace = data[12];
    } else if (type === 'PLTE') palette = data;
    else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    pos += 12 + len;
  }
  if (depth !== 8 || interlace !== 0) throw new Error(`unsupported PNG (depth ${depth}, interlace ${interlace})`);
  const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[ctype];
  if (!channels) throw new Error(`unsupported PNG colour type ${ctype}`);
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const cur = Buffer.alloc(stride), prev = Buffer.alloc(stride);
  const rgba = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    const off = y * (stride + 1);
    const filter = raw[off];
    for (let i = 0; i < stride; i++) {
      const x = raw[off + 1 + i];
      const a = i >= channels ? cur[i - channels] : 0;
      const b = prev[i];
      const c = i >= channels ? prev[i - channels] : 0;
      let v;
      switch (filter) {
        case 0: v = x; break;
        case 1: v = x + a; break;
        case 2: v = x + b; break;
        case 3: v = x + ((a + b) >> 1); break;
        case 4: {
          const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
          v = x + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
          break;
        }
        default: throw new Error(`bad PNG filter ${filter}`);
      }
      cur[i] = v & 255;
    }
    for (let px = 0; px < width; px++) {
      const o = (y * width + px) * 4, s = px * channels;
      let r, g, bl, al = 255;
      if (ctype === 0) r = g = bl = cur[s];
      else if (ctype === 4) { r = g = bl = cur[s]; al = cur[s + 1]; }
      else if (ctype === 3) { r = palette[cur[s] * 3]; g = palette[cur[s] * 3 + 1]; bl = palette[cur[s] * 3 + 2]; }
      else { r = cur[s]; g = cur[s + 1]; bl = cur[s + 2]; if (ctype === 6) al = cur[s + 3]; }
      rgba[o] = r; rgba[o + 1] = g; rgba[o + 2] = bl; rgba[o + 3] = al;
    }
    cur.copy(prev);
  }
  return { width, height, data: rgba };
}

// Screenshots the canvas and counts pixels that differ from the most common colour (the clear
// colour). Returns {blank, width, height, differing, dominant, fraction}.
export async function canvasStats(page) {
  const png = await page.locator('#canvas').screenshot();
  const img = decodePng(png);
  const counts = new Map();
  const px = img.width * img.height;
  for (let i = 0; i < px; i++) {
    const k = img.data.readUInt32BE(i * 4);
    counts.set(k, (counts.get(k) || 0) + 1);
  }
  let dominant = 0, best = -1;
  for (const [k, n] of counts) if (n > best) { best = n; dominant = k; }
  const differing = px - best;
  const hex = '#' + dominant.toString(16).padStart(8, '0');
  return { width: img.width, height: img.height, differing, fraction: px ? differing / px : 0,
           colours: counts.size, dominant: hex, blank: px === 0 || differing < Math.max(50, px * 0.001) };
}

export async function canvasIsNotBlank(page) {
  const s = await canvasStats(page);
  return !s.blank;
}

export function assert(cond, message) {
  if (!cond) throw new Error(message);
}

// Runs one test: launches, calls fn(t), fails on collected errors, always cleans up.
// Prints "PASS name" or "FAIL name: reason"; sets the exit code (1 on failure).
export async function run(name, fn, opts = {}) {
  let t;
  let failure = null;
  let timer;
  try {
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${TEST_TIMEOUT} ms`)), TEST_TIMEOUT);
    });
    await Promise.race([(async () => {
      t = await launch(opts);
      await fn(t);
      await new Promise((r) => setTimeout(r, 200)); // let late console messages arrive
    })(), timeout]);
    if (t && t.errors.length) failure = t.errors.join('\n  ');
  } catch (e) {
    failure = (e && e.message) || String(e);
    if (t && t.errors.length) failure += '\n  ' + t.errors.join('\n  ');
  } finally {
    clearTimeout(timer);
    if (failure && t?.page) {
      try { await screenshot(t.page, `${name}-failure`); } catch { /* page may be gone */ }
    }
    await close(t);
  }
  if (failure) {
    console.log(`FAIL ${name}: ${failure}`);
    process.exitCode = 1;
  } else {
    console.log(`PASS ${name}`);
  }
  return !failure;
}

// --- Helpers shared by the accessibility and phone tests (additive) ---

// Polls the app's snapshot until pred(snapshot) holds, rendering frames in between.
export async function until(page, what, pred, timeout = 10000) {
  const start = Date.now();
  for (;;) {
    const s = await snapshot(page);
    if (pred(s)) return s;
    if (Date.now() - start > timeout) {
      throw new Error(`timed out waiting for ${what}: ${JSON.stringify({ screen: s.screen, message: s.message, storage: s.storage, joblog: s.joblog })}`);
    }
    await waitForFrames(page, 1, { timeout: 500, soft: true });
  }
}

// Opens the page and waits for the first frame and the stored state.
export async function openReady(t, query = '?nosw') {
  await open(t, query);
  await waitForFirstFrame(t.page);
  return until(t.page, 'storage ready', (s) => s.storage === 'ready');
}

// Waits until the widget list has an entry with this id; returns it.
export async function waitForWidget(page, id, timeout = 10000) {
  const start = Date.now();
  for (;;) {
    const w = (await widgets(page)).find((x) => x.id === id);
    if (w) return w;
    if (Date.now() - start > timeout) throw new Error(`widget ${id} never appeared`);
    await waitForFrames(page, 1, { timeout: 500, soft: true });
  }
}

// Scrolls with the mouse wheel until the widget is fully inside the canvas.
export async function revealWidget(page, id) {
  const box = await page.locator('#canvas').boundingBox();
  for (let i = 0; i < 40; ++i) {
    const w = (await widgets(page)).find((x) => x.id === id);
    if (w && w.y >= 0 && w.y + w.h <= box.height) return w;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.6);
    await page.mouse.wheel(0, !w || w.y + w.h > box.height ? 200 : -200);
    await waitForFrames(page, 2, { timeout: 1000, soft: true });
  }
  throw new Error(`could not scroll ${id} into view`);
}

// On a phone the navigation sits behind the menu button: opens the menu unless `id` is drawn already.
export async function openMenuFor(page, id) {
  const list = await widgets(page);
  if (list.some((w) => w.id === id) || !list.some((w) => w.id === 'nav.menu')) return;
  await revealWidget(page, 'nav.menu');  // at 200% text the bar scrolls with the content
  await clickWidget(page, 'nav.menu');
  await waitForWidget(page, id);
}

// Widgets wider than the canvas or sticking out on the right: [{id, x, w}].
export function overflowing(list, width, slack = 0.5) {
  return list.filter((w) => w.w > 0 && (w.x < -slack || w.x + w.w > width + slack))
    .map((w) => ({ id: w.id, x: Math.round(w.x), w: Math.round(w.w) }));
}

// Pairs of widgets that overlap (ignoring ones nested in another, e.g. a field in a table row).
export function overlapping(list, slack = 1) {
  const out = [];
  const visible = list.filter((w) => w.w > 0 && w.h > 0);
  for (let i = 0; i < visible.length; ++i) {
    for (let j = i + 1; j < visible.length; ++j) {
      const a = visible[i], b = visible[j];
      const ix = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
      const iy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
      if (ix <= slack || iy <= slack) continue;
      const inside = (p, q) => p.x >= q.x - slack && p.y >= q.y - slack && p.x + p.w <= q.x + q.w + slack && p.y + p.h <= q.y + q.h + slack;
      if (inside(a, b) || inside(b, a)) continue;
      out.push(`${a.id} x ${b.id}`);
    }
  }
  return out;
}

// What the app has stored in IndexedDB now: the head's generation and that generation's document
// ({generation: 0, doc: null} before the first save).
export async function storedDocument(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const req = indexedDB.open('jobbplan', 1);
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const kv = req.result.transaction('kv', 'readonly').objectStore('kv');
      const head = kv.get('jobbplan/head');
      head.onsuccess = () => {
        if (head.result === undefined) { req.result.close(); resolve({ generation: 0, doc: null }); return; }
        const generation = JSON.parse(head.result).generation;
        const doc = kv.get(`jobbplan/state/${generation}`);
        doc.onsuccess = () => { req.result.close(); resolve({ generation, doc: JSON.parse(doc.result) }); };
        doc.onerror = () => reject(doc.error);
      };
      head.onerror = () => reject(head.error);
    };
  }));
}

// Every key and value the app has in IndexedDB now, as one object: to compare the stored bytes
// before, during and after something that must not store anything.
export async function allStored(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const req = indexedDB.open('jobbplan', 1);
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains('kv')) { db.close(); resolve({}); return; }
      const kv = db.transaction('kv', 'readonly').objectStore('kv');
      const out = {};
      const cursor = kv.openCursor();
      cursor.onsuccess = () => {
        const c = cursor.result;
        if (!c) { db.close(); resolve(out); return; }
        out[String(c.key)] = c.value;
        c.continue();
      };
      cursor.onerror = () => reject(cursor.error);
    };
  }));
}

// The screen-reader mirror's text (#a11y-mirror), one string.
export async function mirrorText(page) {
  return page.evaluate(() => document.getElementById('a11y-mirror')?.textContent || '');
}

// The deadline to sign the plan sent last (Trelleborg, deadline.se.sign_plan).
export function signDeadline(report) {
  const all = (report.deadlines || []).filter((d) => d.kind_key === 'deadline.se.sign_plan');
  return all.sort((a, b) => a.due.localeCompare(b.due)).at(-1);
}

// Scrolls the widget into view with the wheel, then clicks where it is drawn: what a person does
// with something further down the screen.
export async function tap(page, id) {
  await revealWidget(page, id);
  return clickWidget(page, id);
}

// Opens a choice list and clicks one option, scrolling the list with the wheel over it when the
// option is below its fold (the list shows eight rows).
export async function choose(page, id, value) {
  await tap(page, id);
  const option = `${id}.${value}`;
  await waitForWidget(page, option);
  const box = await page.locator('#canvas').boundingBox();
  for (let i = 0; i < 20; ++i) {
    const list = await widgets(page);
    const w = list.find((x) => x.id === option);
    if (w && w.shown) break;
    const first = list.find((x) => x.id.startsWith(`${id}.`) && x.shown);
    assert(first, `the list of ${id} is not open`);
    await page.mouse.move(box.x + first.x + first.w / 2, box.y + first.y + first.h / 2);
    await page.mouse.wheel(0, 120);
    await waitForFrames(page, 2, { timeout: 1000, soft: true });
  }
  const w = (await widgets(page)).find((x) => x.id === option);
  assert(w && w.shown, `${option} never came into view in its list`);
  await clickWidget(page, option);
  await until(page, `${id} closed`, async () => !(await widgets(page)).some((x) => x.id === option), 5000).catch(() => {});
}

// A tap on a text field, then the keys, as a person types: the page's hidden input has the focus
// (so the keys reach the field, and a phone would show its keyboard) before the first key.
export async function typeInto(page, id, text) {
  await tap(page, id);
  for (let i = 0; i < 30 && !(await page.evaluate(() => document.activeElement?.id === 'jobbplan-text')); ++i)
    await waitForFrames(page, 1, { timeout: 200, soft: true });
  await page.keyboard.type(text, { delay: 15 });
  await waitForFrames(page, 3, { timeout: 2000, soft: true });
}

// Opens the page, chooses an example persona ('dk-dagpenge', 'se-trelleborg', ...) on the start
// screen and keeps it as the user's own, as a person trying the page with an example does.
// Returns the snapshot.
export async function keepExample(t, example, query = '?nosw') {
  const system = example.startsWith('dk') ? 'dk' : example.startsWith('fi') ? 'fi' : 'se-trelleborg';
  await openReady(t, query);
  await tap(t.page, `example.${example}`);
  await until(t.page, `the ${system} persona`, (s) => s.system === system && s.report);
  await tap(t.page, 'sandbox.keep');
  return until(t.page, `the ${system} persona kept`, (s) => !s.sandbox && s.system === system);
}

// The caseworker's demo clock, as they set it: Settings, the date typed into its field, "Use this
// date". Returns the snapshot once the report is made for that day.
export async function setDemoClock(page, iso) {
  await tap(page, 'nav.settings');
  await until(page, 'Settings', (x) => x.screen === 'settings');
  await tap(page, 'settings.demo_date');
  await waitForFrames(page, 2, { timeout: 2000, soft: true });
  await page.keyboard.press('Control+A');
  await page.keyboard.type(iso, { delay: 15 });
  await waitForFrames(page, 2, { timeout: 2000, soft: true });
  await tap(page, 'settings.demo_apply');
  return until(page, 'the demo clock', (x) => x.report && x.report.on === iso);
}
