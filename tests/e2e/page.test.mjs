// End-to-end test of the page (www/): Debian's Chromium driven by playwright-core, the
// page served by scripts/serve.mjs on a free port.
//
//   make wasm && node --test tests/e2e/page.test.mjs
//
// Three groups:
//  - "page": the page against the real core. Rendering must follow check() exactly,
//    whatever the verdicts are; XSS, network and CSP checks.
//  - "page with a scripted core": the same page, with /pkg/factmark.js swapped (by
//    Playwright routing, in this test only) for a test double that wraps the real core
//    and hands out every verdict in turn. This exercises hover, keyboard, "Next
//    contradiction", claim linking and the export with marks present, independently of
//    how good the real verdicts are.
//  - "real verdicts": assertions that only hold once the core judges sentences (the sample
//    shows every verdict, a real mark shows a seed quote, ...). They fail while the core
//    answers "none" for everything.
//
// Environment: CHROMIUM (default /usr/bin/chromium), HEADED=1 to watch.

import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OUT, appHooks, openApp, paste, checkInPage } from './helpers.mjs';

// An article with an emoji (two UTF-16 units, one code point) before checked sentences,
// curly quotes, an em dash and a paragraph break.
const ARTICLE = `🚀 OpenAI’s deal with Amazon Web Services is worth $38 billion over seven years. Microsoft’s stake in OpenAI Group PBC is 27%.

NVIDIA put $20 billion into the $110 billion round — or so “sources” say. It rained in Seattle on Friday. Is this the end of exclusivity?`;

const XSS = `Before. <img src=x onerror="window.__xss=1"> Middle <script>window.__xss=1</script> after. Microsoft’s stake in OpenAI Group PBC is 27%. <b onmouseover="window.__xss=1">bold?</b>`;

// The test double for the core (see the header). Served instead of /pkg/factmark.js; it
// imports the real module under another URL and rewrites verdicts by sentence index.
const SCRIPTED_CORE = `
import realInit, { check as realCheck, claims } from '/pkg/factmark.js?real';
export * from '/pkg/factmark.js?real';
export default realInit;
export function rules() {
  return [{ name: 'scripted-rule', description: 'the sentence’s place in the article decides (a test double).' }];
}
const CYCLE = [['match', false], ['extend', false], ['contradict', false], ['none', false], ['match', true], ['contradict', false]];
const KIND = { match: 'agrees', extend: 'adds', contradict: 'differs' };
export function check(text, set) {
  const r = realCheck(text, set);
  const cs = claims(set).claims;
  const summary = { sentences: r.sentences.length, match: 0, extend: 0, contradict: 0, none: 0, disputed: 0 };
  r.sentences.forEach((s, i) => {
    const [verdict, disputed] = CYCLE[i % CYCLE.length];
    s.verdict = verdict;
    s.disputed = disputed;
    summary[verdict] += 1;
    if (disputed) summary.disputed += 1;
    if (verdict === 'none') {
      s.findings = [];
      s.reason = 'It asks a question rather than stating something.';
      return;
    }
    const c = cs[(i * 7) % cs.length];
    s.rule = 'scripted-rule';
    delete s.reason; // the scripted finding is the reason, as the card falls back to it
    s.findings = [{ kind: KIND[verdict], detail: 'scripted finding ' + i, claim: c.id,
      source: { doc: c.doc, start: c.start, end: c.end, quote: c.quote } }];
    if (disputed) {
      const d = cs[(i * 11 + 3) % cs.length];
      s.findings.push({ kind: 'disputed', detail: 'scripted dispute ' + i, claim: d.id,
        source: { doc: d.doc, start: d.start, end: d.end, quote: d.quote } });
    }
  });
  r.summary = summary;
  return r;
}`;

const app = appHooks();
const requests = []; // every URL any page of this run asked for
const cspErrors = [];

function openPage({ scripted = false, viewport = { width: 1400, height: 900 } } = {}) {
  // The scripted core replaces the module wherever it is imported: the page, the worker.
  const before = scripted
    ? (page) => page.context().route(/\/pkg\/factmark\.js$/, (route) =>
      route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: SCRIPTED_CORE }))
    : undefined;
  return openApp(app.browser, app.origin, { viewport, before, requests, errors: cspErrors });
}

/** Every rendered sentence element, in document order. */
function renderedSentences(page) {
  return page.$$eval('#article [data-start]', (els) =>
    els.map((el) => ({
      tag: el.tagName.toLowerCase(),
      start: Number(el.dataset.start),
      end: Number(el.dataset.end),
      text: el.textContent,
      verdict: el.dataset.verdict,
      classes: [...el.classList],
      tabIndex: el.tabIndex,
    })),
  );
}

async function assertRenderingFollowsCheck(page, text) {
  assert.equal(await page.$eval('#article', (a) => a.textContent), text, 'rendering is the input, character for character');
  const report = await checkInPage(page, text);
  const shown = await renderedSentences(page);
  assert.equal(shown.length, report.sentences.length, 'one element per sentence of check()');
  report.sentences.forEach((s, i) => {
    const el = shown[i];
    assert.equal(el.start, s.start, `sentence ${i} start`);
    assert.equal(el.end, s.end, `sentence ${i} end`);
    assert.equal(el.text, s.text, `sentence ${i} text`);
    assert.equal(text.slice(s.start, s.end), s.text, `sentence ${i}: text.slice(start, end) === text`);
    assert.equal(el.verdict, s.verdict, `sentence ${i} verdict`);
    assert.ok(el.classes.includes(`v-${s.verdict}`), `sentence ${i} has class v-${s.verdict}`);
    assert.equal(el.classes.includes('is-disputed'), Boolean(s.disputed), `sentence ${i} disputed flag`);
    assert.equal(el.tag, s.verdict === 'none' ? 'span' : 'mark', `sentence ${i}: marked iff verdict != none`);
  });
  const legend = await page.$$eval('#legend .legend-count', (els) => Object.fromEntries(els.map((e) => [e.dataset.verdict, Number(e.textContent)])));
  for (const key of ['match', 'extend', 'contradict', 'disputed', 'none']) {
    assert.equal(legend[key], report.summary[key], `legend count for ${key}`);
  }
  return report;
}

describe('page', () => {
  let context;
  let page;
  before(async () => ({ context, page } = await openPage()));
  after(async () => context?.close());

  test('loads the wasm core and renders the sample exactly as check() segments it', async () => {
    const text = await page.inputValue('#input');
    assert.ok(text.length > 200, 'the sample article is pre-filled');
    assert.match(text, /[“”]/, 'sample has a curly quote');
    assert.match(text, /—/, 'sample has an em dash');
    assert.match(text, /\p{Extended_Pictographic}/u, 'sample has an emoji');
    assert.match(await page.textContent('#version'), /factmark \d+\.\d+/);
    await assertRenderingFollowsCheck(page, text);
  });

  test('a pasted article is marked in place, with exact offsets', async () => {
    await paste(page, ARTICLE);
    const report = await assertRenderingFollowsCheck(page, ARTICLE);
    assert.ok(report.sentences.length >= 5, 'the article has at least five sentences');
  });

  test('marks update as the text changes, debounced (not once per keystroke)', async () => {
    await paste(page, 'One sentence.');
    const before = Number(await page.$eval('#article', (a) => a.dataset.revision));
    await page.focus('#input');
    await page.keyboard.press('End');
    await page.keyboard.type(' Another sentence here.', { delay: 15 });
    const want = 'One sentence. Another sentence here.';
    await page.waitForFunction((t) => document.getElementById('article').textContent === t, want, { timeout: 5_000 });
    const afterRev = Number(await page.$eval('#article', (a) => a.dataset.revision));
    assert.ok(afterRev - before < 8, `23 keystrokes caused ${afterRev - before} re-renders`);
    await assertRenderingFollowsCheck(page, want);
  });

  test('pasted markup stays text: nothing runs, the characters are visible', async () => {
    await paste(page, XSS);
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.__xss), undefined, 'no payload ran');
    assert.equal(await page.$$eval('#article img, #article script, #article b', (els) => els.length), 0, 'no element was created from the text');
    const visible = await page.innerText('#article');
    assert.ok(visible.includes('<img src=x onerror="window.__xss=1">'), 'the img tag is shown as text');
    assert.ok(visible.includes('<script>window.__xss=1</script>'), 'the script tag is shown as text');
    await assertRenderingFollowsCheck(page, XSS);
    // Hovering and focusing whatever is there must not run anything either.
    for (const el of await page.$$('#article [data-start]')) await el.hover();
    assert.equal(await page.evaluate(() => window.__xss), undefined);
  });

  test('the evidence renderer builds verdict, finding, quote and document name from text nodes', async () => {
    const result = await page.evaluate(async () => {
      const { renderEvidence, VERDICTS } = await import('/evidence.js');
      const sentence = {
        start: 0, end: 10, text: 'x', verdict: 'contradict', disputed: true,
        findings: [
          { kind: 'differs', detail: 'says $45 billion; 001 says $38 billion <b>x</b>', claim: 3,
            source: { doc: '001_example.txt', start: 5, end: 40, quote: 'a multi-year $38 billion partnership <img src=x onerror="window.__xss=1">' } },
          { kind: 'unchecked', detail: 'nothing else', claim: null, source: null },
        ],
      };
      const el = renderEvidence(sentence, document);
      document.body.append(el);
      const out = {
        text: el.textContent,
        blockquote: el.querySelector('blockquote')?.textContent,
        cite: el.querySelector('cite')?.textContent,
        elements: el.querySelectorAll('img, b').length,
        verdicts: Object.keys(VERDICTS),
        labels: Object.values(VERDICTS).map((v) => `${v.icon} ${v.label}`),
      };
      el.remove();
      return out;
    });
    assert.ok(result.text.includes('✗ Contradicts'), result.text);
    assert.ok(result.text.includes('⚠ Disputed'), result.text);
    assert.ok(result.text.includes('says $45 billion; 001 says $38 billion <b>x</b>'));
    assert.equal(result.blockquote, 'a multi-year $38 billion partnership <img src=x onerror="window.__xss=1">');
    assert.equal(result.cite, '001_example.txt');
    assert.equal(result.elements, 0, 'detail and quote are text, not markup');
    assert.deepEqual(result.verdicts.sort(), ['contradict', 'disputed', 'extend', 'match', 'none']);
  });

  test('the annotation exporter counts code points in TextPositionSelector', async () => {
    const out = await page.evaluate(async (text) => {
      const { toAnnotations, codePointOffset } = await import('/annotations.js');
      const m = await import('/pkg/factmark.js');
      await m.default();
      const report = m.check(text);
      // Unit test of the exporter: mark every sentence so each gets an annotation.
      for (const s of report.sentences) s.verdict = 'match';
      return { report, annotations: toAnnotations(text, report, { source: 'urn:test', created: '2026-01-01T00:00:00Z' }), cp: codePointOffset('a🚀b', 3) };
    }, ARTICLE);
    assert.equal(out.cp, 2, 'one emoji is one code point');
    const points = [...ARTICLE];
    assert.equal(out.annotations.length, out.report.sentences.length);
    out.annotations.forEach((a, i) => {
      const s = out.report.sentences[i];
      const quote = a.target.selector.find((x) => x.type === 'TextQuoteSelector');
      const pos = a.target.selector.find((x) => x.type === 'TextPositionSelector');
      assert.equal(quote.exact, s.text);
      assert.equal(points.slice(pos.start, pos.end).join(''), s.text, `sentence ${i}: code point range selects the sentence`);
      assert.equal(pos.start, [...ARTICLE.slice(0, s.start)].length);
      assert.ok(ARTICLE.slice(0, s.start).endsWith(quote.prefix), 'prefix precedes');
      assert.ok(ARTICLE.slice(s.end).startsWith(quote.suffix), 'suffix follows');
    });
    // The first sentence follows the emoji: UTF-16 and code point offsets differ by one.
    const first = out.report.sentences.find((s) => s.start > 0);
    const pos = out.annotations[out.report.sentences.indexOf(first)].target.selector[1];
    assert.equal(pos.start, first.start - 1, 'the emoji before the sentence counts once');
  });

  test('the export button downloads a valid annotation collection', async () => {
    await paste(page, ARTICLE);
    const report = await checkInPage(page, ARTICLE);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
    const json = JSON.parse(await readFile(await download.path(), 'utf8'));
    assert.equal(download.suggestedFilename(), 'factmark-annotations.json');
    assert.equal(json.type, 'AnnotationCollection');
    assert.ok(json['@context'].includes('http://www.w3.org/ns/anno.jsonld'));
    const marked = report.sentences.filter((s) => s.verdict !== 'none');
    assert.equal(json.total, marked.length);
    assert.equal(json.first.items.length, marked.length, 'one annotation per marked sentence');
    json.first.items.forEach((a, i) => checkAnnotation(a, marked[i], ARTICLE));
  });

  test('index.html is served with the strict CSP and nothing violates it', async () => {
    const res = await page.request.get(`${app.origin}/`);
    assert.match(res.headers()['content-security-policy'] || '', /default-src 'self'/);
    const meta = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.content);
    assert.equal(meta, "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'");
    const html = await res.text();
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/i, 'no inline script');
    assert.doesNotMatch(html, /<style|\sstyle=|\son[a-z]+=/i, 'no inline style or event handler');
    assert.deepEqual(cspErrors, []);
  });

  test('screenshot of the sample', async () => {
    await page.click('#load-sample');
    await page.waitForFunction(() => document.getElementById('article').textContent === document.getElementById('input').value);
    const mark = await page.$('#article mark');
    if (mark) await mark.hover();
    await page.screenshot({ path: join(OUT, 'page.png') });
  });
});

function checkAnnotation(a, s, text) {
  assert.equal(a.type, 'Annotation');
  assert.ok(a.id, 'annotation has an id');
  const sel = a.target.selector;
  const quote = sel.find((x) => x.type === 'TextQuoteSelector');
  const pos = sel.find((x) => x.type === 'TextPositionSelector');
  assert.ok(quote && pos, 'both selectors');
  assert.equal(quote.exact, s.text);
  assert.equal(pos.start, [...text.slice(0, s.start)].length, 'start in code points');
  assert.equal(pos.end, [...text.slice(0, s.end)].length, 'end in code points');
  const body = a.body.find((b) => b.purpose === 'assessing');
  assert.equal(body.verdict, s.verdict);
  assert.equal(body.disputed, Boolean(s.disputed));
  assert.equal(body.findings.length, s.findings.length);
  s.findings.forEach((f, j) => {
    assert.equal(body.findings[j].kind, f.kind);
    assert.equal(body.findings[j].detail, f.detail);
    if (f.source) {
      assert.equal(body.findings[j].source.quote, f.source.quote);
      assert.equal(body.findings[j].source.doc, f.source.doc);
    }
  });
}

describe('page with a scripted core', () => {
  let context;
  let page;
  before(async () => ({ context, page } = await openPage({ scripted: true })));
  after(async () => context?.close());

  test('rendering follows the (scripted) verdicts, every verdict styled', async () => {
    await paste(page, ARTICLE);
    const report = await assertRenderingFollowsCheck(page, ARTICLE);
    const verdicts = new Set(report.sentences.map((s) => s.verdict));
    for (const v of ['match', 'extend', 'contradict', 'none']) assert.ok(verdicts.has(v), `scripted core produced ${v}`);
    // Colour is never the only signal: each verdict has its own icon and underline style.
    const styles = await page.$$eval('#article mark', (els) =>
      els.map((el) => ({
        key: `${el.dataset.verdict}${el.classList.contains('is-disputed') ? '+disputed' : ''}`,
        icon: getComputedStyle(el, '::after').content,
        underline: getComputedStyle(el).borderBottomStyle,
        top: getComputedStyle(el).borderTopStyle,
      })),
    );
    const byKey = new Map(styles.map((s) => [s.key, `${s.icon}|${s.underline}|${s.top}`]));
    assert.equal(new Set(byKey.values()).size, byKey.size, `distinct non-colour styles: ${JSON.stringify([...byKey])}`);
  });

  test('hovering a mark shows its evidence: verdict, detail, seed quote and document', async () => {
    await paste(page, ARTICLE);
    const report = await checkInPage(page, ARTICLE);
    const i = report.sentences.findIndex((s) => s.verdict === 'contradict');
    const s = report.sentences[i];
    await page.hover(`#article mark[data-index="${i}"]`);
    await page.waitForSelector('#popover:not([hidden])');
    const text = await page.textContent('#popover');
    assert.ok(text.includes('✗ Contradicts'), text);
    assert.ok(text.includes(s.findings[0].detail));
    assert.ok(text.includes('How this was decided: the sentence’s place in the article decides'), 'the rule, as rules() describes it');
    assert.equal(await page.textContent('#popover blockquote'), s.findings[0].source.quote);
    // The scripted source carries no metadata: the card names the document by its place.
    const cite = await page.textContent('#popover cite');
    assert.match(cite, /^reference article \d+$/, `the document is named by its place: ${cite}`);
    // The popover sits in the viewport.
    const box = await page.locator('#popover').boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= 1400, JSON.stringify(box));
    await page.mouse.move(5, 5);
    await page.waitForSelector('#popover', { state: 'hidden' });
  });

  test('Tab and the arrow keys reach every mark, each showing its evidence', async () => {
    await paste(page, ARTICLE);
    const all = await page.$$eval('#article mark', (els) => els.map((e) => e.dataset.index));
    assert.ok(all.length >= 3);
    await page.focus('#input');
    const viaTab = [];
    for (let k = 0; k < all.length; k++) {
      await page.keyboard.press('Tab');
      viaTab.push(await page.evaluate(() => document.activeElement.dataset.index));
      assert.equal(await page.getAttribute('#popover', 'data-index'), viaTab.at(-1), 'focus shows the evidence');
    }
    assert.deepEqual(viaTab, all, 'Tab visits every mark in order');
    const viaArrows = [await page.evaluate(() => document.activeElement.dataset.index)];
    for (let k = 1; k < all.length; k++) {
      await page.keyboard.press('ArrowLeft');
      viaArrows.unshift(await page.evaluate(() => document.activeElement.dataset.index));
    }
    assert.deepEqual(viaArrows, all, 'ArrowLeft walks back through every mark');
    await page.keyboard.press('End');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.index), all.at(-1));
    await page.keyboard.press('Home');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.index), all[0]);
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.index), all[1]);
    // Enter moves into the card (its buttons are reachable); Escape closes it and comes back.
    await page.keyboard.press('Enter');
    assert.ok(await page.evaluate(() => document.getElementById('popover').contains(document.activeElement)), 'focus is in the card');
    await page.keyboard.press('Escape');
    assert.equal(await page.isHidden('#popover'), true, 'Escape hides the evidence');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.index), all[1], 'and focus is back on the mark');
  });

  test('the legend picks a verdict; Next steps through it and wraps around, Previous goes back', async () => {
    await paste(page, `${ARTICLE}\n\n${ARTICLE}`);
    const contradictions = await page.$$eval('#article mark.v-contradict', (els) => els.map((e) => e.dataset.index));
    assert.ok(contradictions.length >= 2);
    await page.focus('#input');
    await page.click('#legend button[data-verdict="contradict"]');
    assert.equal(await page.getAttribute('#legend button[data-verdict="contradict"]', 'aria-pressed'), 'true');
    assert.equal(await page.getAttribute('#article', 'data-filter'), 'contradict');
    const seen = [await page.evaluate(() => document.activeElement.dataset.index)];
    for (let k = 1; k <= contradictions.length; k++) {
      await page.click('#next');
      seen.push(await page.evaluate(() => document.activeElement.dataset.index));
      assert.equal(await page.getAttribute('#popover', 'data-index'), seen.at(-1));
      assert.ok((await page.textContent('#popover')).includes('✗ Contradicts'));
    }
    assert.deepEqual(seen, [...contradictions, contradictions[0]]);
    await page.click('#prev');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.index), contradictions.at(-1));
    assert.match(await page.textContent('#nav-pos'), new RegExp(`^${contradictions.length} of ${contradictions.length} contradicts`));
    // Keys: 0 drops the choice (every mark), n and p step, 2 picks "adds, unconfirmed".
    await page.keyboard.press('0');
    assert.equal(await page.getAttribute('#article', 'data-filter'), '');
    await page.keyboard.press('2');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.verdict), 'extend');
    await page.keyboard.press('n');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.verdict), 'extend');
    // 5: sentences with nothing to check can be stepped to, and say why.
    await page.keyboard.press('5');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.verdict), 'none');
    assert.ok((await page.textContent('#popover')).includes('It asks a question rather than stating something.'));
    await page.keyboard.press('5'); // again: the choice is dropped
    assert.equal(await page.getAttribute('#legend button[data-verdict="none"]', 'aria-pressed'), 'false');
  });

  test('claims panel: filter by text; a click outlines the sentences that cite the claim', async () => {
    await paste(page, ARTICLE);
    const total = await page.$$eval('#claims li', (els) => els.length);
    assert.ok(total > 10, `claims listed: ${total}`);
    await page.fill('#claims-filter', 'trainium');
    await page.waitForFunction(() => document.querySelectorAll('#claims li:not([hidden])').length < document.querySelectorAll('#claims li').length);
    const shown = await page.$$eval('#claims li:not([hidden])', (els) => els.map((e) => e.textContent.toLowerCase()));
    assert.ok(shown.length >= 1 && shown.every((t) => t.includes('trainium')), 'the filter keeps matching claims only');
    await page.fill('#claims-filter', '');
    await page.waitForFunction((n) => document.querySelectorAll('#claims li:not([hidden])').length === n, total);

    const report = await checkInPage(page, ARTICLE);
    const cited = report.sentences.find((s) => s.findings.some((f) => f.claim !== null));
    const id = cited.findings.find((f) => f.claim !== null).claim;
    await page.click(`#claims button[data-claim="${id}"]`);
    const linked = await page.$$eval('#article .is-linked', (els) => els.map((e) => Number(e.dataset.start)));
    const expected = report.sentences.filter((s) => s.findings.some((f) => f.claim === id)).map((s) => s.start);
    assert.deepEqual(linked, expected);
    assert.equal(await page.getAttribute(`#claims button[data-claim="${id}"]`, 'aria-pressed'), 'true');
  });

  test('export with marks: one annotation per marked sentence with selectors and evidence', async () => {
    await paste(page, ARTICLE);
    const report = await checkInPage(page, ARTICLE);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
    const json = JSON.parse(await readFile(await download.path(), 'utf8'));
    const marked = report.sentences.filter((s) => s.verdict !== 'none');
    assert.ok(marked.length >= 3);
    assert.equal(json.first.items.length, marked.length);
    json.first.items.forEach((a, i) => checkAnnotation(a, marked[i], ARTICLE));
    assert.ok(json.first.items.some((a) => a.body.some((b) => b.purpose === 'tagging' && b.value === 'disputed')), 'disputed is tagged');
  });

  test('a narrow (phone) viewport still shows the marks and the evidence', async () => {
    const { context: c2, page: p2 } = await openPage({ scripted: true, viewport: { width: 390, height: 844 } });
    try {
      await paste(p2, ARTICLE);
      await p2.locator('#article mark').first().click();
      await p2.waitForSelector('#popover:not([hidden])');
      const box = await p2.locator('#popover').boundingBox();
      assert.ok(box.x >= 0 && box.x + box.width <= 390, JSON.stringify(box));
      await p2.screenshot({ path: join(OUT, 'page-narrow.png') });
    } finally {
      await c2.close();
    }
  });
});

describe('real verdicts (fail until the core judges sentences)', () => {
  let context;
  let page;
  before(async () => ({ context, page } = await openPage()));
  after(async () => context?.close());

  test('the sample article shows every verdict', async () => {
    await page.click('#load-sample');
    const text = await page.inputValue('#input');
    await page.waitForFunction((t) => document.getElementById('article').textContent === t, text);
    const { summary } = await assertRenderingFollowsCheck(page, text);
    for (const key of ['match', 'extend', 'contradict', 'disputed', 'none']) {
      assert.ok(summary[key] > 0, `no "${key}" sentence in the sample: ${JSON.stringify(summary)}`);
    }
  });

  test('hovering a real mark shows its verdict label and, when it has one, the seed quote and document', async () => {
    const text = await page.inputValue('#input');
    const report = await checkInPage(page, text);
    const i = report.sentences.findIndex((s) => s.verdict !== 'none' && s.findings.some((f) => f.source));
    assert.ok(i >= 0, 'no marked sentence with a seed source in the sample');
    const s = report.sentences[i];
    await page.hover(`#article mark[data-index="${i}"]`);
    await page.waitForSelector('#popover:not([hidden])');
    const shown = await page.textContent('#popover');
    const label = { match: '✓ Matches', extend: '+ Adds, unconfirmed', contradict: '✗ Contradicts' }[s.verdict];
    assert.ok(shown.includes(label), shown);
    const f = s.findings.find((x) => x.source);
    assert.ok(shown.includes(f.source.quote), 'the reference quote is shown');
    assert.ok(shown.includes(f.source.title || f.source.name), 'the reference is named as the engine names it');
    assert.ok(!shown.includes('.txt'), 'no file name in the card');
  });

  test('the legend and Next reach a real contradiction in the sample', async () => {
    await page.click('#legend button[data-verdict="contradict"]');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.verdict), 'contradict');
    await page.click('#next');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.verdict), 'contradict');
    await page.click('#legend button[data-verdict="contradict"]');
  });
});

test('no request left the local server (runs last, over every page above)', () => {
  // Every URL any page asked for is the page's own origin: no CDN, font, analytics.
  const foreign = requests.filter((u) => !u.startsWith(`${app.origin}/`));
  assert.deepEqual(foreign, [], 'requests outside the local server');
  assert.ok(requests.some((u) => u.endsWith('.wasm')), 'the wasm was fetched from the local server');
});
