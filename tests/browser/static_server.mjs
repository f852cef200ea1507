// Tiny dependency-free static file server for the assembled site (tests and `make serve`).
//   node static_server.mjs [ROOT] [PORT]            positional form (PORT 0 = pick a free one)
//   node static_server.mjs --root DIR --port N --host H [--verbose]
// Prints "http://HOST:PORT/" as its first line once listening.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.map': 'application/json',
};

function send(res, status, text, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  res.end(text);
}

// Returns a started http.Server; resolves once listening. server.url holds "http://host:port/".
// The headers a static host should send, from the site's own _headers file (its "/*" block), so
// `make serve` and the tests send exactly what the README asks of a host. headers: false serves
// without them, as a host that ignores the file would (the frame-guard test needs that).
function readSiteHeaders(rootDir) {
  const out = {};
  let file;
  try { file = fs.readFileSync(path.join(rootDir, '_headers'), 'utf8'); } catch { return out; }
  let inAll = false;
  for (const line of file.split('\n')) {
    if (/^\S/.test(line)) { inAll = line.trim() === '/*'; continue; }
    const m = /^\s+([\w-]+):\s*(.+)$/.exec(line);
    if (inAll && m) out[m[1]] = m[2].trim();
  }
  return out;
}

// server.setRoot(DIR) serves another folder from then on, at the same origin (a new version of
// the site deployed while the browser keeps its service worker and storage: sw_update test).
export function startServer({ root, port = 0, host = '127.0.0.1', verbose = false, headers = true } = {}) {
  let rootDir = fs.realpathSync(path.resolve(root));
  let siteHeaders = headers ? readSiteHeaders(rootDir) : {};
  const server = http.createServer((req, res) => {
    const done = (status) => { if (verbose) console.log(`${req.method} ${req.url} ${status}`); };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      done(405); return send(res, 405, 'Method Not Allowed\n', { Allow: 'GET, HEAD' });
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      done(400); return send(res, 400, 'Bad Request\n');
    }
    if (pathname.includes('\0')) { done(400); return send(res, 400, 'Bad Request\n'); }
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = path.resolve(rootDir, '.' + path.posix.normalize(pathname));
    let real;
    try {
      real = fs.realpathSync(file);
    } catch {
      done(404); return send(res, 404, 'Not Found\n');
    }
    if (real !== rootDir && !real.startsWith(rootDir + path.sep)) {
      done(403); return send(res, 403, 'Forbidden\n');
    }
    let st;
    try { st = fs.statSync(real); } catch { done(404); return send(res, 404, 'Not Found\n'); }
    if (!st.isFile()) { done(404); return send(res, 404, 'Not Found\n'); } // no directory listing
    const type = MIME[path.extname(real).toLowerCase()] || 'application/octet-stream';
    res.writeHead(200, {
      ...siteHeaders,
      'Content-Type': type,
      'Content-Length': st.size,
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    done(200);
    if (req.method === 'HEAD') return res.end();
    fs.createReadStream(real).on('error', () => res.destroy()).pipe(res);
  });
  server.setRoot = (dir) => {
    rootDir = fs.realpathSync(path.resolve(dir));
    siteHeaders = headers ? readSiteHeaders(rootDir) : {};
  };
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const addr = server.address();
      const shownHost = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
      server.url = `http://${shownHost}:${addr.port}/`;
      resolve(server);
    });
  });
}

function parseArgs(argv) {
  const opts = { root: '.', port: 0, host: '127.0.0.1', verbose: false };
  const positional = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.indexOf('=');
    const key = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    const val = () => (a.startsWith('--') && eq > 0 ? a.slice(eq + 1) : argv[++i]);
    if (key === '--root') opts.root = val();
    else if (key === '--port') opts.port = Number(val());
    else if (key === '--host') opts.host = val();
    else if (key === '--verbose' || key === '-v') opts.verbose = true;
    else if (key === '--help' || key === '-h') {
      console.log('usage: static_server.mjs [--root DIR] [--port N] [--host H] [--verbose] | [ROOT] [PORT]');
      process.exit(0);
    } else positional.push(a);
  }
  for (const p of positional) {
    if (/^\d+$/.test(p)) opts.port = Number(p); else opts.root = p;
  }
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) {
    console.error(`static_server: bad port ${opts.port}`);
    process.exit(2);
  }
  return opts;
}

if (process.argv[1] && fs.realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const opts = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(opts.root) || !fs.statSync(opts.root).isDirectory()) {
    console.error(`static_server: no such folder: ${opts.root}`);
    process.exit(2);
  }
  const server = await startServer(opts);
  console.log(server.url);
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
