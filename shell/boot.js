// Jobbplan boot: sets up the Emscripten Module before jobbplan.js loads (index.html loads this
// first, as an external file so the Content-Security-Policy's script-src needs no 'unsafe-inline').
'use strict';
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
    onAbort: function () {
      setStatus('Jobbplan stopped because of an error. Please reload the page.');
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
  if (window.jobbplanTest && window.jobbplanTest.ready) { window.jobbplanHideLoading(); return; }
  requestAnimationFrame(waitForFirstFrame);
})();

// Offline support. Skipped for file: pages and when the URL carries ?nosw (tests).
(function () {
  if (!('serviceWorker' in navigator)) return;
  if (location.protocol === 'file:') return;
  if (/[?&]nosw(=|&|$)/.test(location.search)) return;
  window.addEventListener('load', function () {
    navigator.serviceWorker.register('sw.js', { scope: './' }).catch(function (err) {
      console.warn('Jobbplan: service worker registration failed:', err);
    });
  });
})();
