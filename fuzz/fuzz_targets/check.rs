//! `factmark::check` on any UTF-8 text: no panic, and every sentence's UTF-16 offsets
//! hold its text, in order and without overlap.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let report = factmark::check(text);
    let units: Vec<u16> = text.encode_utf16().collect();
    let mut previous_end = 0;
    for s in &report.sentences {
        assert!(previous_end <= s.start && s.start < s.end && s.end <= units.len());
        assert_eq!(String::from_utf16(&units[s.start..s.end]).unwrap(), s.text);
        previous_end = s.end;
    }
    serde_json::to_string(&report).unwrap();
});
