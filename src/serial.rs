//! Compact forms for the claim set that `build.rs` embeds as JSON. The first `check()`
//! parses all of it, in the browser too, so every key and byte left out is start-up time
//! saved: ranges are written `[start, end]`, and flags that are off and names that are
//! absent are left out. (Terms, the most numerous, write themselves as tuples:
//! `extract::Term`.)

/// A token or byte range as `[start, end]`, not `{"start": …, "end": …}`.
pub mod range {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};
    use std::ops::Range;

    pub fn serialize<S: Serializer>(range: &Range<usize>, s: S) -> Result<S::Ok, S::Error> {
        (range.start, range.end).serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Range<usize>, D::Error> {
        let (start, end) = <(usize, usize)>::deserialize(d)?;
        Ok(start..end)
    }
}
