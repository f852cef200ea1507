// Emscripten Module for the bench baseline page (external, so the CSP needs no 'unsafe-inline').
'use strict';
var Module = {
  canvas: document.getElementById('canvas'),
  locateFile: function (p) { return p; },
  print: function () { console.log(Array.prototype.join.call(arguments, ' ')); },
  printErr: function () { console.error(Array.prototype.join.call(arguments, ' ')); }
};
