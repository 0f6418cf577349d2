// The browser benchmark page (bench.html): times check() on a ~10,000-word article made
// from a few fixed, seed-like sentences. scripts/bench-browser.mjs drives it headless and
// reads window.benchResult; opening bench.html in a browser shows the same figures.

import init, { check, version } from './pkg/factmark.js';

const SENTENCES = [
  'OpenAI announced a multi-year $38 billion partnership with Amazon on Monday.',
  'Amazon shares rose more than 5% in pre-market trading after the announcement.',
  'The deal gives OpenAI access to hundreds of thousands of Nvidia GPUs on AWS.',
  'Revenue from the cloud unit grew 27% in the quarter, the company said.',
  'Microsoft’s initial $1 billion investment in OpenAI came in 2019 — years earlier.',
  'Analysts said the agreement could run over the next seven years.',
  'It rained in Seattle on Friday.',
  'The partnership is expected to “have continued growth” as demand for AI compute rises.',
];

export function makeArticle(targetWords) {
  const parts = [];
  let words = 0;
  for (let i = 0; words < targetWords; i++) {
    const s = SENTENCES[i % SENTENCES.length];
    parts.push(s);
    words += s.split(/\s+/).length;
    if (i % SENTENCES.length === SENTENCES.length - 1) parts.push('\n\n');
  }
  return { text: parts.join(' '), words };
}

function quantile(sorted, q) {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}

async function main() {
  const params = new URLSearchParams(location.search);
  const runs = Number(params.get('runs') || 30);
  const warmup = Number(params.get('warmup') || 5);
  const targetWords = Number(params.get('words') || 10000);
  const out = document.getElementById('out');

  const t0 = performance.now();
  await init();
  const initMs = performance.now() - t0;
  const { text, words } = makeArticle(targetWords);

  const first0 = performance.now();
  const report = check(text);
  const firstMs = performance.now() - first0;
  for (let i = 1; i < warmup; i++) check(text);

  const times = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    check(text);
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  const result = {
    version: version(),
    userAgent: navigator.userAgent,
    words,
    chars: text.length,
    sentences: report.summary.sentences,
    runs,
    initMs,
    firstMs,
    medianMs: quantile(times, 0.5),
    p90Ms: quantile(times, 0.9),
    minMs: times[0],
    maxMs: times[times.length - 1],
  };
  const f = (x) => x.toFixed(1);
  out.textContent =
    `factmark ${result.version}: ${words} words, ${text.length} UTF-16 units, ` +
    `${result.sentences} sentences\n` +
    `init ${f(initMs)} ms, first check ${f(firstMs)} ms\n` +
    `check() x${runs}: median ${f(result.medianMs)} ms, p90 ${f(result.p90Ms)} ms ` +
    `(min ${f(result.minMs)}, max ${f(result.maxMs)})`;
  window.benchResult = result;
}

main().catch((e) => {
  document.getElementById('out').textContent = `benchmark failed: ${e && e.stack || e}`;
  window.benchResult = { error: String(e && e.stack || e) };
});
