// Starts the wasm app and exposes the browser test hooks of DESIGN.md:
//   window.crampcheck = { ready, frameCount(), items(), screen() }
// and, beside them, settled(): true once every input and answer the app has seen is drawn
// (frame loop, README). Nothing else is exposed. The hooks only read state the app keeps anyway.
//
// Also the installed app's side of the web platform (src/platform/web/web_platform.cpp reads
// it as Module.installedApp): the service worker, the update offer, the install prompt.
// The build names the glue and the wasm after their content (scripts/cmake/make_dist.cmake
// rewrites the two names below).
import createCrampCheck from './crampcheck.js';

const WASM_FILE = 'crampcheck.wasm';

// The words this page says itself, before the app runs or when it cannot: in the browser's
// language until the app has started, then in the app's (Settings may change it).
const TEXT = {
  en: {
    loading: 'Loading CrampCheck…',
    noWebgl: 'This browser cannot show CrampCheck: WebGL2 is turned off or not supported. ' +
             'Try an up-to-date Chrome, Edge, Firefox or Safari.',
    startFailure: 'CrampCheck could not start its display. Reload the page to try again.',
    loadFailure: 'CrampCheck could not load. Check your connection and reload the page.',
    stopped: 'CrampCheck stopped unexpectedly. Entries already saved stay on this device. ' +
             'Reload the page to go on.',
  },
  'zh-Hans': {
    loading: '正在加载 CrampCheck…',
    noWebgl: '此浏览器无法显示 CrampCheck：WebGL2 已关闭或不受支持。' +
             '请使用最新版的 Chrome、Edge、Firefox 或 Safari。',
    startFailure: 'CrampCheck 无法启动显示。请重新加载页面再试一次。',
    loadFailure: 'CrampCheck 无法加载。请检查网络连接，然后重新加载页面。',
    stopped: 'CrampCheck 意外停止了。已经保存的记录仍在此设备上。请重新加载页面继续使用。',
  },
};

// The browser's first language, by the app's own rule (core::i18n::LanguageFromLocale):
// any Chinese one is zh-Hans, everything else English.
function browserLanguage() {
  const first = (navigator.languages && navigator.languages[0]) || navigator.language || '';
  return /^zh([-_.]|$)/i.test(first) ? 'zh-Hans' : 'en';
}

const status = document.getElementById('status');
let language = browserLanguage();
let shown = 'loading';  // the key of the text on screen
function say(key, failure = false) {
  shown = key;
  status.textContent = TEXT[language][key];
  status.lang = language;
  status.classList.toggle('error', failure);
  status.hidden = false;
}
function setLanguage(tag) {
  if (!TEXT[tag]) return;
  language = tag;
  document.documentElement.lang = tag;
  if (!status.hidden) say(shown, status.classList.contains('error'));
}
setLanguage(language);
say('loading');

let module = null;
let resolveReady;
let rejectReady;
const ready = new Promise((resolve, reject) => {
  resolveReady = resolve;
  rejectReady = reject;
});
// Tests may attach late; an unhandled rejection must not be the only trace of a failure.
ready.catch(() => {});

window.crampcheck = Object.freeze({
  ready,
  frameCount: () => (module ? module._crampcheck_frame_count() : 0),
  settled: () => (module ? module._crampcheck_settled() === 1 : false),
  items: () => (module ? JSON.parse(module.UTF8ToString(module._crampcheck_items_json())) : []),
  screen: () => (module ? module.UTF8ToString(module._crampcheck_screen_name()) : ''),
});

function showFailure(key) {
  say(key, true);
}

// --- The installed app ---------------------------------------------------------------------
// What the app asks through app::Platform (InstalledAppState: update ready, can install,
// installed; ApplyUpdate, Install). `changed` draws a frame when the answer changes while the page is idle.
const HOUR_MS = 60 * 60 * 1000;
const installedApp = {
  updateReady: false,  // a new version is installed and waiting, or took over from another tab
  canInstall: false,   // the browser offered to install (beforeinstallprompt)
  installed: false,    // running as the installed app, or installed from this page
  applyUpdate() {},
  install() {},
  changed() {
    if (module) module._crampcheck_device_changed();
  },
};

function set(key, value) {
  if (installedApp[key] === value) return;
  installedApp[key] = value;
  installedApp.changed();
}

const standalone = window.matchMedia('(display-mode: standalone)');
set('installed', standalone.matches || navigator.standalone === true);
standalone.addEventListener('change', () => set('installed', standalone.matches || installedApp.installed));

let installPrompt = null;
window.addEventListener('beforeinstallprompt', (event) => {
  event.preventDefault();  // offered in Settings (###install), not by the browser's bar
  installPrompt = event;
  set('canInstall', true);
});
window.addEventListener('appinstalled', () => {
  installPrompt = null;
  set('canInstall', false);
  set('installed', true);
});
installedApp.install = async () => {
  const prompt = installPrompt;
  if (!prompt) return;
  installPrompt = null;
  set('canInstall', false);
  try {
    await prompt.prompt();
    const choice = await prompt.userChoice;
    if (choice.outcome === 'accepted') set('installed', true);
  } catch (error) {
    console.warn('CrampCheck: install prompt failed:', error.message);
  }
};

// Updates: a worker that installed while this page runs an older version waits until the
// person accepts the offer; then it takes over (controllerchange) and this page reloads
// once. A takeover this page did not ask for (another tab accepted) reloads nothing: the
// page keeps running, and offers the reload itself when it is safe (the app decides).
async function watchForUpdates() {
  const registration = await navigator.serviceWorker.register('./sw.js');
  let controlled = !!navigator.serviceWorker.controller;
  let reloading = false;
  let accepted = false;

  const offerWaiting = () => {
    // The first install of all is not an update: the page already runs that version.
    set('updateReady', controlled && !!registration.waiting);
  };
  const watchInstalling = (worker) => {
    if (!worker) return;
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed' || worker.state === 'redundant') offerWaiting();
    });
  };
  offerWaiting();
  watchInstalling(registration.installing);
  registration.addEventListener('updatefound', () => watchInstalling(registration.installing));

  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (!controlled) {  // the first version took control: nothing changed for the person
      controlled = true;
      return;
    }
    if (accepted) {
      if (!reloading) {
        reloading = true;
        location.reload();
      }
      return;
    }
    set('updateReady', true);  // the files on screen are now older than the worker's
  });

  installedApp.applyUpdate = () => {
    if (accepted) return;
    accepted = true;
    const waiting = registration.waiting;
    if (!waiting) {  // already taken over (another tab accepted): only the reload is left
      reloading = true;
      location.reload();
      return;
    }
    waiting.addEventListener('statechange', () => {
      if (waiting.state === 'redundant' && !reloading) {  // replaced or failed: offer again
        accepted = false;
        offerWaiting();
      }
    });
    waiting.postMessage('skip-waiting');
  };

  // Back in the foreground (an installed app is rarely closed): look for a new version,
  // at most once an hour. Offline, the check fails quietly and runs again next time.
  let lastCheck = Date.now();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible' || Date.now() - lastCheck < HOUR_MS) return;
    lastCheck = Date.now();
    registration.update().catch(() => {});
  });
}

function registerServiceWorker() {
  if (!('serviceWorker' in navigator)) return;
  watchForUpdates().catch((error) => {
    // Offline use is a bonus; the app itself works without it.
    console.warn('CrampCheck: offline support unavailable:', error.message);
  });
}

// --- Starting the app ----------------------------------------------------------------------
// Asked only once the display failed to start: a throwaway WebGL2 context up front would cost
// every start a second context (tens of ms in a software renderer) to tell the rare browser
// without one the clearer reason.
function webgl2Available() {
  try {
    return !!document.createElement('canvas').getContext('webgl2');
  } catch {
    return false;
  }
}

// A call button's tel: link (WebPlatform::Call): a phone hands it to its dialer. Followed as
// a link in the page, clicked during the tap, so an installed app (standalone) opens the
// dialer too.
function dial(href) {
  const link = document.createElement('a');
  link.href = href;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}

async function start() {
  try {
    module = await createCrampCheck({
      canvas: document.getElementById('canvas'),
      installedApp,
      locateFile: (path, prefix) => (path.endsWith('.wasm') ? prefix + WASM_FILE : prefix + path),
      onLanguage: setLanguage,
      dial,
      onFirstFrame() {
        status.hidden = true;
        resolveReady();
      },
      onStartFailure() {
        if (webgl2Available()) {
          showFailure('startFailure');
          rejectReady(new Error('start failure'));
        } else {
          showFailure('noWebgl');
          rejectReady(new Error('WebGL2 unavailable'));
        }
      },
      onAbort() {
        showFailure(module ? 'stopped' : 'loadFailure');
        rejectReady(new Error('aborted'));
      },
      onRuntimeInitialized() {},
      preRun: [],
    });
  } catch (error) {
    showFailure('loadFailure');
    rejectReady(error);
  }
}

start();
// After the first frame, not beside it: installing the worker fetches and caches the whole
// site again (the wasm's 1.4 MB among it), which on a first visit competed with starting
// the app and with IndexedDB for the disk and the CPU.
ready.catch(() => {}).then(registerServiceWorker);  // also when the start failed
