// End-to-end tests of the factmark bookmarklet: Debian's Chromium driven by playwright-core.
//
//   make wasm && node --test tests/e2e/bookmarklet.test.mjs
//
// www/ (the "factmark origin") and tests/fixtures/ (the "news site") are served on two
// different free ports, so the bookmarklet loads factmark cross-origin as it would for real.
// The bookmarklet's code is read from the link on bookmarklet.html and evaluated in the news
// page through the DevTools protocol with a user gesture, which is how a bookmark click runs
// it (a javascript: navigation is not scriptable from automation).
//
// Tests whose names start with "[needs verdicts]" only pass once the Rust core returns real
// verdicts (with the placeholder core every sentence is "none" and nothing is marked).
// Screenshots go to test-output/bookmarklet-*.png.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createStaticServer } from '../../scripts/serve.mjs';
import { startFixtureServer, FIXTURES } from './fixture-server.mjs';
import { axe } from './helpers.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WWW = ROOT + 'www';
const OUT = ROOT + 'test-output';
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

let factmark; // { server, origin }
let fixtures; // { server, origin, close }
let browser;
let code; // the bookmarklet's JavaScript, as read from bookmarklet.html

function listen(server) {
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok(`http://127.0.0.1:${server.address().port}`));
  });
}

before(async () => {
  assert.ok(existsSync(`${WWW}/pkg/factmark.js`), 'www/pkg/factmark.js is missing: run `make wasm` first');
  mkdirSync(OUT, { recursive: true });
  const server = createStaticServer(WWW);
  factmark = { server, origin: await listen(server) };
  fixtures = await startFixtureServer({ factmarkOrigin: factmark.origin });
  assert.notEqual(new URL(factmark.origin).port, new URL(fixtures.origin).port);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
  await fixtures?.close();
  await new Promise((r) => (factmark?.server ? factmark.server.close(r) : r()));
});

async function newPage() {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.errors = errors;
  return page;
}

/** Reads the bookmarklet's code from the draggable link on bookmarklet.html (once). */
async function bookmarkletCode() {
  if (code) return code;
  const page = await newPage();
  await page.goto(`${factmark.origin}/bookmarklet.html`);
  const link = page.locator('a[data-factmark-bookmarklet]');
  await page.waitForFunction(() => document.querySelector('a[data-factmark-bookmarklet]').getAttribute('href').startsWith('javascript:'));
  const href = await link.getAttribute('href');
  code = decodeURI(href.slice('javascript:'.length));
  await page.context().close();
  return code;
}

/** Runs the bookmarklet in `page` the way a bookmark click does. */
async function clickBookmarklet(page) {
  const js = await bookmarkletCode();
  const cdp = await page.context().newCDPSession(page);
  const result = await cdp.send('Runtime.evaluate', { expression: js, userGesture: true });
  assert.equal(result.exceptionDetails, undefined, JSON.stringify(result.exceptionDetails));
  await cdp.detach();
}

/** Runs the bookmarklet and waits until its panel has finished (done, empty or error). */
async function runAndWait(page) {
  await clickBookmarklet(page);
  await page.waitForSelector('factmark-panel[data-state="done"], factmark-panel[data-state="empty"], factmark-panel[data-state="error"]', { state: 'attached', timeout: 20000 });
  return page.getAttribute('factmark-panel', 'data-state');
}

/** What the page looks like to a reader and to the DOM, for before/after comparisons. */
function snapshot(page) {
  return page.evaluate(() => ({
    html: document.body.innerHTML,
    text: document.body.textContent,
    innerText: document.body.innerText,
    links: [...document.querySelectorAll('a[href]')].map((a) => [a.getAttribute('href'), a.textContent]),
    sheets: document.adoptedStyleSheets.length,
    height: document.querySelector('article, #story-body, main')?.getBoundingClientRect().height ?? 0,
  }));
}

/** The marks on the page grouped by sentence: [{ id, verdict, text }] in sentence order. */
function marksBySentence(page) {
  return page.evaluate(() => {
    const groups = new Map();
    for (const m of document.querySelectorAll('mark[data-factmark]')) {
      const id = Number(m.getAttribute('data-factmark-s'));
      if (!groups.has(id)) groups.set(id, { id, verdict: m.getAttribute('data-factmark'), disputed: m.hasAttribute('data-factmark-disputed'), text: '' });
      const g = groups.get(id);
      assert(g.verdict === m.getAttribute('data-factmark'), 'one verdict per sentence');
      g.text += m.textContent;
    }
    function assert(ok, msg) { if (!ok) throw new Error(msg); }
    return [...groups.values()].sort((a, b) => a.id - b.id)
      .map((g) => ({ verdict: g.verdict, disputed: g.disputed, text: g.text.replace(/\s+/g, ' ').trim() }));
  });
}

/**
 * What the marks should be, computed independently of the run: the pristine fixture HTML is
 * parsed with DOMParser in a factmark-origin page, its article text collected with
 * annotate-dom.js and checked with the core there.
 */
async function expectedMarks(fixture) {
  const html = await readFile(`${FIXTURES}/${fixture}`, 'utf8');
  const page = await newPage();
  await page.goto(`${factmark.origin}/bookmarklet.html`);
  const result = await page.evaluate(async (source) => {
    const dom = await import('./annotate-dom.js');
    const core = await import('./pkg/factmark.js');
    await core.default();
    const doc = new DOMParser().parseFromString(source, 'text/html');
    const roots = dom.findArticleRoots(doc);
    const marks = [];
    const texts = [];
    for (const root of roots) {
      const { text } = dom.collectText(root);
      texts.push(text);
      for (const s of core.check(text).sentences) {
        if (s.verdict === 'none') continue;
        marks.push({ verdict: s.verdict, disputed: s.disputed, text: s.text.replace(/\s+/g, ' ').trim() });
      }
    }
    return { marks, texts, roots: roots.map((r) => r.id || r.className || r.localName) };
  }, html);
  await page.context().close();
  return result;
}

// caret: 'initial': Playwright's caret hiding leaves style="" on editable elements.
const shot = (page, name, fullPage = false) => page.screenshot({ path: `${OUT}/bookmarklet-${name}.png`, caret: 'initial', fullPage });

// ---------------------------------------------------------------------------------------

test('bookmarklet.html builds a short javascript: link from its own origin', async () => {
  const js = await bookmarkletCode();
  assert.ok(js.includes(JSON.stringify(factmark.origin)), `link points at ${factmark.origin}: ${js}`);
  assert.match(js, /import\(o\+'\/bookmarklet\.js'\)\.then\(m=>m\.run\(\{origin:o\}\)/);
  assert.match(js, /alert\('factmark could not load on this page \(its Content-Security-Policy blocks it/);
  assert.ok(js.length < 320, `bookmarklet is short (${js.length} chars)`);

  const page = await newPage();
  await page.goto(`${factmark.origin}/bookmarklet.html?origin=https://factmark.example/tools/`);
  await page.waitForFunction(() => document.querySelector('a[data-factmark-bookmarklet]').getAttribute('href').startsWith('javascript:'));
  let href = await page.getAttribute('a[data-factmark-bookmarklet]', 'href');
  assert.ok(decodeURI(href).includes('"https://factmark.example/tools"'), href);
  await page.fill('[data-factmark-origin-input]', 'https://other.example');
  href = await page.getAttribute('a[data-factmark-bookmarklet]', 'href');
  assert.ok(decodeURI(href).includes('"https://other.example"'), href);
  assert.equal(await page.textContent('[data-factmark-origin]'), 'https://other.example');
  await page.fill('[data-factmark-origin-input]', 'javascript:alert(1)');
  assert.equal(await page.getAttribute('[data-factmark-origin-input]', 'aria-invalid'), 'true');
  assert.ok(decodeURI(await page.getAttribute('a[data-factmark-bookmarklet]', 'href')).includes('"https://other.example"'), 'bad input leaves the link alone');

  // "Try it here" runs the same module on the sample article, under the page's own CSP.
  await page.goto(`${factmark.origin}/bookmarklet.html`);
  await page.click('[data-factmark-try]');
  await page.waitForSelector('factmark-panel[data-state="done"]', { state: 'attached', timeout: 20000 });
  await shot(page, 'install', true);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('DOM mapping: every sentence of the article maps back onto its text nodes and unwraps exactly', async () => {
  const page = await newPage();
  await page.goto(`${fixtures.origin}/article.html`);
  const r = await page.evaluate(async (origin) => {
    const dom = await import(`${origin}/annotate-dom.js`);
    const core = await import(`${origin}/pkg/factmark.js`);
    await core.default();
    const before = { html: document.body.innerHTML, text: document.body.textContent };
    const roots = dom.findArticleRoots(document);
    const out = { roots: roots.map((x) => x.className), sentences: [], mismatches: [], texts: [] };
    const pieces = [];
    for (const root of roots) {
      const c = dom.collectText(root);
      out.texts.push(c.text);
      const report = core.check(c.text);
      for (const s of report.sentences) {
        if (c.text.slice(s.start, s.end) !== s.text) out.mismatches.push(['offsets', s.text]);
        const id = out.sentences.length;
        out.sentences.push(s.text);
        for (const p of dom.rangesFor(c, s.start, s.end)) pieces.push({ ...p, id });
      }
    }
    const record = dom.wrapPieces(pieces, (p) => {
      const m = document.createElement('mark');
      m.setAttribute('data-test-s', String(p.id));
      return m;
    });
    const during = { html: document.body.innerHTML, text: document.body.textContent };
    const texts = new Map();
    for (const m of document.querySelectorAll('mark[data-test-s]')) {
      const id = Number(m.getAttribute('data-test-s'));
      texts.set(id, (texts.get(id) || '') + m.textContent);
      if (m.querySelector('a') || m.closest('mark[data-test-s] mark')) out.mismatches.push(['wraps a link or a mark', m.textContent]);
      if (m.closest('nav, aside, header, footer, form, #comments, [contenteditable]')) out.mismatches.push(['excluded area', m.textContent]);
    }
    out.sentences.forEach((s, id) => {
      const got = (texts.get(id) || '').replace(/\s+/g, ' ').trim();
      if (got !== s.replace(/\s+/g, ' ').trim()) out.mismatches.push(['sentence text', s, got]);
    });
    const link = document.querySelector('a.inline-link');
    out.linkHasMark = !!link.querySelector('mark[data-test-s]');
    out.textDuring = during.text === before.text;
    out.changedDuring = during.html !== before.html;
    out.marks = record.marks.length;
    dom.unwrap(record);
    out.htmlAfter = document.body.innerHTML === before.html;
    out.textAfter = document.body.textContent === before.text;
    out.pageSplit = document.getElementById('split-by-page').childNodes.length === window.__pageSplitCount;
    out.pageNode = window.__pageTextNode.isConnected && window.__pageTextNode.data === window.__pageTextData
      && window.__pageTextNode === document.getElementById('aws').firstChild;
    return out;
  }, factmark.origin);

  assert.deepEqual(r.roots, ['story'], 'the story <article>, not the comments section\'s');
  assert.deepEqual(r.mismatches, []);
  const text = r.texts[0];
  assert.ok(text.includes('Amazon is contributing $50 billion to OpenAI’s record funding round'), 'text runs across the link');
  assert.ok(text.includes('🚀') && text.includes('“It is a remarkable turn for a partnership once called ‘exclusive’,”'), 'emoji and curly quotes kept');
  assert.ok(text.includes('$38 billion over seven years. Amazon’s stock'), 'source line break collapsed to a space');
  assert.ok(text.includes('contribution. 🚀\n\nOpenAI’s cloud'), 'paragraphs separated by a blank line');
  assert.ok(text.includes('next.\nNot even'), '<br> is a line break');
  for (const furniture of ['By A. Reporter', 'Most read', 'masthead', 'Readers', 'Post', 'holds a 27% stake', 'came in two tranches', '©', 'Andy Jassy', 'Related:', 'Reporting by']) {
    assert.ok(!text.includes(furniture), `"${furniture}" is not checked`);
  }
  assert.ok(r.marks > r.sentences.length, 'sentences spanning inline elements get several marks');
  assert.ok(r.linkHasMark, 'the link text is marked inside the <a>');
  assert.ok(r.changedDuring && r.textDuring, 'marks change the DOM, not the text');
  assert.ok(r.htmlAfter && r.textAfter, 'unwrap restores innerHTML exactly');
  assert.ok(r.pageSplit, 'the page\'s own split text nodes stay split');
  assert.ok(r.pageNode, 'the page\'s own text node objects are restored in place');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('article page: marks follow check(), page text and links never change, removal restores the DOM', async (t) => {
  const expected = await expectedMarks('article.html');
  assert.deepEqual(expected.roots, ['story']);
  const page = await newPage();
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await page.goto(`${fixtures.origin}/article.html`);
  const before = await snapshot(page);

  assert.equal(await runAndWait(page), 'done');
  const during = await snapshot(page);
  assert.deepEqual(await marksBySentence(page), expected.marks, 'every marked sentence and verdict is what check() says');
  assert.equal(during.text, before.text, 'textContent unchanged while marked');
  assert.equal(during.innerText, before.innerText, 'innerText unchanged while marked');
  assert.deepEqual(during.links, before.links, 'links keep their href and text');
  assert.equal(during.sheets, before.sheets + 1, 'one stylesheet adopted for the marks');
  assert.ok(Math.abs(during.height - before.height) < 1, `layout unchanged (${before.height} → ${during.height})`);
  const misplaced = await page.evaluate(() => ({
    furniture: document.querySelectorAll(':is(nav, aside, header, footer, form, #comments, [contenteditable]) mark[data-factmark]').length,
    nested: document.querySelectorAll('mark[data-factmark] mark[data-factmark]').length,
    aroundLinks: document.querySelectorAll('mark[data-factmark] a').length,
    outside: [...document.querySelectorAll('mark[data-factmark]')].filter((m) => !m.closest('article.story')).length,
  }));
  assert.deepEqual(misplaced, { furniture: 0, nested: 0, aroundLinks: 0, outside: 0 });
  const panelText = await page.textContent('factmark-panel >> .fmb-panel');
  assert.match(panelText, /Contradicts/);
  assert.match(panelText, /sentences? read/);

  // Second click: no double wrapping, same marks, same text.
  const count = await page.locator('mark[data-factmark]').count();
  assert.equal(await runAndWait(page), 'done');
  assert.equal(await page.locator('mark[data-factmark]').count(), count, 'same number of marks after a second run');
  assert.equal(await page.locator('mark[data-factmark] mark[data-factmark]').count(), 0, 'no mark inside a mark');
  assert.equal(await page.locator('factmark-panel').count(), 1, 'one panel');
  assert.deepEqual(await marksBySentence(page), expected.marks);
  assert.equal((await snapshot(page)).text, before.text);

  await t.test('[needs verdicts] marks appear; Next contradiction shows the evidence popover', async () => {
    assert.ok(count > 0, 'the article has marked sentences');
    assert.ok(expected.marks.some((m) => m.verdict === 'contradict'), 'the article has a contradiction');
    await page.click('factmark-panel >> li[data-verdict="contradict"] button.fmb-filter');
    await page.waitForSelector('factmark-popover[data-sentence]', { state: 'attached' });
    const pop = await page.evaluate(() => {
      const host = document.querySelector('factmark-popover');
      const id = host.getAttribute('data-sentence');
      const active = document.activeElement;
      return {
        evidence: !!host.shadowRoot.querySelector('.fm-evidence'),
        text: host.shadowRoot.textContent,
        focused: active && active.matches('mark[data-factmark="contradict"]') && active.getAttribute('data-factmark-s') === id,
        visible: getComputedStyle(host).visibility,
        inView: (() => { const r = active.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })(),
      };
    });
    assert.ok(pop.evidence, 'renderEvidence content in the shadow root');
    assert.match(pop.text, /Contradicts/);
    assert.ok(pop.focused, 'the contradiction mark has focus');
    assert.equal(pop.visible, 'visible');
    assert.ok(pop.inView, 'scrolled into view');
    assert.equal((await snapshot(page)).text, before.text, 'the popover adds no page text');
    await shot(page, 'article');
  });
  if (count === 0) await shot(page, 'article');

  // Remove marks: the DOM is exactly as it was.
  await page.click('factmark-panel >> button.fmb-remove');
  const afterRemove = await snapshot(page);
  assert.equal(afterRemove.html, before.html, 'innerHTML identical after removal');
  assert.equal(afterRemove.text, before.text);
  assert.equal(afterRemove.innerText, before.innerText);
  assert.deepEqual(afterRemove.links, before.links);
  assert.equal(afterRemove.sheets, before.sheets, 'mark stylesheet removed');
  const pageState = await page.evaluate(() => ({
    hosts: document.querySelectorAll('[data-factmark-host]').length,
    split: document.getElementById('split-by-page').childNodes.length === window.__pageSplitCount,
    node: window.__pageTextNode === document.getElementById('aws').firstChild && window.__pageTextNode.data === window.__pageTextData,
  }));
  assert.deepEqual(pageState, { hosts: 0, split: true, node: true });
  assert.deepEqual(dialogs, []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('page without <article>/<main>: the densest block of paragraphs is checked', async (t) => {
  const expected = await expectedMarks('densest.html');
  assert.deepEqual(expected.roots, ['story-body']);
  assert.ok(expected.texts[0].startsWith('How the money moved\n\nAmazon is contributing $50 billion'));
  assert.ok(!expected.texts[0].includes('Share this story'));
  const page = await newPage();
  await page.goto(`${fixtures.origin}/densest.html`);
  const before = await snapshot(page);
  await clickBookmarklet(page); // an impatient double click: the second run replaces the first
  assert.equal(await runAndWait(page), 'done');
  await page.waitForTimeout(300);
  assert.equal(await page.locator('factmark-panel').count(), 1, 'one panel after a double click');
  assert.equal(await page.locator('mark[data-factmark] mark[data-factmark]').count(), 0, 'no mark inside a mark');
  assert.deepEqual(await marksBySentence(page), expected.marks);
  const outside = await page.evaluate(() => [...document.querySelectorAll('mark[data-factmark]')].filter((m) => !m.closest('#story-body')).length);
  assert.equal(outside, 0, 'only the story body is marked');
  assert.equal((await snapshot(page)).text, before.text);
  await shot(page, 'densest');
  await t.test('[needs verdicts] the densest block gets marks', async () => {
    assert.ok(expected.marks.length > 0);
    assert.ok(await page.locator('#story-body mark[data-factmark]').count() > 0);
  });
  await page.click('factmark-panel >> button.fmb-remove');
  assert.equal((await snapshot(page)).html, before.html);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('strict CSP (no scripts from other origins): the bookmarklet says so in an alert', async () => {
  const page = await newPage();
  const response = await page.goto(`${fixtures.origin}/csp-strict.html`);
  assert.match(response.headers()['content-security-policy'], /script-src 'self'/);
  const before = await snapshot(page);
  // Dismiss the alert as soon as it opens: it blocks the page (and DevTools calls) until then.
  const dialog = new Promise((ok) => page.on('dialog', async (d) => {
    const seen = { type: d.type(), message: d.message() };
    await d.dismiss();
    ok(seen);
  }));
  await clickBookmarklet(page);
  const d = await Promise.race([dialog, new Promise((_, no) => setTimeout(() => no(new Error('no alert within 10 s: the bookmarklet failed silently')), 10000))]);
  const message = d.message;
  assert.equal(d.type, 'alert');
  assert.match(message, /factmark could not load on this page \(its Content-Security-Policy blocks it/);
  assert.ok(message.includes(`Open ${factmark.origin} and paste the article text instead.`), message);
  const after = await snapshot(page);
  assert.equal(after.html, before.html, 'nothing on the page changed');
  assert.equal(await page.locator('mark[data-factmark], [data-factmark-host]').count(), 0);
  await shot(page, 'csp-strict');
  await page.context().close();
});

test('CSP without wasm-unsafe-eval: the module loads, the panel reports the block visibly', async () => {
  const page = await newPage();
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  const response = await page.goto(`${fixtures.origin}/csp-wasm.html`);
  assert.ok(response.headers()['content-security-policy'].includes(factmark.origin));
  const before = await snapshot(page);
  assert.equal(await runAndWait(page), 'error');
  const error = page.locator('factmark-panel >> .fmb-error');
  assert.ok(await error.isVisible(), 'the error is visible');
  const text = await error.textContent();
  assert.match(text, /Content-Security-Policy blocks/);
  assert.ok(text.includes(`Open ${factmark.origin}`), text);
  assert.equal(await page.getAttribute('factmark-panel >> .fmb-error', 'role'), 'alert');
  assert.equal(await page.locator('mark[data-factmark]').count(), 0);
  assert.equal((await snapshot(page)).text, before.text);
  await shot(page, 'csp-wasm');
  await page.click('factmark-panel >> button.fmb-remove');
  assert.equal((await snapshot(page)).html, before.html, 'closing the panel restores the page');
  assert.deepEqual(dialogs, []);
  await page.context().close();
});

test('the code for installing by hand is the javascript: URL itself, and it runs', async () => {
  const page = await newPage();
  await page.goto(`${factmark.origin}/bookmarklet.html`);
  await page.waitForFunction(() => document.querySelector('[data-factmark-code]').textContent.startsWith('javascript:'));
  const shown = await page.textContent('[data-factmark-code]');
  const href = await page.getAttribute('a[data-factmark-bookmarklet]', 'href');
  assert.equal(shown, href, 'the hand-install code is what the link holds');
  await page.context().close();
  // Pasted as a bookmark's address and clicked: the browser decodes and runs what follows
  // "javascript:".
  const news = await newPage();
  await news.goto(`${fixtures.origin}/article.html`);
  const cdp = await news.context().newCDPSession(news);
  const result = await cdp.send('Runtime.evaluate', { expression: decodeURIComponent(shown.slice('javascript:'.length)), userGesture: true });
  assert.equal(result.exceptionDetails, undefined, JSON.stringify(result.exceptionDetails));
  await news.waitForSelector('factmark-panel[data-state="done"]', { state: 'attached', timeout: 20000 });
  await news.context().close();
});

test('[needs verdicts] keyboard: Tab reaches every marked sentence; the panel steps through a verdict, minimises, and passes axe', async () => {
  const page = await newPage();
  await page.goto(`${fixtures.origin}/article.html`);
  assert.equal(await runAndWait(page), 'done');
  const ids = await page.evaluate(() => [...new Set([...document.querySelectorAll('mark[data-factmark]')].map((m) => m.getAttribute('data-factmark-s')))]);
  assert.ok(ids.length >= 3, `marked sentences: ${ids.length}`);
  // Tab from the top of the page through every stop; note the marks reached.
  await page.evaluate(() => document.activeElement && document.activeElement.blur());
  const reached = new Set();
  for (let k = 0; k < 80 && reached.size < ids.length; k++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => document.activeElement && document.activeElement.getAttribute('data-factmark-s'));
    if (id !== null) {
      reached.add(id);
      assert.equal(await page.getAttribute('factmark-popover', 'data-sentence'), id, 'focus shows the evidence');
    }
  }
  assert.deepEqual([...reached].sort(), [...ids].sort(), 'every marked sentence is a tab stop');

  // Choose "Matches" in the panel: Next walks the matches only.
  const matches = await page.evaluate(() => [...new Set([...document.querySelectorAll('mark[data-factmark="match"]')].map((m) => m.getAttribute('data-factmark-s')))]);
  if (matches.length) {
    await page.click('factmark-panel >> li[data-verdict="match"] button.fmb-filter');
    const seen = [await page.evaluate(() => document.activeElement.getAttribute('data-factmark-s'))];
    for (let k = 1; k < matches.length; k++) {
      await page.click('factmark-panel >> button.fmb-next');
      seen.push(await page.evaluate(() => document.activeElement.getAttribute('data-factmark-s')));
    }
    assert.deepEqual(seen, matches);
  }

  const violations = await axe(page, 'factmark-panel');
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 1));
  await page.click('factmark-panel >> button.fmb-min');
  assert.equal(await page.getAttribute('factmark-panel', 'data-min'), 'true');
  assert.equal(await page.locator('factmark-panel >> .fmb-counts').isVisible(), false, 'minimised: the counts are hidden');
  await page.click('factmark-panel >> button.fmb-min');
  assert.equal(await page.locator('factmark-panel >> .fmb-counts').isVisible(), true);
  await page.context().close();
});

test('[needs verdicts] on a phone the panel and the evidence fit the screen', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${fixtures.origin}/article.html`);
  assert.equal(await runAndWait(page), 'done');
  const fits = (b) => b && b.x >= 0 && b.y >= 0 && b.x + b.width <= 390 && b.y + b.height <= 844;
  const panel = await page.locator('factmark-panel >> .fmb-panel').boundingBox();
  assert.ok(fits(panel), `panel ${JSON.stringify(panel)}`);
  await page.click('factmark-panel >> button.fmb-next');
  await page.waitForSelector('factmark-popover[data-sentence]', { state: 'attached' });
  const pop = await page.locator('factmark-popover >> .fmb-popover').boundingBox();
  assert.ok(fits(pop), `evidence ${JSON.stringify(pop)}`);
  await page.click('factmark-panel >> button.fmb-min');
  const small = await page.locator('factmark-panel >> .fmb-panel').boundingBox();
  assert.ok(small.height < panel.height / 2, `minimised ${small.height} px of ${panel.height}`);
  await shot(page, 'phone');
  await context.close();
});
