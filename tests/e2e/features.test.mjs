// End-to-end tests of what the page does around the marks: the checker worker (progress,
// cancel, long texts in parts, recovery after a failed module), the reader's text (draft,
// undo, a lone surrogate), evidence cards (fit the screen, plain words, the whole source),
// reports, printing, the reader's own reference documents, serving and accessibility.
//
//   make wasm && node --test tests/e2e/features.test.mjs

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, OUT, appHooks, openApp, paste, waitRendered, checkInPage, axe } from './helpers.mjs';

const app = appHooks();

const SAMPLE_LIKE = 'OpenAI’s seven-year cloud commitment to Amazon Web Services is worth $38 billion. Microsoft began its relationship with OpenAI through a $2 billion investment. NVIDIA contributed $20 billion to OpenAI’s $110 billion round. It rained in Seattle on Friday. Will the old rivals learn to share?';

/** Sets the textarea as a paste would (page.fill types huge texts too slowly). */
function setInput(page, text) {
  return page.evaluate((t) => {
    const input = document.getElementById('input');
    input.value = t;
    input.dispatchEvent(new Event('input'));
  }, text);
}

/** A paragraph with figures, repeated to `n` UTF-16 units or more. */
function longText(n) {
  const p = 'Amazon shares rose more than 5% in pre-market trading. OpenAI signed a $38 billion deal with AWS over seven years. Analysts expect more such deals (and more figures: 1, 2, 3).\n\n';
  return p.repeat(Math.ceil(n / p.length));
}

// ------------------------------------------------------------------ the checker worker

test('a long text is checked in parts in the worker: the page keeps drawing, progress shows, the result is whole', async () => {
  const { context, page } = await openApp(app.browser, app.origin);
  try {
    const text = longText(450_000);
    // Frames keep coming while the worker checks: from the first progress report until the
    // result starts to be drawn, no frame waits long (a check on the main thread would
    // hold every frame until it ends). The text box's own layout of the paste comes before.
    await setInput(page, text);
    await page.waitForSelector('#progress:not([hidden])', { timeout: 10_000 });
    await page.evaluate(() => {
      window.__frames = [];
      const tick = (t) => { window.__frames.push(t); window.__raf = requestAnimationFrame(tick); };
      window.__raf = requestAnimationFrame(tick);
      new MutationObserver((_, o) => { window.__drawn = performance.now(); o.disconnect(); })
        .observe(document.getElementById('article'), { childList: true });
    });
    assert.match(await page.textContent('#status'), /in \d+ parts/);
    await waitRendered(page, text, 120_000);
    const frames = await page.evaluate(() => {
      cancelAnimationFrame(window.__raf);
      return window.__frames.filter((t) => t <= window.__drawn);
    });
    const gaps = frames.slice(1).map((t, i) => t - frames[i]);
    assert.ok(frames.length >= 3, `frames while the worker checked: ${frames.length}`);
    const worst = Math.max(...gaps);
    assert.ok(worst < 500, `the page froze for ${Math.round(worst)} ms while checking`);
    const status = await page.textContent('#status');
    assert.match(status, /checked in \d+ parts of up to 100,000 characters/);
    // Parts cover the text with no gap or overlap, and every sentence is the text it spans.
    const shown = await page.$$eval('#article [data-start]', (els) => els.map((e) => [Number(e.dataset.start), Number(e.dataset.end), e.textContent]));
    let prev = 0;
    for (const [s, e, t] of shown) {
      assert.ok(s >= prev, `sentence at ${s} overlaps the one before (ends ${prev})`);
      assert.equal(text.slice(s, e), t);
      prev = e;
    }
    assert.ok(shown.length > 6000, `${shown.length} sentences`);
    // One block per part, each laid out only near the screen.
    const parts = Number(/in (\d+) parts/.exec(status)[1]);
    assert.equal(await page.locator('#article > .fm-part').count(), parts);
    assert.equal(await page.$eval('#article > .fm-part', (b) => getComputedStyle(b).contentVisibility), 'auto');
  } finally {
    await context.close();
  }
});

test('Cancel stops a running check; the text stays and "Check again" checks it', async () => {
  const { context, page } = await openApp(app.browser, app.origin);
  try {
    const text = longText(900_000);
    await setInput(page, text);
    await page.waitForSelector('#cancel:not([hidden])', { timeout: 10_000 });
    await page.click('#cancel');
    await page.waitForFunction(() => /cancelled/.test(document.getElementById('status').textContent));
    assert.equal(await page.inputValue('#input'), text, 'the text is kept');
    assert.equal(await page.isVisible('#retry'), true);
    await setInput(page, SAMPLE_LIKE);
    await waitRendered(page, SAMPLE_LIKE);
  } finally {
    await context.close();
  }
});

test('after a failure inside the WebAssembly module the page starts a new one, says so and keeps the text', async () => {
  const { context, page } = await openApp(app.browser, app.origin, { query: '?test-hooks' });
  try {
    await paste(page, SAMPLE_LIKE);
    const before = await page.$eval('#article', (a) => a.innerHTML);
    const name = await page.evaluate(() => window.factmarkTest.forceFailure());
    assert.equal(name, 'RuntimeError', 'a real trap inside the module');
    await page.waitForFunction(() => document.documentElement.dataset.recovered === '1');
    assert.match(await page.textContent('#status'), /failed and was restarted; your text is kept/);
    assert.equal(await page.inputValue('#input'), SAMPLE_LIKE);
    assert.equal(await page.$eval('#article', (a) => a.innerHTML), before, 'the marks stay');
    // The new instance checks.
    await page.click('#retry');
    const more = `${SAMPLE_LIKE} Amazon’s stock rose more than 5% in pre-market trading.`;
    await paste(page, more);
    assert.match(await page.textContent('#status'), /sentences checked/);
  } finally {
    await context.close();
  }
});

test('check() in the page: a non-string is a TypeError; a lone surrogate a RangeError', async () => {
  const { context, page } = await openApp(app.browser, app.origin);
  try {
    const out = await page.evaluate(async () => {
      const m = await import('/pkg/factmark.js');
      await m.default();
      const res = [];
      for (const v of [42, {}, Symbol('s'), 10n, undefined]) {
        try { m.check(v); res.push('no error'); } catch (e) { res.push(e.name); }
      }
      try { m.check('a\ud800b'); res.push('no error'); } catch (e) { res.push(`${e.name}: ${e.message}`); }
      return res;
    });
    assert.deepEqual(out.slice(0, 5), ['TypeError', 'TypeError', 'TypeError', 'TypeError', 'TypeError']);
    assert.match(out[5], /^RangeError: .*lone surrogate at UTF-16 offset 1/);
  } finally {
    await context.close();
  }
});

test('a lone surrogate in the input: shown (and checked) as U+FFFD, said so, the input unchanged, spans exact', async () => {
  const { context, page } = await openApp(app.browser, app.origin);
  try {
    const text = `Amazon rose 5%. Half a pair \ud83d here. ${SAMPLE_LIKE} And \udc00 another.`;
    const shown = text.replace(/\ud83d(?![\udc00-\udfff])/, '\ufffd').replace(/(?<![\ud800-\udbff])\udc00/, '\ufffd');
    await setInput(page, text);
    await waitRendered(page, shown);
    assert.equal(await page.inputValue('#input'), text, 'the textarea still holds the reader’s text');
    assert.match(await page.textContent('#status'), /2 broken characters .* shown as �/);
    const spans = await page.$$eval('#article [data-start]', (els) => els.map((e) => [Number(e.dataset.start), Number(e.dataset.end), e.textContent]));
    for (const [s, e, t] of spans) assert.equal(shown.slice(s, e), t);
  } finally {
    await context.close();
  }
});

// ------------------------------------------------------------------ the reader's text

test('the draft survives a reload; Clear and Sample are undone by Ctrl+Z and by Undo', async () => {
  const { context, page } = await openApp(app.browser, app.origin);
  try {
    const mine = 'My own draft. Microsoft began its relationship with OpenAI through a $2 billion investment.';
    await paste(page, mine);
    await page.waitForTimeout(500); // the draft is saved 300 ms after the last keystroke
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]', { state: 'attached' });
    assert.equal(await page.inputValue('#input'), mine, 'draft restored');

    // Reloaded at once, before the 300 ms are up: the draft is written as the page goes.
    const quick = `${mine} Typed just before the reload.`;
    await page.fill('#input', quick);
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]', { state: 'attached' });
    assert.equal(await page.inputValue('#input'), quick, 'draft written on pagehide');
    await page.fill('#input', mine);
    await waitRendered(page, mine);

    await page.click('#clear');
    await waitRendered(page, '');
    await page.keyboard.press('Control+z');
    await waitRendered(page, mine);
    assert.equal(await page.inputValue('#input'), mine, 'Ctrl+Z after Clear gives the text back');

    await page.click('#load-sample');
    assert.notEqual(await page.inputValue('#input'), mine);
    await page.click('#undo');
    await waitRendered(page, mine);
    assert.equal(await page.inputValue('#input'), mine, 'Undo after Sample gives the text back');
  } finally {
    await context.close();
  }
});

// ------------------------------------------------------------------ evidence cards

const INTERNAL = [/\bseeds?\b/i, /claim #?\d/i, /\blexicon\b/i, /\bstems?\b/i, /\brule\b/i, /\bnames (gbp|usd|eur)\b/i];

for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
  test(`every card fits a ${viewport.width}x${viewport.height} screen, is selectable, and the page's own words are plain`, async () => {
    const { context, page } = await openApp(app.browser, app.origin, { viewport });
    try {
      const text = await page.inputValue('#input');
      const report = await checkInPage(page, text);
      const engine = new Set();
      for (const s of report.sentences) {
        if (s.reason) engine.add(s.reason);
        for (const f of s.findings) {
          engine.add(f.detail);
          if (f.source) engine.add(f.source.quote);
        }
      }
      const marks = await page.$$eval('#article mark', (els) => els.map((e) => e.dataset.index));
      assert.ok(marks.length >= 5);
      await page.focus('#input');
      for (const i of marks) {
        await page.keyboard.press('Tab');
        assert.equal(await page.evaluate(() => document.activeElement.dataset.index), i);
        await page.waitForSelector(`#popover[data-index="${i}"]`);
        const box = await page.locator('#popover').boundingBox();
        assert.ok(box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height,
          `card ${i} is off the screen: ${JSON.stringify(box)}`);
        // The page's own words, with the engine's sentences and quotes taken out.
        const own = await page.$eval('#popover', (p, skip) => {
          const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
          const out = [];
          for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!skip.includes(n.data)) out.push(n.data);
          return out.join(' | ');
        }, [...engine]);
        for (const re of INTERNAL) assert.doesNotMatch(own, re, `card ${i}: ${own}`);
        const style = await page.$eval('#popover', (p) => ({ select: getComputedStyle(p).userSelect, events: getComputedStyle(p).pointerEvents }));
        assert.notEqual(style.select, 'none');
        assert.notEqual(style.events, 'none', 'the card can be pointed at, to select and copy its text');
      }
      await page.screenshot({ path: join(OUT, `page-card-${viewport.width}.png`) });
    } finally {
      await context.close();
    }
  });
}

test('a card opens the whole reference document at the quoted sentence; axe finds nothing with a card open', async () => {
  const { context, page } = await openApp(app.browser, app.origin);
  try {
    await page.locator('#article mark.v-contradict').first().click();
    await page.waitForSelector('#popover:not([hidden]) .fm-open');
    const quote = await page.textContent('#popover blockquote');
    const violations = await axe(page);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 1));
    await page.click('#popover .fm-open');
    await page.waitForSelector('#doc-viewer[open] mark.quoted');
    assert.equal(await page.textContent('#doc-viewer mark.quoted'), quote);
    const whole = await page.textContent('#doc-viewer-text');
    assert.ok(whole.length > quote.length * 3, 'the whole document, not just the quote');
    const inView = await page.$eval('#doc-viewer mark.quoted', (m) => {
      const r = m.getBoundingClientRect();
      const box = document.getElementById('doc-viewer-text').getBoundingClientRect();
      return r.top >= box.top && r.bottom <= box.bottom;
    });
    assert.ok(inView, 'the quoted sentence is scrolled into view');
    await page.keyboard.press('Escape');
    await page.waitForSelector('#doc-viewer:not([open])', { state: 'attached' });
  } finally {
    await context.close();
  }
});

// ------------------------------------------------------------------ reports and printing

test('CSV and Markdown reports: one row per marked sentence with verdict, reason and source', async () => {
  const { context, page } = await openApp(app.browser, app.origin);
  try {
    const text = await page.inputValue('#input');
    const report = await checkInPage(page, text);
    const marked = report.sentences.filter((s) => s.verdict !== 'none');
    const [csvDl] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    assert.equal(csvDl.suggestedFilename(), 'factmark-report.csv');
    const csv = await readFile(await csvDl.path(), 'utf8');
    // A small RFC 4180 reader: quoted fields may hold commas, quotes and line breaks.
    const rows = [];
    let row = [''];
    let quoted = false;
    for (let i = 0; i < csv.length; i++) {
      const c = csv[i];
      if (quoted) {
        if (c === '"' && csv[i + 1] === '"') { row[row.length - 1] += '"'; i++; } else if (c === '"') quoted = false; else row[row.length - 1] += c;
      } else if (c === '"') quoted = true;
      else if (c === ',') row.push('');
      else if (c === '\r' && csv[i + 1] === '\n') { rows.push(row); row = ['']; i++; } else row[row.length - 1] += c;
    }
    assert.deepEqual(rows[0], ['start', 'end', 'verdict', 'disputed', 'sentence', 'reason', 'source', 'quote', 'url']);
    assert.equal(rows.length - 1, marked.length);
    rows.slice(1).forEach((r, i) => {
      assert.equal(Number(r[0]), marked[i].start);
      assert.equal(r[4], marked[i].text);
      assert.ok(r[5].length > 0, 'a reason');
    });
    const [mdDl] = await Promise.all([page.waitForEvent('download'), page.click('#export-md')]);
    const md = await readFile(await mdDl.path(), 'utf8');
    assert.match(md, /^# factmark report/);
    assert.equal((md.match(/^\d+\. \*\*/gm) || []).length, marked.length);
    assert.match(md, /- Why: /);
  } finally {
    await context.close();
  }
});

test('print: the whole marked article and a short list of findings, nothing else', async () => {
  const { context, page } = await openApp(app.browser, app.origin);
  try {
    const text = await longText(6000);
    await paste(page, text);
    await page.emulateMedia({ media: 'print' });
    const r = await page.evaluate(() => {
      const a = document.getElementById('article');
      const visible = (id) => document.getElementById(id).checkVisibility();
      return {
        clipped: a.scrollHeight > a.clientHeight + 1,
        input: visible('input'),
        navbar: visible('navbar'),
        findings: visible('print-findings'),
        items: document.querySelectorAll('#print-findings li').length,
        marks: document.querySelectorAll('#article mark').length,
      };
    });
    assert.equal(r.clipped, false, 'the article is not cut off');
    assert.equal(r.input, false);
    assert.equal(r.navbar, false);
    assert.equal(r.findings, true);
    assert.equal(r.items, r.marks);
    await page.pdf({ path: join(OUT, 'page-print.pdf') }).catch(() => {}); // headless only
  } finally {
    await context.close();
  }
});

// ------------------------------------------------------------------ your own documents

const DOC_ONE = '# Globex buys Initech\n\nGlobex Corp agreed to buy Initech for $4.2 billion on March 3, 2025. The deal gives Globex 1,200 engineers.\n';
const DOC_TWO = 'Initech annual report\n\nInitech’s revenue was $310 million in 2024. Initech employs 1,200 engineers in Austin.\n';
const PASTED = 'Globex Corp will pay $4.2 billion in cash, its chief executive said. Initech’s revenue was $290 million in 2024.';
const ARTICLE = 'Globex Corp agreed to buy Initech for $4.2 billion on March 3, 2025. Initech’s revenue was $500 million in 2024.';

const file = (name, text, mimeType = 'text/plain') => ({ name, mimeType, buffer: Buffer.from(text) });

test('your documents: add by file and paste, check against them, kept after reload, export and import, back to the bundled set; bad files change nothing', async () => {
  const { context, page } = await openApp(app.browser, app.origin);
  try {
    await page.click('#own-docs summary');
    await page.setInputFiles('#doc-files', [file('globex.md', DOC_ONE, 'text/markdown'), file('initech.txt', DOC_TWO)]);
    await page.waitForFunction(() => document.querySelectorAll('#doc-list li').length === 2);
    await page.click('.paste-doc summary');
    await page.fill('#paste-title', 'CEO interview');
    await page.fill('#paste-text', PASTED);
    await page.click('#paste-add');
    await page.waitForFunction(() => document.querySelectorAll('#doc-list li').length === 3);
    const titles = await page.$$eval('#doc-list .doc-title', (els) => els.map((e) => e.textContent));
    assert.deepEqual(titles, ['Globex buys Initech', 'Initech annual report', 'CEO interview']);
    const counts = await page.$$eval('#doc-list .doc-meta', (els) => els.map((e) => Number(/(\d+) statements?/.exec(e.textContent)[1])));
    assert.ok(counts.every((n) => n > 0), `statements per document: ${counts}`);
    assert.equal(await page.isChecked('input[name="set"][value="own"]'), true, 'adding documents switches to them');
    assert.match(await page.textContent('#coverage'), /3 documents of yours/);
    assert.ok(Number(await page.textContent('#disputes-count')) >= 1, 'the revenue figures disagree');

    await paste(page, ARTICLE);
    assert.match(await page.textContent('#status'), /against your documents/);
    await page.locator('#article mark').first().click();
    await page.waitForSelector('#popover:not([hidden])');
    const cited = await page.textContent('#popover');
    assert.ok(/Globex buys Initech|Initech annual report|CEO interview/.test(cited), `a card names your document: ${cited}`);

    // A file that is not UTF-8, and an empty one: a message each, nothing added.
    await page.setInputFiles('#doc-files', [{ name: 'scan.txt', mimeType: 'text/plain', buffer: Buffer.from([0x47, 0x6c, 0xff, 0xfe, 0x00, 0xc3, 0x28]) }]);
    await page.waitForFunction(() => /not UTF-8/.test(document.getElementById('docs-status').textContent));
    await page.setInputFiles('#doc-files', [file('empty.txt', '')]);
    await page.waitForFunction(() => /is empty/.test(document.getElementById('docs-status').textContent));
    assert.equal(await page.locator('#doc-list li').count(), 3, 'bad files change nothing');

    // Kept in IndexedDB: a reload finds them, still in use.
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]', { state: 'attached' });
    await page.waitForFunction(() => document.querySelectorAll('#doc-list li').length === 3);
    assert.equal(await page.isChecked('input[name="set"][value="own"]'), true);

    // Export, remove them all, import the file: the same three.
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#docs-export')]);
    const exported = JSON.parse(await readFile(await dl.path(), 'utf8'));
    assert.equal(exported.format, 'factmark-documents');
    assert.deepEqual(exported.documents.map((d) => d.title), titles);
    for (let k = 0; k < 3; k++) await page.locator('#doc-list .doc-remove').first().click();
    await page.waitForFunction(() => document.querySelectorAll('#doc-list li').length === 0);
    assert.equal(await page.isChecked('input[name="set"][value="bundled"]'), true, 'no documents left: the bundled set');
    await page.setInputFiles('#docs-import', await dl.path());
    await page.waitForFunction(() => document.querySelectorAll('#doc-list li').length === 3);
    assert.deepEqual(await page.$$eval('#doc-list .doc-title', (els) => els.map((e) => e.textContent)), titles);
    // A file that is no set: a message, nothing changes.
    await page.setInputFiles('#docs-import', [file('set.json', '{"documents": 3}', 'application/json')]);
    await page.waitForFunction(() => /not a factmark document set/.test(document.getElementById('docs-status').textContent));
    assert.equal(await page.locator('#doc-list li').count(), 3);

    // Back to the bundled set.
    await page.check('input[name="set"][value="bundled"]');
    await waitRendered(page, ARTICLE);
    assert.match(await page.textContent('#coverage'), /5 reference articles/);
    assert.doesNotMatch(await page.textContent('#status'), /your documents/);
  } finally {
    await context.close();
  }
});

// ------------------------------------------------------------------ serving

test('the server sends brotli/gzip with Vary and an ETag, and a second load revalidates (304)', async () => {
  // The browser's HTTP cache alone (the service worker, tested below, would answer first).
  const given = await app.browser.newContext({ serviceWorkers: 'block' });
  const { context, page } = await openApp(app.browser, app.origin, { context: given });
  try {
    for (const [accept, want] of [['gzip, deflate, br', 'br'], ['gzip', 'gzip']]) {
      const res = await fetch(`${app.origin}/pkg/factmark_bg.wasm`, { headers: { 'Accept-Encoding': accept } });
      assert.equal(res.headers.get('content-encoding'), want);
      assert.match(res.headers.get('vary') || '', /Accept-Encoding/);
      const etag = res.headers.get('etag');
      assert.match(etag, /^"[\w-]+"$/);
      const raw = (await readFile(join(ROOT, 'www', 'pkg', 'factmark_bg.wasm'))).length;
      assert.ok(Number(res.headers.get('content-length')) < raw * 0.6, 'compressed');
      // `make wasm` leaves .br/.gz copies; the server sends those rather than compress again.
      const sibling = join(ROOT, 'www', 'pkg', `factmark_bg.wasm.${want === 'br' ? 'br' : 'gz'}`);
      if (existsSync(sibling)) assert.equal(Number(res.headers.get('content-length')), statSync(sibling).size, 'the precompressed copy');
      const again = await fetch(`${app.origin}/pkg/factmark_bg.wasm`, { headers: { 'Accept-Encoding': accept, 'If-None-Match': etag } });
      assert.equal(again.status, 304);
    }
    // In the browser: the second load asks again (If-None-Match) and gets no body back.
    const loads = [];
    context.on('requestfinished', async (r) => {
      if (!r.url().endsWith('.wasm')) return;
      loads.push({ etag: (await r.allHeaders())['if-none-match'] || null, body: (await r.sizes()).responseBodySize });
    });
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]', { state: 'attached' });
    await page.waitForFunction(() => !document.getElementById('article').dataset.pending);
    await page.waitForTimeout(200);
    assert.ok(loads.length >= 1, 'the wasm was asked for');
    for (const l of loads) {
      assert.ok(l.etag, 'revalidated with If-None-Match');
      assert.equal(l.body, 0, 'answered 304: nothing downloaded again');
    }
  } finally {
    await context.close();
  }
});

test('offline: after a first visit the page opens and checks with the network off', async () => {
  const { context, page } = await openApp(app.browser, app.origin);
  try {
    await page.evaluate(() => navigator.serviceWorker.ready);
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]', { state: 'attached', timeout: 30_000 });
    const text = 'Microsoft began its relationship with OpenAI through a $2 billion investment. It rained in Seattle.';
    await paste(page, text);
    assert.match(await page.textContent('#status'), /2 sentences checked/);
    assert.ok(await page.locator('#article mark').count() >= 1, 'marks, offline');
  } finally {
    await context.close();
  }
});

test('your documents: a file dropped on the drop zone is added', async () => {
  const { context, page } = await openApp(app.browser, app.origin);
  try {
    await page.click('#own-docs summary');
    await page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'dropped.md', { type: 'text/markdown' }));
      const zone = document.getElementById('dropzone');
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, DOC_ONE);
    await page.waitForFunction(() => document.querySelectorAll('#doc-list li').length === 1);
    assert.equal(await page.textContent('#doc-list .doc-title'), 'Globex buys Initech');
  } finally {
    await context.close();
  }
});
