// Unit tests of the page's pure modules, run in Node (no browser): how long texts are cut
// into parts and their reports joined, lone surrogates, the CSV/Markdown reports, and the
// server's choice of encoding.
//
//   node --test tests/e2e/units.test.mjs

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitParts, mergeReports, wellFormed } from '../../www/parts.js';
import { toCsv, toMarkdown } from '../../www/report-export.js';
import { pickEncoding } from '../../scripts/serve.mjs';

function assertCovers(text, parts, max) {
  assert.equal(parts[0].start, 0);
  assert.equal(parts.at(-1).end, text.length);
  parts.forEach((p, i) => {
    assert.ok(p.end > p.start, `part ${i} is empty`);
    assert.ok(p.end - p.start <= max, `part ${i} is ${p.end - p.start} long`);
    if (i) assert.equal(p.start, parts[i - 1].end, `part ${i} does not start where ${i - 1} ends`);
  });
}

test('splitParts: cuts after paragraph breaks when there are any', () => {
  const para = 'One sentence here. Another one there.\n\n';
  const text = para.repeat(100);
  const parts = splitParts(text, 500);
  assertCovers(text, parts, 500);
  for (const p of parts.slice(0, -1)) assert.ok(text.slice(0, p.end).endsWith('\n\n'), 'a cut after a blank line');
});

test('splitParts: falls back to a line break, a sentence end, a space, then a hard cut', () => {
  const lines = 'A line of text without a stop\n'.repeat(60);
  for (const p of splitParts(lines, 200).slice(0, -1)) assert.ok(lines.slice(0, p.end).endsWith('\n'));
  const sentences = 'Short sentence one. '.repeat(60);
  for (const p of splitParts(sentences, 200).slice(0, -1)) assert.ok(sentences.slice(0, p.end).endsWith('. '));
  const words = 'word '.repeat(100);
  for (const p of splitParts(words, 64).slice(0, -1)) assert.ok(words.slice(0, p.end).endsWith(' '));
  const solid = 'x'.repeat(1000);
  const hard = splitParts(solid, 300);
  assertCovers(solid, hard, 300);
  assert.deepEqual(hard.map((p) => p.end - p.start), [300, 300, 300, 100]);
});

test('splitParts: never between the halves of a surrogate pair; short texts are one part', () => {
  const text = `${'a'.repeat(99)}${'🚀'.repeat(100)}`;
  const parts = splitParts(text, 100);
  assertCovers(text, parts, 100);
  for (const p of parts) {
    const c = text.charCodeAt(p.end - 1);
    if (p.end < text.length) assert.ok(!(c >= 0xd800 && c <= 0xdbff), `cut after a high surrogate at ${p.end}`);
  }
  assert.deepEqual(splitParts('short', 100), [{ start: 0, end: 5 }]);
  assert.deepEqual(splitParts('', 100), [{ start: 0, end: 0 }]);
});

test('mergeReports: offsets shifted by each part\'s start, summaries added', () => {
  const parts = [{ start: 0, end: 10 }, { start: 10, end: 25 }];
  const summary = (n, v) => ({ sentences: n, match: v, extend: 0, contradict: 0, none: n - v, disputed: 0 });
  const merged = mergeReports(parts, [
    { sentences: [{ start: 0, end: 9, text: 'a', verdict: 'match' }], summary: summary(1, 1) },
    { sentences: [{ start: 2, end: 14, text: 'b', verdict: 'none' }], summary: summary(1, 0) },
  ]);
  assert.deepEqual(merged.sentences.map((s) => [s.start, s.end]), [[0, 9], [12, 24]]);
  assert.deepEqual(merged.summary, { sentences: 2, match: 1, extend: 0, contradict: 0, none: 1, disputed: 0 });
});

test('wellFormed: lone surrogates become U+FFFD, one unit for one; pairs and clean text untouched', () => {
  assert.deepEqual(wellFormed('plain 🚀'), { text: 'plain 🚀', replaced: 0 });
  const bad = 'a\ud800b\udc00c🚀\ud83d';
  const { text, replaced } = wellFormed(bad);
  assert.equal(text, 'a\ufffdb\ufffdc🚀\ufffd');
  assert.equal(replaced, 3);
  assert.equal(text.length, bad.length);
});

const REPORT = {
  summary: { sentences: 3, match: 1, extend: 0, contradict: 1, none: 1, disputed: 1 },
  sentences: [
    { start: 0, end: 20, text: 'It says "a, b" here.', verdict: 'contradict', disputed: true, reason: 'This says $2 billion; the report says $1 billion.',
      findings: [{ kind: 'differs', detail: 'x', source: { doc: 'r.txt', start: 0, end: 5, quote: 'Line one\nline | two', title: 'The report', outlet: 'Daily', date: '2026-02-27' } }] },
    { start: 21, end: 30, text: 'Not this.', verdict: 'none', disputed: false, findings: [] },
    { start: 31, end: 40, text: 'Matches *.', verdict: 'match', disputed: false, findings: [{ kind: 'agrees', detail: 'Same figure.', source: { doc: 'q.txt', start: 0, end: 3, quote: 'Yes' } }] },
  ],
};

test('toCsv: a header and one RFC 4180 row per marked sentence, sources named', () => {
  const csv = toCsv(REPORT, (name) => (name === 'q.txt' ? { title: 'Q', outlet: 'Wire' } : null));
  const lines = csv.split('\r\n');
  assert.equal(lines[0], 'start,end,verdict,disputed,sentence,reason,source,quote,url');
  assert.equal(lines[1], '0,20,Contradicts,true,"It says ""a, b"" here.",This says $2 billion; the report says $1 billion.,"“The report”, Daily, Feb 27, 2026","Line one\nline | two",');
  assert.ok(csv.includes('31,40,Matches,false,Matches *.,Same figure.,"“Q”, Wire",Yes,'));
  assert.equal(csv.match(/\r\n/g).length, 3, 'header and two rows');
});

test('toMarkdown: a summary line and one escaped item per marked sentence', () => {
  const md = toMarkdown(REPORT, () => null, { date: '2026-03-01' });
  assert.match(md, /^# factmark report\n\nChecked 2026-03-01: 3 sentences — 1 match, 0 add something unconfirmed, 1 contradict, 1 disputed, 1 not checked\./);
  assert.match(md, /1\. \*\*Contradicts \(disputed\)\*\*: It says "a, b" here\./);
  assert.match(md, /Source: “The report”, Daily, Feb 27, 2026: “Line one line \\\| two”/);
  assert.match(md, /2\. \*\*Matches\*\*: Matches \\\*\./);
  assert.equal((md.match(/^\d+\. /gm) || []).length, 2);
});

test('pickEncoding: brotli first, gzip next, q=0 refuses, nothing without Accept-Encoding', () => {
  assert.equal(pickEncoding('gzip, deflate, br'), 'br');
  assert.equal(pickEncoding('gzip'), 'gzip');
  assert.equal(pickEncoding('br;q=0, gzip'), 'gzip');
  assert.equal(pickEncoding('*'), 'br');
  assert.equal(pickEncoding('identity'), null);
  assert.equal(pickEncoding(''), null);
});
