// The checker's Web Worker: the WebAssembly core runs here, so a long check never freezes
// the page. One request at a time, answered in order (checker.js is the other side):
//
//   {id, op: 'check', text, set: 'bundled'|'own'}  → {id, ok, result: report} (+ progress)
//   {id, op: 'build', documents: [{name, text}]}   → {id, ok, result: claims report}
//   {id, op: 'claims', set}                        → {id, ok, result: claims report}
//   {id, op: 'documents'}                          → {id, ok, result: [{name, text}]}
//   {id, op: 'version'}                            → {id, ok, result: '0.1.0'}
//   {id, op: 'rules'}                              → {id, ok, result: [{name, description}]}
//   {id, op: 'fail'}                               → a real trap inside the module (tests)
//
// A failure inside the module ({id, ok: false, fatal: true}) leaves it unusable (a Rust
// panic aborts): the page then ends this worker and starts another.

import * as core from './pkg/factmark.js';
import { splitParts, mergeReports, PART_LIMIT } from './parts.js';

let startFailed = false;
const { check, claims, buildClaimSet, freeClaimSet, referenceDocuments, version } = core;
const ready = core.default().catch((err) => {
  startFailed = true;
  throw err;
});
let own = null; // the reader's claim set (buildClaimSet), if built

const OPS = {
  check({ id, text, set }) {
    const claimSet = set === 'own' ? requireOwn() : undefined;
    const parts = text.length > PART_LIMIT ? splitParts(text, PART_LIMIT) : [{ start: 0, end: text.length }];
    const reports = [];
    const t0 = performance.now();
    for (const [i, p] of parts.entries()) {
      reports.push(check(parts.length === 1 ? text : text.slice(p.start, p.end), claimSet));
      if (parts.length > 1) postMessage({ id, progress: { done: i + 1, total: parts.length } });
    }
    const report = parts.length === 1 ? reports[0] : mergeReports(parts, reports);
    report.parts = parts.length;
    report.ms = performance.now() - t0;
    return report;
  },
  build({ documents }) {
    const t0 = performance.now();
    const built = buildClaimSet(documents);
    if (own) freeClaimSet(own);
    own = built;
    const report = claims(own);
    report.ms = performance.now() - t0;
    return report;
  },
  claims({ set }) {
    return claims(set === 'own' ? requireOwn() : undefined);
  },
  documents() {
    return referenceDocuments();
  },
  version() {
    return version();
  },
  // What each rule that decides a verdict checks, where this build of the core says.
  rules() {
    return typeof core.rules === 'function' ? core.rules() : [];
  },
  fail() {
    core.__forceFailure();
  },
};

function requireOwn() {
  if (!own) throw new Error('no documents of your own have been added yet');
  return own;
}

self.onmessage = async (e) => {
  const msg = e.data || {};
  try {
    await ready;
    const op = OPS[msg.op];
    if (!op) throw new Error(`unknown request ${msg.op}`);
    postMessage({ id: msg.id, ok: true, result: op(msg) });
  } catch (err) {
    postMessage({
      id: msg.id,
      ok: false,
      // A trap (RuntimeError), or a failed start: this module instance cannot be trusted.
      fatal: startFailed || err instanceof WebAssembly.RuntimeError,
      error: { name: (err && err.name) || 'Error', message: String((err && err.message) || err) },
    });
  }
};
