// The Storage conformance suite (tests/conformance) against IndexedDbStorage in real
// headless Chromium: the very cases MemoryStorage and FileStorage pass natively
// (MemoryStorageConformance.*, FileStorageConformance.*), run by the test page the
// web-release build puts in build/web/conformance, beside the shipped site (never in dist).
// Each case is reported as its own test, failures listed by step.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, test} from 'node:test';

import {collectErrors, conformanceDir, repoRoot, useServedApp} from '../lib/harness.mjs';

// One server for the conformance page and one browser, stopped after the file.
const env = useServedApp(conformanceDir);

// The suite's case names, in order, from its table (AllCases) in storage_conformance.cpp:
// the browser must have run every one of them.
function suiteCaseNames() {
  const source = readFileSync(join(repoRoot, 'tests', 'conformance', 'storage_conformance.cpp'), 'utf8');
  const table = source.slice(source.indexOf('const std::vector<Case>& AllCases()'));
  return [...table.matchAll(/\{"([A-Za-z0-9]+)",/g)].map((match) => match[1]);
}

// Longer than the runner's own limit per case (20 s), which reports a hung step itself.
const RUN_TIMEOUT_MS = 120000;

describe('Storage conformance in the browser', () => {
  test('IndexedDbStorage passes every case of the Storage conformance suite', async (t) => {
    const names = suiteCaseNames();
    assert.ok(names.length >= 20, `found only ${names.length} cases in storage_conformance.cpp`);

    const context = await env.browser.newContext();
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(env.server.url);
    // The runner publishes once every case has answered (or one hung past its limit).
    try {
      await page.waitForFunction(() => window.conformance?.results, null, {timeout: RUN_TIMEOUT_MS, polling: 100});
    } catch (error) {
      const current = await page.evaluate(() => window.conformance?.current).catch(() => '?');
      assert.fail(`the conformance page never finished; it was running ${current || 'nothing'} ` +
                  `(page errors: ${errors.join('; ') || 'none'}): ${error.message}`);
    }
    const results = await page.evaluate(() => window.conformance.results);
    assert.equal(results.storage, 'IndexedDbStorage');

    for (const name of names) {
      await t.test(name, () => {
        const found = results.cases.find((c) => c.name === name);
        assert.ok(found, `${name} did not run in the browser: the run stopped after ` +
                         `${results.cases.at(-1)?.name ?? 'no case'}`);
        assert.deepEqual(found.failures, [], `${name} (${found.about}) failed:\n  ${found.failures.join('\n  ')}`);
        assert.equal(found.status, 'passed', `${name} was ${found.status}: ${found.skipped}`);
      });
    }
    assert.deepEqual(results.cases.map((c) => c.name).filter((name) => !names.includes(name)), [],
                     'the page ran cases the suite does not list');
    assert.deepEqual(results.late, [], 'callbacks that came again after their case had finished');
    assert.deepEqual(errors, [], 'no page or console error');
    await context.close();
  });
});
