// The factmark page: paste an article, see every sentence marked in place.
//
// Everything the reader pastes or adds is data: it only ever reaches the DOM through text
// nodes (textContent / Text), never through innerHTML. The page makes no request besides
// its own files (see the CSP in index.html). Checking runs in a Web Worker (checker.js).

import { createChecker } from './checker.js';
import { renderEvidence, VERDICTS, verdictLabel, reasonOf, decidingFinding, sourceInfo, sourceLabel, formatDate } from './evidence.js';
import { toAnnotationCollection, textUrn } from './annotations.js';
import { toCsv, toMarkdown } from './report-export.js';
import { PART_LIMIT, splitParts, wellFormed } from './parts.js';
import { loadDocuments, saveDocuments, readFile, makeDocument, exportSet, parseSet, DocumentError } from './refdocs.js';
import { SAMPLE } from './sample.js';

const DEBOUNCE_MS = 150;
const SHOW_BUSY_AFTER_MS = 250;
const DRAFT_KEY = 'factmark.draft';
const SET_KEY = 'factmark.set';
/** Legend order; keys 1–5 pick these. */
const LEGEND_ORDER = ['match', 'extend', 'contradict', 'disputed', 'none'];

const $ = (id) => document.getElementById(id);
const ui = {
  input: $('input'),
  article: $('article'),
  legend: $('legend'),
  status: $('status'),
  progress: $('progress'),
  cancel: $('cancel'),
  retry: $('retry'),
  popover: $('popover'),
  prev: $('prev'),
  next: $('next'),
  navPos: $('nav-pos'),
  exportBtn: $('export'),
  exportCsv: $('export-csv'),
  exportMd: $('export-md'),
  print: $('print'),
  sample: $('load-sample'),
  clear: $('clear'),
  undo: $('undo'),
  coverage: $('coverage'),
  claimsList: $('claims'),
  claimsFilter: $('claims-filter'),
  claimsCount: $('claims-count'),
  version: $('version'),
  setRadios: [...document.querySelectorAll('input[name="set"]')],
  ownCount: $('own-count'),
  ownDocs: $('own-docs'),
  docList: $('doc-list'),
  dropzone: $('dropzone'),
  docFiles: $('doc-files'),
  pasteTitle: $('paste-title'),
  pasteText: $('paste-text'),
  pasteAdd: $('paste-add'),
  docsExport: $('docs-export'),
  docsImport: $('docs-import'),
  docsStatus: $('docs-status'),
  disputes: $('disputes'),
  disputesCount: $('disputes-count'),
  disputeList: $('dispute-list'),
  printFindings: $('print-findings'),
  viewer: $('doc-viewer'),
  viewerTitle: $('doc-viewer-title'),
  viewerMeta: $('doc-viewer-meta'),
  viewerText: $('doc-viewer-text'),
  viewerClose: $('doc-viewer-close'),
};

const state = {
  ready: false,
  text: null, // the input the current rendering is for
  shown: '', // what the rendering shows: the input with any lone surrogate replaced
  set: 'bundled', // the set the current rendering was checked against
  report: null,
  claimSet: null, // claims() report of the set in use
  revision: 0,
  renderToken: 0,
  timer: 0,
  busy: false, // a check is running in the worker
  again: false, // the input changed while it ran
  halted: false, // the last check failed or was cancelled: wait for an edit or "Check again"
  shownFor: null, // the element whose evidence is shown
  current: null, // the sentence element last stepped to or focused
  pinned: null, // an element whose evidence stays up until dismissed (tap/click)
  hideTimer: 0,
  filter: null, // the verdict being stepped through (null: every mark)
  linkedClaim: null,
  claimItems: [],
  docs: [], // the reader's documents
  ownReport: null, // claims() of the reader's set
  bundledReport: null,
  bundledTexts: null, // [{name, text}] of the bundled set, fetched on first need
  undoText: null,
  rules: new Map(), // rule name → what it checks (core.rules(), where the core has it)
};

const checker = createChecker({ onRestart });

// ---------------------------------------------------------------- status

function setStatus(text, kind = '') {
  ui.status.textContent = text;
  ui.status.className = `status ${kind}`.trim();
}

function showBusy(on, { progress = null } = {}) {
  ui.cancel.hidden = !on;
  ui.progress.hidden = !on;
  if (on && progress) {
    ui.progress.max = progress.total;
    ui.progress.value = progress.done;
  } else if (on) {
    ui.progress.removeAttribute('value');
  }
}

function onRestart(reason) {
  if (reason !== 'failed') return;
  state.busy = false;
  state.halted = true;
  showBusy(false);
  ui.retry.hidden = false;
  delete ui.article.dataset.pending;
  document.documentElement.dataset.recovered = String(checker.restarts);
  setStatus('The checker failed and was restarted; your text is kept. Edit it or choose “Check again”.', 'error');
}

// ---------------------------------------------------------------- checking

function currentSet() {
  return state.set === 'own' && state.docs.length ? 'own' : 'bundled';
}

async function runCheck({ force = false } = {}) {
  clearTimeout(state.timer);
  state.timer = 0;
  if (!state.ready) return;
  const text = ui.input.value;
  const set = currentSet();
  if (!force && text === state.text && set === state.checkedSet) {
    delete ui.article.dataset.pending;
    return;
  }
  if (state.busy) {
    state.again = true;
    return;
  }
  if (state.halted && !force) return;
  state.halted = false;
  ui.retry.hidden = true;
  const { text: shown, replaced } = wellFormed(text);
  const parts = text.length > PART_LIMIT ? splitParts(text).length : 1;
  state.busy = true;
  ui.article.dataset.pending = 'true';
  const busyTimer = setTimeout(() => {
    showBusy(true);
    setStatus(parts > 1 ? `Checking a long text (${text.length.toLocaleString('en')} characters) in ${parts} parts…` : 'Checking…');
  }, parts > 1 ? 0 : SHOW_BUSY_AFTER_MS);
  let report;
  try {
    report = await checker.check(shown, set, (p) => {
      showBusy(true, { progress: p });
      setStatus(`Checking a long text in ${p.total} parts of up to ${PART_LIMIT.toLocaleString('en')} characters, split at paragraph breaks: ${p.done} of ${p.total} done…`);
    });
  } catch (err) {
    clearTimeout(busyTimer);
    state.busy = false;
    showBusy(false);
    if (err.cancelled) {
      state.halted = true;
      ui.retry.hidden = false;
      delete ui.article.dataset.pending;
      setStatus('Check cancelled; your text is kept. Edit it or choose “Check again”.');
    } else if (!err.fatal) {
      delete ui.article.dataset.pending;
      setStatus(`The checker could not check this text: ${err.message}`, 'error');
    }
    return;
  }
  clearTimeout(busyTimer);
  state.busy = false;
  showBusy(false);
  if (state.again) {
    state.again = false;
    if (ui.input.value !== text || currentSet() !== set) {
      runCheck();
      return;
    }
  }
  state.text = text;
  state.shown = shown;
  state.checkedSet = set;
  state.report = report;
  if (!(await renderArticle(shown, report))) return;
  delete ui.article.dataset.pending;
  renderLegend(report.summary);
  renderPrintFindings();
  updateClaimCounts();
  if (state.linkedClaim !== null) highlightClaim(state.linkedClaim, { scroll: false });
  updateNav();
  for (const b of [ui.exportBtn, ui.exportCsv, ui.exportMd]) b.disabled = false;
  const n = report.summary.sentences;
  const ms = report.ms ?? 0;
  const notes = [];
  if (report.parts > 1) notes.push(`checked in ${report.parts} parts of up to ${PART_LIMIT.toLocaleString('en')} characters, split at paragraph breaks`);
  if (replaced) notes.push(`${replaced} broken character${replaced === 1 ? ' (half of an emoji or other pair)' : 's (halves of emoji or other pairs)'} shown as � and checked as such; your text is unchanged`);
  const against = set === 'own' ? ' against your documents' : '';
  setStatus(text.length === 0
    ? 'Paste an article to check it.'
    : `${n} sentence${n === 1 ? '' : 's'} checked${against} in ${ms < 1 ? '<1' : Math.round(ms)} ms${notes.length ? `; ${notes.join('; ')}` : ''}.`);
}

function scheduleCheck() {
  ui.article.dataset.pending = 'true'; // a check is due (tests wait for this to clear)
  state.halted = false;
  clearTimeout(state.timer);
  state.timer = setTimeout(() => runCheck(), DEBOUNCE_MS);
}

// ---------------------------------------------------------------- rendering

function sentenceElement(text, s, index) {
  const marked = s.verdict !== 'none';
  const el = document.createElement(marked ? 'mark' : 'span');
  el.className = `fm-s v-${VERDICTS[s.verdict] ? s.verdict : 'none'}`;
  if (s.disputed) el.classList.add('is-disputed');
  el.dataset.index = String(index);
  el.dataset.start = String(s.start);
  el.dataset.end = String(s.end);
  el.dataset.verdict = s.verdict;
  if (s.disputed) el.dataset.disputed = 'true';
  const ids = new Set((s.findings || []).map((f) => f.claim).filter((c) => Number.isInteger(c)));
  if (ids.size) el.dataset.claims = [...ids].join(' ');
  // Marks are tab stops; the rest can be stepped to (keys, legend) to say why not checked.
  el.tabIndex = marked ? 0 : -1;
  el.setAttribute('aria-description', verdictLabel(s));
  el.textContent = text.slice(s.start, s.end);
  return el;
}

/**
 * Renders the marked text. A long text (checked in parts) goes into one block per part,
 * made a part at a time with a pause between (the page stays responsive), and each block is
 * laid out only when on screen (content-visibility): laying out tens of thousands of marks
 * in one block took the browser seconds per megabyte. Resolves to false if a newer
 * rendering took over.
 */
async function renderArticle(text, report) {
  const token = ++state.renderToken;
  const long = text.length > PART_LIMIT;
  const ranges = long ? splitParts(text) : [{ start: 0, end: text.length }];
  hideEvidence(true);
  ui.article.replaceChildren();
  ui.article.classList.toggle('is-long', long);
  state.current = null;
  const sentences = report.sentences;
  let k = 0;
  let pos = 0;
  for (const [pi, r] of ranges.entries()) {
    const frag = document.createDocumentFragment();
    for (; k < sentences.length && sentences[k].start < r.end; k++) {
      const s = sentences[k];
      if (s.start < pos || s.end < s.start || s.end > text.length) continue; // never in a sound report
      if (s.start > pos) frag.append(document.createTextNode(text.slice(pos, s.start)));
      frag.append(sentenceElement(text, s, k));
      pos = s.end;
    }
    if (pos < r.end) {
      frag.append(document.createTextNode(text.slice(pos, r.end)));
      pos = r.end;
    }
    if (!long) {
      ui.article.append(frag);
      break;
    }
    const block = document.createElement('div');
    block.className = 'fm-part';
    block.append(frag);
    ui.article.append(block);
    if (pi < ranges.length - 1) {
      await new Promise((done) => setTimeout(done, 0));
      if (token !== state.renderToken) return false;
    }
  }
  ui.article.dataset.revision = String(++state.revision);
  ui.article.classList.toggle('is-empty', text.length === 0);
  return true;
}

function renderLegend(summary) {
  const items = LEGEND_ORDER.map((key, i) => {
    const v = VERDICTS[key];
    const li = document.createElement('li');
    li.className = `legend-item legend-${key}`;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'legend-button';
    button.dataset.verdict = key;
    button.setAttribute('aria-pressed', String(state.filter === key));
    button.setAttribute('aria-keyshortcuts', String(i + 1));
    button.title = `${v.description} (key ${i + 1})`;
    const swatch = document.createElement('span');
    swatch.className = `fm-s swatch v-${key === 'disputed' ? 'none is-disputed' : key}`;
    swatch.textContent = 'Aa';
    swatch.setAttribute('aria-hidden', 'true');
    const label = document.createElement('span');
    label.className = 'legend-label';
    label.textContent = `${v.icon} ${v.label}`;
    const count = document.createElement('span');
    count.className = 'legend-count';
    count.dataset.verdict = key;
    count.textContent = String(summary[key] ?? 0);
    button.append(swatch, label, count);
    li.append(button);
    return li;
  });
  ui.legend.replaceChildren(...items);
}

/** The short list of findings printed under the article. */
function renderPrintFindings() {
  const report = state.report;
  const marked = report.sentences.filter((s) => s.verdict !== 'none');
  const head = document.createElement('h2');
  head.textContent = `Findings (${marked.length} of ${report.summary.sentences} sentences)`;
  const list = document.createElement('ol');
  for (const s of marked) {
    const li = document.createElement('li');
    const label = document.createElement('strong');
    label.textContent = `${verdictLabel(s)}: `;
    const excerpt = s.text.length > 90 ? `${s.text.slice(0, 88)}…` : s.text;
    li.append(label, document.createTextNode(`“${excerpt.trim()}” — ${reasonOf(s)}`));
    const f = decidingFinding(s);
    if (f && f.source) li.append(document.createTextNode(` (${sourceLabel(sourceInfo(f.source, lookupDoc))})`));
    list.append(li);
  }
  ui.printFindings.replaceChildren(head, list);
}

// ---------------------------------------------------------------- stepping through marks

/** The sentence elements the bar steps through: the chosen verdict, or every mark. */
function steppable() {
  const f = state.filter;
  if (!f) return [...ui.article.querySelectorAll('mark.fm-s')];
  if (f === 'disputed') return [...ui.article.querySelectorAll('.fm-s.is-disputed')];
  return [...ui.article.querySelectorAll(`.fm-s.v-${f}`)];
}

const sentenceOf = (target) => (target instanceof Element ? target.closest('#article .fm-s') : null);

function updateNav() {
  const items = steppable();
  ui.prev.disabled = ui.next.disabled = items.length === 0;
  const current = sentenceOf(document.activeElement) || state.current;
  const i = items.indexOf(current);
  const what = state.filter ? VERDICTS[state.filter].label.toLowerCase() : 'marked';
  ui.navPos.textContent = items.length ? (i >= 0 ? `${i + 1} of ${items.length} ${what}` : `${items.length} ${what}`) : `none ${what}`;
  for (const b of ui.legend.querySelectorAll('.legend-button')) b.setAttribute('aria-pressed', String(b.dataset.verdict === state.filter));
  ui.article.dataset.filter = state.filter || '';
}

function step(delta) {
  const items = steppable();
  if (!items.length) return;
  const current = sentenceOf(document.activeElement) || state.current;
  let i = items.indexOf(current);
  if (i < 0) {
    // Continue from wherever the reader is: the first one after the current sentence.
    const from = current ? Number(current.dataset.start) : -1;
    const after = items.findIndex((m) => Number(m.dataset.start) > from);
    i = delta > 0 ? (after < 0 ? items.length : after) - 1 : after < 0 ? items.length : after;
  }
  const target = items[(i + delta + items.length) % items.length];
  state.pinned = null;
  focusSentence(target);
  state.pinned = target;
  updateNav();
}

function chooseFilter(verdict) {
  state.filter = state.filter === verdict ? null : verdict;
  updateNav();
  if (state.filter) step(1);
}

// ---------------------------------------------------------------- evidence popover

function reportSentence(el) {
  return state.report && state.report.sentences[Number(el.dataset.index)];
}

function positionPopover(el) {
  const pop = ui.popover;
  const rects = el.getClientRects();
  if (!rects.length) return;
  const first = rects[0];
  const last = rects[rects.length - 1];
  const box = el.getBoundingClientRect();
  const vw = document.documentElement.clientWidth;
  const vh = document.documentElement.clientHeight;
  const w = pop.offsetWidth;
  const h = pop.offsetHeight;
  const gap = 8;
  let top = box.bottom + gap;
  if (top + h > vh - gap) top = box.top - gap - h >= gap ? box.top - gap - h : Math.max(gap, vh - gap - h);
  const anchorLeft = top > box.top ? last.left : first.left;
  const left = Math.max(gap, Math.min(anchorLeft, vw - w - gap));
  pop.style.left = `${Math.round(left + window.scrollX)}px`;
  pop.style.top = `${Math.round(top + window.scrollY)}px`;
}

function showEvidence(el) {
  const s = reportSentence(el);
  if (!s) return;
  clearTimeout(state.hideTimer);
  if (state.shownFor === el && !ui.popover.hidden) return;
  if (state.shownFor && state.shownFor !== el) state.shownFor.classList.remove('is-active');
  state.shownFor = el;
  el.classList.add('is-active');
  ui.popover.replaceChildren(renderEvidence(s, document, { lookup: lookupDoc, onOpenSource: openSource, rule: (name) => state.rules.get(name) }));
  ui.popover.hidden = false;
  ui.popover.dataset.index = el.dataset.index;
  el.setAttribute('aria-describedby', 'popover');
  positionPopover(el);
  // "More" opened or closed: the card changed size.
  ui.popover.querySelector('details')?.addEventListener('toggle', () => positionPopover(el));
}

function hideEvidence(force = false) {
  clearTimeout(state.hideTimer);
  if (state.pinned && !force) return;
  if (state.shownFor) {
    state.shownFor.classList.remove('is-active');
    state.shownFor.removeAttribute('aria-describedby');
  }
  state.shownFor = null;
  state.pinned = null;
  ui.popover.hidden = true;
  ui.popover.replaceChildren();
  delete ui.popover.dataset.index;
}

function hideSoon() {
  clearTimeout(state.hideTimer);
  state.hideTimer = setTimeout(() => {
    if (state.pinned) return;
    if (ui.popover.matches(':hover') || ui.popover.contains(document.activeElement)) return;
    const active = sentenceOf(document.activeElement);
    if (active) showEvidence(active); // the keyboard focus keeps its evidence up
    else hideEvidence();
  }, 200);
}

const markOf = (target) => (target instanceof Element ? target.closest('#article mark.fm-s') : null);

/** Focuses a sentence element and shows its evidence. */
function focusSentence(el, { scroll = 'center' } = {}) {
  if (!el) return;
  state.current = el;
  el.focus({ preventScroll: true });
  if (scroll) el.scrollIntoView({ block: scroll, inline: 'nearest' });
  showEvidence(el);
}

function wireArticle() {
  const a = ui.article;
  a.addEventListener('pointerover', (e) => {
    const mark = markOf(e.target);
    if (mark && !state.pinned) showEvidence(mark);
  });
  a.addEventListener('pointerout', (e) => {
    const mark = markOf(e.target);
    if (mark && !mark.contains(e.relatedTarget)) hideSoon();
  });
  ui.popover.addEventListener('pointerleave', () => hideSoon());
  ui.popover.addEventListener('pointerenter', () => clearTimeout(state.hideTimer));
  a.addEventListener('focusin', (e) => {
    const el = sentenceOf(e.target);
    if (!el) return;
    if (state.pinned && state.pinned !== el) state.pinned = null;
    state.current = el;
    showEvidence(el);
    updateNav();
  });
  a.addEventListener('focusout', (e) => {
    if (!a.contains(e.relatedTarget) && !ui.popover.contains(e.relatedTarget)) {
      state.pinned = null;
      hideSoon();
    }
    queueMicrotask(updateNav);
  });
  a.addEventListener('click', (e) => {
    let el = markOf(e.target);
    // A sentence with nothing to check explains itself when its verdict is being stepped.
    if (!el && state.filter === 'none') el = sentenceOf(e.target);
    if (!el) return;
    if (!window.getSelection().isCollapsed) return; // the reader is selecting text
    if (state.pinned === el) {
      state.pinned = null;
      hideEvidence();
      return;
    }
    state.pinned = null;
    el.focus({ preventScroll: true });
    showEvidence(el);
    state.pinned = el;
  });
  a.addEventListener('keydown', (e) => {
    const el = sentenceOf(e.target);
    if (!el) return;
    const marks = [...a.querySelectorAll('mark.fm-s')];
    const i = marks.indexOf(el);
    let j = -1;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') j = Math.min(marks.length - 1, i + 1);
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') j = Math.max(0, i - 1);
    else if (e.key === 'Home') j = 0;
    else if (e.key === 'End') j = marks.length - 1;
    else if (e.key === 'Enter' || e.key === ' ') {
      // Into the card, to its "More" and "Open the whole article" (Escape comes back).
      e.preventDefault();
      state.pinned = el;
      showEvidence(el);
      ui.popover.querySelector('button, summary, a[href]')?.focus();
      return;
    }
    if (j < 0 || i < 0) return;
    e.preventDefault();
    if (j !== i) focusSentence(marks[j], { scroll: 'nearest' });
  });
  document.addEventListener('pointerdown', (e) => {
    const inBar = e.target instanceof Element && e.target.closest('#navbar');
    if (state.pinned && !inBar && !sentenceOf(e.target) && !ui.popover.contains(e.target)) hideEvidence(true);
  });
  const reposition = () => state.shownFor && positionPopover(state.shownFor);
  window.addEventListener('resize', reposition);
  window.addEventListener('scroll', reposition, { passive: true });
  a.addEventListener('scroll', reposition, { passive: true });
}

function wireKeys() {
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      if (ui.viewer.open) return; // the dialog closes itself
      if (state.shownFor) {
        const back = state.shownFor;
        const inCard = ui.popover.contains(document.activeElement);
        hideEvidence(true);
        if (inCard) {
          back.focus({ preventScroll: true });
          hideEvidence(true); // focusing the mark showed its card again
        }
      }
      return;
    }
    const t = e.target;
    const typing = t instanceof Element && (t.closest('textarea, input, select, [contenteditable]') !== null);
    if ((e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'z' && !typing && state.undoText !== null) {
      e.preventDefault();
      undoReplace();
      return;
    }
    if (typing || e.ctrlKey || e.metaKey || e.altKey || ui.viewer.open) return;
    if (e.key === 'n' || e.key === ']') step(1);
    else if (e.key === 'p' || e.key === '[') step(-1);
    else if (/^[1-5]$/.test(e.key)) chooseFilter(LEGEND_ORDER[Number(e.key) - 1]);
    else if (e.key === '0') {
      state.filter = null;
      updateNav();
    } else return;
    e.preventDefault();
  });
  ui.next.addEventListener('click', () => step(1));
  ui.prev.addEventListener('click', () => step(-1));
  ui.legend.addEventListener('click', (e) => {
    const b = e.target instanceof Element ? e.target.closest('.legend-button') : null;
    if (b) chooseFilter(b.dataset.verdict);
  });
}

// ---------------------------------------------------------------- sources

/** What the documents say of themselves: the reader's own metadata, or the engine's. */
function lookupDoc(name) {
  const own = state.docs.find((d) => d.name === name);
  if (own) return own;
  const docs = (state.claimSet && state.claimSet.documents) || [];
  const at = docs.findIndex((d) => d && typeof d === 'object' && d.name === name);
  // A document that says nothing of itself is named as the engine names it: by its place.
  return at < 0 ? null : { label: `reference article ${at + 1}`, ...docs[at] };
}

async function documentText(name) {
  const own = state.docs.find((d) => d.name === name);
  if (own && state.checkedSet === 'own') return own.text;
  if (!state.bundledTexts) state.bundledTexts = await checker.referenceDocuments();
  const doc = state.bundledTexts.find((d) => d.name === name) || own;
  return doc ? doc.text : null;
}

/** Opens the whole reference document with the quoted sentence highlighted. */
async function openSource(source, info) {
  const text = await documentText(source.doc).catch(() => null);
  ui.viewerTitle.textContent = info.title || info.name;
  const meta = [info.outlet, info.date && formatDate(info.date), info.title ? info.name : ''].filter(Boolean);
  ui.viewerMeta.replaceChildren(document.createTextNode(meta.join(' · ')));
  if (/^https?:\/\//i.test(info.url || '')) {
    const a = document.createElement('a');
    a.href = info.url;
    a.rel = 'noopener noreferrer';
    a.target = '_blank';
    a.textContent = 'Original';
    ui.viewerMeta.append(document.createTextNode(meta.length ? ' · ' : ''), a);
  }
  if (text === null) {
    ui.viewerText.replaceChildren(document.createTextNode('This document is not available.'));
  } else {
    let { start, end } = source;
    if (text.slice(start, end) !== source.quote) {
      start = text.indexOf(source.quote);
      end = start + source.quote.length;
    }
    if (start < 0) {
      ui.viewerText.replaceChildren(document.createTextNode(text));
    } else {
      const mark = document.createElement('mark');
      mark.className = 'quoted';
      mark.textContent = text.slice(start, end);
      ui.viewerText.replaceChildren(document.createTextNode(text.slice(0, start)), mark, document.createTextNode(text.slice(end)));
    }
  }
  state.pinned = null;
  if (!ui.viewer.open) ui.viewer.showModal();
  ui.viewerText.querySelector('mark')?.scrollIntoView({ block: 'center' });
  ui.viewerText.focus({ preventScroll: true });
}

// ---------------------------------------------------------------- the reference set panel

function docLabel(name) {
  const info = lookupDoc(name);
  return info ? sourceLabel(sourceInfo({ doc: name }, () => info)) : name;
}

/** "5 reference articles, Oct 2025 – Feb 2026, mostly about OpenAI, Amazon and Microsoft." */
function describeSet(report, own) {
  const docs = report.documents || [];
  const n = docs.length;
  const noun = own ? `document${n === 1 ? '' : 's'} of yours` : `reference article${n === 1 ? '' : 's'}`;
  const dates = docs.map((d) => (d && typeof d === 'object' ? d.date || '' : lookupDoc(d)?.date || '')).filter((d) => /^\d{4}/.test(d)).sort();
  const range = dates.length ? (formatDate(dates[0].slice(0, 7)) === formatDate(dates.at(-1).slice(0, 7)) ? formatDate(dates[0].slice(0, 7)) : `${formatDate(dates[0].slice(0, 7))} – ${formatDate(dates.at(-1).slice(0, 7))}`) : '';
  const counts = new Map();
  for (const c of report.claims || []) for (const p of new Set(c.participants || [])) counts.set(p, (counts.get(p) || 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([p]) => p);
  const topic = top.length ? `, mostly about ${top.length > 1 ? `${top.slice(0, -1).join(', ')} and ${top.at(-1)}` : top[0]}` : '';
  return `Checking against ${n} ${noun}${range ? `, ${range}` : ''}${topic}. A sentence about anything else is not checked.`;
}

function renderSetPanel() {
  const own = currentSet() === 'own';
  const report = own ? state.ownReport : state.bundledReport;
  state.claimSet = report;
  if (report) ui.coverage.textContent = describeSet(report, own);
  const ownRadio = ui.setRadios.find((r) => r.value === 'own');
  ownRadio.disabled = state.docs.length === 0;
  for (const r of ui.setRadios) r.checked = r.value === currentSet();
  ui.ownCount.textContent = String(state.docs.length);
  ui.docsExport.disabled = state.docs.length === 0;
  // Each document: title, how many statements it gave, read and remove.
  const perDoc = new Map();
  for (const c of (state.ownReport && state.ownReport.claims) || []) perDoc.set(c.doc, (perDoc.get(c.doc) || 0) + 1);
  ui.docList.replaceChildren(...state.docs.map((d) => {
    const li = document.createElement('li');
    li.className = 'doc-item';
    li.dataset.name = d.name;
    const title = document.createElement('span');
    title.className = 'doc-title';
    title.textContent = d.title || d.name;
    const meta = document.createElement('span');
    meta.className = 'doc-meta';
    const n = perDoc.get(d.name) || 0;
    meta.textContent = `${d.title && d.title !== d.name ? `${d.name} · ` : ''}${n} statement${n === 1 ? '' : 's'} to check against`;
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'quiet doc-remove';
    remove.textContent = 'Remove';
    remove.setAttribute('aria-label', `Remove ${d.title || d.name}`);
    remove.addEventListener('click', () => removeDocument(d.name));
    li.append(title, meta, remove);
    return li;
  }));
  renderDisputes(report);
  if (report) renderClaims(report);
}

function renderDisputes(report) {
  const claims = (report && report.claims) || [];
  const byId = new Map(claims.map((c) => [c.id, c]));
  const seen = new Set();
  const items = [];
  for (const c of claims) {
    for (const d of c.disputed_with || []) {
      const key = [Math.min(c.id, d.claim), Math.max(c.id, d.claim)].join('-');
      if (seen.has(key) || !byId.has(d.claim)) continue;
      seen.add(key);
      const other = byId.get(d.claim);
      const li = document.createElement('li');
      li.className = 'dispute';
      for (const side of [c, other]) {
        const p = document.createElement('p');
        const cite = document.createElement('cite');
        cite.textContent = docLabel(side.doc);
        const q = document.createElement('q');
        q.textContent = side.quote;
        p.append(cite, document.createTextNode(': '), q);
        li.append(p);
      }
      items.push(li);
    }
  }
  ui.disputesCount.textContent = String(items.length);
  ui.disputeList.replaceChildren(...items);
}

function setDocsStatus(text, kind = '') {
  ui.docsStatus.textContent = text;
  ui.docsStatus.className = `help ${kind}`.trim();
}

/** Builds the reader's set from `docs` and keeps it; on failure nothing changes. */
async function commitDocuments(docs, message) {
  if (docs.length) {
    setDocsStatus('Reading your documents…');
    let report;
    try {
      report = await checker.build(docs);
    } catch (err) {
      setDocsStatus(`Could not use these documents: ${err.message}. Nothing was changed.`, 'error');
      if (state.docs.length) await checker.build(state.docs).catch(() => {});
      return false;
    }
    state.ownReport = report;
  } else {
    state.ownReport = null;
  }
  try {
    await saveDocuments(docs);
  } catch (err) {
    setDocsStatus(`Your documents could not be kept in this browser (${err.message}); they are used until you leave the page.`, 'error');
  }
  state.docs = docs;
  if (!docs.length && state.set === 'own') setSet('bundled');
  renderSetPanel();
  if (message) setDocsStatus(message);
  runCheck();
  return true;
}

function setSet(set) {
  state.set = set;
  try {
    localStorage.setItem(SET_KEY, set);
  } catch { /* private mode: the choice lasts for this visit */ }
  renderSetPanel();
  runCheck();
}

async function addDocuments(newDocs, errors) {
  if (!newDocs.length) {
    if (errors.length) setDocsStatus(errors.join(' '), 'error');
    return;
  }
  const names = new Set(newDocs.map((d) => d.name));
  const docs = [...state.docs.filter((d) => !names.has(d.name)), ...newDocs];
  const ok = await commitDocuments(docs, `${errors.length ? `${errors.join(' ')} ` : ''}Added ${newDocs.map((d) => `“${d.title || d.name}”`).join(', ')}. Checking against your documents.`);
  if (ok) {
    setSet('own');
    runCheck();
  }
  if (ok && errors.length) ui.docsStatus.classList.add('error');
}

async function addFiles(files) {
  const docs = [];
  const errors = [];
  const taken = state.docs.map((d) => d.name);
  for (const file of files) {
    try {
      const doc = await readFile(file, taken);
      docs.push(doc);
      taken.push(doc.name);
    } catch (err) {
      errors.push(err instanceof DocumentError ? err.message : `“${file.name}” could not be read (${err.message}): nothing was added.`);
    }
  }
  await addDocuments(docs, errors);
}

async function removeDocument(name) {
  const doc = state.docs.find((d) => d.name === name);
  await commitDocuments(state.docs.filter((d) => d.name !== name), `Removed “${(doc && doc.title) || name}”.`);
}

function download(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function wireDocuments() {
  for (const r of ui.setRadios) r.addEventListener('change', () => r.checked && setSet(r.value));
  ui.docFiles.addEventListener('change', async () => {
    const files = [...ui.docFiles.files];
    ui.docFiles.value = '';
    await addFiles(files);
  });
  for (const type of ['dragenter', 'dragover']) {
    ui.dropzone.addEventListener(type, (e) => {
      e.preventDefault();
      ui.dropzone.classList.add('is-over');
    });
  }
  ui.dropzone.addEventListener('dragleave', () => ui.dropzone.classList.remove('is-over'));
  ui.dropzone.addEventListener('drop', (e) => {
    e.preventDefault();
    ui.dropzone.classList.remove('is-over');
    addFiles([...(e.dataTransfer?.files || [])]);
  });
  ui.pasteAdd.addEventListener('click', async () => {
    try {
      const doc = makeDocument({ text: ui.pasteText.value, title: ui.pasteTitle.value.trim() }, state.docs.map((d) => d.name));
      await addDocuments([doc], []);
      ui.pasteText.value = '';
      ui.pasteTitle.value = '';
    } catch (err) {
      setDocsStatus(err.message, 'error');
    }
  });
  ui.docsExport.addEventListener('click', () => {
    download('factmark-documents.json', 'application/json', exportSet(state.docs));
    setDocsStatus(`Exported ${state.docs.length} document${state.docs.length === 1 ? '' : 's'}.`);
  });
  ui.docsImport.addEventListener('change', async () => {
    const file = ui.docsImport.files[0];
    ui.docsImport.value = '';
    if (!file) return;
    try {
      const docs = parseSet(await file.text());
      await addDocuments(docs, []);
    } catch (err) {
      setDocsStatus(err instanceof DocumentError ? err.message : `That set could not be read (${err.message}): nothing was imported.`, 'error');
    }
  });
}

// ---------------------------------------------------------------- claims panel

function renderClaims(set) {
  state.claimItems = (set.claims || []).map((claim) => {
    const li = document.createElement('li');
    li.className = 'claim';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'claim-button';
    button.dataset.claim = String(claim.id);
    button.setAttribute('aria-pressed', 'false');
    const quote = document.createElement('span');
    quote.className = 'claim-quote';
    quote.textContent = claim.quote ?? '';
    const meta = document.createElement('span');
    meta.className = 'claim-meta';
    const doc = document.createElement('span');
    doc.className = 'claim-doc';
    doc.textContent = docLabel(claim.doc);
    const uses = document.createElement('span');
    uses.className = 'claim-uses';
    meta.append(doc, uses);
    button.append(quote, meta);
    li.append(button);
    const haystack = `${claim.quote} ${doc.textContent} ${(claim.participants || []).join(' ')} ${(claim.figures || []).join(' ')} ${(claim.dates || []).join(' ')}`.toLowerCase();
    return { claim, li, button, uses, haystack };
  });
  ui.claimsList.replaceChildren(...state.claimItems.map((c) => c.li));
  filterClaims();
  updateClaimCounts();
}

function filterClaims() {
  const terms = ui.claimsFilter.value.toLowerCase().split(/\s+/).filter(Boolean);
  let shown = 0;
  for (const item of state.claimItems) {
    const hit = terms.every((t) => item.haystack.includes(t));
    item.li.hidden = !hit;
    if (hit) shown++;
  }
  const total = state.claimItems.length;
  ui.claimsCount.textContent = terms.length ? `${shown} of ${total}` : String(total);
}

function referencesOf(id) {
  return [...ui.article.querySelectorAll('[data-claims]')].filter((el) => el.dataset.claims.split(' ').includes(String(id)));
}

function updateClaimCounts() {
  const counts = new Map();
  for (const el of ui.article.querySelectorAll('[data-claims]')) {
    for (const id of el.dataset.claims.split(' ')) counts.set(id, (counts.get(id) || 0) + 1);
  }
  for (const item of state.claimItems) {
    const n = counts.get(String(item.claim.id)) || 0;
    item.uses.textContent = n ? `${n} sentence${n === 1 ? '' : 's'} here` : '';
    item.li.classList.toggle('is-used', n > 0);
  }
}

function highlightClaim(id, { scroll = true } = {}) {
  for (const el of ui.article.querySelectorAll('.is-linked')) el.classList.remove('is-linked');
  for (const item of state.claimItems) item.button.setAttribute('aria-pressed', String(item.claim.id === id));
  state.linkedClaim = id;
  if (id === null) return;
  const refs = referencesOf(id);
  refs.forEach((el) => el.classList.add('is-linked'));
  if (!scroll) return;
  if (!refs.length) {
    setStatus('No sentence of this article rests on that statement.');
    return;
  }
  setStatus(`${refs.length} sentence${refs.length === 1 ? '' : 's'} of this article rest${refs.length === 1 ? 's' : ''} on that statement (outlined).`);
  state.pinned = null;
  focusSentence(refs[0]);
}

function wireClaims() {
  let timer = 0;
  ui.claimsFilter.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(filterClaims, 80);
  });
  ui.claimsList.addEventListener('click', (e) => {
    const button = e.target instanceof Element ? e.target.closest('.claim-button') : null;
    if (!button) return;
    const id = Number(button.dataset.claim);
    highlightClaim(state.linkedClaim === id ? null : id);
  });
}

// ---------------------------------------------------------------- export

async function exportAnnotations() {
  const text = state.shown;
  const collection = toAnnotationCollection(text, state.report, {
    source: await textUrn(text),
    created: new Date().toISOString(),
    generator: { name: 'factmark', version: state.version },
  });
  download('factmark-annotations.json', 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"', JSON.stringify(collection, null, 2) + '\n');
  setStatus(`Exported ${collection.total} annotation${collection.total === 1 ? '' : 's'}.`);
}

function wireExports() {
  const fail = (err) => setStatus(`Export failed: ${err.message}`, 'error');
  ui.exportBtn.addEventListener('click', () => exportAnnotations().catch(fail));
  ui.exportCsv.addEventListener('click', () => download('factmark-report.csv', 'text/csv;charset=utf-8', toCsv(state.report, lookupDoc)));
  ui.exportMd.addEventListener('click', () => download('factmark-report.md', 'text/markdown;charset=utf-8', toMarkdown(state.report, lookupDoc)));
  ui.print.addEventListener('click', () => window.print());
}

// ---------------------------------------------------------------- the reader's text

let draftTimer = 0;
function writeDraft() {
  draftTimer = 0;
  try {
    localStorage.setItem(DRAFT_KEY, ui.input.value);
  } catch {
    setStatus('This text is too long to keep as a draft in this browser; it is checked all the same.');
  }
}
function saveDraft() {
  clearTimeout(draftTimer);
  draftTimer = setTimeout(writeDraft, 300);
}
// A reload or a closed tab within the 300 ms still keeps what was typed.
window.addEventListener('pagehide', () => {
  if (draftTimer) {
    clearTimeout(draftTimer);
    writeDraft();
  }
});

/**
 * Replaces the whole input the way typing would, so the browser's own undo (Ctrl+Z in the
 * text box) gives the previous text back; the Undo button does too.
 */
function replaceInput(text) {
  state.undoText = ui.input.value;
  ui.undo.hidden = false;
  ui.input.focus();
  ui.input.select();
  const done = text ? document.execCommand('insertText', false, text) : document.execCommand('delete');
  if (!done || ui.input.value !== text) {
    ui.input.value = text;
    ui.input.dispatchEvent(new Event('input'));
  }
  ui.input.setSelectionRange(0, 0);
  ui.input.scrollTop = 0;
}

function undoReplace() {
  if (state.undoText === null) return;
  const back = state.undoText;
  replaceInput(back);
  state.undoText = null;
  ui.undo.hidden = true;
  setStatus('Your text is back.');
}

function wireInput() {
  ui.input.addEventListener('input', (e) => {
    if (e.inputType === 'historyUndo' || e.inputType === 'historyRedo') {
      state.undoText = null;
      ui.undo.hidden = true;
    }
    saveDraft();
    scheduleCheck();
  });
  ui.sample.addEventListener('click', () => replaceInput(SAMPLE));
  ui.clear.addEventListener('click', () => replaceInput(''));
  ui.undo.addEventListener('click', undoReplace);
  ui.retry.addEventListener('click', () => runCheck({ force: true }));
  ui.cancel.addEventListener('click', () => checker.cancel());
  ui.viewerClose.addEventListener('click', () => ui.viewer.close());
}

// ---------------------------------------------------------------- start

async function main() {
  // Offline use: sw.js keeps the page and the checker in a cache (not on file:// pages).
  if ('serviceWorker' in navigator && location.protocol !== 'file:') {
    navigator.serviceWorker.register('sw.js').catch(() => { /* the page works without it, online */ });
  }
  let draft = null;
  try {
    draft = localStorage.getItem(DRAFT_KEY);
    state.set = localStorage.getItem(SET_KEY) === 'own' ? 'own' : 'bundled';
  } catch { /* storage off: start with the sample */ }
  ui.input.value = draft ?? SAMPLE;
  wireInput();
  wireArticle();
  wireKeys();
  wireClaims();
  wireDocuments();
  wireExports();
  if (new URLSearchParams(location.search).has('test-hooks')) {
    window.factmarkTest = { forceFailure: () => checker.forceFailure().catch((e) => e.name), checker };
  }

  try {
    state.version = await checker.version();
    for (const r of await checker.rules()) if (r && r.name) state.rules.set(r.name, r.description || '');
    state.bundledReport = await checker.claims('bundled');
  } catch (err) {
    setStatus(`Could not load the checker: ${err && err.message ? err.message : err}`, 'error');
    return;
  }
  try {
    state.docs = await loadDocuments();
    if (state.docs.length) state.ownReport = await checker.build(state.docs);
  } catch (err) {
    state.docs = [];
    setDocsStatus(`Your documents could not be read back (${err.message}).`, 'error');
  }
  if (state.docs.length) ui.ownDocs.open = true;
  state.ready = true;
  ui.version.textContent = `factmark ${state.version}`;
  renderSetPanel();
  await runCheck();
  document.documentElement.dataset.ready = 'true';
}

main();
