// The factmark page: paste an article, see every sentence marked in place.
//
// Everything the reader pastes is data: it only ever reaches the DOM through text nodes
// (textContent / Text), never through innerHTML. The page makes no request besides its
// own files (see the CSP in index.html).

import init, { check, claims, version } from './pkg/factmark.js';
import { renderEvidence, VERDICTS, verdictLabel } from './evidence.js';
import { toAnnotationCollection, textUrn } from './annotations.js';
import { SAMPLE } from './sample.js';

const DEBOUNCE_MS = 150;
const LEGEND_ORDER = ['match', 'extend', 'contradict', 'disputed', 'none'];

const $ = (id) => document.getElementById(id);
const ui = {
  input: $('input'),
  article: $('article'),
  legend: $('legend'),
  status: $('status'),
  popover: $('popover'),
  next: $('next-contradiction'),
  nextPos: $('contradiction-pos'),
  exportBtn: $('export'),
  sample: $('load-sample'),
  clear: $('clear'),
  claimsList: $('claims'),
  claimsFilter: $('claims-filter'),
  claimsCount: $('claims-count'),
  claimsDocs: $('claims-docs'),
  version: $('version'),
};

const state = {
  ready: false,
  text: null, // the text the current rendering shows
  report: null,
  revision: 0,
  timer: 0,
  shownFor: null, // the mark whose evidence is shown
  pinned: null, // a mark whose evidence stays up until dismissed (tap/click)
  hideTimer: 0,
  linkedClaim: null,
  claimItems: [], // [{claim, li, button, meta, haystack}]
};

// ---------------------------------------------------------------- rendering

function setStatus(text, kind = '') {
  ui.status.textContent = text;
  ui.status.className = `status ${kind}`.trim();
}

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
  if (marked) {
    el.tabIndex = 0;
    el.setAttribute('aria-description', verdictLabel(s));
  }
  el.textContent = text.slice(s.start, s.end);
  return el;
}

function renderArticle(text, report) {
  const frag = document.createDocumentFragment();
  let pos = 0;
  report.sentences.forEach((s, i) => {
    if (s.start < pos || s.end < s.start || s.end > text.length) return; // never in a sound report
    if (s.start > pos) frag.append(document.createTextNode(text.slice(pos, s.start)));
    frag.append(sentenceElement(text, s, i));
    pos = s.end;
  });
  if (pos < text.length) frag.append(document.createTextNode(text.slice(pos)));
  hideEvidence(true);
  ui.article.replaceChildren(frag);
  ui.article.dataset.revision = String(++state.revision);
  ui.article.classList.toggle('is-empty', text.length === 0);
}

function renderLegend(summary) {
  const items = LEGEND_ORDER.map((key) => {
    const v = VERDICTS[key];
    const li = document.createElement('li');
    li.className = `legend-item legend-${key}`;
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
    li.title = v.description;
    li.append(swatch, label, count);
    return li;
  });
  ui.legend.replaceChildren(...items);
}

function contradictionMarks() {
  return [...ui.article.querySelectorAll('mark.v-contradict')];
}

function updateNextControl() {
  const marks = contradictionMarks();
  ui.next.disabled = marks.length === 0;
  const i = marks.indexOf(document.activeElement);
  ui.nextPos.textContent = marks.length ? (i >= 0 ? `${i + 1}/${marks.length}` : `(${marks.length})`) : '(0)';
}

function runCheck() {
  clearTimeout(state.timer);
  state.timer = 0;
  if (!state.ready) return;
  delete ui.article.dataset.pending;
  const text = ui.input.value;
  if (text === state.text) return;
  const t0 = performance.now();
  let report;
  try {
    report = check(text);
  } catch (err) {
    setStatus(`The checker failed: ${err && err.message ? err.message : err}`, 'error');
    return;
  }
  const ms = performance.now() - t0;
  state.text = text;
  state.report = report;
  renderArticle(text, report);
  renderLegend(report.summary);
  updateClaimCounts();
  if (state.linkedClaim !== null) highlightClaim(state.linkedClaim, { scroll: false });
  updateNextControl();
  ui.exportBtn.disabled = false;
  const n = report.summary.sentences;
  setStatus(text.length === 0 ? 'Paste an article to check it.' : `${n} sentence${n === 1 ? '' : 's'} checked in ${ms < 1 ? '<1' : Math.round(ms)} ms`);
}

function scheduleCheck() {
  ui.article.dataset.pending = 'true'; // a check is due (tests wait for this to clear)
  clearTimeout(state.timer);
  state.timer = setTimeout(() => {
    // Check when the browser is idle, but never later than a few frames from now.
    if ('requestIdleCallback' in window) requestIdleCallback(runCheck, { timeout: 100 });
    else runCheck();
  }, DEBOUNCE_MS);
}

// ---------------------------------------------------------------- evidence popover

function sentenceOf(mark) {
  return state.report && state.report.sentences[Number(mark.dataset.index)];
}

function positionPopover(mark) {
  const pop = ui.popover;
  const rects = mark.getClientRects();
  if (!rects.length) return;
  const first = rects[0];
  const last = rects[rects.length - 1];
  const box = mark.getBoundingClientRect();
  const vw = document.documentElement.clientWidth;
  const vh = document.documentElement.clientHeight;
  const w = pop.offsetWidth;
  const h = pop.offsetHeight;
  const gap = 8;
  let top = box.bottom + gap;
  if (top + h > vh && box.top - gap - h > 0) top = box.top - gap - h;
  const anchorLeft = top > box.top ? last.left : first.left;
  const left = Math.max(8, Math.min(anchorLeft, vw - w - 8));
  pop.style.left = `${Math.round(left + window.scrollX)}px`;
  pop.style.top = `${Math.round(top + window.scrollY)}px`;
}

function showEvidence(mark) {
  const s = sentenceOf(mark);
  if (!s) return;
  clearTimeout(state.hideTimer);
  if (state.shownFor && state.shownFor !== mark) state.shownFor.classList.remove('is-active');
  state.shownFor = mark;
  mark.classList.add('is-active');
  ui.popover.replaceChildren(renderEvidence(s, document));
  ui.popover.hidden = false;
  ui.popover.dataset.index = mark.dataset.index;
  mark.setAttribute('aria-describedby', 'popover');
  positionPopover(mark);
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
    const active = document.activeElement;
    if (active && active.matches && active.matches('mark.fm-s') && ui.article.contains(active)) {
      showEvidence(active); // the keyboard focus keeps its evidence up
    } else {
      hideEvidence();
    }
  }, 120);
}

const markOf = (target) => (target instanceof Element ? target.closest('mark.fm-s') : null);

/** Focuses a mark and shows its evidence; scroll: 'center' (smoothly), 'nearest' or false. */
function focusMark(mark, { scroll = 'center' } = {}) {
  if (!mark) return;
  mark.focus({ preventScroll: true });
  if (scroll === 'center') {
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    mark.scrollIntoView({ block: 'center', inline: 'nearest', behavior: smooth ? 'smooth' : 'auto' });
  } else if (scroll) {
    mark.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }
  showEvidence(mark);
  // Smooth scrolling moves the mark after the popover was placed: follow it.
  if (scroll === 'center') setTimeout(() => state.shownFor === mark && positionPopover(mark), 400);
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
  a.addEventListener('focusin', (e) => {
    const mark = markOf(e.target);
    if (!mark) return;
    if (state.pinned && state.pinned !== mark) state.pinned = null;
    showEvidence(mark);
    updateNextControl();
  });
  a.addEventListener('focusout', (e) => {
    if (!a.contains(e.relatedTarget)) {
      state.pinned = null;
      hideSoon();
    }
    queueMicrotask(updateNextControl);
  });
  a.addEventListener('click', (e) => {
    const mark = markOf(e.target);
    if (!mark) return;
    // A tap or click pins the evidence; a second one on the same mark lets it go.
    if (state.pinned === mark) {
      state.pinned = null;
      hideEvidence();
      return;
    }
    state.pinned = null;
    mark.focus({ preventScroll: true });
    showEvidence(mark);
    state.pinned = mark;
  });
  a.addEventListener('keydown', (e) => {
    const mark = markOf(e.target);
    if (e.key === 'Escape') {
      hideEvidence(true);
      return;
    }
    if (!mark) return;
    const marks = [...a.querySelectorAll('mark.fm-s')];
    const i = marks.indexOf(mark);
    let j = -1;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') j = Math.min(marks.length - 1, i + 1);
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') j = Math.max(0, i - 1);
    else if (e.key === 'Home') j = 0;
    else if (e.key === 'End') j = marks.length - 1;
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      state.pinned = state.pinned === mark ? null : mark;
      showEvidence(mark);
      return;
    }
    if (j < 0) return;
    e.preventDefault();
    if (j !== i) focusMark(marks[j], { scroll: 'nearest' });
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && state.shownFor) hideEvidence(true);
  });
  document.addEventListener('pointerdown', (e) => {
    if (state.pinned && !markOf(e.target) && !ui.popover.contains(e.target)) hideEvidence(true);
  });
  const reposition = () => state.shownFor && positionPopover(state.shownFor);
  window.addEventListener('resize', reposition);
  window.addEventListener('scroll', reposition, { passive: true });
  a.addEventListener('scroll', reposition, { passive: true });
}

function nextContradiction() {
  const marks = contradictionMarks();
  if (!marks.length) return;
  let i = marks.indexOf(document.activeElement);
  if (i < 0) {
    // Continue from wherever the reader is: the first contradiction after the focused mark.
    const at = markOf(document.activeElement) || state.shownFor;
    const from = at ? Number(at.dataset.start) : -1;
    i = marks.findIndex((m) => Number(m.dataset.start) > from) - 1;
    if (i < -1) i = -1;
  }
  const target = marks[(i + 1) % marks.length];
  state.pinned = null;
  focusMark(target);
  state.pinned = target;
  updateNextControl();
}

// ---------------------------------------------------------------- claims panel

function renderClaims(set) {
  const docs = set.documents || [];
  ui.claimsDocs.textContent = docs.length ? `From ${docs.length} document${docs.length === 1 ? '' : 's'}: ${docs.join(', ')}` : '';
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
    doc.textContent = claim.doc ?? '';
    const id = document.createElement('span');
    id.className = 'claim-id';
    id.textContent = `#${claim.id}`;
    const uses = document.createElement('span');
    uses.className = 'claim-uses';
    meta.append(doc, id, uses);
    button.append(quote, meta);
    li.append(button);
    // Search every string the claim carries (quote, doc, and whatever the core adds later).
    const haystack = Object.values(claim)
      .flatMap((v) => (Array.isArray(v) ? v : [v]))
      .filter((v) => typeof v === 'string' || typeof v === 'number')
      .join(' ')
      .toLowerCase();
    return { claim, li, button, uses, haystack };
  });
  ui.claimsList.replaceChildren(...state.claimItems.map((c) => c.li));
  filterClaims();
}

function filterClaims() {
  const terms = ui.claimsFilter.value.toLowerCase().split(/\s+/).filter(Boolean);
  let shown = 0;
  for (const item of state.claimItems) {
    const hit = terms.every((t) => item.haystack.includes(t) || `#${item.claim.id}` === t);
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
    setStatus(`Claim #${id} is not referenced by any sentence of this article.`);
    return;
  }
  setStatus(`Claim #${id}: referenced by ${refs.length} sentence${refs.length === 1 ? '' : 's'} (outlined).`);
  const first = refs[0];
  if (first.matches('mark')) {
    state.pinned = null;
    focusMark(first);
  } else {
    first.scrollIntoView({ block: 'center' });
  }
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
  runCheck(); // export what the textarea holds now, not what was last rendered
  if (!state.report) return;
  const text = state.text;
  const collection = toAnnotationCollection(text, state.report, {
    source: await textUrn(text),
    created: new Date().toISOString(),
    generator: { name: 'factmark', version: version() },
  });
  const blob = new Blob([JSON.stringify(collection, null, 2) + '\n'], {
    type: 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"',
  });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = 'factmark-annotations.json';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  setStatus(`Exported ${collection.total} annotation${collection.total === 1 ? '' : 's'}.`);
}

// ---------------------------------------------------------------- start

async function main() {
  ui.input.value = SAMPLE;
  ui.input.addEventListener('input', scheduleCheck);
  ui.sample.addEventListener('click', () => {
    ui.input.value = SAMPLE;
    runCheck();
  });
  ui.clear.addEventListener('click', () => {
    ui.input.value = '';
    runCheck();
    ui.input.focus();
  });
  ui.next.addEventListener('click', nextContradiction);
  ui.exportBtn.addEventListener('click', () => {
    exportAnnotations().catch((err) => setStatus(`Export failed: ${err.message}`, 'error'));
  });
  wireArticle();
  wireClaims();

  try {
    await init();
  } catch (err) {
    setStatus(`Could not load the checker: ${err && err.message ? err.message : err}`, 'error');
    return;
  }
  state.ready = true;
  ui.version.textContent = `factmark ${version()}`;
  try {
    renderClaims(claims());
  } catch (err) {
    ui.claimsDocs.textContent = `Could not list the claims: ${err.message}`;
  }
  runCheck();
  document.documentElement.dataset.ready = 'true';
}

main();
