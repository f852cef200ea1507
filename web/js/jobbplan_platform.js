// Browser side of web/platform: IndexedDB, downloads, clipboard, file upload, screen-reader mirror.
// Results come back to C++ through exported functions with the request id the C++ side chose.
mergeInto(LibraryManager.library, {
  // Text from C++ as pointer and byte length, decoded to exactly that length: a NUL inside it is
  // kept, never an end. (This Emscripten's UTF8ToString(ptr, len) still stops at the first NUL, so
  // it is not used for texts that may hold the user's data.)
  $JobbplanText: function (ptr, len) {
    if (!len) return '';
    return new TextDecoder('utf-8').decode(HEAPU8.subarray(ptr, ptr + len));
  },

  $JobbplanDb__deps: [],
  $JobbplanDb: {
    open: function () {
      if (JobbplanDb.promise) return JobbplanDb.promise;
      JobbplanDb.promise = new Promise(function (resolve, reject) {
        if (!('indexedDB' in self)) { reject(new Error('IndexedDB is not available in this browser')); return; }
        var req = indexedDB.open('jobbplan', 1);
        req.onupgradeneeded = function () { req.result.createObjectStore('kv'); };
        req.onsuccess = function () {
          // Another tab deleting everything deletes the database: let go of it so that can finish.
          req.result.onversionchange = function () { req.result.close(); JobbplanDb.promise = null; };
          resolve(req.result);
        };
        req.onerror = function () { reject(req.error || new Error('IndexedDB could not be opened')); };
        req.onblocked = function () { reject(new Error('IndexedDB is blocked by another tab')); };
      });
      JobbplanDb.promise.catch(function () { JobbplanDb.promise = null; });
      return JobbplanDb.promise;
    },
    // Asks once that the browser not evict this origin's data under storage pressure.
    askPersist: function () {
      if (navigator.storage && navigator.storage.persist && !JobbplanDb.askedPersist) {
        JobbplanDb.askedPersist = true;
        navigator.storage.persist().catch(function () {});
      }
    },
    // The print view's page lives at a blob: URL holding personal data: it is revoked as soon as
    // the view has loaded it, when another replaces it, and on "Delete all my data".
    printUrl: null,
    revokePrint: function () {
      if (JobbplanDb.printUrl) { URL.revokeObjectURL(JobbplanDb.printUrl); JobbplanDb.printUrl = null; }
    },
    reply: function (fn, id, ok, text) {
      var str = text == null ? null : String(text);
      var len = str == null ? 0 : lengthBytesUTF8(str) + 1;
      var ptr = str == null ? 0 : _malloc(len);
      if (ptr) stringToUTF8(str, ptr, len);
      fn(id, ok ? 1 : 0, ptr, str == null ? -1 : len - 1);
      if (ptr) _free(ptr);
    }
  },

  jobbplan_js_storage_load__deps: ['$JobbplanDb'],
  jobbplan_js_storage_load: function (id, keyPtr) {
    var key = UTF8ToString(keyPtr);
    JobbplanDb.open().then(function (db) {
      var req = db.transaction('kv', 'readonly').objectStore('kv').get(key);
      req.onsuccess = function () {
        // The first load is the app's start: remember whether anything was stored at all (a first
        // start), so the page may follow the browser's colour preferences (jobbplan_js_first_start).
        if (JobbplanDb.firstStart === undefined) JobbplanDb.firstStart = req.result === undefined;
        JobbplanDb.reply(_jobbplan_on_storage_loaded, id, true, req.result === undefined ? null : req.result);
      };
      req.onerror = function () { JobbplanDb.reply(_jobbplan_on_storage_loaded, id, false, String(req.error)); };
    }).catch(function (e) { JobbplanDb.reply(_jobbplan_on_storage_loaded, id, false, String(e && e.message || e)); });
  },

  jobbplan_js_storage_save__deps: ['$JobbplanDb', '$JobbplanText'],
  jobbplan_js_storage_save: function (id, keyPtr, valuePtr, valueLen) {
    var key = UTF8ToString(keyPtr), value = JobbplanText(valuePtr, valueLen);
    JobbplanDb.open().then(function (db) {
      var tx = db.transaction('kv', 'readwrite');
      tx.objectStore('kv').put(value, key);
      tx.oncomplete = function () { JobbplanDb.reply(_jobbplan_on_storage_saved, id, true, null); };
      tx.onerror = tx.onabort = function () { JobbplanDb.reply(_jobbplan_on_storage_saved, id, false, String(tx.error || 'write failed')); };
    }).catch(function (e) { JobbplanDb.reply(_jobbplan_on_storage_saved, id, false, String(e && e.message || e)); });
    JobbplanDb.askPersist();
  },

  // One transaction: read the guard key and, only if it still holds what this tab last saw, write
  // everything. IndexedDB runs readwrite transactions on a store one at a time, across tabs too, so
  // two tabs saving at once cannot both succeed. The values are read from the heap before returning.
  jobbplan_js_storage_save_if__deps: ['$JobbplanDb', '$JobbplanText'],
  jobbplan_js_storage_save_if: function (id, guardPtr, expectedPtr, expectedLen, n, keysPtr, valuesPtr, lengthsPtr) {
    var guard = UTF8ToString(guardPtr);
    var expected = expectedPtr ? JobbplanText(expectedPtr, expectedLen) : undefined;
    var writes = [];
    for (var i = 0; i < n; ++i) {
      writes.push([UTF8ToString(HEAPU32[(keysPtr >> 2) + i]),
                   JobbplanText(HEAPU32[(valuesPtr >> 2) + i], HEAP32[(lengthsPtr >> 2) + i])]);
    }
    JobbplanDb.open().then(function (db) {
      var tx = db.transaction('kv', 'readwrite');
      var store = tx.objectStore('kv');
      var conflict = false;
      var req = store.get(guard);
      req.onsuccess = function () {
        if (req.result !== expected) { conflict = true; return; }
        writes.forEach(function (w) { store.put(w[1], w[0]); });
      };
      tx.oncomplete = function () {
        if (!conflict) { JobbplanDb.reply(_jobbplan_on_storage_saved, id, true, null); return; }
        var msg = 'changed by another tab', len = lengthBytesUTF8(msg) + 1, ptr = _malloc(len);
        stringToUTF8(msg, ptr, len);
        _jobbplan_on_storage_saved(id, 0, ptr, -2);
        _free(ptr);
      };
      tx.onerror = tx.onabort = function () { JobbplanDb.reply(_jobbplan_on_storage_saved, id, false, String(tx.error || 'write failed')); };
    }).catch(function (e) { JobbplanDb.reply(_jobbplan_on_storage_saved, id, false, String(e && e.message || e)); });
    JobbplanDb.askPersist();
  },

  jobbplan_js_storage_remove__deps: ['$JobbplanDb'],
  jobbplan_js_storage_remove: function (id, keyPtr) {
    var key = UTF8ToString(keyPtr);
    JobbplanDb.open().then(function (db) {
      var tx = db.transaction('kv', 'readwrite');
      tx.objectStore('kv').delete(key);
      tx.oncomplete = function () { JobbplanDb.reply(_jobbplan_on_storage_saved, id, true, null); };
      tx.onerror = tx.onabort = function () { JobbplanDb.reply(_jobbplan_on_storage_saved, id, false, String(tx.error)); };
    }).catch(function (e) { JobbplanDb.reply(_jobbplan_on_storage_saved, id, false, String(e && e.message || e)); });
  },

  // Two tabs on one profile: a save in one makes the others reload what was stored.
  jobbplan_js_watch_tabs__deps: ['$JobbplanDb'],
  jobbplan_js_watch_tabs: function () {
    if (!('BroadcastChannel' in self)) return;
    JobbplanDb.channel = new BroadcastChannel('jobbplan');
    JobbplanDb.channel.onmessage = function () { _jobbplan_on_other_tab_saved(); };
  },
  jobbplan_js_tell_tabs__deps: ['$JobbplanDb'],
  jobbplan_js_tell_tabs: function () {
    if (JobbplanDb.channel) JobbplanDb.channel.postMessage('saved');
  },

  jobbplan_js_storage_erase__deps: ['$JobbplanDb'],
  jobbplan_js_storage_erase: function (id) {
    try { localStorage.clear(); } catch (e) {}
    JobbplanDb.revokePrint();
    // Empty the store first (that alone is already "deleted"), then delete the database itself so
    // no empty "jobbplan" database is left behind in the browser's site data.
    JobbplanDb.open().then(function (db) {
      var tx = db.transaction('kv', 'readwrite');
      tx.objectStore('kv').clear();
      tx.oncomplete = function () {
        db.close();
        JobbplanDb.promise = null;
        var del = indexedDB.deleteDatabase('jobbplan');
        var done = function () { JobbplanDb.reply(_jobbplan_on_storage_saved, id, true, null); };
        del.onsuccess = done;
        del.onerror = done;    // the data is gone already; only the empty shell may stay
        del.onblocked = done;  // it finishes once the other tabs let go (onversionchange)
      };
      tx.onerror = tx.onabort = function () { JobbplanDb.reply(_jobbplan_on_storage_saved, id, false, String(tx.error)); };
    }).catch(function (e) { JobbplanDb.reply(_jobbplan_on_storage_saved, id, false, String(e && e.message || e)); });
  },

  jobbplan_js_download__deps: ['$JobbplanText'],
  jobbplan_js_download: function (namePtr, nameLen, mimePtr, dataPtr, len) {
    var bytes = HEAPU8.slice(dataPtr, dataPtr + len);
    var blob = new Blob([bytes], { type: UTF8ToString(mimePtr) });
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = JobbplanText(namePtr, nameLen);
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  },

  jobbplan_js_copy_text__deps: ['$JobbplanText'],
  // The answer goes back to C++ (jobbplan_on_copied), so the page says "Copied" only when it was.
  // Without the async clipboard (a page served over plain http on a LAN) or when it refuses, the
  // old selection copy is tried; it too reports whether the browser took the text.
  jobbplan_js_copy_text: function (textPtr, textLen) {
    var text = JobbplanText(textPtr, textLen);
    var fallback = function () {
      var ok = false;
      try {
        var area = document.createElement('textarea');
        area.value = text;
        area.setAttribute('readonly', '');
        area.style.position = 'fixed';
        area.style.left = '-9999px';
        document.body.appendChild(area);
        area.select();
        ok = document.execCommand('copy');
        area.remove();
      } catch (e) { ok = false; }
      _jobbplan_on_copied(ok ? 1 : 0);
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () { _jobbplan_on_copied(1); }, fallback);
    } else {
      fallback();
    }
  },

  // A picked or dropped file's name and bytes, handed to C++ (`deliver`: jobbplan_on_file_chosen or
  // _dropped) with the byte length, so a NUL in the file cannot cut it short.
  $JobbplanReadFile: function (file, deliver) {
    var reader = new FileReader();
    reader.onload = function () {
      var bytes = new Uint8Array(reader.result);
      var ptr = _malloc(bytes.length + 1);
      HEAPU8.set(bytes, ptr);
      HEAPU8[ptr + bytes.length] = 0;
      var name = file.name, nlen = lengthBytesUTF8(name) + 1, nptr = _malloc(nlen);
      stringToUTF8(name, nptr, nlen);
      deliver(nptr, ptr, bytes.length);
      _free(ptr); _free(nptr);
    };
    reader.readAsArrayBuffer(file);
  },

  jobbplan_js_choose_file__deps: ['$JobbplanReadFile'],
  jobbplan_js_choose_file: function () {
    var input = document.getElementById('jobbplan-file');
    if (!input) {
      input = document.createElement('input');
      input.type = 'file';
      input.id = 'jobbplan-file';
      input.accept = '.json,application/json';
      input.style.display = 'none';
      document.body.appendChild(input);
      input.addEventListener('change', function () {
        var file = input.files && input.files[0];
        if (!file) return;
        JobbplanReadFile(file, _jobbplan_on_file_chosen);
        input.value = '';
      });
    }
    input.click();
  },

  // Drag and drop onto the page opens the file to look at (issue 14); the page never navigates to it.
  jobbplan_js_watch_drops__deps: ['$JobbplanReadFile'],
  jobbplan_js_watch_drops: function () {
    if (window.jobbplanDropsWatched) return;
    window.jobbplanDropsWatched = true;
    document.addEventListener('dragover', function (e) { e.preventDefault(); });
    document.addEventListener('drop', function (e) {
      e.preventDefault();
      var file = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0];
      if (!file) return;
      JobbplanReadFile(file, _jobbplan_on_file_dropped);
    });
  },

  jobbplan_js_open_print_view__deps: ['$JobbplanDb', '$JobbplanText'],
  jobbplan_js_open_print_view: function (htmlPtr, htmlLen) {
    var html = JobbplanText(htmlPtr, htmlLen);
    JobbplanDb.revokePrint();
    var url = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
    JobbplanDb.printUrl = url;
    var w = window.open(url, '_blank');
    if (w) {
      w.addEventListener('load', function () {
        // Loaded: the page no longer needs the URL, so nothing else can open it again.
        if (JobbplanDb.printUrl === url) JobbplanDb.revokePrint();
        try { w.print(); } catch (e) {}
      });
    } else {
      var a = document.createElement('a'); a.href = url; a.target = '_blank'; a.click();
      setTimeout(function () { if (JobbplanDb.printUrl === url) JobbplanDb.revokePrint(); }, 60000);
    }
  },

  // 1 when the first storage load found nothing stored (a first start), else 0.
  jobbplan_js_first_start__deps: ['$JobbplanDb'],
  jobbplan_js_first_start: function () {
    return JobbplanDb.firstStart === true ? 1 : 0;
  },

  // The browser's colour preference, read once: 0 none/light, 1 dark, 2 more contrast / forced colours.
  jobbplan_js_preferred_theme: function () {
    if (!window.matchMedia) return 0;
    try {
      if (matchMedia('(forced-colors: active)').matches || matchMedia('(prefers-contrast: more)').matches) return 2;
      if (matchMedia('(prefers-color-scheme: dark)').matches) return 1;
    } catch (e) {}
    return 0;
  },

  // The browser's preferred languages, most preferred first, comma separated ("fi-FI,sv,en").
  jobbplan_js_browser_languages: function (out, size) {
    var list = (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || '']).join(',');
    stringToUTF8(list, out, size);
  },

  jobbplan_js_random_bytes: function (ptr, n) {
    crypto.getRandomValues(HEAPU8.subarray(ptr, ptr + n));
  },

  jobbplan_js_today: function () {
    var d = new Date();
    return d.getFullYear() * 10000 + (d.getMonth() + 1) * 100 + d.getDate();
  },

  jobbplan_js_minute_of_day: function () {
    var d = new Date();
    return d.getHours() * 60 + d.getMinutes();
  },

  jobbplan_js_announce__deps: ['$JobbplanText'],
  jobbplan_js_announce: function (textPtr, textLen) {
    var el = document.getElementById('a11y-live');
    if (el) el.textContent = JobbplanText(textPtr, textLen);
  },

  // Rebuilt only when the screen's facts change; textContent only, never HTML from the app.
  jobbplan_js_set_mirror__deps: ['$JobbplanText'],
  jobbplan_js_set_mirror: function (jsonPtr, jsonLen) {
    var root = document.getElementById('a11y-mirror');
    if (!root) return;
    var items = JSON.parse(JobbplanText(jsonPtr, jsonLen));
    var frag = document.createDocumentFragment();
    for (var i = 0; i < items.length; ++i) {
      var tag = /^(h1|h2|p)$/.test(items[i].tag) ? items[i].tag : 'p';
      var el = document.createElement(tag);
      el.textContent = items[i].text;
      frag.appendChild(el);
    }
    root.replaceChildren(frag);
  },

  jobbplan_js_set_language: function (langPtr) {
    document.documentElement.lang = UTF8ToString(langPtr);
  },

  jobbplan_js_install_test_hook: function () {
    // Read-only view for tests and tooling; it never changes state.
    window.jobbplanTest = {
      ready: true,
      get frames() { return _jobbplan_test_frames(); },
      snapshot: function () { return UTF8ToString(_jobbplan_test_snapshot()); },
      widgets: function () { return UTF8ToString(_jobbplan_test_widgets()); },
      unfilled: function () { return UTF8ToString(_jobbplan_test_unfilled()); }
    };
    var loading = document.getElementById('loading');
    if (loading) loading.hidden = true;
  },

  // All text enters through one hidden <input>: desktop keys, phone keyboards, IME composition,
  // dictation and autofill all end up as its `input` events. It is focused while ImGui edits text
  // (and synchronously inside a tap on a text field, which iOS requires to open its keyboard).
  jobbplan_js_text_input_setup: function () {
    var el = document.createElement('input');
    el.id = 'jobbplan-text';
    el.type = 'text';
    el.setAttribute('autocomplete', 'off');
    el.setAttribute('autocapitalize', 'off');
    el.setAttribute('spellcheck', 'false');
    el.setAttribute('aria-hidden', 'true');
    el.tabIndex = -1;
    el.className = 'jobbplan-text-input';
    document.body.appendChild(el);
    var composing = false;
    var send = function (text) {
      if (!text) return;
      var len = lengthBytesUTF8(text) + 1, ptr = _malloc(len);
      stringToUTF8(text, ptr, len);
      _jobbplan_on_text(ptr);
      _free(ptr);
    };
    el.addEventListener('compositionstart', function () { composing = true; });
    el.addEventListener('compositionend', function (e) { composing = false; send(e.data || el.value); el.value = ''; });
    el.addEventListener('input', function (e) {
      if (composing) return;
      // Android keyboards report Backspace only as an input event (their keydown says 229).
      if (e.inputType === 'deleteContentBackward' && !el.value) { _jobbplan_on_key_tap(8); return; }
      if (e.inputType === 'insertLineBreak') { _jobbplan_on_key_tap(13); el.value = ''; return; }
      send(el.value);
      el.value = '';
    });
  },

  jobbplan_js_text_input_focus: function (active) {
    var el = document.getElementById('jobbplan-text');
    if (!el) return;
    if (active) {
      if (document.activeElement !== el) el.focus({ preventScroll: true });
    } else if (document.activeElement === el) {
      el.blur();
      var canvas = document.getElementById('canvas');
      if (canvas) canvas.focus({ preventScroll: true });
    }
  },

  jobbplan_js_install_paste: function () {
    window.addEventListener('paste', function (e) {
      var text = (e.clipboardData || window.clipboardData).getData('text');
      if (!text) return;
      var len = lengthBytesUTF8(text) + 1, ptr = _malloc(len);
      stringToUTF8(text, ptr, len);
      _jobbplan_on_paste(ptr);
      _free(ptr);
      e.preventDefault();
    });
  }
});
