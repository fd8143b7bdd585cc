// The baseline of the browser benchmark (issue 11 item 8): the smallest Dear ImGui SDL2 +
// WebGL2 page (tests/bench/baseline/), built by scripts/bench in the same web build as the
// app, from the same Dear ImGui sources and backends. web_bench.mjs measures it in turn with
// the app, with the same fresh-context, phone-sized pages, and reports the app's time to
// ready against the baseline's time to its first frame.
//   - findBaselineDir(explicit): where the built baseline is;
//   - startDirServer(dir): scripts/serve.mjs on a free loopback port for that folder;
//   - timeToFirstFrame(page, url, errors): ms from navigation start to the first frame.
import {spawn} from 'node:child_process';
import {existsSync, readFileSync, statSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {gzipSync} from 'node:zlib';

import {distDir, repoRoot} from '../../e2e/lib/harness.mjs';

const TIMEOUT = 60000;
export const BASELINE_FILES = ['baseline.wasm', 'baseline.js'];

// The folder given, or the one the web build puts next to the site (<build>/bench-baseline
// beside <build>/dist); null when there is none.
export function findBaselineDir(explicit = null) {
  const dir = explicit ? resolve(explicit) : join(dirname(resolve(distDir)), 'bench-baseline');
  const complete = ['index.html', ...BASELINE_FILES].every((name) => existsSync(join(dir, name)));
  if (complete) return dir;
  if (explicit) throw new Error(`no built baseline in ${dir} (expected index.html, ${BASELINE_FILES.join(', ')})`);
  return null;
}

// Serves `dir` with the app's own server (same MIME types and headers), on its own origin.
export async function startDirServer(dir) {
  const child = spawn(process.execPath, [join(repoRoot, 'scripts', 'serve.mjs'), '--dir', dir, '--port', '0'],
                      {stdio: ['ignore', 'pipe', 'pipe']});
  const url = await new Promise((resolvePromise, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = output.match(/http:\/\/127\.0\.0\.1:\d+\//);
      if (match) resolvePromise(match[0]);
    });
    child.stderr.on('data', (chunk) => { output += chunk; });
    child.on('exit', (code) => reject(new Error(`server for ${dir} exited (${code}): ${output}`)));
  });
  return {url, stop: () => child.kill()};
}

// Navigates to the baseline and returns {firstFrame, imguiVersion}: firstFrame is ms from
// the navigation start (performance.timeOrigin) to the end of the first frame, taken by the
// page itself right after SDL_GL_SwapWindow, as the app's ready is. Then checks that it
// keeps drawing (it redraws every frame, like ImGui's examples).
export async function timeToFirstFrame(page, url, errors) {
  await page.goto(url);
  await page.waitForFunction(() => window.baselineFirstFrame !== undefined || window.baselineError !== undefined,
                             null, {timeout: TIMEOUT, polling: 20})
      .catch((error) => {
        throw new Error(`baseline never drew: ${error.message}; page errors: ${errors.join(' | ')}`);
      });
  const {firstFrame, imguiVersion, failure} = await page.evaluate(() => ({
    firstFrame: window.baselineFirstFrame,
    imguiVersion: window.baselineImGuiVersion,
    failure: window.baselineError ?? null,
  }));
  if (failure !== null) throw new Error(`the baseline failed to start: ${failure}`);
  await page.waitForFunction(() => window.baselineFrames >= 3, null, {timeout: TIMEOUT, polling: 20});
  return {firstFrame, imguiVersion};
}

// Raw and gzip (level 9) sizes of the baseline's wasm and glue.
export function baselineSizes(dir) {
  const out = {};
  for (const name of BASELINE_FILES) {
    const path = join(dir, name);
    out[name] = {raw: statSync(path).size, gzip: gzipSync(readFileSync(path), {level: 9}).length};
  }
  return out;
}
