// The reader's own reference documents: read from files or pasted text, kept in this
// browser's IndexedDB, exported and imported as one JSON file. Nothing here sends
// anything anywhere.

import { collectText, findArticleRoots } from './annotate-dom.js';
import { wellFormed } from './parts.js';

/** A document larger than this (UTF-16 code units) is refused, with a message. */
export const MAX_DOCUMENT = 5_000_000;
export const EXPORT_FORMAT = 'factmark-documents';

const DB_NAME = 'factmark';
const STORE = 'documents';

export class DocumentError extends Error {}

function openDb() {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'name' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function tx(mode, fn) {
  const db = await openDb();
  try {
    return await new Promise((resolve, reject) => {
      const t = db.transaction(STORE, mode);
      const result = fn(t.objectStore(STORE));
      t.oncomplete = () => resolve(result && 'result' in result ? result.result : undefined);
      t.onerror = () => reject(t.error);
      t.onabort = () => reject(t.error || new Error('IndexedDB transaction aborted'));
    });
  } finally {
    db.close();
  }
}

/** Every stored document, in the order they were added. */
export async function loadDocuments() {
  const all = await tx('readonly', (s) => s.getAll());
  return (all || []).sort((a, b) => (a.added || 0) - (b.added || 0));
}

/** Replaces the stored set with `docs` (one transaction: all or nothing). */
export function saveDocuments(docs) {
  return tx('readwrite', (s) => {
    s.clear();
    for (const d of docs) s.put(d);
  });
}

/** A name not yet in `taken`: "a.txt", then "a (2).txt", … */
export function uniqueName(name, taken) {
  const names = new Set(taken);
  if (!names.has(name)) return name;
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let i = 2; ; i++) {
    const candidate = `${stem} (${i})${ext}`;
    if (!names.has(candidate)) return candidate;
  }
}

/** The text of an HTML document: its article (as the bookmarklet reads one), parsed inert. */
export function htmlToText(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const roots = findArticleRoots(doc);
  const text = (roots.length ? roots : [doc.body || doc.documentElement])
    .map((r) => collectText(r).text)
    .join('\n\n');
  const title = (doc.querySelector('h1')?.textContent || doc.title || '').replace(/\s+/g, ' ').trim();
  const meta = (sel) => doc.querySelector(sel)?.getAttribute('content')?.trim() || '';
  return {
    text,
    title: meta('meta[property="og:title"]') || title,
    outlet: meta('meta[property="og:site_name"]'),
    date: meta('meta[property="article:published_time"]').slice(0, 10),
    url: doc.querySelector('link[rel="canonical"]')?.getAttribute('href') || meta('meta[property="og:url"]'),
  };
}

/** A title for plain text or Markdown: its first heading, or its first short line. */
export function titleOf(text, fallback) {
  const heading = /^#{1,3}\s+(.+)$/m.exec(text);
  if (heading) return heading[1].trim();
  const first = text.split('\n').map((l) => l.trim()).find(Boolean) || '';
  return first.length > 0 && first.length <= 120 && !/[.!?]$/.test(first) ? first : fallback;
}

/**
 * A document from raw parts: validates and names it. Throws DocumentError with a message
 * for a reader when the text is empty or too long.
 */
export function makeDocument({ name, text, title = '', outlet = '', date = '', url = '' }, taken = []) {
  const label = name || title || 'The pasted text';
  if (typeof text !== 'string' || !text.trim()) throw new DocumentError(`“${label}” is empty: nothing was added.`);
  if (text.length > MAX_DOCUMENT) {
    throw new DocumentError(`“${label}” is ${text.length.toLocaleString('en')} characters long; a document can have at most ${MAX_DOCUMENT.toLocaleString('en')}. Nothing was added.`);
  }
  const clean = wellFormed(text).text;
  return {
    name: uniqueName(name || `${(title || 'pasted').slice(0, 40).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'pasted'}.txt`, taken),
    text: clean,
    title: title || titleOf(clean, name || ''),
    outlet,
    date,
    url,
    added: Date.now(),
  };
}

/** Reads a File (.txt, .md, .html) into a document. Throws DocumentError for a reader. */
export async function readFile(file, taken = []) {
  const bytes = await file.arrayBuffer();
  if (bytes.byteLength === 0) throw new DocumentError(`“${file.name}” is empty: nothing was added.`);
  let raw;
  try {
    raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DocumentError(`“${file.name}” is not UTF-8 text (is it a PDF, a word-processor file or another encoding?): nothing was added. Save it as UTF-8 text and add it again.`);
  }
  if (/\.html?$/i.test(file.name) || file.type === 'text/html') {
    const page = htmlToText(raw);
    return makeDocument({ name: file.name, ...page }, taken);
  }
  if (!/\.(txt|md|markdown|text)$/i.test(file.name) && file.type && !file.type.startsWith('text/')) {
    throw new DocumentError(`“${file.name}” is not a text, Markdown or HTML file: nothing was added.`);
  }
  return makeDocument({ name: file.name, text: raw }, taken);
}

/** The set as one JSON file's text. */
export function exportSet(docs) {
  const documents = docs.map(({ name, title, outlet, date, url, text }) => ({ name, title, outlet, date, url, text }));
  return JSON.stringify({ format: EXPORT_FORMAT, version: 1, documents }, null, 2) + '\n';
}

/** The documents of an exported set's JSON text; throws DocumentError if it is not one. */
export function parseSet(json, taken = []) {
  let data;
  try {
    data = JSON.parse(json);
  } catch {
    throw new DocumentError('That file is not a factmark document set (it is not JSON): nothing was imported.');
  }
  if (!data || data.format !== EXPORT_FORMAT || !Array.isArray(data.documents)) {
    throw new DocumentError('That file is not a factmark document set: nothing was imported.');
  }
  const names = [...taken];
  return data.documents.map((d, i) => {
    if (!d || typeof d !== 'object') throw new DocumentError(`Document ${i + 1} of that set is not a document: nothing was imported.`);
    const str = (v) => (typeof v === 'string' ? v : '');
    const doc = makeDocument({ name: str(d.name), text: d.text, title: str(d.title), outlet: str(d.outlet), date: str(d.date), url: str(d.url) }, names);
    names.push(doc.name);
    return doc;
  });
}
