// Jobbplan boot: sets up the Emscripten Module before jobbplan.js loads (index.html loads this
// first, as an external file so the Content-Security-Policy's script-src needs no 'unsafe-inline').
'use strict';

// Updates (the service worker, shell/sw.js). A new version installs in the background and then
// waits while a page runs the old one. Two ways out, so no one is stuck on a broken version:
//  - a running page says a new version is ready and offers "Update now" (#update in index.html);
//  - a page that fails to start (the wasm does not load or instantiate, the module aborts or throws
//    before its first frame, or no first frame within FIRST_FRAME_MS) asks for an update and takes
//    one that is waiting or installing at once, with one reload (at most one per RELOAD_GUARD_MS
//    in this tab, so a version that cannot start either cannot make the page reload in a loop).
// Nothing here touches IndexedDB except one read-only look at the stored language when the app
// could not start; the user's data stays as it is across the update.
var JobbplanUpdates = (function () {
  var FIRST_FRAME_MS = 20000;
  var RETRY_MS = 60 * 1000;           // a page that failed to start keeps looking for a fix
  var CHECK_MS = 60 * 60 * 1000;      // a running page looks for a new version hourly
  var RELOAD_GUARD_MS = 60 * 1000;
  var GUARD_KEY = 'jobbplan:update-reload';
  var TEXT = {
    en: { ready: 'A new version of Jobbplan is ready.', update: 'Update now', later: 'Later',
          updating: 'Updating Jobbplan…' },
    sv: { ready: 'En ny version av Jobbplan finns.', update: 'Uppdatera nu', later: 'Senare',
          updating: 'Jobbplan uppdateras…' },
    da: { ready: 'En ny version af Jobbplan er klar.', update: 'Opdater nu', later: 'Senere',
          updating: 'Jobbplan opdateres…' },
    fi: { ready: 'Jobbplanin uusi versio on valmis.', update: 'Päivitä nyt', later: 'Myöhemmin',
          updating: 'Jobbplania päivitetään…' }
  };
  var enabled = 'serviceWorker' in navigator && location.protocol !== 'file:' &&
                !/[?&]nosw(=|&|$)/.test(location.search);
  var started = false, failed = false, wantReload = false, reloading = false;
  var storedLang = null;
  var hadController = enabled && !!navigator.serviceWorker.controller;
  var resolveReg;
  var registration = new Promise(function (r) { resolveReg = r; });

  function pick(code) {
    code = String(code || '').toLowerCase().slice(0, 2);
    return TEXT[code] ? code : null;
  }
  // The page's language: the app's own (it sets <html lang> once running), the one stored with the
  // user's data when the app could not start, else the browser's first Nordic or English language.
  function lang() {
    if (started) { var l = pick(document.documentElement.lang); if (l) return l; }
    if (storedLang) return storedLang;
    var list = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
    for (var i = 0; i < list.length; ++i) { var p = pick(list[i]); if (p) return p; }
    return 'en';
  }
  function t(key) { return TEXT[lang()][key]; }
  // Read-only; never creates the database (an upgrade is aborted) and gives up after a second.
  function readStoredLanguage() {
    return new Promise(function (resolve) {
      var done = function (v) { if (v) storedLang = pick(v); resolve(); };
      setTimeout(done, 1000);
      try {
        var req = indexedDB.open('jobbplan');
        req.onupgradeneeded = function () { req.transaction.abort(); };
        req.onerror = function () { done(); };
        req.onsuccess = function () {
          var db = req.result;
          var close = function (v) { db.close(); done(v); };
          try {
            var kv = db.transaction('kv', 'readonly').objectStore('kv');
            var head = kv.get('jobbplan/head');
            head.onsuccess = function () {
              if (head.result === undefined) { close(); return; }
              var doc = kv.get('jobbplan/state/' + JSON.parse(head.result).generation);
              doc.onsuccess = function () {
                try { close(JSON.parse(doc.result).settings.language); } catch (e) { close(); }
              };
              doc.onerror = function () { close(); };
            };
            head.onerror = function () { close(); };
          } catch (e) { close(); }
        };
      } catch (e) { done(); }
    });
  }

  function status(text) {
    var loading = document.getElementById('loading');
    if (loading && text) { loading.textContent = text; loading.hidden = false; }
  }

  function showPrompt(reg) {
    var box = document.getElementById('update');
    if (!box || wantReload) return;
    document.getElementById('update-text').textContent = t('ready');
    var now = document.getElementById('update-now');
    var later = document.getElementById('update-later');
    now.textContent = t('update');
    later.textContent = t('later');
    now.disabled = false;
    now.onclick = function () { now.disabled = true; apply(reg, false); };
    later.onclick = function () { box.hidden = true; };
    box.hidden = false;
  }

  // Sends skipWaiting to the waiting (or still installing) worker; the page reloads once the new
  // worker controls it (controllerchange below).
  function apply(reg, automatic) {
    if (wantReload) return;  // already on its way
    if (automatic) {
      var last = 0;
      try { last = Number(sessionStorage.getItem(GUARD_KEY)) || 0; } catch (e) {}
      if (Date.now() - last < RELOAD_GUARD_MS) { showPrompt(reg); return; }
      try { sessionStorage.setItem(GUARD_KEY, String(Date.now())); } catch (e) {}
      status(t('updating'));
    }
    wantReload = true;
    var worker = reg.waiting || reg.installing;
    if (!worker) {
      // Another tab has already put the new version in charge: only the reload is left.
      if (navigator.serviceWorker.controller && hadController) { reload(); }
      return;
    }
    var send = function () { worker.postMessage({ type: 'skipWaiting' }); };
    worker.addEventListener('statechange', function () {
      if (worker.state === 'installed') send();
      else if (worker.state === 'activated' && wantReload) reload();  // controllerchange missed
      else if (worker.state === 'redundant') wantReload = false;  // it failed to install
    });
    if (worker.state === 'installed') send();
  }

  function reload() {
    if (reloading) return;
    reloading = true;
    location.reload();
  }

  // A new worker is waiting (installed while an older one controls this page).
  function waiting(reg) {
    if (!navigator.serviceWorker.controller) return;  // first install: nothing runs an old version
    if (failed && !started) apply(reg, true); else showPrompt(reg);
  }

  function watch(reg) {
    var track = function (w) {
      if (!w) return;
      w.addEventListener('statechange', function () {
        if (w.state === 'installed' && reg.waiting === w) waiting(reg);
      });
    };
    if (reg.waiting) waiting(reg);
    track(reg.installing);  // found before this page registered
    reg.addEventListener('updatefound', function () { track(reg.installing); });
  }

  function check() {
    return registration.then(function (reg) {
      return reg.update().catch(function () {}).then(function () {
        if (reg.waiting) waiting(reg);
        else if (reg.installing && failed && !started) apply(reg, true);
      });
    });
  }

  function startFailed(why) {
    if (started && enabled) { check(); return; }  // stopped later: offer a version that may be fixed
    if (failed) return;
    failed = true;
    if (!enabled) return;
    console.warn('Jobbplan: the page did not start (' + why + '); looking for a new version');
    readStoredLanguage().then(check);
    setInterval(function () { if (!started) check(); }, RETRY_MS);
  }

  function startedOk() {
    if (started) return;
    started = true;
    try { sessionStorage.removeItem(GUARD_KEY); } catch (e) {}
  }

  if (enabled) {
    navigator.serviceWorker.addEventListener('controllerchange', function () {
      if (wantReload) { reload(); return; }
      // Another tab took the new version: this page still runs the old one.
      if (hadController) registration.then(showPrompt);
      hadController = true;
    });
    registration.then(function (reg) {
      watch(reg);
      setInterval(check, CHECK_MS);
      window.addEventListener('online', check);
      document.addEventListener('visibilitychange', function () {
        if (document.visibilityState === 'visible') check();
      });
    });
    // jobbplan.js missing or throwing while it loads (a resource error does not bubble: capture).
    window.addEventListener('error', function (e) {
      var src = (e.target && e.target.src) || e.filename || '';
      if (!started && /jobbplan\.(js|wasm)(\?|$)/.test(src)) startFailed(e.message || 'jobbplan.js failed');
    }, true);
    var timer = function () {
      if (started || failed || Module.noInitialRun) return;  // framed: the app is not meant to start
      if (window.jobbplanTest && window.jobbplanTest.ready) { startedOk(); return; }
      if (document.visibilityState !== 'visible') { setTimeout(timer, 1000); return; }  // no frames while hidden
      startFailed('no first frame within ' + FIRST_FRAME_MS + ' ms');
    };
    setTimeout(timer, FIRST_FRAME_MS);
  }

  return {
    enabled: enabled,
    registered: function (reg) { resolveReg(reg); },
    started: startedOk,
    failed: startFailed
  };
})();

var Module = (function () {
  var canvas = document.getElementById('canvas');
  var loading = document.getElementById('loading');
  function setStatus(text) {
    if (loading && text) { loading.textContent = text; loading.hidden = false; }
  }
  // WebGL context loss: tell the user; the app may restore itself on webglcontextrestored.
  canvas.addEventListener('webglcontextlost', function (e) {
    e.preventDefault();
    setStatus('The graphics context was lost. Please reload the page.');
  }, false);
  // Framed by another page (a host that sends no frame-ancestors header): another site could lay
  // the app under its own buttons and make a person click "Delete all my data" unseen. Jobbplan
  // then does not start at all and offers to open itself in its own window instead.
  var framed = false;
  try { framed = window.top !== window.self; } catch (e) { framed = true; }
  if (framed) {
    canvas.hidden = true;
    if (loading) {
      loading.hidden = false;
      loading.id = 'framed';
      loading.textContent = 'Jobbplan only works in its own window. ';
      var a = document.createElement('a');
      a.href = location.href;
      a.target = '_blank';
      a.rel = 'noopener';
      a.textContent = 'Open Jobbplan';
      loading.appendChild(a);
    }
  }
  return {
    noInitialRun: framed,  // main() never runs: no storage is opened, nothing can be clicked
    canvas: canvas,
    locateFile: function (p) { return p; },
    print: function () { console.log(Array.prototype.join.call(arguments, ' ')); },
    printErr: function () { console.error(Array.prototype.join.call(arguments, ' ')); },
    onAbort: function (what) {
      setStatus('Jobbplan stopped because of an error. Please reload the page.');
      JobbplanUpdates.failed('aborted: ' + what);
    }
  };
})();

// The app may call this after its first rendered frame; as a fallback the loading text is hidden
// as soon as window.jobbplanTest.ready turns true.
window.jobbplanHideLoading = function () {
  var loading = document.getElementById('loading');
  if (loading) loading.hidden = true;
};
(function waitForFirstFrame() {
  if (Module.noInitialRun) return;
  if (window.jobbplanTest && window.jobbplanTest.ready) {
    window.jobbplanHideLoading();
    JobbplanUpdates.started();
    return;
  }
  requestAnimationFrame(waitForFirstFrame);
})();

// Offline support. Skipped for file: pages and when the URL carries ?nosw (tests).
(function () {
  if (!JobbplanUpdates.enabled) return;
  window.addEventListener('load', function () {
    navigator.serviceWorker.register('sw.js', { scope: './' }).then(JobbplanUpdates.registered, function (err) {
      console.warn('Jobbplan: service worker registration failed:', err);
    });
  });
})();
