// DOM mapping for the bookmarklet: find the article on a page, turn it into one plain
// string for check(), and map check()'s UTF-16 sentence spans back onto the page's text
// nodes, wrapping them in <mark> elements and unwrapping them again exactly.
//
// Pure functions: no module state, no layout or computed style (so they also work on a
// DOMParser document, which the e2e test uses to compute the expected marks on its own).
// Nothing here changes a node's text: marks only ever wrap whole pieces of text nodes.

/** Elements whose text is never checked, with everything inside them. */
const SKIP_TAGS = new Set([
  'nav', 'aside', 'header', 'footer', 'form', 'input', 'textarea', 'select', 'option',
  'figure', 'figcaption', 'address',
  'button', 'label', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed',
  'canvas', 'svg', 'math', 'audio', 'video', 'dialog', 'head', 'title',
]);

/** ARIA landmarks that are page furniture rather than the article. */
const SKIP_ROLES = new Set(['navigation', 'complementary', 'banner', 'contentinfo', 'search', 'form', 'dialog']);

/** Elements that start a new block: text on either side is in a different paragraph. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/**
 * Class or id words (whole, or between hyphens and underscores) of boxes inside an article
 * that are not its text: captions and credits, bylines and datelines of the page,
 * related-story and newsletter boxes, share bars.
 */
const SKIP_WORDS = /(?:^|[\s_-])(?:caption|credit|byline|author|related|recommended|promo|newsletter|share|sharing|social|more-stories|read-more|comments?)(?:$|[\s_-])/i;

/** Characters HTML collapses when rendering (not U+00A0, which is visible as a space). */
function isCollapsible(code) {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c;
}

function tagOf(el) {
  return (el.localName || el.nodeName || '').toLowerCase();
}

/**
 * True if `el` itself is never checked: page furniture (nav, aside, header, footer, their
 * ARIA roles), figures and their captions, forms and inputs, editable regions, comment
 * sections (class or id containing "comment"), captions, bylines, related-story and
 * newsletter boxes (by class or id word, rel=author, itemprop), hidden elements, scripts
 * and styles, and factmark's own hosts.
 */
export function isExcluded(el) {
  if (!el || el.nodeType !== 1) return false;
  if (SKIP_TAGS.has(tagOf(el))) return true;
  const role = (el.getAttribute('role') || '').trim().toLowerCase();
  if (role && role.split(/\s+/).some((r) => SKIP_ROLES.has(r))) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  if (el.isContentEditable === true) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (el.hasAttribute('data-factmark-host')) return true;
  const id = el.getAttribute('id') || '';
  const cls = el.getAttribute('class') || '';
  if (/comment/i.test(id) || /comment/i.test(cls)) return true;
  if (SKIP_WORDS.test(id) || SKIP_WORDS.test(cls)) return true;
  const rel = (el.getAttribute('rel') || '').toLowerCase();
  const prop = (el.getAttribute('itemprop') || '').toLowerCase();
  if (rel.split(/\s+/).includes('author') || /\b(author|byline|caption)\b/.test(prop)) return true;
  return false;
}

/** True if `el` or any ancestor (up to the document) is excluded. */
export function isExcludedWithin(el) {
  for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
    if (isExcluded(n)) return true;
  }
  return false;
}

/**
 * The text check() sees for `root`, and where each of its UTF-16 code units came from.
 *
 * Text nodes are read in document order, skipping excluded subtrees. Whitespace is collapsed
 * as a browser renders it (runs become one space, none at a block's start or end), blocks
 * (p, li, h2, div, ...) are separated by "\n\n" so no sentence runs from one paragraph into
 * the next, and <br> becomes "\n". Separators map to no node.
 *
 * Returns { text, nodes, nodeIndex: Int32Array, nodeOffset: Int32Array }: for code unit i
 * of text, nodes[nodeIndex[i]] is the text node it came from (-1 for a separator) and
 * nodeOffset[i] its UTF-16 offset in that node's data.
 */
export function collectText(root) {
  const doc = root.ownerDocument || root;
  const view = doc.defaultView;
  const NodeFilterRef = (view && view.NodeFilter) || globalThis.NodeFilter;
  const walker = doc.createTreeWalker(
    root,
    NodeFilterRef.SHOW_ELEMENT | NodeFilterRef.SHOW_TEXT,
    {
      acceptNode(node) {
        if (node.nodeType === 3) return NodeFilterRef.FILTER_ACCEPT;
        if (node !== root && isExcluded(node)) return NodeFilterRef.FILTER_REJECT;
        return tagOf(node) === 'br' ? NodeFilterRef.FILTER_ACCEPT : NodeFilterRef.FILTER_SKIP;
      },
    },
  );

  const chunks = [];
  const nodes = [];
  let length = 0;
  let index = new Int32Array(1024);
  let offset = new Int32Array(1024);
  const push = (str, nodeIdx, off) => {
    // One code unit at a time (str is one unit, or a separator of "\n" / "\n\n").
    for (let k = 0; k < str.length; k++) {
      if (length === index.length) {
        const grow = (a) => { const b = new Int32Array(a.length * 2); b.set(a); return b; };
        index = grow(index);
        offset = grow(offset);
      }
      index[length] = nodeIdx;
      offset[length] = nodeIdx < 0 ? -1 : off + k;
      length++;
    }
    chunks.push(str);
  };

  let prevBlock = null;
  let pendingSep = '';
  let pendingSpace = null; // [nodeIdx, offset] of the first collapsible char of a run
  let atStart = true; // nothing emitted since the last separator

  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 1) { // <br>
      if (length > 0 && pendingSep !== '\n\n') pendingSep = '\n';
      pendingSpace = null;
      atStart = true;
      continue;
    }
    const data = node.data;
    if (data.length === 0) continue;
    const block = blockOf(node, root);
    if (block !== prevBlock) {
      if (length > 0) pendingSep = '\n\n';
      pendingSpace = null;
      atStart = true;
      prevBlock = block;
    }
    let nodeIdx = -1;
    for (let k = 0; k < data.length; k++) {
      const code = data.charCodeAt(k);
      if (isCollapsible(code)) {
        if (!atStart && !pendingSpace) {
          if (nodeIdx < 0) { nodeIdx = nodes.length; nodes.push(node); }
          pendingSpace = [nodeIdx, k];
        }
        continue;
      }
      if (nodeIdx < 0) { nodeIdx = nodes.length; nodes.push(node); }
      if (pendingSep) {
        push(pendingSep, -1, 0);
        pendingSep = '';
        pendingSpace = null;
      } else if (pendingSpace) {
        push(' ', pendingSpace[0], pendingSpace[1]);
        pendingSpace = null;
      }
      push(data[k], nodeIdx, k);
      atStart = false;
    }
  }
  return {
    text: chunks.join(''),
    nodes,
    nodeIndex: index.subarray(0, length),
    nodeOffset: offset.subarray(0, length),
  };
}

/** The nearest block-level ancestor of `node` inside `root` (or root itself). */
function blockOf(node, root) {
  for (let n = node.parentNode; n && n !== root; n = n.parentNode) {
    if (n.nodeType === 1 && BLOCK_TAGS.has(tagOf(n))) return n;
  }
  return root;
}

/**
 * The text-node pieces that the UTF-16 span [start, end) of `collected.text` covers, in
 * document order: [{ node, start, end }] with offsets into node.data. A piece spans from the
 * first to the last covered unit of its node, so whitespace collapsed away inside the span
 * is covered too, and a surrogate pair is never cut.
 */
export function rangesFor(collected, start, end) {
  const { nodes, nodeIndex, nodeOffset } = collected;
  const pieces = [];
  let current = null;
  const last = Math.min(end, nodeIndex.length);
  for (let i = Math.max(0, start); i < last; i++) {
    const n = nodeIndex[i];
    if (n < 0) continue;
    const off = nodeOffset[i];
    if (current && current.index === n) {
      current.end = off + 1;
    } else {
      current = { index: n, node: nodes[n], start: off, end: off + 1 };
      pieces.push(current);
    }
  }
  for (const p of pieces) {
    // Never split a surrogate pair: widen to include a dangling half.
    const data = p.node.data;
    if (p.end < data.length && isHigh(data.charCodeAt(p.end - 1)) && isLow(data.charCodeAt(p.end))) p.end++;
    if (p.start > 0 && isLow(data.charCodeAt(p.start)) && isHigh(data.charCodeAt(p.start - 1))) p.start--;
    delete p.index;
  }
  return pieces;
}

const isHigh = (c) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c) => c >= 0xdc00 && c <= 0xdfff;

/**
 * Wraps each piece ({node, start, end, ...}) in an element made by makeMark(piece), splitting
 * text nodes with splitText. Pieces of one node must not overlap. The node itself always
 * keeps the first part of its text, so the page's own references to it stay valid.
 *
 * Returns a record for unwrap(): the original data of every touched node, the text nodes
 * splitText created and the marks inserted.
 */
export function wrapPieces(pieces, makeMark) {
  const byNode = new Map();
  for (const p of pieces) {
    if (p.end <= p.start) continue;
    if (!byNode.has(p.node)) byNode.set(p.node, []);
    byNode.get(p.node).push(p);
  }
  const record = { originals: new Map(), created: [], marks: [] };
  for (const [node, list] of byNode) {
    record.originals.set(node, node.data);
    // From the last piece to the first, so earlier offsets stay valid in `node`.
    list.sort((a, b) => b.start - a.start);
    let limit = node.data.length;
    for (const p of list) {
      const end = Math.min(p.end, limit);
      if (end <= p.start) continue;
      if (end < node.data.length) record.created.push(node.splitText(end));
      const piece = p.start > 0 ? node.splitText(p.start) : node;
      if (piece !== node) record.created.push(piece);
      const mark = makeMark(p);
      piece.parentNode.insertBefore(mark, piece);
      mark.appendChild(piece);
      record.marks.push(mark);
      limit = p.start;
    }
  }
  record.marks.reverse(); // roughly document order within each node; callers sort if needed
  return record;
}

/**
 * Undoes wrapPieces exactly: every touched node gets its original data back in its original
 * place, and the marks and the text nodes splitText created are removed. Returns nothing.
 */
export function unwrap(record) {
  // First put each original node back where its first piece is (inside a mark if the
  // first piece was wrapped), then drop everything wrapPieces created.
  for (const mark of record.marks) {
    const inside = mark.firstChild;
    if (inside && record.originals.has(inside) && mark.parentNode) {
      mark.parentNode.replaceChild(inside, mark);
    }
  }
  for (const node of record.created) node.remove();
  for (const mark of record.marks) mark.remove();
  for (const [node, data] of record.originals) {
    if (node.data !== data) node.data = data;
  }
}

/** Collapsed length of an element's visible-ish text (excluded subtrees skipped). */
export function textLength(el) {
  return collectText(el).text.replace(/\n/g, '').length;
}

/**
 * The element(s) holding the article: the largest <article> that is not inside page
 * furniture (plus any other top-level article at least half its size, for multi-story
 * pages); else <main> or [role=main]; else the block whose <p> paragraphs hold the most
 * text. A tiny <article> (under 200 characters) loses to a denser block of paragraphs.
 * Returns [] when the page has no paragraphs to check.
 */
export function findArticleRoots(doc) {
  const usable = (el) => !isExcludedWithin(el);
  const articles = [...doc.querySelectorAll('article')]
    .filter(usable)
    .filter((el) => !(el.parentElement && el.parentElement.closest('article')))
    .map((el) => ({ el, len: textLength(el) }))
    .filter((c) => c.len > 0)
    .sort((a, b) => b.len - a.len);
  let semantic = [];
  if (articles.length) {
    semantic = articles.filter((c) => c.len >= articles[0].len / 2);
  } else {
    const mains = [...doc.querySelectorAll('main, [role="main"]')]
      .filter(usable)
      .filter((el) => !(el.parentElement && el.parentElement.closest('main, [role="main"]')))
      .map((el) => ({ el, len: textLength(el) }))
      .filter((c) => c.len > 0)
      .sort((a, b) => b.len - a.len);
    if (mains.length) semantic = [mains[0]];
  }
  const best = semantic.length ? semantic[0].len : 0;
  if (best >= 200) return semantic.map((c) => c.el).sort(documentOrder);
  const dense = densestBlock(doc);
  if (dense && dense.len > best) return [dense.el];
  return semantic.map((c) => c.el).sort(documentOrder);
}

/**
 * The element whose <p> children hold the most text: each usable paragraph adds its length
 * to its parent and half of it to its grandparent (paragraphs wrapped one per <div>).
 */
export function densestBlock(doc) {
  const scores = new Map();
  const add = (el, n) => { if (el && el.nodeType === 1) scores.set(el, (scores.get(el) || 0) + n); };
  for (const p of doc.querySelectorAll('p')) {
    if (isExcludedWithin(p)) continue;
    const len = textLength(p);
    if (len < 25) continue; // bylines, captions, "Share this"
    add(p.parentElement, len);
    if (p.parentElement) add(p.parentElement.parentElement, len / 2);
  }
  let best = null;
  for (const [el, score] of scores) {
    if (tagOf(el) === 'html') continue;
    if (!best || score > best.score) best = { el, score };
  }
  return best ? { el: best.el, len: textLength(best.el) } : null;
}

function documentOrder(a, b) {
  if (a === b) return 0;
  // Node.DOCUMENT_POSITION_FOLLOWING = 4
  return a.compareDocumentPosition(b) & 4 ? -1 : 1;
}
