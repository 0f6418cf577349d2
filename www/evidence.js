// The evidence popover for one sentence of check(): shared by the page and the
// bookmarklet, so both say the same thing in the same words.
//
// Only DOM APIs with text nodes are used here (createElement / textContent), never
// innerHTML: sentences and seed quotes are data, not markup.

/** Label, icon and CSS class for each verdict (and for the disputed flag). */
export const VERDICTS = Object.freeze({
  match: Object.freeze({ label: 'Matches', icon: '✓', className: 'fm-match', description: 'Restates a fact from the reference documents.' }),
  extend: Object.freeze({ label: 'Extends', icon: '+', className: 'fm-extend', description: 'Adds a detail the reference documents do not give about an event they describe.' }),
  contradict: Object.freeze({ label: 'Contradicts', icon: '✗', className: 'fm-contradict', description: 'Differs from the reference documents.' }),
  disputed: Object.freeze({ label: 'Disputed', icon: '⚠', className: 'fm-disputed', description: 'The reference documents disagree with each other on this.' }),
  none: Object.freeze({ label: 'Nothing to check', icon: '·', className: 'fm-none', description: 'No claim in the reference documents is about this sentence.' }),
});

/** Words for each finding kind, shown before the finding's detail. */
export const FINDING_KINDS = Object.freeze({
  agrees: 'Agrees',
  differs: 'Differs',
  adds: 'Adds',
  disputed: 'Disputed',
  unchecked: 'Not checked',
});

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

function el(doc, tag, className, text) {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

/** A short name for a seed document: "001_99346573f83cd9f6.txt" stays as it is. */
function docName(doc) {
  return String(doc ?? '');
}

/**
 * Builds the evidence popover content for one sentence object from check().
 * Returns a detached element (class "fm-evidence"); style it with evidence.css.
 */
export function renderEvidence(sentence, doc = document) {
  const root = el(doc, 'div', 'fm-evidence');
  const verdicts = verdictsOf(sentence);
  root.classList.add(verdicts[0].className);
  if (sentence.disputed) root.classList.add(VERDICTS.disputed.className);

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
  if (findings.length === 0) {
    root.append(el(doc, 'p', 'fm-evidence-empty', verdicts[0].description));
    return root;
  }

  const list = el(doc, 'ul', 'fm-findings');
  for (const f of findings) {
    const item = el(doc, 'li', `fm-finding fm-finding-${f.kind}`);
    const line = el(doc, 'p', 'fm-finding-detail');
    line.append(el(doc, 'strong', 'fm-finding-kind', `${FINDING_KINDS[f.kind] || f.kind}: `));
    line.append(doc.createTextNode(f.detail || ''));
    item.append(line);
    if (f.source) {
      const figure = el(doc, 'figure', 'fm-source');
      const quote = el(doc, 'blockquote', 'fm-quote', f.source.quote);
      const cite = el(doc, 'figcaption', 'fm-cite');
      cite.append(doc.createTextNode('— '));
      cite.append(el(doc, 'cite', 'fm-doc', docName(f.source.doc)));
      if (Number.isInteger(f.claim)) cite.append(doc.createTextNode(` · claim #${f.claim}`));
      figure.append(quote, cite);
      item.append(figure);
    }
    list.append(item);
  }
  root.append(list);
  return root;
}
