//! The WebAssembly edge: three functions, plain JS objects out, nothing to `free()`.
//!
//! `tests/wasm_node.rs` and `tests/wasm_browser.rs` compile this same file into their own
//! test crates (the module is private to the library). There, under `cfg(test)`, the
//! functions are plain Rust functions returning the very same `JsValue`s, so the test
//! binary does not define the `check`/`claims`/`version` exports a second time next to the
//! library's (that would be a duplicate-symbol link error).

use wasm_bindgen::prelude::*;

fn to_js<T: serde::Serialize>(value: &T) -> Result<JsValue, JsError> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    value
        .serialize(&serializer)
        .map_err(|e| JsError::new(&e.to_string()))
}

/// Checks `text`; returns `{sentences, summary}` with UTF-16 offsets, as the CLI's JSON.
#[cfg_attr(not(test), wasm_bindgen)]
pub fn check(text: &str) -> Result<JsValue, JsError> {
    to_js(&crate::check(text))
}

/// The claim set with provenance: `{documents, claims}`.
#[cfg_attr(not(test), wasm_bindgen)]
pub fn claims() -> Result<JsValue, JsError> {
    to_js(&crate::report::claims(crate::claim_set()))
}

/// The library version.
#[cfg_attr(not(test), wasm_bindgen)]
pub fn version() -> String {
    crate::VERSION.to_string()
}
