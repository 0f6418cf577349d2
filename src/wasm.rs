//! The WebAssembly edge: three functions, plain JS objects out, nothing to `free()`.

use wasm_bindgen::prelude::*;

fn to_js<T: serde::Serialize>(value: &T) -> Result<JsValue, JsError> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    value.serialize(&serializer).map_err(|e| JsError::new(&e.to_string()))
}

/// Checks `text`; returns `{sentences, summary}` with UTF-16 offsets, as the CLI's JSON.
#[wasm_bindgen]
pub fn check(text: &str) -> Result<JsValue, JsError> {
    to_js(&crate::check(text))
}

/// The claim set with provenance: `{documents, claims}`.
#[wasm_bindgen]
pub fn claims() -> Result<JsValue, JsError> {
    to_js(&crate::claim_set().report())
}

/// The library version.
#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_string()
}
