// The evidence card for one sentence of check(): shared by the page and the bookmarklet,
// so both say the same thing in the same words.
//
// A card is short: the verdict, one line saying why, the quote it rests on (once) with
// its source named by title, outlet and date where the documents give them (the file name
// otherwise), and everything else behind "More". Only text nodes are created here
// (createElement / textContent), never innerHTML: sentences and quotes are data.

/** Label, icon, CSS class and a plain description for each verdict (and for "disputed"). */
export const VERDICTS = Object.freeze({
  match: Object.freeze({ label: 'Matches', icon: '✓', className: 'fm-match', description: 'Says what the reference articles say.' }),
  extend: Object.freeze({ label: 'Adds, unconfirmed', icon: '+', className: 'fm-extend', description: 'Adds something the reference articles don’t cover — not confirmed.' }),
  contradict: Object.freeze({ label: 'Contradicts', icon: '✗', className: 'fm-contradict', description: 'Says something the reference articles contradict.' }),
  disputed: Object.freeze({ label: 'Disputed', icon: '⚠', className: 'fm-disputed', description: 'The reference articles disagree with each other about this.' }),
  none: Object.freeze({ label: 'Not checked', icon: '·', className: 'fm-none', description: 'Nothing in the reference articles is about this sentence.' }),
});

/** Words for each kind of finding, where the card lists more than one. */
export const FINDING_KINDS = Object.freeze({
  agrees: 'Agrees',
  differs: 'Differs',
  adds: 'Adds',
  disputed: 'Disputed',
  unchecked: 'Not checked',
});

/** Which finding kind speaks for each verdict. */
const DECIDES = { match: 'agrees', contradict: 'differs', extend: 'adds' };

/** The verdict entries that apply to a sentence: its verdict, plus "disputed" if flagged. */
export function verdictsOf(sentence) {
  const list = [VERDICTS[sentence.verdict] || VERDICTS.none];
  if (sentence.disputed) list.push(VERDICTS.disputed);
  return list;
}

/** "✗ Contradicts", "✓ Matches · ⚠ Disputed": the short text label of a sentence. */
export function verdictLabel(sentence) {
  return verdictsOf(sentence).map((v) => `${v.icon} ${v.label}`).join(' · ');
}

/** The finding the verdict rests on: the one its rule named, else the first of its kind. */
export function decidingFinding(sentence) {
  const findings = Array.isArray(sentence.findings) ? sentence.findings : [];
  if (sentence.rule) {
    const byRule = findings.find((f) => f.rule === sentence.rule && f.kind !== 'disputed');
    if (byRule) return byRule;
  }
  const kind = DECIDES[sentence.verdict];
  return findings.find((f) => f.kind === kind) || findings.find((f) => f.kind !== 'disputed') || findings[0] || null;
}

/** The one line that says why: the engine's reason, else the deciding finding's detail. */
export function reasonOf(sentence) {
  if (typeof sentence.reason === 'string' && sentence.reason.trim()) return sentence.reason.trim();
  const f = decidingFinding(sentence);
  if (f && f.detail) return f.detail;
  return (VERDICTS[sentence.verdict] || VERDICTS.none).description;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-02-27" → "Feb 27, 2026", "2026-02" → "Feb 2026"; anything else as given. */
export function formatDate(date) {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(String(date || ''));
  if (!m) return String(date || '');
  const [, y, mo, d] = m;
  if (!mo) return y;
  const month = MONTHS[Number(mo) - 1];
  if (!month) return String(date);
  return d ? `${month} ${Number(d)}, ${y}` : `${month} ${y}`;
}

/**
 * What is known of a source document: title, outlet, date and url from the finding's
 * source (when the engine gives them), else from `lookup(name)`; `name` always.
 */
export function sourceInfo(source, lookup) {
  const known = (lookup && source && lookup(source.doc)) || {};
  const pick = (k) => (source && typeof source[k] === 'string' && source[k]) || known[k] || '';
  return {
    name: (source && source.doc) || known.name || '',
    // How the engine names the document to a reader ("reference article 2").
    label: (source && typeof source.name === 'string' && source.name) || known.label || '',
    title: pick('title'),
    outlet: pick('outlet'),
    date: pick('date'),
    url: pick('url'),
  };
}

/** "“Title”, Outlet, Feb 27, 2026" — or the engine's name for it ("reference article 2"),
 * or the file name, when the document says nothing of itself. */
export function sourceLabel(info) {
  const parts = [];
  if (info.title) parts.push(`“${info.title}”`);
  if (info.outlet) parts.push(info.outlet);
  if (info.date) parts.push(formatDate(info.date));
  return parts.length ? parts.join(', ') : info.label || info.name;
}

function el(doc, tag, className, text) {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

/**
 * The citation line of a quote: the source named, and a button that opens the whole
 * document at the quote when the caller can show it (`options.onOpenSource(source)`).
 */
function citation(doc, source, options) {
  const info = sourceInfo(source, options.lookup);
  const cite = el(doc, 'p', 'fm-cite');
  cite.append(doc.createTextNode('— '), el(doc, 'cite', 'fm-doc', sourceLabel(info)));
  if (options.onOpenSource) {
    const open = el(doc, 'button', 'fm-open', 'Open the whole article');
    open.type = 'button';
    open.addEventListener('click', (e) => {
      e.stopPropagation();
      options.onOpenSource(source, info);
    });
    cite.append(doc.createTextNode(' '), open);
  }
  return cite;
}

function quoteBlock(doc, source, options) {
  const figure = el(doc, 'figure', 'fm-source');
  figure.append(el(doc, 'blockquote', 'fm-quote', source.quote), citation(doc, source, options));
  return figure;
}

/**
 * The evidence card for one sentence object from check(): a detached element of class
 * "fm-evidence" (styled by evidence.css).
 * options: { lookup(docName) → {title, outlet, date, url}, onOpenSource(source, info),
 *   rule(name) → what the rule that decided the verdict checks (shown under "More") }
 */
export function renderEvidence(sentence, doc = document, options = {}) {
  const root = el(doc, 'div', 'fm-evidence');
  const verdicts = verdictsOf(sentence);
  root.classList.add(verdicts[0].className);
  if (sentence.disputed) root.classList.add(VERDICTS.disputed.className);
  if (sentence.rule) root.dataset.rule = sentence.rule;

  const head = el(doc, 'p', 'fm-evidence-verdict');
  verdicts.forEach((v, i) => {
    if (i > 0) head.append(doc.createTextNode(' '));
    const badge = el(doc, 'span', `fm-badge ${v.className}`);
    const icon = el(doc, 'span', 'fm-icon', v.icon);
    icon.setAttribute('aria-hidden', 'true');
    badge.append(icon, doc.createTextNode(` ${v.label}`));
    head.append(badge);
  });
  root.append(head);

  const findings = Array.isArray(sentence.findings) ? sentence.findings : [];
  const main = decidingFinding(sentence);
  root.append(el(doc, 'p', 'fm-reason', reasonOf(sentence)));
  if (sentence.verdict === 'extend') root.append(el(doc, 'p', 'fm-caveat', 'Not confirmed: the reference articles do not cover this.'));

  const shownQuotes = new Set();
  const shownDetails = new Set([reasonOf(sentence)]);
  if (main && main.source && main.source.quote) {
    root.append(quoteBlock(doc, main.source, options));
    shownQuotes.add(main.source.quote);
  }

  // Disputed: the other side, in one sentence, right under the first.
  const sides = findings.filter((f) => f.kind === 'disputed' && f.source && !shownQuotes.has(f.source.quote));
  if (sentence.disputed) {
    const box = el(doc, 'div', 'fm-dispute');
    box.append(el(doc, 'p', 'fm-dispute-head', 'The reference articles disagree about this:'));
    const other = sides[0];
    if (other) {
      const line = el(doc, 'p', 'fm-dispute-side');
      line.append(el(doc, 'cite', 'fm-doc', sourceLabel(sourceInfo(other.source, options.lookup))), doc.createTextNode(' says: '));
      line.append(el(doc, 'q', 'fm-quote-inline', other.source.quote));
      box.append(line);
      shownQuotes.add(other.source.quote);
      if (other.detail) shownDetails.add(other.detail);
      if (options.onOpenSource) box.append(citation(doc, other.source, options).lastChild);
    } else {
      const d = findings.find((f) => f.kind === 'disputed');
      if (d && d.detail) {
        box.append(el(doc, 'p', 'fm-dispute-side', d.detail));
        shownDetails.add(d.detail);
      }
    }
    root.append(box);
  }

  // Everything else behind "More": other findings, each quote at most once.
  const rest = findings.filter((f) => f !== main && !(f.detail && shownDetails.has(f.detail) && (!f.source || shownQuotes.has(f.source.quote))));
  const how = sentence.rule && options.rule ? options.rule(sentence.rule) : '';
  if (rest.length || how) {
    const more = el(doc, 'details', 'fm-more');
    const summary = el(doc, 'summary', 'fm-more-summary', `More (${rest.length + (how ? 1 : 0)})`);
    more.append(summary);
    if (how) more.append(el(doc, 'p', 'fm-how', `How this was decided: ${how}`));
    const list = el(doc, 'ul', 'fm-findings');
    for (const f of rest) {
      const item = el(doc, 'li', `fm-finding fm-finding-${f.kind}`);
      const line = el(doc, 'p', 'fm-finding-detail');
      line.append(el(doc, 'strong', 'fm-finding-kind', `${FINDING_KINDS[f.kind] || f.kind}: `), doc.createTextNode(f.detail || ''));
      item.append(line);
      if (f.source && f.source.quote && !shownQuotes.has(f.source.quote)) {
        item.append(quoteBlock(doc, f.source, options));
        shownQuotes.add(f.source.quote);
      }
      list.append(item);
    }
    more.append(list);
    root.append(more);
  }
  return root;
}
