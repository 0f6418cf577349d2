//! The labelled cases, as data: every case file under `tests/cases/` (checked against the
//! bundled seeds; `articles/NAME.tsv` are the sentences of `articles/NAME.txt`) and under
//! `tests/corpora/NAME/` (checked against the corpus in its `seeds/` folder). A row marked
//! `ok` must be met; a row marked `miss` is a known miss and must still be missed, so a fix
//! is noticed and the row updated. Adding a case needs no Rust: add a row (see
//! `factmark::eval` for the format, `factmark eval FILE` to score one file).

use factmark::claims::ClaimSet;
use factmark::eval::{check_file, label_name, Case, Given, Scores};
use factmark::folder::Folder;
use std::path::{Path, PathBuf};

/// Case files of `dir` and of its `articles/` folder, by name.
fn case_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = [dir.to_path_buf(), dir.join("articles")]
        .iter()
        .filter_map(|d| std::fs::read_dir(d).ok())
        .flatten()
        .map(|e| e.expect("a readable entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
        .filter(|p| p.file_name().is_some_and(|n| n != "lexicon.tsv"))
        .collect();
    files.sort();
    files
}

struct Tally {
    files: usize,
    cases: usize,
    known_misses: usize,
    wrong: Vec<String>,
    all: Vec<(Case, Given)>,
}

fn run(tally: &mut Tally, path: &Path, set: &ClaimSet) {
    let (cases, given) = check_file(path, set, None).unwrap_or_else(|e| panic!("{e}"));
    assert!(!cases.is_empty(), "{}: no cases", path.display());
    tally.files += 1;
    for (case, g) in cases.into_iter().zip(given) {
        tally.cases += 1;
        tally.known_misses += usize::from(case.known_miss);
        let met = case.met_by(g);
        if met == case.known_miss {
            let want = match case.disputed {
                Some(true) => format!("{} (disputed)", label_name(case.label)),
                _ => label_name(case.label).to_string(),
            };
            let got = format!(
                "{}{}",
                label_name(g.verdict),
                if g.disputed { " (disputed)" } else { "" }
            );
            tally.wrong.push(if met {
                format!(
                    "{}:{}: marked as a known miss but now met ({got}); mark it ok: {}",
                    path.display(),
                    case.line,
                    case.text
                )
            } else {
                format!(
                    "{}:{}: {want} expected, {got} given: {}",
                    path.display(),
                    case.line,
                    case.text
                )
            });
        }
        tally.all.push((case, g));
    }
}

#[test]
fn every_labelled_case_holds() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut tally = Tally {
        files: 0,
        cases: 0,
        known_misses: 0,
        wrong: Vec::new(),
        all: Vec::new(),
    };
    for path in case_files(&root.join("cases")) {
        run(&mut tally, &path, factmark::claim_set());
    }
    let mut corpora: Vec<PathBuf> = std::fs::read_dir(root.join("corpora"))
        .expect("tests/corpora")
        .map(|e| e.expect("a readable entry").path())
        .filter(|p| p.is_dir())
        .collect();
    corpora.sort();
    for corpus in &corpora {
        let set = Folder::read(&corpus.join("seeds"))
            .unwrap_or_else(|e| panic!("{e}"))
            .claim_set();
        let files = case_files(corpus);
        assert!(!files.is_empty(), "{}: no case file", corpus.display());
        for path in files {
            run(&mut tally, &path, &set);
        }
    }
    let (cases, given): (Vec<Case>, Vec<Given>) = tally.all.into_iter().unzip();
    let scores = Scores::new(&cases, &given);
    eprintln!(
        "{} cases in {} files ({} corpora besides the bundled one), {} known misses\n{}",
        tally.cases,
        tally.files,
        corpora.len(),
        tally.known_misses,
        scores.table()
    );
    assert!(
        tally.wrong.is_empty(),
        "{} of {} cases:\n{}",
        tally.wrong.len(),
        tally.cases,
        tally.wrong.join("\n")
    );
    // The cases are the project's regression net: they only ever grow.
    assert!(tally.cases >= 278, "{} cases", tally.cases);
}
