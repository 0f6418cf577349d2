//! The WebAssembly binding (`src/wasm.rs`) tested in headless Chromium with
//! wasm-bindgen-test (via chromedriver).
//!
//! ```sh
//! CHROMEDRIVER=/usr/bin/chromedriver \
//! CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
//!     cargo test --target wasm32-unknown-unknown --test wasm_browser
//! ```
//!
//! The test bodies live in `wasm_common/cases.rs` and are shared with `wasm_node.rs`.
//! Native `cargo test` compiles this file to nothing.
#![cfg(target_arch = "wasm32")]

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

// `src/wasm.rs` lives in a private module of the library, so the test crate compiles the
// very same file itself. It calls `crate::check_with`, `crate::seed_sources`,
// `crate::SEED_DOCUMENTS`, `crate::claims`, `crate::lexicon`, `crate::report`, `crate::rule`
// and `crate::VERSION`: here those are the library's public items.
use factmark::{check_with, claims, lexicon, report, rule, seed_sources, SEED_DOCUMENTS, VERSION};

#[path = "../src/wasm.rs"]
mod wasm;

#[path = "wasm_common/cases.rs"]
mod cases;
