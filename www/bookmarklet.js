// The module the factmark bookmarklet loads into a news page (and, loaded as
// bookmarklet.js?install from bookmarklet.html, the code that builds the draggable link).
//
// run({origin}) checks the page's article with the wasm core and marks every sentence that
// matches, extends or contradicts the claim set. The page's text is never changed: marks
// wrap pieces of its text nodes (inside links, never around them), and "Remove marks"
// restores the DOM exactly, reusing the page's own text nodes. The panel and the evidence
// popover live in shadow roots so page CSS cannot break them and theirs cannot leak.

import init, { check } from './pkg/factmark.js';
import { renderEvidence, VERDICTS } from './evidence.js';
import { findArticleRoots, collectText, rangesFor, wrapPieces, unwrap } from './annotate-dom.js';
import { wellFormed } from './parts.js';

const BASE = new URL('./', import.meta.url);
/** Where the current run's remove() is kept, shared by every copy of this module. */
const RUN_KEY = Symbol.for('factmark.bookmarklet.run');
const MARKED = ['contradict', 'extend', 'match'];

/** The JavaScript of the bookmarklet for a factmark installation at `origin`. */
export function bookmarkletCode(origin) {
  const o = JSON.stringify(String(origin).replace(/\/+$/, ''));
  return `(()=>{const o=${o};import(o+'/bookmarklet.js').then(m=>m.run({origin:o}),()=>alert('factmark could not load on this page (its Content-Security-Policy blocks it, or '+o+' is not reachable). Open '+o+' and paste the article text instead.'))})()`;
}

/** The javascript: URL of the bookmarklet (what the draggable link points at). */
export function bookmarkletHref(origin) {
  return 'javascript:' + encodeURI(bookmarkletCode(origin));
}

/**
 * Checks the article on the current page and marks it. Never rejects: every failure is
 * shown in the factmark panel (or, if even that fails, an alert). Resolves to
 * {status: "done"|"empty"|"error", summary?, marks?}.
 */
export async function run({ origin } = {}) {
  const home = String(origin || BASE.href).replace(/\/+$/, '');
  try {
    return await start(home);
  } catch (err) {
    try {
      const ui = document[RUN_KEY] && document[RUN_KEY].ui;
      if (ui) {
        ui.error(`factmark could not run on this page: ${err && err.message ? err.message : err}. Open ${home} and paste the article text instead.`);
        return { status: 'error', error: String(err) };
      }
    } catch (_) { /* fall through to the alert */ }
    alert(`factmark could not run on this page: ${err && err.message ? err.message : err}. Open ${home} and paste the article text instead.`);
    return { status: 'error', error: String(err) };
  }
}

async function start(home) {
  // A second click: undo the first run completely, then check again from scratch.
  if (document[RUN_KEY]) document[RUN_KEY].remove();

  const state = { marks: [], listeners: [], record: null, sheet: null, ui: null };
  const runId = Math.random().toString(36).slice(2, 10);
  state.remove = () => removeRun(state);
  document[RUN_KEY] = state;

  const cssReady = loadSheets();
  const ui = createPanel(state, home, cssReady);
  state.ui = ui;
  ui.busy('Checking this page…');

  // Load the core. A strict CSP (no 'wasm-unsafe-eval', or connect-src without factmark's
  // origin) makes this throw; securitypolicyviolation says which directive did it.
  const violations = [];
  const onViolation = (e) => violations.push(e.effectiveDirective || e.violatedDirective || '');
  document.addEventListener('securitypolicyviolation', onViolation);
  try {
    await init({ module_or_path: new URL('pkg/factmark_bg.wasm', BASE) });
  } catch (err) {
    await new Promise((r) => setTimeout(r, 0)); // let the violation event arrive
    const text = String(err && err.message || err);
    const csp = violations.length > 0 || /Content Security Policy|unsafe-eval|wasm-eval/i.test(text);
    ui.error(csp
      ? `factmark could not run on this page: its Content-Security-Policy blocks ${violations.some((v) => v.startsWith('connect')) ? 'downloading' : 'running'} factmark's WebAssembly. Open ${home} and paste the article text instead.`
      : `factmark could not start its checker (${text}). Open ${home} and paste the article text instead.`);
    return { status: 'error', error: text };
  } finally {
    document.removeEventListener('securitypolicyviolation', onViolation);
  }

  // Clicked again (or removed) while the core was loading: that newer run owns the page now.
  if (state.removed) return { status: 'cancelled' };

  const roots = findArticleRoots(document);
  const sentences = [];
  const pieces = [];
  const summary = { sentences: 0, match: 0, extend: 0, contradict: 0, none: 0, disputed: 0 };
  // Collect, check and wrap in one synchronous stretch so the page cannot change between.
  for (const root of roots) {
    const collected = collectText(root);
    if (!collected.text.trim()) continue;
    // A lone surrogate in the page's text becomes U+FFFD (same length, so the spans still
    // map onto the page's nodes; the page itself is never changed).
    const report = check(wellFormed(collected.text).text);
    for (const key of Object.keys(summary)) summary[key] += report.summary[key] || 0;
    for (const s of report.sentences) {
      if (!MARKED.includes(s.verdict)) continue;
      const id = sentences.length;
      sentences.push(s);
      for (const p of rangesFor(collected, s.start, s.end)) pieces.push({ ...p, id, sentence: s });
    }
  }
  state.sentences = sentences;
  // wrapPieces goes through each node's pieces from the last: sort so the first piece of a
  // sentence (in document order) is made first and becomes its tab stop.
  const firstPiece = new Set();
  pieces.sort((a, b) => a.id - b.id);
  state.record = wrapPieces(pieces, (p) => {
    const mark = document.createElement('mark');
    mark.setAttribute('data-factmark', p.sentence.verdict);
    mark.setAttribute('data-factmark-run', runId);
    mark.setAttribute('data-factmark-s', String(p.id));
    if (p.sentence.disputed) mark.setAttribute('data-factmark-disputed', '');
    // One tab stop a sentence (its first piece); the panel's Previous/Next reach them too.
    mark.tabIndex = firstPiece.has(p.id) ? -1 : 0;
    if (!firstPiece.has(p.id)) mark.setAttribute('aria-description', `factmark: ${VERDICTS[p.sentence.verdict].label}${p.sentence.disputed ? ', disputed' : ''}`);
    firstPiece.add(p.id);
    return mark;
  });
  state.marks = sortInDocumentOrder(state.record.marks);
  installPageSheet(state, runId);
  installMarkEvents(state, runId, home, cssReady);

  if (roots.length === 0 || summary.sentences === 0) {
    ui.message('factmark found no article text on this page.');
    return { status: 'empty', summary, marks: 0 };
  }
  ui.done(summary, state);
  return { status: 'done', summary, marks: state.marks.length };
}

function sortInDocumentOrder(nodes) {
  return [...nodes].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

// ---------------------------------------------------------------------------------------
// Styles

/** Mark styling for the page, scoped to this run's marks. Background and underline only. */
function markCss(runId) {
  const m = `mark[data-factmark][data-factmark-run="${runId}"]`;
  return `
${m} {
  all: unset;
  color: inherit;
  background-color: rgba(140, 149, 159, .18);
  text-decoration-line: underline;
  text-decoration-thickness: 2px;
  text-underline-offset: .18em;
  text-decoration-skip-ink: none;
  cursor: help;
  border-radius: 2px;
  -webkit-box-decoration-break: clone;
  box-decoration-break: clone;
}
${m}[data-factmark="match"] { background-color: rgba(26, 127, 55, .15); text-decoration-color: #1a7f37; text-decoration-style: solid; }
${m}[data-factmark="extend"] { background-color: rgba(110, 84, 148, .14); text-decoration-color: #6e5494; text-decoration-style: dashed; }
${m}[data-factmark="contradict"] { background-color: rgba(198, 40, 40, .16); text-decoration-color: #c62828; text-decoration-style: wavy; }
${m}[data-factmark-disputed] { outline: 1px dotted #b26a00; outline-offset: 1px; }
${m}[data-factmark-current] { background-color: rgba(255, 196, 0, .45); }
${m}:focus { outline: 2px solid #0b57d0; outline-offset: 2px; }
@media (forced-colors: active) {
  ${m} { text-decoration-color: Highlight; }
  ${m}:focus, ${m}[data-factmark-current] { outline: 2px solid Highlight; }
}`;
}

/** Adds the mark styles as a constructed stylesheet (not a <style>: no DOM change, no CSP issue). */
function installPageSheet(state, runId) {
  const css = markCss(runId);
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    state.sheet = sheet;
  } catch (_) {
    const style = document.createElement('style');
    style.setAttribute('data-factmark-host', 'style');
    style.textContent = css;
    (document.head || document.documentElement).appendChild(style);
    state.styleElement = style;
  }
}

/**
 * evidence.css and bookmarklet.css for the shadow roots, as constructed stylesheets fetched
 * from factmark's origin (needs CORS); null if that is impossible, and the shadow roots then
 * use <link> elements instead.
 */
async function loadSheets() {
  try {
    const urls = [new URL('evidence.css', BASE), new URL('bookmarklet.css', BASE)];
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), 4000);
    const texts = await Promise.all(urls.map(async (u) => {
      const res = await fetch(u, { mode: 'cors', credentials: 'omit', signal: abort.signal });
      if (!res.ok) throw new Error(`${res.status} ${u}`);
      return res.text();
    })).finally(() => clearTimeout(timer));
    return texts.map((t, i) => {
      let sheet;
      try { sheet = new CSSStyleSheet({ baseURL: urls[i].href }); } catch (_) { sheet = new CSSStyleSheet(); }
      sheet.replaceSync(t);
      return sheet;
    });
  } catch (_) {
    return null;
  }
}

/** A host element with an open shadow root, pinned with inline !important styles. */
function createHost(kind, sheets, styles) {
  const host = document.createElement(`factmark-${kind}`);
  host.setAttribute('data-factmark-host', kind);
  const pin = {
    position: 'fixed', 'z-index': '2147483647', display: 'block', margin: '0', padding: '0',
    border: '0', width: 'auto', height: 'auto', 'max-width': 'none', 'min-width': '0',
    transform: 'none', filter: 'none', opacity: '1', visibility: 'visible', float: 'none',
    inset: 'auto', ...styles,
  };
  for (const [k, v] of Object.entries(pin)) host.style.setProperty(k, v, 'important');
  const shadow = host.attachShadow({ mode: 'open' });
  let loaded = Promise.resolve();
  if (sheets) {
    shadow.adoptedStyleSheets = sheets;
  } else {
    // <link>s load asynchronously: `loaded` settles when both have (or failed, or 3 s passed),
    // so nothing is shown unstyled.
    loaded = Promise.all(['evidence.css', 'bookmarklet.css'].map((name) => new Promise((done) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = new URL(name, BASE).href;
      link.addEventListener('load', done);
      link.addEventListener('error', done);
      setTimeout(done, 3000);
      shadow.appendChild(link);
    })));
  }
  document.body.appendChild(host);
  return { host, shadow, loaded };
}

function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') el.className = v;
    else if (k === 'text') el.textContent = v;
    else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v);
  }
  for (const c of children) el.append(c);
  return el;
}

// ---------------------------------------------------------------------------------------
// The panel

function createPanel(state, home, cssReady) {
  let parts = null;
  const queue = [];
  const ready = cssReady.then(async (sheets) => {
    const { host, shadow, loaded } = createHost('panel', sheets, { right: '16px', bottom: '16px', visibility: 'hidden' });
    state.panelHost = host;
    await loaded; // shown (and given its state) once styled
    host.style.setProperty('visibility', 'visible', 'important');
    const body = h('div', { class: 'fmb-body', id: 'fmb-body' });
    const status = h('p', { class: 'fmb-status', role: 'status', 'aria-live': 'polite' });
    const actions = h('div', { class: 'fmb-actions' });
    const toggle = h('button', {
      type: 'button',
      class: 'fmb-min',
      'aria-expanded': 'true',
      'aria-controls': 'fmb-more',
      'aria-label': 'Minimise the factmark panel',
      text: '–',
      onclick: () => {
        const small = !panel.classList.toggle('is-min') ? false : true;
        toggle.setAttribute('aria-expanded', String(!small));
        toggle.setAttribute('aria-label', small ? 'Expand the factmark panel' : 'Minimise the factmark panel');
        toggle.textContent = small ? '+' : '–';
        host.setAttribute('data-min', String(small));
      },
    });
    const title = h('p', { class: 'fmb-title' }, h('span', { class: 'fmb-logo', 'aria-hidden': 'true', text: '✓✗' }), ' factmark', toggle);
    const more = h('div', { class: 'fmb-more-area', id: 'fmb-more' }, body, status, actions);
    const panel = h('section', { class: 'fmb-panel', role: 'region', 'aria-label': 'factmark' }, title, more);
    shadow.append(panel);
    state.panelHost = host;
    parts = { host, shadow, body, status, actions, panel };
    for (const fn of queue) fn();
    return parts;
  });
  state.ready = ready;
  const later = (fn) => (parts ? fn() : queue.push(fn));
  const removeButton = (label = 'Remove marks') => h('button', { type: 'button', class: 'fmb-remove', text: label, onclick: () => state.remove() });
  const setState = (s) => parts.host.setAttribute('data-state', s);

  return {
    busy(text) {
      later(() => {
        setState('busy');
        parts.body.replaceChildren(h('p', { class: 'fmb-note', text }));
        parts.actions.replaceChildren(removeButton('Close'));
      });
    },
    message(text) {
      later(() => {
        setState('empty');
        parts.body.replaceChildren(h('p', { class: 'fmb-note', text }));
        parts.actions.replaceChildren(removeButton('Close'));
      });
    },
    error(text) {
      later(() => {
        setState('error');
        parts.body.replaceChildren(
          h('p', { class: 'fmb-error', role: 'alert', text }),
          h('p', {}, h('a', { href: home + '/', target: '_blank', rel: 'noopener', text: `Open ${home}` })),
        );
        parts.actions.replaceChildren(removeButton('Close'));
      });
    },
    done(summary, st) {
      later(() => {
        // The counts choose what Previous/Next step through (all marks when none is chosen).
        let chosen = null;
        let at = -1;
        const list = h('ul', { class: 'fmb-counts' });
        const ids = () => st.sentences.map((s, i) => i).filter((i) => {
          const s = st.sentences[i];
          return chosen === null || (chosen === 'disputed' ? s.disputed : s.verdict === chosen);
        });
        const stepTo = (delta) => {
          const list = ids();
          if (!list.length) return;
          at = ((at < 0 && delta < 0 ? 0 : at) + delta + list.length) % list.length;
          st.focusSentence(list[at]);
          const what = chosen ? VERDICTS[chosen].label.toLowerCase() : 'marked';
          parts.status.textContent = `${at + 1} of ${list.length} ${what}`;
        };
        for (const key of ['contradict', 'extend', 'match', 'disputed']) {
          const v = VERDICTS[key];
          const button = h('button', {
            type: 'button',
            class: 'fmb-filter',
            'aria-pressed': 'false',
            title: v.description,
            onclick: () => {
              chosen = chosen === key ? null : key;
              at = -1;
              for (const b of list.querySelectorAll('.fmb-filter')) b.setAttribute('aria-pressed', String(b === button && chosen !== null));
              if (chosen) stepTo(1);
              else parts.status.textContent = 'Stepping through every mark.';
            },
          },
          h('span', { class: 'fmb-icon', 'aria-hidden': 'true', text: v.icon }),
          h('span', { class: 'fmb-label', text: ` ${v.label} ` }),
          h('strong', { class: 'fmb-n', text: String(summary[key]) }));
          if (!summary[key]) button.disabled = true;
          list.append(h('li', { class: `fmb-count ${v.className}`, 'data-verdict': key }, button));
        }
        const checked = h('p', { class: 'fmb-note', text: `${summary.sentences} sentence${summary.sentences === 1 ? '' : 's'} read, ${summary.none} with nothing to check.` });
        parts.body.replaceChildren(list, checked);
        const prev = h('button', { type: 'button', class: 'fmb-prev', text: '◀ Previous', onclick: () => stepTo(-1) });
        const next = h('button', { type: 'button', class: 'fmb-next', text: 'Next ▶', onclick: () => stepTo(1) });
        if (!st.sentences.length) prev.disabled = next.disabled = true;
        parts.actions.replaceChildren(prev, next, removeButton());
        setState('done');
      });
    },
  };
}

// ---------------------------------------------------------------------------------------
// Marks and the evidence popover

function installMarkEvents(state, runId, home, cssReady) {
  const selector = `mark[data-factmark][data-factmark-run="${runId}"]`;
  const markOf = (target) => (target && target.closest ? target.closest(selector) : null);
  let popover = null; // { host, shadow, box }
  let shownFor = -1;
  let pinned = false;
  let hideTimer = 0;
  let anchor = null;

  const ensurePopover = async () => {
    const sheets = await cssReady;
    if (state.removed) return null;
    const { host, shadow, loaded } = createHost('popover', sheets, { left: '0px', top: '0px', visibility: 'hidden' });
    const box = h('div', { class: 'fmb-popover', role: 'dialog', 'aria-label': 'factmark evidence' });
    box.addEventListener('mouseenter', () => clearTimeout(hideTimer));
    box.addEventListener('mouseleave', () => { if (!pinned) scheduleHide(); });
    shadow.append(box);
    popover = { host, shadow, box };
    state.popoverHost = host;
    await loaded;
    return popover;
  };
  // Made up front (hidden) so its stylesheets are loaded by the first hover.
  const made = ensurePopover();

  const place = () => {
    if (!popover || !anchor || !anchor.isConnected) return;
    const r = anchor.getClientRects()[0] || anchor.getBoundingClientRect();
    const box = popover.box.getBoundingClientRect();
    const vw = document.documentElement.clientWidth;
    let vh = document.documentElement.clientHeight;
    // Keep clear of the panel (bottom right) where the two would overlap: on a phone the
    // panel spans the width, and its buttons must stay reachable.
    const panel = state.panelHost && state.panelHost.getBoundingClientRect();
    if (panel && panel.height && panel.left < vw / 2) vh = Math.min(vh, panel.top);
    let left = Math.max(8, Math.min(r.left, vw - box.width - 8));
    let top = r.bottom + 6;
    if (top + box.height > vh - 8) top = r.top - box.height - 6 > 8 ? r.top - box.height - 6 : Math.max(8, vh - 8 - box.height);
    popover.host.style.setProperty('left', `${Math.round(left)}px`, 'important');
    popover.host.style.setProperty('top', `${Math.round(top)}px`, 'important');
  };

  const show = async (id, mark, pin) => {
    clearTimeout(hideTimer);
    const p = await made;
    if (state.removed) return;
    pinned = pin || (pinned && shownFor === id);
    anchor = mark;
    if (shownFor !== id) {
      const s = state.sentences[id];
      const close = h('button', { type: 'button', class: 'fmb-close', 'aria-label': 'Close', text: '×', onclick: hide });
      p.box.replaceChildren(close, renderEvidence(s, document),
        h('p', { class: 'fmb-more' }, h('a', { href: home + '/', target: '_blank', rel: 'noopener', text: 'About factmark' })));
      shownFor = id;
    }
    p.host.style.setProperty('visibility', 'visible', 'important');
    p.host.setAttribute('data-sentence', String(id));
    place();
  };

  const hide = () => {
    clearTimeout(hideTimer);
    pinned = false;
    shownFor = -1;
    anchor = null;
    if (popover) {
      popover.host.style.setProperty('visibility', 'hidden', 'important');
      popover.host.removeAttribute('data-sentence');
      popover.box.replaceChildren();
    }
  };
  const scheduleHide = () => { clearTimeout(hideTimer); hideTimer = setTimeout(hide, 350); };

  const on = (target, type, fn, opts) => {
    target.addEventListener(type, fn, opts);
    state.listeners.push(() => target.removeEventListener(type, fn, opts));
  };
  on(document, 'mouseover', (e) => {
    const m = markOf(e.target);
    if (m && !(pinned && shownFor !== Number(m.dataset.factmarkS))) show(Number(m.dataset.factmarkS), m, false);
  });
  on(document, 'mouseout', (e) => {
    const m = markOf(e.target);
    if (m && !pinned && !markOf(e.relatedTarget)) scheduleHide();
  });
  on(document, 'focusin', (e) => {
    const m = markOf(e.target);
    if (m) show(Number(m.dataset.factmarkS), m, true);
  });
  on(document, 'click', (e) => {
    const m = markOf(e.target);
    if (m) { show(Number(m.dataset.factmarkS), m, true); return; } // links inside still work
    // A click elsewhere unpins and hides; clicks in factmark's own panel or popover do not.
    const path = e.composedPath();
    const ours = path.some((n) => n && n.nodeType === 1 && n.hasAttribute('data-factmark-host'));
    if (pinned && !ours) hide();
  });
  on(document, 'keydown', (e) => {
    if (e.key === 'Escape' && shownFor >= 0) {
      const back = anchor;
      hide();
      if (back && back.isConnected && document.activeElement === back) back.blur();
    }
  });
  on(window, 'scroll', place, { passive: true, capture: true });
  on(window, 'resize', place, { passive: true });

  state.focusSentence = (id) => {
    const marks = state.marks.filter((m) => Number(m.dataset.factmarkS) === id);
    if (!marks.length) return;
    for (const m of state.marks) m.removeAttribute('data-factmark-current');
    for (const m of marks) m.setAttribute('data-factmark-current', '');
    marks[0].scrollIntoView({ block: 'center', inline: 'nearest' });
    marks[0].focus({ preventScroll: true }); // focusin shows the popover, pinned
    show(id, marks[0], true);
  };
}

/** Undoes a run: marks unwrapped (page text nodes restored), hosts, styles and listeners gone. */
function removeRun(state) {
  if (state.removed) return;
  state.removed = true;
  for (const off of state.listeners) off();
  if (state.record) unwrap(state.record);
  if (state.sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== state.sheet);
  if (state.styleElement) state.styleElement.remove();
  const dropHosts = () => {
    if (state.panelHost) state.panelHost.remove();
    if (state.popoverHost) state.popoverHost.remove();
  };
  dropHosts();
  // A panel still waiting for its stylesheets is removed as soon as it exists.
  if (state.ready) state.ready.then(dropHosts, () => {});
  if (document[RUN_KEY] === state) delete document[RUN_KEY];
}

/** Removes the current run from the page, if there is one (for scripts and tests). */
export function remove() {
  if (document[RUN_KEY]) document[RUN_KEY].remove();
}

// ---------------------------------------------------------------------------------------
// bookmarklet.html loads this module as "bookmarklet.js?install" to build its links.

if (new URL(import.meta.url).searchParams.has('install') && typeof document !== 'undefined') {
  const params = new URLSearchParams(location.search);
  const here = location.origin && location.origin !== 'null' ? new URL('./', location.href).href : 'http://localhost:8080/';
  let origin = (params.get('origin') || here).replace(/\/+$/, '');
  const input = document.querySelector('[data-factmark-origin-input]');
  const paint = () => {
    for (const a of document.querySelectorAll('a[data-factmark-bookmarklet]')) a.href = bookmarkletHref(origin);
    for (const el of document.querySelectorAll('[data-factmark-origin]')) el.textContent = origin;
    // The address to paste into a bookmark by hand: the same javascript: URL as the link.
    for (const el of document.querySelectorAll('[data-factmark-code]')) el.textContent = bookmarkletHref(origin);
  };
  if (input) {
    input.value = origin;
    input.addEventListener('input', () => {
      try {
        const u = new URL(input.value.trim());
        if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('not http(s)');
        origin = u.href.replace(/\/+$/, '');
        input.removeAttribute('aria-invalid');
        paint();
      } catch (_) {
        input.setAttribute('aria-invalid', 'true');
      }
    });
  }
  paint();
  // Clicking the link on this page would only run it here: say what to do with it instead.
  for (const a of document.querySelectorAll('a[data-factmark-bookmarklet]')) {
    a.addEventListener('click', (e) => {
      e.preventDefault();
      const hint = document.getElementById('drag-hint');
      if (hint) hint.textContent = 'Drag the link to your bookmarks bar, then click it there on a news article. To try it on this page, use the button under “Try it here”.';
    });
  }
  for (const b of document.querySelectorAll('[data-factmark-try]')) {
    b.addEventListener('click', () => run({ origin }));
  }
}
