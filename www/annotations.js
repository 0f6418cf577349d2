// W3C Web Annotation export (https://www.w3.org/TR/annotation-model/) of a check() report.
// Pure functions, no DOM: the e2e test imports this module in the page and calls them.
//
// Offsets: check() counts UTF-16 code units (what JavaScript strings index); the
// TextPositionSelector of the Web Annotation model counts Unicode code points. A character
// outside the Basic Multilingual Plane (an emoji, say) is two units but one code point, so
// every offset is converted here.

import { verdictLabel, FINDING_KINDS } from './evidence.js';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Context for factmark's own body properties (verdict, disputed, findings). */
export const FACTMARK_CONTEXT = Object.freeze({
  factmark: 'urn:factmark:',
  verdict: 'factmark:verdict',
  disputed: 'factmark:disputed',
  findings: 'factmark:findings',
});

/** Characters of context kept on each side in a TextQuoteSelector. */
export const QUOTE_CONTEXT = 32;

/** The code point offset of UTF-16 offset `unit` in `text` (e.g. `[...text.slice(0, unit)].length`). */
export function codePointOffset(text, unit) {
  let points = 0;
  for (let i = 0; i < unit && i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point: count it at the low half.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) continue;
    }
    points++;
  }
  return points;
}

/** Up to `n` code points of `text` ending at UTF-16 offset `unit` (never half a pair). */
function before(text, unit, n) {
  const points = Array.from(text.slice(0, unit));
  return points.slice(Math.max(0, points.length - n)).join('');
}

/** Up to `n` code points of `text` starting at UTF-16 offset `unit`. */
function after(text, unit, n) {
  return Array.from(text.slice(unit)).slice(0, n).join('');
}

/** The selectors that locate text.slice(start, end) (UTF-16 offsets) in `text`. */
export function selectorsFor(text, start, end, context = QUOTE_CONTEXT) {
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: before(text, start, context),
      suffix: after(text, end, context),
    },
    {
      type: 'TextPositionSelector',
      start: codePointOffset(text, start),
      end: codePointOffset(text, end),
    },
  ];
}

function findingSummary(f) {
  let s = `${FINDING_KINDS[f.kind] || f.kind}: ${f.detail || ''}`.trim();
  if (f.source) s += ` (${f.source.doc}: “${f.source.quote}”)`;
  return s;
}

/**
 * One Annotation per sentence whose verdict is not "none".
 * options: { source: IRI of the annotated text, created: ISO date, generator: {name, version} }
 */
export function toAnnotations(text, report, options = {}) {
  const source = options.source || 'urn:factmark:pasted-text';
  const created = options.created || new Date().toISOString();
  const out = [];
  for (const s of report.sentences || []) {
    if (s.verdict === 'none') continue;
    const findings = (s.findings || []).map((f) => ({
      kind: f.kind,
      detail: f.detail,
      claim: f.claim ?? null,
      source: f.source
        ? { doc: f.source.doc, start: f.source.start, end: f.source.end, quote: f.source.quote }
        : null,
    }));
    const label = verdictLabel(s);
    const body = [
      {
        type: 'TextualBody',
        purpose: 'assessing',
        format: 'text/plain',
        language: 'en',
        value: [label, ...findings.map(findingSummary)].join('\n'),
        verdict: s.verdict,
        disputed: Boolean(s.disputed),
        findings,
      },
      { type: 'TextualBody', purpose: 'tagging', value: s.verdict },
    ];
    if (s.disputed) body.push({ type: 'TextualBody', purpose: 'tagging', value: 'disputed' });
    out.push({
      '@context': [ANNO_CONTEXT, FACTMARK_CONTEXT],
      id: `${source}#annotation-${out.length + 1}`,
      type: 'Annotation',
      motivation: 'assessing',
      created,
      body,
      target: { source, selector: selectorsFor(text, s.start, s.end) },
    });
  }
  return out;
}

/** An AnnotationCollection with the annotations embedded in its first (only) page. */
export function toAnnotationCollection(text, report, options = {}) {
  const source = options.source || 'urn:factmark:pasted-text';
  const items = toAnnotations(text, report, { ...options, source });
  const collection = {
    '@context': [ANNO_CONTEXT, FACTMARK_CONTEXT],
    id: `${source}#annotations`,
    type: 'AnnotationCollection',
    label: options.label || 'factmark verdicts',
    total: items.length,
    first: {
      id: `${source}#annotations-page-1`,
      type: 'AnnotationPage',
      startIndex: 0,
      items,
    },
  };
  if (options.generator) {
    collection.generator = { type: 'Software', ...options.generator };
  }
  if (options.created) collection.created = options.created;
  return collection;
}

/** "ni:///sha-256;…" (RFC 6920) of the text: a stable name for a pasted article (async: WebCrypto). */
export async function textUrn(text, crypto = globalThis.crypto) {
  if (!crypto || !crypto.subtle) return 'urn:factmark:pasted-text';
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  const b64 = btoa(String.fromCharCode(...new Uint8Array(digest)));
  return `ni:///sha-256;${b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}
