//! The WebAssembly edge: plain JS objects out, nothing to `free()` but a built claim set.
//!
//! Exports: `check(text, claimSet?)`, `claims(claimSet?)`, `buildClaimSet(documents)`,
//! `freeClaimSet(claimSet)`, `referenceDocuments()`, `rules()`, `version()`, and
//! `__forceFailure()` (a deliberate panic, so the page can test that it recovers from a
//! failed module).
//!
//! Bad arguments are JavaScript errors, never a trap: a `text` that is not a string is a
//! `TypeError`; a string holding a lone surrogate (not Unicode, so it has no UTF-8 form
//! and the offsets of a lossy copy would point at other characters than the caller's) is
//! a `RangeError` naming its UTF-16 offset. So `text.slice(start, end) === sentence.text`
//! holds for every sentence `check` returns.
//!
//! A claim set built at run time stays in this module's memory, keyed by the `id` of the
//! plain object `buildClaimSet` returns, until `freeClaimSet` is called with that object.
//!
//! `tests/wasm_node.rs` and `tests/wasm_browser.rs` compile this same file into their own
//! test crates (the module is private to the library). There, under `cfg(test)`, the
//! functions are plain Rust functions returning the very same `JsValue`s, so the test
//! binary does not define the exports a second time next to the library's (that would be
//! a duplicate-symbol link error).

use js_sys::{Array, JsString, Object, RangeError, Reflect, TypeError};
use std::cell::{OnceCell, RefCell};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::claims::{ClaimSet, Document};
use crate::lexicon::Lexicon;

thread_local! {
    /// The bundled claim set, built from the seed documents on first use (see `bundled`).
    static BUNDLED: OnceCell<ClaimSet> = const { OnceCell::new() };
    /// Claim sets built by `buildClaimSet`, by id; `None` once freed.
    static SETS: RefCell<Vec<Option<ClaimSet>>> = const { RefCell::new(Vec::new()) };
}

/// Runs `f` with the bundled claim set. The browser build makes it from the seed texts
/// with the general lexicon, exactly as `build.rs` makes the native library's, rather than
/// reading that JSON: the texts are a third of its size, the JSON reader's code goes too,
/// and the page can show a reader the whole documents.
fn bundled<R>(f: impl FnOnce(&ClaimSet) -> R) -> R {
    BUNDLED.with(|set| {
        f(set.get_or_init(|| {
            let docs: Vec<(String, String)> = crate::SEED_DOCUMENTS
                .iter()
                .map(|(n, t)| (n.to_string(), t.to_string()))
                .collect();
            let mut set = ClaimSet::from_documents(&docs, Lexicon::bundled());
            set.describe(&crate::seed_sources());
            set
        }))
    })
}

fn to_js<T: serde::Serialize>(value: &T) -> Result<JsValue, JsValue> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    value
        .serialize(&serializer)
        .map_err(|e| js_sys::Error::new(&e.to_string()).into())
}

fn type_error(message: &str) -> JsValue {
    TypeError::new(message).into()
}

fn kind_of(value: &JsValue) -> String {
    if value.is_null() {
        return "null".into();
    }
    if Array::is_array(value) {
        return "an array".into();
    }
    value.js_typeof().as_string().unwrap_or_default()
}

/// `value` as a Rust string: a `TypeError` if it is not a string, a `RangeError` if it
/// holds a lone surrogate. `what` names the argument in the message.
fn well_formed_string(value: &JsValue, what: &str) -> Result<String, JsValue> {
    let Some(js) = value.dyn_ref::<JsString>() else {
        return Err(type_error(&format!(
            "{what} must be a string, not {}",
            kind_of(value)
        )));
    };
    let well_formed = is_well_formed(js).unwrap_or_else(|| js.is_valid_utf16());
    if !well_formed {
        let at = lone_surrogate(js).unwrap_or_default();
        return Err(RangeError::new(&format!(
            "{what} holds a lone surrogate at UTF-16 offset {at}: it is not valid Unicode text \
             (replace it, e.g. with U+FFFD, before checking)"
        ))
        .into());
    }
    Ok(String::from(js))
}

/// `text.isWellFormed()` (ES2024), or `None` in an engine without it. Called through
/// `Reflect` rather than an `extern` import: the test crates compile this file next to the
/// library's copy, and an import declared in both would be a duplicate symbol.
fn is_well_formed(text: &JsString) -> Option<bool> {
    let method = Reflect::get(text, &JsValue::from_str("isWellFormed")).ok()?;
    method
        .dyn_ref::<js_sys::Function>()?
        .call0(text)
        .ok()?
        .as_bool()
}

/// The UTF-16 offset of the first surrogate in `js` that is not half of a pair.
fn lone_surrogate(js: &JsString) -> Option<usize> {
    let units: Vec<u16> = js.iter().collect();
    let mut i = 0;
    while i < units.len() {
        match units[i] {
            0xD800..=0xDBFF if matches!(units.get(i + 1), Some(0xDC00..=0xDFFF)) => i += 2,
            0xD800..=0xDFFF => return Some(i),
            _ => i += 1,
        }
    }
    None
}

/// Runs `f` with the claim set `handle` names: the bundled one for `undefined`/`null`.
fn with_set<R>(
    handle: &JsValue,
    f: impl FnOnce(&ClaimSet) -> Result<R, JsValue>,
) -> Result<R, JsValue> {
    if handle.is_undefined() || handle.is_null() {
        return bundled(f);
    }
    let id = if handle.is_object() {
        Reflect::get(handle, &JsValue::from_str("id"))
            .ok()
            .and_then(|v| v.as_f64())
    } else {
        None
    };
    let Some(id) = id.filter(|n| n.fract() == 0.0 && *n >= 0.0) else {
        return Err(type_error(&format!(
            "claimSet must be an object returned by buildClaimSet(), or undefined for the \
             bundled set; got {}",
            kind_of(handle)
        )));
    };
    SETS.with(|sets| {
        let sets = sets.borrow();
        match sets.get(id as usize).and_then(Option::as_ref) {
            Some(set) => f(set),
            None => Err(js_sys::Error::new(
                "this claim set was freed (freeClaimSet) or built by another instance of the module",
            )
            .into()),
        }
    })
}

/// Checks `text` against `claim_set` (a `buildClaimSet` result; the bundled set when
/// omitted); returns `{sentences, summary}` with UTF-16 offsets, as the CLI's JSON.
#[cfg_attr(not(test), wasm_bindgen)]
pub fn check(text: JsValue, claim_set: JsValue) -> Result<JsValue, JsValue> {
    let text = well_formed_string(&text, "check(text): text")?;
    with_set(&claim_set, |set| to_js(&crate::check_with(&text, set)))
}

/// The claim set with provenance: `{documents, claims}` (the bundled set when omitted).
#[cfg_attr(not(test), wasm_bindgen)]
pub fn claims(claim_set: JsValue) -> Result<JsValue, JsValue> {
    with_set(&claim_set, |set| to_js(&crate::report::claims(set)))
}

/// Builds a claim set from `documents`, an array of `{name, text, title?, outlet?, date?,
/// url?}` objects, with the bundled lexicon; findings name each document by its title,
/// outlet and date where given. Returns `{id, documents, claims}`: pass it to `check` and
/// `claims`, and to `freeClaimSet` when done.
#[cfg_attr(not(test), wasm_bindgen(js_name = buildClaimSet))]
pub fn build_claim_set(documents: JsValue) -> Result<JsValue, JsValue> {
    let Some(list) = documents.dyn_ref::<Array>() else {
        return Err(type_error(&format!(
            "buildClaimSet(documents): documents must be an array of {{name, text}}, not {}",
            kind_of(&documents)
        )));
    };
    if list.length() == 0 {
        return Err(type_error(
            "buildClaimSet(documents): documents is empty; give at least one {name, text}",
        ));
    }
    let mut docs: Vec<(String, String)> = Vec::with_capacity(list.length() as usize);
    let mut described: Vec<Document> = Vec::with_capacity(list.length() as usize);
    for (i, doc) in list.iter().enumerate() {
        if !doc.is_object() {
            return Err(type_error(&format!(
                "buildClaimSet(documents): documents[{i}] must be an object {{name, text}}, not {}",
                kind_of(&doc)
            )));
        }
        let field = |key: &str| Reflect::get(&doc, &JsValue::from_str(key)).unwrap_or_default();
        let name = well_formed_string(
            &field("name"),
            &format!("buildClaimSet(documents): documents[{i}].name"),
        )?;
        if name.trim().is_empty() {
            return Err(type_error(&format!(
                "buildClaimSet(documents): documents[{i}].name is empty"
            )));
        }
        if docs.iter().any(|(n, _)| *n == name) {
            return Err(type_error(&format!(
                "buildClaimSet(documents): two documents are named {name:?}; names must differ"
            )));
        }
        let text = well_formed_string(
            &field("text"),
            &format!("buildClaimSet(documents): documents[{i}].text ({name})"),
        )?;
        let optional = |key: &str| field(key).as_string().unwrap_or_default();
        described.push(Document {
            name: name.clone(),
            title: optional("title"),
            outlet: optional("outlet"),
            date: optional("date"),
            url: optional("url"),
        });
        docs.push((name, text));
    }
    let mut set = ClaimSet::from_documents(&docs, Lexicon::bundled());
    set.describe(&described);
    let (documents, claims) = (set.documents.len(), set.claims.len());
    let id = SETS.with(|sets| {
        let mut sets = sets.borrow_mut();
        sets.push(Some(set));
        sets.len() - 1
    });
    let handle = Object::new();
    for (key, value) in [("id", id), ("documents", documents), ("claims", claims)] {
        Reflect::set(
            &handle,
            &JsValue::from_str(key),
            &JsValue::from(value as u32),
        )?;
    }
    Ok(Object::freeze(&handle).into())
}

/// Frees a claim set built by `buildClaimSet`; checking with it afterwards throws.
#[cfg_attr(not(test), wasm_bindgen(js_name = freeClaimSet))]
pub fn free_claim_set(claim_set: JsValue) -> Result<(), JsValue> {
    if claim_set.is_undefined() || claim_set.is_null() {
        return Err(type_error(
            "freeClaimSet(claimSet): the bundled set cannot be freed",
        ));
    }
    with_set(&claim_set, |_| Ok(()))?;
    let id = Reflect::get(&claim_set, &JsValue::from_str("id"))?
        .as_f64()
        .unwrap_or_default() as usize;
    SETS.with(|sets| sets.borrow_mut()[id] = None);
    Ok(())
}

/// The bundled set's documents, `[{name, text, title?, outlet?, date?, url?}]`, so a reader
/// can read a quote in its place.
#[cfg_attr(not(test), wasm_bindgen(js_name = referenceDocuments))]
pub fn reference_documents() -> Result<JsValue, JsValue> {
    #[derive(serde::Serialize)]
    struct Doc<'a> {
        text: &'a str,
        #[serde(flatten)]
        about: Document,
    }
    let sources = crate::seed_sources();
    let docs: Vec<Doc> = crate::SEED_DOCUMENTS
        .iter()
        .map(|&(name, text)| Doc {
            text,
            about: sources
                .iter()
                .find(|s| s.name == name)
                .cloned()
                .unwrap_or_else(|| Document::named(name)),
        })
        .collect();
    to_js(&docs)
}

/// Every rule of the judge, `[{name, description}]`: a sentence's `rule` and each
/// finding's, in words for a reader.
#[cfg_attr(not(test), wasm_bindgen)]
pub fn rules() -> Result<JsValue, JsValue> {
    #[derive(serde::Serialize)]
    struct RuleReport {
        name: &'static str,
        description: &'static str,
    }
    let rules: Vec<RuleReport> = crate::rule::Rule::ALL
        .iter()
        .map(|r| RuleReport {
            name: r.name(),
            description: r.description(),
        })
        .collect();
    to_js(&rules)
}

/// The library version.
#[cfg_attr(not(test), wasm_bindgen)]
pub fn version() -> String {
    crate::VERSION.to_string()
}

/// Panics on purpose. With `panic = "abort"` the module traps (`RuntimeError:
/// unreachable`) exactly as on any bug in the core, so the page's recovery (a new
/// instance, the reader's text kept) can be tested against a real failure.
#[cfg_attr(not(test), wasm_bindgen(js_name = __forceFailure))]
pub fn force_failure() {
    panic!("factmark: a failure forced by __forceFailure()");
}
