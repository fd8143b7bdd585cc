// Typing on a phone (src/platform/web/library_text_relay.js): a canvas has no keyboard of its
// own, so while an ImGui field is edited a hidden input over it has the focus and relays what
// is typed. Driven by touch at 390x844 through the self-check's typed age field
// (###number_input_age_years): keys as a keyboard sends them (page.keyboard), an IME
// composition through CDP (Input.imeSetComposition, then Input.insertText commits it),
// Backspace, paste and Enter. What the app holds is read from IndexedDB, where it saves the
// answers after every change, the way any other script of the origin could.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';

import {clickItem, collectErrors, findItem, openApp, useServedApp} from '../lib/harness.mjs';
import {readDatabase} from '../lib/records.mjs';
import {nothingToReport, shown, startSelfCheck} from '../lib/selfcheck_walk.mjs';

const PHONE = {viewport: {width: 390, height: 844}, hasTouch: true, isMobile: true, deviceScaleFactor: 3,
               locale: 'en-GB'};
const AGE_FIELD = '###number_input_age_years';

const env = useServedApp();

// The self-check's stored answers (meta 'last_triage_answers'), {} before the first.
async function storedAnswers(page) {
  const meta = (await readDatabase(page)).stores.meta?.records ?? [];
  return meta.find((record) => record.key === 'last_triage_answers')?.value ?? {};
}

// Waits until the stored age is `age` (undefined: not answered).
async function expectStoredAge(page, age, what) {
  const deadline = Date.now() + 5000;
  let answers = {};
  while (Date.now() < deadline) {
    answers = await storedAnswers(page);
    if (answers.age_years === age) return;
    await page.waitForTimeout(50);
  }
  assert.equal(answers.age_years, age, `${what}: stored age`);
}

// The relay as the page has it: which element has the focus, and how it is set up.
const relayState = (page) => page.evaluate(() => {
  const element = document.activeElement;
  if (!element || !element.classList.contains('text-relay')) return null;
  return {tag: element.tagName.toLowerCase(), inputmode: element.getAttribute('inputmode'),
          value: element.value, composing: element.classList.contains('composing'),
          rect: element.getBoundingClientRect().toJSON()};
});

// From home to the age page by touch, the way a person with nothing to report goes.
async function openAgePage(page) {
  await startSelfCheck(page);
  for (let step = 0; step < 20; ++step) {
    const state = await shown(page);
    if (state.page === 'age') return;
    assert.ok(state.page, `reached a result before the age page: ${JSON.stringify(state)}`);
    const labels = (await page.evaluate(() => window.crampcheck.items())).map((item) => item.label);
    for (const id of nothingToReport(state.page, labels)) await clickItem(page, id, {touch: true});
    await page.waitForFunction((id) => !window.crampcheck.items().some((item) => item.label.endsWith(`###page_${id}`)),
                               state.page, {polling: 50, timeout: 5000});
  }
  assert.fail('no age page');
}

// A point under `item`, in the viewport, that no item of the last frame covers.
async function emptySpotBelow(page, item) {
  const all = await page.evaluate(() => window.crampcheck.items());
  const x = item.x + item.w / 2;
  for (let y = item.y + item.h + 8; y < 844; y += 4) {
    if (!all.some((i) => x >= i.x && x <= i.x + i.w && y >= i.y && y <= i.y + i.h)) return {x, y};
  }
  assert.fail('no empty spot below the field');
}

async function tapAgeField(page) {
  const field = await clickItem(page, AGE_FIELD, {touch: true});
  await page.waitForFunction(() => document.activeElement?.classList.contains('text-relay'), null,
                             {polling: 50, timeout: 5000});
  return field;
}

describe('typing on a phone', () => {
  test('a tapped number field opens a numeric keyboard over it; keys, Backspace, IME, paste and Enter reach the app once',
       async () => {
    const {context, page, log} = await openApp(env.browser, env.server.url, PHONE);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const errors = collectErrors(page);
    await openAgePage(page);
    const field = await tapAgeField(page);

    const relay = await relayState(page);
    assert.equal(relay.tag, 'input');
    assert.equal(relay.inputmode, 'numeric');
    // Over the field, so the keyboard and an IME's candidates open there.
    assert.ok(relay.rect.y >= field.y - 1 && relay.rect.y + relay.rect.height <= field.y + field.h + 1,
              `relay ${JSON.stringify(relay.rect)} on the field ${JSON.stringify(field)}`);
    assert.ok(relay.rect.x >= field.x - 1 && relay.rect.x < field.x + field.w, 'starts inside the field');

    // Keys as a keyboard sends them: each character once (SDL's own listeners never see them).
    await page.keyboard.type('47');
    await expectStoredAge(page, 47, 'typed 47');
    assert.equal((await relayState(page)).value, '', 'the relay is emptied after each relay');
    await page.keyboard.press('Backspace');
    await expectStoredAge(page, 4, 'Backspace');
    await page.keyboard.type('3');
    await expectStoredAge(page, 43, 'typed 3');

    // An IME composition (a Chinese keyboard in full-width mode): shown while composed, typed
    // into the field only once committed; full-width digits count as digits.
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await expectStoredAge(page, undefined, 'both digits deleted');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Input.imeSetComposition', {text: '６', selectionStart: 1, selectionEnd: 1});
    await cdp.send('Input.imeSetComposition', {text: '６５', selectionStart: 2, selectionEnd: 2});
    const composing = await relayState(page);
    assert.equal(composing.composing, true, 'the composition is shown');
    assert.equal(composing.value, '６５');
    await page.waitForTimeout(200);
    assert.equal((await storedAnswers(page)).age_years, undefined, 'nothing reaches the field before the commit');
    await cdp.send('Input.insertText', {text: '６５'});
    await expectStoredAge(page, 65, 'committed composition');
    const committed = await relayState(page);
    assert.equal(committed.composing, false);
    assert.equal(committed.value, '');

    // Paste, from the clipboard as a person's long press or Ctrl+V does it.
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await expectStoredAge(page, undefined, 'deleted again');
    await page.evaluate(() => navigator.clipboard.writeText('52'));
    await page.keyboard.press('Control+V');
    await expectStoredAge(page, 52, 'pasted 52');

    // Enter ends editing: the keyboard closes and the answer stays.
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.activeElement?.classList.contains('text-relay'), null,
                               {polling: 50, timeout: 5000});
    await page.keyboard.type('9');  // no field is edited: this goes nowhere
    await page.waitForTimeout(200);
    await expectStoredAge(page, 52, 'after Enter');

    assert.deepEqual([...log.errors, ...errors], []);
    await context.close();
  });

  test('tapping outside the field closes the keyboard; a closed keyboard ends editing', async () => {
    const {context, page, log} = await openApp(env.browser, env.server.url, PHONE);
    await openAgePage(page);
    await tapAgeField(page);
    await page.keyboard.type('38');
    await expectStoredAge(page, 38, 'typed 38');
    // A tap below the field where no item is.
    const field = await findItem(page, AGE_FIELD);
    const spot = await emptySpotBelow(page, field);
    await page.touchscreen.tap(spot.x, spot.y);
    await page.waitForFunction(() => !document.activeElement?.classList.contains('text-relay'), null,
                               {polling: 50, timeout: 5000});

    // The keyboard closed by the phone (the relay loses the focus): the field is no longer
    // edited, and a tap on it opens the keyboard again.
    await tapAgeField(page);
    await page.evaluate(() => document.activeElement.blur());
    await page.waitForFunction(() => !document.activeElement?.classList.contains('text-relay'), null,
                               {polling: 50, timeout: 5000});
    // The next tap comes later than a double tap would (ImGui's 0.30 s select the word), as
    // a person's tap after the keyboard closed does: a modelled pause, not a wait for a state.
    await page.waitForTimeout(400);
    await tapAgeField(page);
    await page.keyboard.press('Backspace');
    await expectStoredAge(page, 3, 'edited again after the keyboard closed');
    assert.deepEqual(log.errors, []);
    await context.close();
  });
});
