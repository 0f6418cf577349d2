//! Every threshold of alignment and judgement in one place. The values are data
//! (`data/tuning.tsv`, one `name<TAB>value` row each); this struct says what each one
//! decides. A claim set carries its tuning, so a corpus (or a trained model) can bring
//! its own.

macro_rules! tuning {
    ($($(#[doc = $doc:literal])+ $field:ident: $ty:ty,)+) => {
        /// The thresholds of [`crate::align`] and [`crate::judge`].
        #[derive(Clone, Debug, PartialEq)]
        pub struct Tuning {
            $($(#[doc = $doc])+ pub $field: $ty,)+
        }

        impl Tuning {
            /// Reads `name<TAB>value` rows (blank lines and `#` comments skipped); every
            /// field must be given once.
            pub fn parse(text: &str) -> Result<Tuning, String> {
                let rows = rows(text, &[$(stringify!($field)),+])?;
                Ok(Tuning {
                    $($field: value(&rows, stringify!($field))?,)+
                })
            }
        }
    };
}

/// A row's name, value and line number.
type Row<'a> = (&'a str, &'a str, usize);

/// The rows of `text`, each naming one of `names` once. One function for every field,
/// not code per field: the browser build carries this parser.
fn rows<'a>(text: &'a str, names: &[&str]) -> Result<Vec<Row<'a>>, String> {
    let mut rows: Vec<Row> = Vec::with_capacity(names.len());
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (name, value) = line
            .split_once('\t')
            .ok_or_else(|| format!("tuning line {}: expected name<TAB>value", n + 1))?;
        let (name, value) = (name.trim(), value.split('\t').next().unwrap_or("").trim());
        if !names.contains(&name) {
            return Err(format!("tuning line {}: unknown threshold {}", n + 1, name));
        }
        if rows.iter().any(|(given, _, _)| *given == name) {
            return Err(format!("tuning line {}: {} given twice", n + 1, name));
        }
        rows.push((name, value, n + 1));
    }
    Ok(rows)
}

/// The value `rows` give `name`.
fn value<T: std::str::FromStr>(rows: &[Row], name: &str) -> Result<T, String> {
    let (_, value, line) = rows
        .iter()
        .find(|(given, _, _)| *given == name)
        .ok_or_else(|| format!("tuning: {name} is missing"))?;
    value
        .parse()
        .map_err(|_| format!("tuning line {line}: {name} is not a number: {value}"))
}

tuning! {
    /// Weight of a figure both sides state compatibly, in alignment.
    quantity_weight: f64,
    /// Weight of a date both sides state compatibly, in alignment.
    date_weight: f64,
    /// Names count this much more than ordinary words of the same rarity.
    name_boost: f64,
    /// A claim sharing a name and explaining this much of a sentence is about its event.
    same_event_named_coverage: f64,
    /// A claim explaining this much of a sentence is about its event, names or not.
    same_event_coverage: f64,
    /// A sentence needs this many checkable details (names, figures, dates, attributes)
    /// to say something a reference could confirm: "This deal is a huge win for Amazon"
    /// has one...
    min_anchors: usize,
    /// ...unless a claim that shares it explains this much of the sentence ("The funding
    /// round was led by Amazon").
    one_anchor_coverage: f64,
    /// The least alignment score for a claim to count as related at all, as a share of the
    /// weight of a word the corpus has never seen (so it scales with the corpus).
    min_score: f64,
    /// The least share of a sentence a related claim explains.
    min_coverage: f64,
    /// A claim sharing neither a name nor a figure must explain this much to be related.
    nameless_coverage: f64,
    /// A claim sharing a name is related if it explains this much.
    weak_coverage: f64,
    /// A sentence with no detail to compare restates a claim only if the claim explains
    /// this much of it.
    restate_coverage: f64,
    /// Claims within this fraction of the best score are compared too.
    near_best: f64,
    /// At most this many related claims are compared.
    max_compared: usize,
    /// Figures are also looked up in this many more claims about the same event.
    max_events: usize,
    /// Content words two role clauses must share to be about the same hosted thing.
    role_theme_words: usize,
    /// How closely a frame must be tied to a claim's frame of the same relation (each shared
    /// content word or other name 1, an agreeing date 1, a compatible figure or a shared
    /// theme such as the thing sold 2) for two parties in each other's roles to contradict
    /// it, when both parties are in both frames...
    frame_swap_tie: usize,
    /// ...and when the claim's frame gives a role to only one of them (the other is named
    /// in the claim).
    frame_half_tie: usize,
    /// A lone amount or percentage contradicts a lone one of a claim only when the claim
    /// explains this much of the sentence.
    lone_figure_coverage: f64,
    /// Figures agree when both can be true and differ by at most this share of the larger:
    /// "more than $60 billion" is consistent with "$110 billion" but says something else.
    figure_closeness: f64,
    /// A physical measure (a length, a speed, a temperature), a count of one thing or a
    /// figure per a length of time is one quantity with a claim's of the same kind when
    /// they share this many role words, whatever else the two sentences say.
    measure_role_words: usize,
    /// Another document's figure disputes the sentence's only if it shares this many role
    /// words: one shared "investment" is not enough to make two figures one.
    rival_role_words: usize,
    /// A figure agreeing with a claim figure that shares none of its role words is
    /// outranked by a differing one that shares them, where that claim explains this many
    /// times as much of the sentence.
    outranking_coverage: f64,
    /// Documents that disagree about one figure differ by a rounding, a revision or a
    /// misreport ($13 billion against eleven); figures further apart than this factor are
    /// two figures, not a dispute.
    rival_ratio: f64,
    /// Names and content words a sentence's date clause must share with a claim's, when no
    /// figure ties them, for the two dates to be one event's.
    date_affinity: usize,
    /// Or the share of the sentence the claim must explain.
    date_coverage: f64,
    /// Opposite polarity contradicts only a claim that explains this much of the sentence.
    polarity_coverage: f64,
    /// Residual rare-word weight above which a sentence adds a detail.
    new_detail_weight: f64,
    /// One unexplained word is usually a paraphrase ("signed", "owns"); new detail takes
    /// this many.
    new_detail_words: usize,
    /// Unexplained words none of which stand side by side take this many.
    new_detail_scattered_words: usize,
}

/// The bundled thresholds.
const BUNDLED: &str = include_str!("../data/tuning.tsv");

impl Default for Tuning {
    fn default() -> Self {
        Tuning::parse(BUNDLED).expect("data/tuning.tsv gives every threshold")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_file_gives_every_threshold() {
        let t = Tuning::default();
        assert!(t.min_anchors >= 1 && t.near_best > 0.0 && t.rival_ratio > 1.0);
    }

    #[test]
    fn a_missing_unknown_or_repeated_threshold_is_an_error() {
        let missing = BUNDLED
            .lines()
            .filter(|l| !l.starts_with("near_best"))
            .collect::<Vec<_>>()
            .join("\n");
        assert!(Tuning::parse(&missing).unwrap_err().contains("near_best"));
        let unknown = format!("{BUNDLED}\nmystery\t1\n");
        assert!(Tuning::parse(&unknown).unwrap_err().contains("mystery"));
        let twice = format!("{BUNDLED}\nnear_best\t0.5\n");
        assert!(Tuning::parse(&twice).unwrap_err().contains("twice"));
        let bad = BUNDLED.replace("near_best\t0.5", "near_best\thalf");
        assert!(Tuning::parse(&bad).unwrap_err().contains("not a number"));
    }
}
