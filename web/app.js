// Starts the wasm app and exposes the browser test hooks of DESIGN.md:
//   window.crampcheck = { ready, frameCount(), items(), screen() }
// Nothing else is exposed. The hooks only read state the app keeps anyway.
import createCrampCheck from './crampcheck.js';

const status = document.getElementById('status');
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
  items: () => (module ? JSON.parse(module.UTF8ToString(module._crampcheck_items_json())) : []),
  screen: () => (module ? module.UTF8ToString(module._crampcheck_screen_name()) : ''),
});

function showFailure(text) {
  status.textContent = text;
  status.classList.add('error');
  status.hidden = false;
}

function webgl2Available() {
  try {
    return !!document.createElement('canvas').getContext('webgl2');
  } catch {
    return false;
  }
}

async function start() {
  if (!webgl2Available()) {
    showFailure('This browser cannot show CrampCheck: WebGL2 is turned off or not supported. ' +
                'Try an up-to-date Chrome, Edge, Firefox or Safari.');
    rejectReady(new Error('WebGL2 unavailable'));
    return;
  }
  try {
    await createCrampCheck({
      canvas: document.getElementById('canvas'),
      onFirstFrame() {
        status.hidden = true;
        resolveReady();
      },
      onStartFailure() {
        showFailure('CrampCheck could not start its display. Reload the page to try again.');
        rejectReady(new Error('start failure'));
      },
      onRuntimeInitialized() {},
      preRun: [],
    }).then((instance) => {
      module = instance;
    });
  } catch (error) {
    showFailure('CrampCheck could not load. Check your connection and reload the page.');
    rejectReady(error);
  }
}

function registerServiceWorker() {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('./sw.js').catch((error) => {
    // Offline use is a bonus; the app itself works without it.
    console.warn('CrampCheck: offline support unavailable:', error.message);
  });
}

start();
registerServiceWorker();
