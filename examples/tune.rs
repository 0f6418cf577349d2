//! Fits the judge's thresholds (`data/tuning.tsv`) to labelled sets, and scores them.
//!
//! ```sh
//! cargo run --release --example tune -- [--search] [--rounds N] SET...
//! ```
//!
//! Each SET is `CASES[,SEEDS[,ARTICLES]]`: a case file (TSV, or the JSONL of the shared
//! sets), the folder of reference documents it is checked against (the bundled set when
//! omitted or `-`), and the folder of a JSONL set's articles. With no SET, every case file
//! under `tests/cases/` and `tests/corpora/` is used.
//!
//! Without `--search` it prints each set's macro-F1 and contradict precision under the
//! current thresholds. With `--search` it walks the thresholds one at a time (coordinate
//! descent, each tried a little lower and higher, `--rounds` times over), keeping a change
//! only when the objective rises, and prints the thresholds it ends with as a
//! `data/tuning.tsv`. The objective is the mean macro-F1 of the sets, each weighed by the
//! square root of its size, less a penalty for every set whose contradict precision falls
//! below 0.9: a false "contradicts" is the costliest error, and no threshold may buy
//! recall with it. Claim sets are built once, with the bundled thresholds; a threshold the
//! build uses (disputes between documents) is scored as the checker uses it.
//!
//! Fit on development sets only; score the result once on held-out sets.

use factmark::claims::ClaimSet;
use factmark::eval::{check_file, Scores};
use factmark::folder::Folder;
use factmark::tuning::Tuning;
use std::path::{Path, PathBuf};

struct Set {
    cases: PathBuf,
    seeds: Option<PathBuf>,
    articles: Option<PathBuf>,
}

/// Every case file of the project's own tests, with its reference folder.
fn project_sets() -> Vec<Set> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let tsv_in = |dir: &Path| -> Vec<PathBuf> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .into_iter()
            .flatten()
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
            .filter(|p| p.file_name().is_some_and(|n| n != "lexicon.tsv"))
            .collect();
        files.sort();
        files
    };
    let mut sets = Vec::new();
    for dir in [root.join("cases"), root.join("cases/articles")] {
        sets.extend(tsv_in(&dir).into_iter().map(|cases| Set {
            cases,
            seeds: None,
            articles: None,
        }));
    }
    let mut corpora: Vec<PathBuf> = std::fs::read_dir(root.join("corpora"))
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    corpora.sort();
    for corpus in corpora {
        for dir in [corpus.clone(), corpus.join("articles")] {
            sets.extend(tsv_in(&dir).into_iter().map(|cases| Set {
                cases,
                seeds: Some(corpus.join("seeds")),
                articles: None,
            }));
        }
    }
    sets
}

fn parse_set(arg: &str) -> Set {
    let mut parts = arg.split(',');
    let path = |p: Option<&str>| p.filter(|p| !p.is_empty() && *p != "-").map(PathBuf::from);
    Set {
        cases: PathBuf::from(parts.next().unwrap_or_default()),
        seeds: path(parts.next()),
        articles: path(parts.next()),
    }
}

/// The sets' claim sets, built once each: the bundled one stands for `None`.
struct ClaimSets {
    bundled: ClaimSet,
    built: Vec<(PathBuf, ClaimSet)>,
}

impl ClaimSets {
    fn new(sets: &[Set]) -> ClaimSets {
        let mut built: Vec<(PathBuf, ClaimSet)> = Vec::new();
        for dir in sets.iter().filter_map(|s| s.seeds.as_ref()) {
            if !built.iter().any(|(d, _)| d == dir) {
                let set = Folder::read(dir)
                    .unwrap_or_else(|e| panic!("{e}"))
                    .claim_set();
                built.push((dir.clone(), set));
            }
        }
        ClaimSets {
            bundled: factmark::claim_set().clone(),
            built,
        }
    }

    fn get(&mut self, seeds: Option<&PathBuf>, tuning: &Tuning) -> &ClaimSet {
        let set = match seeds {
            None => &mut self.bundled,
            Some(dir) => {
                let at = self.built.iter().position(|(d, _)| d == dir).unwrap();
                &mut self.built[at].1
            }
        };
        set.tuning = tuning.clone();
        set
    }
}

/// Each set's scores, and the objective over all.
fn score(sets: &[Set], claims: &mut ClaimSets, tuning: &Tuning) -> (Vec<Scores>, f64) {
    let mut all = Vec::new();
    let (mut total, mut weight, mut penalty) = (0.0, 0.0, 0.0);
    for s in sets {
        let set = claims.get(s.seeds.as_ref(), tuning);
        let (cases, given) =
            check_file(&s.cases, set, s.articles.as_deref()).unwrap_or_else(|e| panic!("{e}"));
        let scores = Scores::new(&cases, &given);
        let n = scores.total() as f64;
        total += scores.macro_f1() * n.sqrt();
        weight += n.sqrt();
        let contradicts: usize = (0..4).map(|i| scores.confusion[i][2]).sum();
        let precision = scores.contradict_precision();
        if contradicts > 0 && precision < 0.9 {
            penalty += (0.9 - precision) * contradicts as f64;
        }
        all.push(scores);
    }
    (all, total / weight.max(1.0) - 0.01 * penalty)
}

/// `data/tuning.tsv` with `name` set to `value`.
fn with_value(text: &str, name: &str, value: &str) -> String {
    text.lines()
        .map(|l| match l.split_once('\t') {
            Some((n, _)) if n == name => format!("{name}\t{value}"),
            _ => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let search = args.iter().any(|a| a == "--search");
    let rounds: usize = args
        .iter()
        .position(|a| a == "--rounds")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(2);
    let named: Vec<Set> = args
        .iter()
        .enumerate()
        .filter(|(i, a)| !a.starts_with("--") && (*i == 0 || args[i - 1] != "--rounds"))
        .map(|(_, a)| parse_set(a))
        .collect();
    let sets = if named.is_empty() {
        project_sets()
    } else {
        named
    };
    let mut claims = ClaimSets::new(&sets);
    let mut text = include_str!("../data/tuning.tsv").to_string();
    let mut tuning = Tuning::parse(&text).expect("data/tuning.tsv parses");
    let (scores, mut best) = score(&sets, &mut claims, &tuning);
    for (s, sc) in sets.iter().zip(&scores) {
        println!(
            "{:<60} macro-F1 {:.3} contradict-precision {:.3} on {}",
            s.cases.display(),
            sc.macro_f1(),
            sc.contradict_precision(),
            sc.total()
        );
    }
    println!("objective {best:.4}");
    if !search {
        return;
    }
    let names: Vec<String> = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split('\t').next().map(str::to_string))
        .collect();
    for round in 1..=rounds {
        for name in &names {
            let current = text
                .lines()
                .find_map(|l| l.strip_prefix(&format!("{name}\t")))
                .unwrap_or("0")
                .to_string();
            let tries: Vec<String> = if current.contains('.') {
                let v: f64 = current.parse().unwrap_or(0.0);
                [0.6, 0.8, 1.25, 1.6]
                    .iter()
                    .map(|f| format!("{:.4}", v * f))
                    .collect()
            } else {
                let v: i64 = current.parse().unwrap_or(0);
                [v - 2, v - 1, v + 1, v + 2]
                    .iter()
                    .filter(|x| **x >= 0)
                    .map(i64::to_string)
                    .collect()
            };
            for value in tries {
                let trial = with_value(&text, name, &value);
                let Ok(t) = Tuning::parse(&trial) else {
                    continue;
                };
                let (_, objective) = score(&sets, &mut claims, &t);
                if objective > best + 1e-4 {
                    println!("round {round}: {name} = {value}: objective {objective:.4}");
                    best = objective;
                    text = trial;
                    tuning = t;
                }
            }
        }
    }
    let (scores, best) = score(&sets, &mut claims, &tuning);
    for (s, sc) in sets.iter().zip(&scores) {
        println!(
            "{:<60} macro-F1 {:.3} contradict-precision {:.3}",
            s.cases.display(),
            sc.macro_f1(),
            sc.contradict_precision()
        );
    }
    println!("objective {best:.4}\n--- data/tuning.tsv ---\n{text}");
}
