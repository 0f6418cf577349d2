//! The test bodies shared by `tests/wasm_node.rs` (Node) and `tests/wasm_browser.rs`
//! (Chromium). Each of those files includes this module, so every `#[wasm_bindgen_test]`
//! below runs in both places.
//!
//! The functions under test are the `#[wasm_bindgen]` exports of `src/wasm.rs` (that file
//! is compiled into the test crate as `crate::wasm`, see the including files). Everything
//! they return is inspected as JavaScript sees it: fields are read with `Reflect`, types
//! are checked with `typeof`/`Array.isArray`, and UTF-16 offsets are checked by slicing a
//! `JsString` built from the input, exactly as `text.slice(start, end)` does in a page.

use js_sys::{Array, JsString, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

const VERDICTS: [&str; 4] = ["match", "extend", "contradict", "none"];
const KINDS: [&str; 5] = ["agrees", "differs", "adds", "disputed", "unchecked"];

/// A sentence copied verbatim from `seeds/001_99346573f83cd9f6.txt`.
const SEED_SENTENCE: &str = "Amazon shares responded positively to the announcement, \
                             rising more than 5% in pre-market trading.";
const UNRELATED_SENTENCE: &str = "It rained in Seattle on Friday.";

/// Text where many non-ASCII characters (astral emoji, a ZWJ sequence, curly quotes,
/// em dashes, CJK) come before later sentences, so UTF-8 bytes, chars and UTF-16 code
/// units all disagree about where those sentences start.
const TRICKY: &str = "🚀 OpenAI announced a $38 billion partnership with Amazon on Monday. \
                      👩‍💻 Developers said “this changes everything” — or at least a lot. \
                      東京の開発者も注目した。 Amazon’s shares rose more than 5% in pre-market trading! \
                      Was it the largest deal of the year — 27% larger than expected? \
                      🚀🚀 Microsoft’s initial $1 billion investment in OpenAI came first.";

fn run_check(text: &str) -> JsValue {
    crate::wasm::check(JsValue::from_str(text), JsValue::UNDEFINED)
        .unwrap_or_else(|e| panic!("check() threw: {e:?}"))
}

fn run_claims() -> JsValue {
    crate::wasm::claims(JsValue::UNDEFINED).unwrap_or_else(|e| panic!("claims() threw: {e:?}"))
}

fn get(obj: &JsValue, key: &str) -> JsValue {
    assert!(
        obj.is_object(),
        "expected an object holding `{key}`, got {obj:?}"
    );
    let key_js = JsValue::from_str(key);
    assert!(
        Reflect::has(obj, &key_js).unwrap(),
        "field `{key}` missing from {}",
        json(obj)
    );
    Reflect::get(obj, &key_js).unwrap()
}

/// `serde_wasm_bindgen`'s json_compatible serializer gives plain objects, not `Map`s.
fn assert_plain_object(value: &JsValue) {
    assert!(
        !value.is_instance_of::<js_sys::Map>(),
        "got a Map, not a plain object"
    );
    let proto: JsValue = Reflect::get_prototype_of(value).unwrap().into();
    let ctor = Reflect::get(&proto, &JsValue::from_str("constructor")).unwrap();
    let name = Reflect::get(&ctor, &JsValue::from_str("name")).unwrap();
    assert_eq!(
        name.as_string().as_deref(),
        Some("Object"),
        "not a plain object"
    );
}

fn json(value: &JsValue) -> String {
    JSON::stringify(value)
        .map(String::from)
        .unwrap_or_else(|_| format!("{value:?}"))
}

fn string(obj: &JsValue, key: &str) -> String {
    let v = get(obj, key);
    v.as_string()
        .unwrap_or_else(|| panic!("`{key}` should be a string, got {v:?}"))
}

fn number(obj: &JsValue, key: &str) -> u32 {
    let v = get(obj, key);
    let n = v
        .as_f64()
        .unwrap_or_else(|| panic!("`{key}` should be a number, got {v:?}"));
    assert!(
        n >= 0.0 && n.fract() == 0.0 && n <= u32::MAX as f64,
        "`{key}` should be a non-negative integer, got {n}"
    );
    n as u32
}

fn boolean(obj: &JsValue, key: &str) -> bool {
    let v = get(obj, key);
    v.as_bool()
        .unwrap_or_else(|| panic!("`{key}` should be a boolean, got {v:?}"))
}

fn array(obj: &JsValue, key: &str) -> Vec<JsValue> {
    let v = get(obj, key);
    assert!(Array::is_array(&v), "`{key}` should be an array, got {v:?}");
    v.unchecked_into::<Array>().iter().collect()
}

/// Checks the whole report against the schema and returns its sentences.
/// Also checks, for every sentence, that slicing the JS string of `input` between
/// `start` and `end` gives back exactly `text`.
fn check_report(input: &str, report: &JsValue) -> Vec<JsValue> {
    // json_compatible: a plain Object, not a Map.
    assert_plain_object(report);
    let input_js = JsString::from(input);
    let units = input_js.length();
    let sentences = array(report, "sentences");
    let (mut matches, mut extend, mut contradict, mut none, mut disputed) = (0, 0, 0, 0, 0);
    let mut previous_end = 0;
    for (i, s) in sentences.iter().enumerate() {
        let start = number(s, "start");
        let end = number(s, "end");
        let text = string(s, "text");
        assert!(start < end, "sentence {i}: empty span {start}..{end}");
        assert!(
            end <= units,
            "sentence {i}: end {end} beyond input length {units}"
        );
        assert!(
            start >= previous_end,
            "sentence {i}: starts at {start}, before the previous sentence ends at {previous_end}"
        );
        previous_end = end;
        let slice: String = input_js.slice(start, end).into();
        assert_eq!(
            slice, text,
            "sentence {i}: input.slice({start}, {end}) != text"
        );
        match string(s, "verdict").as_str() {
            "match" => matches += 1,
            "extend" => extend += 1,
            "contradict" => contradict += 1,
            "none" => none += 1,
            other => panic!("sentence {i}: verdict {other:?} not one of {VERDICTS:?}"),
        }
        if boolean(s, "disputed") {
            disputed += 1;
        }
        for f in array(s, "findings") {
            let kind = string(&f, "kind");
            assert!(
                KINDS.contains(&kind.as_str()),
                "finding kind {kind:?} not one of {KINDS:?}"
            );
            string(&f, "detail");
            let claim = get(&f, "claim");
            assert!(
                claim.is_null() || number(&f, "claim") < u32::MAX,
                "finding claim should be null or an integer, got {claim:?}"
            );
            let source = get(&f, "source");
            if !source.is_null() {
                assert!(!string(&source, "doc").is_empty(), "source.doc is empty");
                let (s0, s1) = (number(&source, "start"), number(&source, "end"));
                assert!(s0 <= s1, "source span {s0}..{s1} is reversed");
                string(&source, "quote");
            }
        }
    }
    let summary = get(report, "summary");
    let count = sentences.len() as u32;
    assert_eq!(number(&summary, "sentences"), count, "summary.sentences");
    assert_eq!(number(&summary, "match"), matches, "summary.match");
    assert_eq!(number(&summary, "extend"), extend, "summary.extend");
    assert_eq!(
        number(&summary, "contradict"),
        contradict,
        "summary.contradict"
    );
    assert_eq!(number(&summary, "none"), none, "summary.none");
    assert_eq!(number(&summary, "disputed"), disputed, "summary.disputed");
    assert_eq!(
        matches + extend + contradict + none,
        count,
        "verdict counts add up"
    );
    sentences
}

#[wasm_bindgen_test]
fn utf16_offsets_survive_emoji_quotes_dashes_and_cjk() {
    let report = run_check(TRICKY);
    let sentences = check_report(TRICKY, &report);
    assert!(
        sentences.len() >= 4,
        "expected several sentences, got {}",
        json(&report)
    );
    // The last sentence starts well after the emoji, so its UTF-16 start is neither its
    // byte offset nor its char offset: a conversion bug would fail the slice check above,
    // and here we also pin it to where JavaScript itself finds it.
    let input_js = JsString::from(TRICKY);
    let last = sentences.last().unwrap();
    let text = string(last, "text");
    assert!(text.contains("Microsoft"), "last sentence is {text:?}");
    let js_index = input_js.index_of(text.as_str(), 0);
    assert_eq!(
        number(last, "start") as i32,
        js_index,
        "start of the last sentence"
    );
    let byte_index = TRICKY.find(text.as_str()).unwrap();
    assert_ne!(
        js_index as usize, byte_index,
        "the fixture should make bytes != UTF-16"
    );
}

#[wasm_bindgen_test]
fn sentence_after_astral_and_zwj_emoji_at_the_very_start() {
    for input in [
        "👩‍💻🚀“Quoted.” Amazon rose 5%.",
        "—東京。 OpenAI signed with Amazon.",
        "🚀",
        "A.",
    ] {
        let report = run_check(input);
        check_report(input, &report);
    }
}

#[wasm_bindgen_test]
fn report_has_the_cli_json_shape() {
    let report = run_check(TRICKY);
    check_report(TRICKY, &report);
    // The object handed to JS serialises to exactly the JSON the CLI prints
    // (`factmark::check` through serde_json), field for field.
    let from_js: serde_json::Value = serde_json::from_str(&json(&report)).unwrap();
    let native = serde_json::to_value(factmark::check(TRICKY)).unwrap();
    assert_eq!(from_js, native, "wasm check() and serde_json disagree");
}

#[wasm_bindgen_test]
fn empty_input_has_no_sentences() {
    let report = run_check("");
    let sentences = check_report("", &report);
    assert!(sentences.is_empty(), "got {}", json(&report));
    let summary = get(&report, "summary");
    for key in [
        "sentences",
        "match",
        "extend",
        "contradict",
        "none",
        "disputed",
    ] {
        assert_eq!(number(&summary, key), 0, "summary.{key} of empty input");
    }
}

#[wasm_bindgen_test]
fn megabyte_input_works() {
    // Seven sentences a paragraph; about 1 MB (UTF-8) in all.
    let paragraph = "OpenAI announced a multi-year $38 billion partnership with Amazon on Monday. \
                     Amazon shares rose more than 5% in pre-market trading. \
                     The deal runs over the next seven years — longer than most. \
                     Revenue grew 27% in the quarter, the company said. \
                     “We are excited,” said a spokesperson 🚀. \
                     東京でも報道された。 \
                     Analysts expect more such deals.\n";
    let per_paragraph = 7;
    let repeats = 1_000_000 / paragraph.len() + 1;
    let input = paragraph.repeat(repeats);
    assert!(input.len() >= 1_000_000);
    let report = run_check(&input);
    let sentences = check_report(&input, &report);
    let expected = repeats * per_paragraph;
    assert!(
        sentences.len() * 2 >= expected && sentences.len() <= expected * 2,
        "{} sentences for {} paragraphs of {per_paragraph}",
        sentences.len(),
        repeats
    );
}

#[wasm_bindgen_test]
fn claims_are_listed_with_quotes() {
    let report = run_claims();
    assert_plain_object(&report);
    let documents = array(&report, "documents");
    assert!(!documents.is_empty(), "no documents");
    for d in &documents {
        // A file name, or an object naming it with its title, outlet, date and link.
        let name = d
            .as_string()
            .or_else(|| d.is_object().then(|| string(d, "name")));
        assert!(name.is_some_and(|s| !s.is_empty()), "document {d:?}");
    }
    let claims = array(&report, "claims");
    assert!(!claims.is_empty(), "no claims");
    for c in &claims {
        number(c, "id");
        assert!(
            !string(c, "doc").is_empty(),
            "claim without doc: {}",
            json(c)
        );
        let (start, end) = (number(c, "start"), number(c, "end"));
        assert!(start <= end, "claim span {start}..{end}: {}", json(c));
        assert!(
            !string(c, "quote").trim().is_empty(),
            "empty quote: {}",
            json(c)
        );
    }
}

#[wasm_bindgen_test]
fn version_is_not_empty() {
    let version = crate::wasm::version();
    assert!(!version.is_empty());
    assert_eq!(version, env!("CARGO_PKG_VERSION"));
}

/// The one test that pins verdicts: a seed sentence, verbatim, cannot contradict the
/// seeds, and a sentence about nothing in them has no verdict.
#[wasm_bindgen_test]
fn seed_sentence_is_not_contradicted_and_unrelated_sentence_is_none() {
    let report = run_check(SEED_SENTENCE);
    let sentences = check_report(SEED_SENTENCE, &report);
    assert_eq!(sentences.len(), 1, "{}", json(&report));
    assert_ne!(
        string(&sentences[0], "verdict"),
        "contradict",
        "{}",
        json(&report)
    );

    let report = run_check(UNRELATED_SENTENCE);
    let sentences = check_report(UNRELATED_SENTENCE, &report);
    assert_eq!(sentences.len(), 1, "{}", json(&report));
    assert_eq!(
        string(&sentences[0], "verdict"),
        "none",
        "{}",
        json(&report)
    );
}

// ------------------------------------------------------------------ argument errors

/// The error `f` threw: its constructor's name and its message.
fn thrown(result: Result<JsValue, JsValue>) -> (String, String) {
    let err = result.expect_err("expected an exception");
    let name = Reflect::get(&err, &JsValue::from_str("name"))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default();
    let message = Reflect::get(&err, &JsValue::from_str("message"))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default();
    (name, message)
}

#[wasm_bindgen_test]
fn check_of_a_non_string_is_a_type_error() {
    let object: JsValue = js_sys::Object::new().into();
    let array: JsValue = Array::of1(&JsValue::from_str("a")).into();
    for value in [
        JsValue::from_f64(42.0),
        object,
        array,
        js_sys::Symbol::for_("factmark").into(),
        JsValue::from(12_i64), // a BigInt
        JsValue::UNDEFINED,
        JsValue::NULL,
        JsValue::TRUE,
    ] {
        let (name, message) = thrown(crate::wasm::check(value.clone(), JsValue::UNDEFINED));
        assert_eq!(
            name, "TypeError",
            "check({value:?}) threw {name}: {message}"
        );
        assert!(message.contains("must be a string"), "{message}");
    }
}

#[wasm_bindgen_test]
fn check_of_a_lone_surrogate_is_a_range_error_naming_its_offset() {
    // "ab" + a lone high surrogate + "c", and a lone low one after a valid pair.
    for (units, at) in [
        (vec![0x61, 0x62, 0xD83D, 0x63], 2),
        (vec![0xD83D, 0xDE80, 0x20, 0xDE80], 3),
        (vec![0x41, 0xDBFF], 1),
    ] {
        let text: JsValue = JsString::from_char_code(&units).into();
        let (name, message) = thrown(crate::wasm::check(text, JsValue::UNDEFINED));
        assert_eq!(name, "RangeError", "{message}");
        assert!(
            message.contains(&format!("UTF-16 offset {at}")),
            "{message} (want offset {at})"
        );
    }
    // A valid pair alone is fine.
    let ok: JsValue = JsString::from_char_code(&[0xD83D, 0xDE80]).into();
    assert!(crate::wasm::check(ok, JsValue::UNDEFINED).is_ok());
}

#[wasm_bindgen_test]
fn check_with_a_claim_set_that_is_not_one_is_a_type_error() {
    let text = JsValue::from_str(SEED_SENTENCE);
    for bad in [
        JsValue::from_f64(1.0),
        JsValue::from_str("seeds"),
        js_sys::Object::new().into(),
    ] {
        let (name, message) = thrown(crate::wasm::check(text.clone(), bad));
        assert_eq!(name, "TypeError", "{message}");
        assert!(message.contains("buildClaimSet"), "{message}");
    }
}

// ------------------------------------------------------------------ run-time claim sets

fn doc(name: &str, text: &str) -> JsValue {
    let o = js_sys::Object::new();
    Reflect::set(&o, &"name".into(), &name.into()).unwrap();
    Reflect::set(&o, &"text".into(), &text.into()).unwrap();
    Reflect::set(&o, &"title".into(), &format!("Title of {name}").into()).unwrap();
    o.into()
}

fn build(docs: &[JsValue]) -> Result<JsValue, JsValue> {
    let list = Array::new();
    for d in docs {
        list.push(d);
    }
    crate::wasm::build_claim_set(list.into())
}

/// Reference documents whose claims sit after emoji, ZWJ sequences and CJK, so their
/// UTF-16, char and byte offsets all differ.
const DOC_A: &str = "👩‍💻🚀 東京の発表。 Globex Corp agreed to buy Initech for $4.2 billion on March 3, 2025. \
                     The deal 🤝 gives Globex 1,200 engineers. Initech’s revenue was $310 million in 2024.";
const DOC_B: &str =
    "日本語の段落。 📈 Initech’s revenue was $290 million in 2024, according to its filing. \
                     Globex Corp will pay $4.2 billion in cash.";

#[wasm_bindgen_test]
fn build_claim_set_and_check_with_emoji_and_cjk_documents() {
    let set = build(&[doc("a.txt", DOC_A), doc("b.md", DOC_B)])
        .unwrap_or_else(|e| panic!("buildClaimSet threw: {e:?}"));
    assert_eq!(number(&set, "documents"), 2);
    assert!(number(&set, "claims") >= 3, "{}", json(&set));

    // The claims: each quote is exactly its document's text between start and end.
    let listed = crate::wasm::claims(set.clone()).unwrap();
    let docs: Vec<String> = array(&listed, "documents")
        .iter()
        .map(|d| d.as_string().unwrap_or_else(|| string(d, "name")))
        .collect();
    assert_eq!(docs, ["a.txt", "b.md"]);
    for c in array(&listed, "claims") {
        let source = if string(&c, "doc") == "a.txt" {
            DOC_A
        } else {
            DOC_B
        };
        let (start, end) = (number(&c, "start"), number(&c, "end"));
        let slice: String = JsString::from(source).slice(start, end).into();
        assert_eq!(slice, string(&c, "quote"), "claim {}", json(&c));
    }

    // An article against them: spans valid, and the evidence quotes these documents.
    let article = "🚀🚀 Globex Corp agreed to buy Initech for $4.2 billion on March 3, 2025.\n\n\
                   東京でも報道された。\n\nInitech’s revenue was $500 million in 2024.";
    let report = crate::wasm::check(JsValue::from_str(article), set.clone()).unwrap();
    let sentences = check_report(article, &report);
    let mut sources = 0;
    for s in &sentences {
        for f in array(s, "findings") {
            let source = get(&f, "source");
            if source.is_null() {
                continue;
            }
            sources += 1;
            let name = string(&source, "doc");
            let text = match name.as_str() {
                "a.txt" => DOC_A,
                "b.md" => DOC_B,
                other => panic!("a finding cites {other}, not one of the documents given"),
            };
            let (start, end) = (number(&source, "start"), number(&source, "end"));
            let slice: String = JsString::from(text).slice(start, end).into();
            assert_eq!(slice, string(&source, "quote"), "source {}", json(&source));
        }
    }
    assert!(
        sources > 0,
        "no finding quotes the documents: {}",
        json(&report)
    );
    let first = &sentences
        .iter()
        .find(|s| string(s, "text").contains("Globex Corp agreed"))
        .expect("the Globex sentence");
    assert!(
        ["match", "extend"].contains(&string(first, "verdict").as_str()),
        "a sentence copied from a document is not contradicted: {}",
        json(first)
    );

    crate::wasm::free_claim_set(set.clone()).unwrap();
    let (_, message) = thrown(crate::wasm::check(JsValue::from_str(article), set));
    assert!(message.contains("freed"), "{message}");
}

#[wasm_bindgen_test]
fn build_claim_set_rejects_bad_documents_with_clear_messages() {
    let cases: [(JsValue, &str); 6] = [
        (JsValue::from_str("a.txt"), "must be an array"),
        (Array::new().into(), "is empty"),
        (
            Array::of1(&JsValue::from_f64(3.0)).into(),
            "documents[0] must be an object",
        ),
        (Array::of1(&doc("", "Text.")).into(), "name is empty"),
        (
            Array::of2(&doc("a.txt", "One."), &doc("a.txt", "Two.")).into(),
            "two documents are named",
        ),
        (
            Array::of1(&{
                let o = js_sys::Object::new();
                Reflect::set(&o, &"name".into(), &"n.txt".into()).unwrap();
                Reflect::set(&o, &"text".into(), &JsValue::from_f64(1.0)).unwrap();
                o.into()
            })
            .into(),
            "text (n.txt) must be a string",
        ),
    ];
    for (documents, want) in cases {
        let (name, message) = thrown(crate::wasm::build_claim_set(documents));
        assert_eq!(name, "TypeError", "{message}");
        assert!(message.contains(want), "{message:?} should say {want:?}");
    }
    let lone = js_sys::Object::new();
    Reflect::set(&lone, &"name".into(), &"x.txt".into()).unwrap();
    let text: JsValue = JsString::from_char_code(&[0x41, 0xDC00]).into();
    Reflect::set(&lone, &"text".into(), &text).unwrap();
    let (name, message) = thrown(crate::wasm::build_claim_set(Array::of1(&lone).into()));
    assert_eq!(name, "RangeError", "{message}");
    assert!(
        message.contains("x.txt") && message.contains("offset 1"),
        "{message}"
    );
}

/// The bundled set, which the browser build makes from the seed texts at run time, is the
/// one `build.rs` embeds in the native library: same claims, same disputes; and
/// `buildClaimSet` over the seed documents gives it again.
#[wasm_bindgen_test]
fn the_bundled_set_and_a_build_from_the_seeds_equal_the_native_set() {
    let native = serde_json::to_value(factmark::report::claims(factmark::claim_set())).unwrap();
    let bundled: serde_json::Value = serde_json::from_str(&json(&run_claims())).unwrap();
    assert!(
        bundled == native,
        "the bundled set differs from the native one"
    );
    let listed = crate::wasm::reference_documents().unwrap();
    assert!(
        Array::is_array(&listed),
        "referenceDocuments() is not an array"
    );
    // As listed, with the title, outlet, date and address each document is known by.
    let docs: Vec<JsValue> = listed.unchecked_into::<Array>().iter().collect();
    assert_eq!(docs.len(), factmark::SEED_DOCUMENTS.len());
    let set = build(&docs).unwrap();
    let built: serde_json::Value =
        serde_json::from_str(&json(&crate::wasm::claims(set.clone()).unwrap())).unwrap();
    assert!(built == native, "a build from the seed documents differs");
    let a = crate::wasm::check(JsValue::from_str(TRICKY), set.clone()).unwrap();
    assert_eq!(json(&a), json(&run_check(TRICKY)), "check() differs");
    crate::wasm::free_claim_set(set).unwrap();
}
