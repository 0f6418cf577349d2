// CSV and Markdown reports of a check: one row per marked sentence with its verdict, the
// reason, and the source it rests on. Pure functions, no DOM (the e2e tests import them).

import { VERDICTS, reasonOf, decidingFinding, sourceInfo, sourceLabel } from './evidence.js';

function rows(report, lookup) {
  return (report.sentences || [])
    .filter((s) => s.verdict !== 'none')
    .map((s) => {
      const f = decidingFinding(s);
      const source = f && f.source;
      return {
        start: s.start,
        end: s.end,
        verdict: (VERDICTS[s.verdict] || VERDICTS.none).label,
        disputed: Boolean(s.disputed),
        sentence: s.text,
        reason: reasonOf(s),
        source: source ? sourceLabel(sourceInfo(source, lookup)) : '',
        quote: (source && source.quote) || '',
        url: source ? sourceInfo(source, lookup).url : '',
      };
    });
}

const COLUMNS = ['start', 'end', 'verdict', 'disputed', 'sentence', 'reason', 'source', 'quote', 'url'];

/** RFC 4180 field: quoted when it holds a comma, quote or line break. */
function csvField(v) {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The report as CSV (header row, CRLF line ends); offsets are UTF-16 code units. */
export function toCsv(report, lookup) {
  const lines = [COLUMNS.join(',')];
  for (const r of rows(report, lookup)) lines.push(COLUMNS.map((c) => csvField(r[c])).join(','));
  return lines.join('\r\n') + '\r\n';
}

/** Text safe inside a Markdown table cell or list item. */
function md(s) {
  return String(s).replace(/\s+/g, ' ').replace(/([\\`*_[\]<>|#])/g, '\\$1').trim();
}

/** The report as Markdown: a summary line and one list item per marked sentence. */
export function toMarkdown(report, lookup, { title = 'factmark report', date = new Date().toISOString().slice(0, 10) } = {}) {
  const s = report.summary || {};
  const out = [`# ${md(title)}`, '', `Checked ${date}: ${s.sentences || 0} sentences — ${s.match || 0} match, ${s.extend || 0} add something unconfirmed, ${s.contradict || 0} contradict, ${s.disputed || 0} disputed, ${s.none || 0} not checked.`, ''];
  rows(report, lookup).forEach((r, i) => {
    out.push(`${i + 1}. **${md(r.verdict)}${r.disputed ? ' (disputed)' : ''}**: ${md(r.sentence)}`);
    out.push(`   - Why: ${md(r.reason)}`);
    if (r.quote) out.push(`   - Source: ${md(r.source)}: “${md(r.quote)}”`);
  });
  return out.join('\n') + '\n';
}
