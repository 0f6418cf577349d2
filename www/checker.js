// The page's side of the checker worker (worker.js): requests answered by promises, the
// reader's claim set rebuilt in every new worker, and recovery. After a failure inside the
// WebAssembly module (or a cancelled check, which can only be stopped by ending the
// worker) a new worker with a new module instance takes over; the caller is told, through
// onRestart, and keeps whatever text it had.

export class CheckerError extends Error {
  constructor(message, { name = 'Error', fatal = false, cancelled = false } = {}) {
    super(message);
    this.name = name;
    this.fatal = fatal;
    this.cancelled = cancelled;
  }
}

export function createChecker({ url = new URL('./worker.js', import.meta.url), onRestart = () => {} } = {}) {
  let worker = null;
  let nextId = 1;
  const pending = new Map(); // id → {resolve, reject, onProgress}
  let documents = null; // the reader's documents, rebuilt into each new worker
  let restarts = 0;

  function start() {
    worker = new Worker(url, { type: 'module' });
    worker.onmessage = (e) => {
      const msg = e.data;
      const p = pending.get(msg.id);
      if (!p) return;
      if (msg.progress) {
        p.onProgress?.(msg.progress);
        return;
      }
      pending.delete(msg.id);
      if (msg.ok) p.resolve(msg.result);
      else {
        p.reject(new CheckerError(msg.error.message, { name: msg.error.name, fatal: msg.fatal }));
        if (msg.fatal) restart('failed');
      }
    };
    // A worker that dies outside a request (it could not load its module, say).
    worker.onerror = (e) => {
      e.preventDefault?.();
      failAll(new CheckerError(`the checker stopped: ${e.message || 'unknown error'}`, { fatal: true }));
      restart('failed');
    };
    if (documents) send('build', { documents }).catch(() => {});
  }

  function failAll(err) {
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  }

  function restart(reason) {
    if (worker) worker.terminate();
    worker = null;
    restarts++;
    if (restarts > 20) return; // something is wrong with every instance: stop trying
    start();
    onRestart(reason);
  }

  function send(op, data = {}, onProgress) {
    if (!worker) start();
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject, onProgress });
      worker.postMessage({ id, op, ...data });
    });
  }

  return {
    /** The report of check(text) against 'bundled' or 'own'; onProgress({done, total}). */
    check: (text, set, onProgress) => send('check', { text, set }, onProgress),
    /** Builds the reader's set from [{name, text}] (kept for new workers); its claims report. */
    async build(docs) {
      const plain = docs.map((d) => ({ name: d.name, text: d.text }));
      const report = await send('build', { documents: plain });
      documents = plain;
      return report;
    },
    claims: (set) => send('claims', { set }),
    referenceDocuments: () => send('documents'),
    version: () => send('version'),
    rules: () => send('rules'),
    /** Stops whatever the worker is doing (by ending it) and starts a new one. */
    cancel() {
      failAll(new CheckerError('cancelled', { cancelled: true }));
      restart('cancelled');
    },
    /** Test hook: a real trap inside the module. */
    forceFailure: () => send('fail'),
    get restarts() {
      return restarts;
    },
  };
}
