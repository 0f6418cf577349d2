// Long inputs are checked in parts: the core's time per part stays bounded whatever the
// input's shape, the worker reports progress between parts, and a reader can cancel.
// Pure functions, no DOM: the worker and the tests import them.

/** Inputs longer than this many UTF-16 code units are checked in parts of at most this. */
export const PART_LIMIT = 100_000;

const isHigh = (c) => c >= 0xd800 && c <= 0xdbff;

/**
 * Where to cut `text` into parts of at most `max` code units: [{start, end}] covering all of
 * it, in order. A cut goes after the last paragraph break of a part's second half, else after
 * its last line break, else after its last sentence end followed by a space, else after its
 * last space, else at `max` (never between the halves of a surrogate pair).
 */
export function splitParts(text, max = PART_LIMIT) {
  const parts = [];
  let start = 0;
  while (text.length - start > max) {
    const limit = start + max;
    const floor = start + Math.floor(max / 2);
    const window = text.slice(floor, limit);
    let cut = -1;
    for (const re of [/\n[ \t]*\n\s*/g, /\n\s*/g, /[.!?。！？]["”’)\]]*\s+/g, /\s+/g]) {
      let m;
      let last = null;
      re.lastIndex = 0;
      while ((m = re.exec(window)) !== null) {
        if (floor + m.index + m[0].length <= limit) last = m;
        if (m[0].length === 0) re.lastIndex++;
      }
      if (last) {
        cut = floor + last.index + last[0].length;
        break;
      }
    }
    if (cut <= start) {
      cut = limit;
      if (isHigh(text.charCodeAt(cut - 1))) cut -= 1;
    }
    parts.push({ start, end: cut });
    start = cut;
  }
  parts.push({ start, end: text.length });
  return parts;
}

const SUMMARY_KEYS = ['sentences', 'match', 'extend', 'contradict', 'none', 'disputed'];

/** One report from the reports of `parts` (as splitParts gave them) of one text. */
export function mergeReports(parts, reports) {
  const summary = Object.fromEntries(SUMMARY_KEYS.map((k) => [k, 0]));
  const sentences = [];
  reports.forEach((r, i) => {
    const shift = parts[i].start;
    for (const s of r.sentences) sentences.push({ ...s, start: s.start + shift, end: s.end + shift });
    for (const k of SUMMARY_KEYS) summary[k] += r.summary[k] || 0;
  });
  return { sentences, summary };
}

/**
 * `text` with every lone surrogate (half of a UTF-16 pair without its other half, which is
 * no character) replaced by U+FFFD, and how many there were. The length stays the same, so
 * offsets into the result are offsets into `text`.
 */
export function wellFormed(text) {
  if (typeof text.isWellFormed === 'function' && text.isWellFormed()) return { text, replaced: 0 };
  let replaced = 0;
  const fixed = text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, () => {
    replaced++;
    return '\ufffd';
  });
  return { text: fixed, replaced };
}
