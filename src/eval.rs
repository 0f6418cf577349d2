//! Labelled cases as data, and how well the checker meets them: the per-label table and
//! macro-F1 that `factmark eval` prints and the test runner (`tests/cases.rs`) asserts.
//!
//! A case file is TSV, one case a row after a header `label disputed expect text note`:
//! the verdict a reader should get, whether it is `disputed` (`yes`, `no`, or `-` for
//! either), whether the checker meets it today (`ok`) or is known to miss it (`miss`: the
//! row stays visible and counted), the sentence, and a note saying why. Rows of a file
//! beside an article (`NAME.tsv` with `NAME.txt`) are sentences of that article, in order;
//! otherwise each row is a sentence of its own. The shared JSONL sets (`label`,
//! `disputed`, `text`, and `article` for articles) are read too.

use crate::claims::ClaimSet;
use crate::judge::{judge_text, Verdict};
use std::fmt::Write;

/// One labelled sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct Case {
    /// Where the case is written (a line of its file).
    pub line: usize,
    pub label: Verdict,
    /// Whether the sentence sides with one of two documents that disagree; `None` when
    /// either will do.
    pub disputed: Option<bool>,
    /// The checker is known to miss this case today.
    pub known_miss: bool,
    pub text: String,
    pub note: String,
    /// The article the sentence is part of (a file name), if any.
    pub article: Option<String>,
}

/// The verdict the checker gave a case.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Given {
    pub verdict: Verdict,
    pub disputed: bool,
}

impl Case {
    /// Whether `given` is what the case asks for.
    pub fn met_by(&self, given: Given) -> bool {
        given.verdict == self.label && self.disputed.is_none_or(|d| d == given.disputed)
    }
}

pub const LABELS: [Verdict; 4] = [
    Verdict::Match,
    Verdict::Extend,
    Verdict::Contradict,
    Verdict::None,
];

/// The label's word, as case files write it.
pub fn label_name(v: Verdict) -> &'static str {
    match v {
        Verdict::Match => "match",
        Verdict::Extend => "extend",
        Verdict::Contradict => "contradict",
        Verdict::None => "none",
    }
}

fn parse_label(word: &str) -> Option<Verdict> {
    LABELS.into_iter().find(|&v| label_name(v) == word)
}

const HEADER: [&str; 5] = ["label", "disputed", "expect", "text", "note"];

/// Reads a TSV case file (see the module docs).
pub fn parse_tsv(text: &str) -> Result<Vec<Case>, String> {
    let mut cases = Vec::new();
    let mut header = false;
    for (n, line) in text.lines().enumerate() {
        let n = n + 1;
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cells: Vec<&str> = line.split('\t').collect();
        if !header {
            if cells != HEADER {
                return Err(format!(
                    "line {n}: the header must be `{}`",
                    HEADER.join("<TAB>")
                ));
            }
            header = true;
            continue;
        }
        if cells.len() != HEADER.len() {
            return Err(format!(
                "line {n}: {} cells, not {}",
                cells.len(),
                HEADER.len()
            ));
        }
        let label = parse_label(cells[0]).ok_or_else(|| {
            format!(
                "line {n}: label {:?} is not match, extend, contradict or none",
                cells[0]
            )
        })?;
        let disputed = match cells[1] {
            "yes" => Some(true),
            "no" => Some(false),
            "-" => None,
            other => return Err(format!("line {n}: disputed {other:?} is not yes, no or -")),
        };
        let known_miss = match cells[2] {
            "ok" => false,
            "miss" => true,
            other => return Err(format!("line {n}: expect {other:?} is not ok or miss")),
        };
        if cells[3].trim().is_empty() {
            return Err(format!("line {n}: no text"));
        }
        cases.push(Case {
            line: n,
            label,
            disputed,
            known_miss,
            text: cells[3].to_string(),
            note: cells[4].to_string(),
            article: None,
        });
    }
    if !header {
        return Err("no header line".to_string());
    }
    Ok(cases)
}

/// Reads a JSONL set as the shared scorer does: `label`, `disputed`, `text`, and
/// `article` for sentences of an article.
pub fn parse_jsonl(text: &str) -> Result<Vec<Case>, String> {
    let mut cases = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let n = n + 1;
        if line.trim().is_empty() {
            continue;
        }
        let item: serde_json::Value =
            serde_json::from_str(line).map_err(|e| format!("line {n}: {e}"))?;
        let field = |name: &str| item.get(name).and_then(|v| v.as_str());
        let label = field("label")
            .and_then(parse_label)
            .ok_or_else(|| format!("line {n}: no valid label"))?;
        let text = field("text").ok_or_else(|| format!("line {n}: no text"))?;
        cases.push(Case {
            line: n,
            label,
            disputed: Some(item.get("disputed").and_then(|d| d.as_bool()) == Some(true)),
            known_miss: false,
            text: text.to_string(),
            note: field("why").unwrap_or("").to_string(),
            article: field("article").map(str::to_string),
        });
    }
    Ok(cases)
}

/// Checks sentence cases as the shared scorer does: each case its own paragraph of one
/// document, and a case gets the strongest verdict of the sentences it overlaps.
pub fn judge_sentences(cases: &[Case], set: &ClaimSet) -> Vec<Given> {
    let mut text = String::new();
    let mut spans = Vec::with_capacity(cases.len());
    for case in cases {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        spans.push(text.len()..text.len() + case.text.len());
        text.push_str(&case.text);
    }
    let judged = judge_text(&text, set);
    spans
        .into_iter()
        .map(|span| strongest(&judged, span))
        .collect()
}

/// Checks cases that are sentences of `article`, found in it in order.
pub fn judge_article(article: &str, cases: &[Case], set: &ClaimSet) -> Result<Vec<Given>, String> {
    let judged = judge_text(article, set);
    let mut from = 0;
    cases
        .iter()
        .map(|case| {
            let at = article[from..]
                .find(&case.text)
                .map(|i| from + i)
                .or_else(|| article.find(&case.text))
                .ok_or_else(|| format!("line {}: not in the article: {}", case.line, case.text))?;
            from = at + case.text.len();
            Ok(strongest(&judged, at..from))
        })
        .collect()
}

/// Reads a case file and checks it against `set`: a TSV file beside an article of the same
/// name (`NAME.tsv`, `NAME.txt`) holds that article's sentences; a JSONL file's sentences
/// with an `article` are found in that file of `articles` (default: a `real/` folder beside
/// the JSONL file, as the shared scorer reads it, or the JSONL's own folder).
pub fn check_file(
    path: &std::path::Path,
    set: &ClaimSet,
    articles: Option<&std::path::Path>,
) -> Result<(Vec<Case>, Vec<Given>), String> {
    let read = |p: &std::path::Path| {
        std::fs::read_to_string(p).map_err(|e| format!("cannot read {}: {e}", p.display()))
    };
    let text = read(path)?;
    let at = |e: String| format!("{}: {e}", path.display());
    if path.extension().is_some_and(|x| x == "jsonl") {
        let cases = parse_jsonl(&text).map_err(at)?;
        // As the shared scorer: a `real/` folder beside the set, or the set's own folder.
        let folder = articles.map_or_else(
            || {
                let beside = path.parent().unwrap_or(std::path::Path::new("."));
                let real = beside.join("real");
                if real.is_dir() {
                    real
                } else {
                    beside.to_path_buf()
                }
            },
            |a| a.to_path_buf(),
        );
        let (mut in_articles, mut given) = (Vec::new(), Vec::new());
        let alone: Vec<Case> = cases
            .iter()
            .filter(|c| c.article.is_none())
            .cloned()
            .collect();
        given.extend(judge_sentences(&alone, set));
        in_articles.extend(alone);
        let mut names: Vec<&str> = cases.iter().filter_map(|c| c.article.as_deref()).collect();
        names.dedup();
        for name in names {
            let of: Vec<Case> = cases
                .iter()
                .filter(|c| c.article.as_deref() == Some(name))
                .cloned()
                .collect();
            let article = read(&folder.join(name))?;
            given.extend(judge_article(&article, &of, set).map_err(at)?);
            in_articles.extend(of);
        }
        return Ok((in_articles, given));
    }
    let cases = parse_tsv(&text).map_err(at)?;
    let article = path.with_extension("txt");
    let given = if article.is_file() {
        judge_article(&read(&article)?, &cases, set).map_err(at)?
    } else {
        judge_sentences(&cases, set)
    };
    Ok((cases, given))
}

/// The strongest verdict of the judged sentences overlapping `span` (contradict > extend >
/// match > none), disputed if any of them is.
fn strongest(judged: &[crate::judge::Judgement], span: std::ops::Range<usize>) -> Given {
    let overlapping = judged
        .iter()
        .filter(|j| j.span.start < span.end && j.span.end > span.start);
    let mut given = Given {
        verdict: Verdict::None,
        disputed: false,
    };
    for j in overlapping {
        given.verdict = given.verdict.max(j.verdict);
        given.disputed |= j.disputed;
    }
    given
}

/// How the checker's verdicts compare with the labels of a set of cases.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scores {
    /// `confusion[gold][given]`, labels in the order of [`LABELS`].
    pub confusion: [[usize; 4]; 4],
    /// Cases labelled disputed, and of those how many were flagged.
    pub disputed: (usize, usize),
}

fn index(v: Verdict) -> usize {
    LABELS.iter().position(|&l| l == v).unwrap_or(3)
}

impl Scores {
    pub fn new(cases: &[Case], given: &[Given]) -> Scores {
        let mut scores = Scores::default();
        for (case, g) in cases.iter().zip(given) {
            scores.confusion[index(case.label)][index(g.verdict)] += 1;
            if case.disputed == Some(true) {
                scores.disputed.0 += 1;
                scores.disputed.1 += usize::from(g.disputed);
            }
        }
        scores
    }

    pub fn total(&self) -> usize {
        self.confusion.iter().flatten().sum()
    }

    /// Precision, recall and F1 of one label, and how many cases carry it.
    pub fn label(&self, v: Verdict) -> (f64, f64, f64, usize) {
        let i = index(v);
        let tp = self.confusion[i][i];
        let gold: usize = self.confusion[i].iter().sum();
        let given: usize = self.confusion.iter().map(|row| row[i]).sum();
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let (p, r) = (ratio(tp, given), ratio(tp, gold));
        let f1 = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        (p, r, f1, gold)
    }

    /// The mean F1 of the labels some case carries.
    pub fn macro_f1(&self) -> f64 {
        let present: Vec<f64> = LABELS
            .into_iter()
            .map(|v| self.label(v))
            .filter(|l| l.3 > 0)
            .map(|l| l.2)
            .collect();
        if present.is_empty() {
            0.0
        } else {
            present.iter().sum::<f64>() / present.len() as f64
        }
    }

    pub fn accuracy(&self) -> f64 {
        let right: usize = (0..4).map(|i| self.confusion[i][i]).sum();
        right as f64 / self.total().max(1) as f64
    }

    /// The share of "contradicts" given that are right: the costliest error's measure.
    pub fn contradict_precision(&self) -> f64 {
        self.label(Verdict::Contradict).0
    }

    /// The table `factmark eval` prints, in the shared scorer's layout.
    pub fn table(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{:<11} {:>5} {:>5} {:>6} {:>6} {:>6}",
            "label", "gold", "given", "prec", "recall", "F1"
        );
        for v in LABELS {
            let (p, r, f1, gold) = self.label(v);
            let given: usize = self.confusion.iter().map(|row| row[index(v)]).sum();
            let _ = writeln!(
                out,
                "{:<11} {gold:>5} {given:>5} {p:>6.3} {r:>6.3} {f1:>6.3}",
                label_name(v)
            );
        }
        let _ = writeln!(out, "confusion (label -> given):");
        for (i, v) in LABELS.into_iter().enumerate() {
            let row: Vec<String> = LABELS
                .into_iter()
                .enumerate()
                .map(|(j, w)| {
                    format!(
                        "{}={:<4}",
                        &label_name(w)[..5.min(label_name(w).len())],
                        self.confusion[i][j]
                    )
                })
                .collect();
            let _ = writeln!(out, "  {:<11}{}", label_name(v), row.join(" "));
        }
        if self.disputed.0 > 0 {
            let _ = writeln!(
                out,
                "disputed flagged: {}/{}",
                self.disputed.1, self.disputed.0
            );
        }
        let _ = writeln!(
            out,
            "macro-F1 {:.3} accuracy {:.3} contradict-precision {:.3} on {} cases",
            self.macro_f1(),
            self.accuracy(),
            self.contradict_precision(),
            self.total()
        );
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "# a comment\nlabel\tdisputed\texpect\ttext\tnote\n\
        contradict\tno\tok\tAmazon invested $5 billion in OpenAI.\tthe seeds say $50 billion\n\
        match\t-\tok\tAmazon invested $50 billion in OpenAI.\t\n\
        none\t-\tmiss\tAmazon invested.\tknown miss\n";

    #[test]
    fn a_case_file_reads_and_scores() {
        let cases = parse_tsv(FILE).unwrap();
        assert_eq!(cases.len(), 3);
        assert_eq!((cases[0].line, cases[0].label), (3, Verdict::Contradict));
        assert!(cases[2].known_miss && cases[1].disputed.is_none());
        let given = judge_sentences(&cases, crate::claim_set());
        assert!(cases[0].met_by(given[0]) && cases[1].met_by(given[1]));
        let scores = Scores::new(&cases, &given);
        assert_eq!(scores.total(), 3);
        assert_eq!(scores.contradict_precision(), 1.0);
        assert!(scores.table().contains("macro-F1"));
    }

    #[test]
    fn a_bad_row_is_an_error_naming_its_line() {
        for (bad, says) in [
            (
                "label\tdisputed\texpect\ttext\tnote\nmaybe\tno\tok\tX.\t\n",
                "line 2",
            ),
            (
                "label\tdisputed\texpect\ttext\tnote\nmatch\tperhaps\tok\tX.\t\n",
                "disputed",
            ),
            (
                "label\tdisputed\texpect\ttext\tnote\nmatch\tno\tsoon\tX.\t\n",
                "expect",
            ),
            (
                "label\tdisputed\texpect\ttext\tnote\nmatch\tno\tok\tX.\n",
                "cells",
            ),
            ("match\tno\tok\tX.\t\n", "header"),
            ("", "header"),
        ] {
            let e = parse_tsv(bad).unwrap_err();
            assert!(e.contains(says), "{e}");
        }
    }

    #[test]
    fn article_cases_are_found_in_order() {
        let article = "Amazon invested $5 billion in OpenAI. Is it raining?";
        let cases = parse_tsv(
            "label\tdisputed\texpect\ttext\tnote\ncontradict\t-\tok\tAmazon invested $5 billion in OpenAI.\t\nnone\t-\tok\tIs it raining?\t\n",
        )
        .unwrap();
        let given = judge_article(article, &cases, crate::claim_set()).unwrap();
        assert_eq!(given[0].verdict, Verdict::Contradict);
        assert_eq!(given[1].verdict, Verdict::None);
        let missing =
            parse_tsv("label\tdisputed\texpect\ttext\tnote\nnone\t-\tok\tNot there.\t\n").unwrap();
        assert!(judge_article(article, &missing, crate::claim_set()).is_err());
    }
}
