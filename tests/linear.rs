//! `check()` takes time linear in its input on every shape that could make it
//! super-linear: each test times an input of `N` bytes and one of `4 N` in the same run
//! and fails when the larger takes more than [`MAX_RATIO`] times as long (linear is 4,
//! quadratic 16). Timing is best of [`RUNS`], the two sizes interleaved so a busy moment
//! slows both; a test fails only if [`ATTEMPTS`] measurements in a row exceed the bound.
//!
//! Run in release mode: `cargo test --release --test linear` (the Makefile's `test`
//! target runs it; `Cargo.toml` leaves it out of a plain `cargo test`, where a debug
//! build times something else).

use std::time::{Duration, Instant};

const N: usize = 64 * 1024;
const MAX_RATIO: f64 = 8.0;
const RUNS: usize = 5;
const ATTEMPTS: usize = 3;

/// Seconds for checking `text` and writing its JSON, best of `RUNS`… interleaved with
/// the other size by the caller.
fn time(text: &str) -> Duration {
    let start = Instant::now();
    let report = factmark::check(text);
    serde_json::to_writer(std::io::sink(), &report).unwrap();
    start.elapsed()
}

/// Fails if `shape(4 N)` takes more than `MAX_RATIO` times as long as `shape(N)`.
fn assert_linear(name: &str, shape: impl Fn(usize) -> String) {
    let (small, large) = (shape(N), shape(4 * N));
    let mut ratios = Vec::new();
    for _ in 0..ATTEMPTS {
        let (mut s, mut l) = (Duration::MAX, Duration::MAX);
        for _ in 0..RUNS {
            s = s.min(time(&small));
            l = l.min(time(&large));
        }
        let ratio = l.as_secs_f64() / s.as_secs_f64().max(1e-6);
        println!(
            "{name}: {N} bytes {s:?}, {} bytes {l:?}: {ratio:.1}x",
            4 * N
        );
        if ratio <= MAX_RATIO {
            return;
        }
        ratios.push(format!("{ratio:.1} ({s:?} -> {l:?})"));
    }
    panic!(
        "{name}: {} bytes took more than {MAX_RATIO}x as long as {} bytes: {}",
        4 * N,
        N,
        ratios.join(", ")
    );
}

/// A fixed sequence of words (a linear congruential generator: the same text every run).
fn words<'a>(pool: &'a [&'static str]) -> impl Iterator<Item = &'static str> + 'a {
    let mut state: u64 = 7;
    std::iter::repeat_with(move || {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        pool[(state >> 33) as usize % pool.len()]
    })
}

const POOL: &[&str] = &[
    "the",
    "company",
    "said",
    "it",
    "would",
    "invest",
    "more",
    "in",
    "cloud",
    "and",
    "chips",
    "over",
    "several",
    "years",
    "while",
    "partners",
    "such",
    "as",
    "Amazon",
    "OpenAI",
    "Microsoft",
    "Google",
    "Nvidia",
    "weighed",
    "new",
    "deals",
    "with",
    "investors",
];

/// `unit`s from `pool` joined until the text has `bytes` bytes.
fn fill(bytes: usize, pool: &[&'static str], prefix: &str, suffix: &str) -> String {
    let mut text = String::with_capacity(bytes + 64);
    for w in words(pool) {
        if text.len() >= bytes {
            break;
        }
        text.push_str(prefix);
        text.push_str(w);
        text.push_str(suffix);
    }
    text
}

#[test]
fn one_line_without_punctuation() {
    assert_linear("no punctuation", |n| fill(n, POOL, "", " "));
}

/// Words, names, figures and clause breaks, with no sentence terminator.
#[rustfmt::skip]
const MIXED: &[&str] = &[
    "the", "company", "said", "Amazon", "OpenAI", "invested", "cloud,", "chips;", "deals:",
    "$5 billion", "27%", "in 2024,", "Microsoft", "and",
];

#[test]
fn one_line_without_a_sentence_terminator() {
    assert_linear("no terminator", |n| fill(n, MIXED, "", " "));
}

#[test]
fn one_sentence_holding_thousands_of_figures() {
    const FIGURES: &[&str] = &[
        "$5 billion,",
        "$38 billion,",
        "27%,",
        "300 million users,",
        "in 2024,",
        "4.5 GW,",
    ];
    assert_linear("figures", |n| {
        format!("Amazon invested {} in OpenAI.", fill(n, FIGURES, "", " "))
    });
}

#[test]
fn nested_parentheses() {
    assert_linear("nested parentheses", |n| {
        let open = fill(n / 2, POOL, "(", " ");
        let depth = open.matches('(').count();
        open + &")".repeat(depth)
    });
}

#[test]
fn runs_of_terminators() {
    assert_linear("a run of full stops", |n| format!("a{}b", ".".repeat(n)));
    assert_linear("a run of exclamation marks", |n| {
        format!("a{}b", "!".repeat(n))
    });
    assert_linear("a run of stops and quotes", |n| {
        format!("a{}b", ".\"".repeat(n / 2))
    });
}

#[test]
fn an_open_bracket_right_after_a_full_stop_repeated() {
    assert_linear("full stop and parenthesis", |n| fill(n, POOL, "", ". ("));
    assert_linear("full stop and bracket", |n| fill(n, POOL, "", ".["));
}

#[test]
fn an_indented_line_followed_by_hard_wrapped_lines() {
    // One indented line and 1,000 lines that open in lower case, as long as the size
    // asks: one sentence of the whole text, with names and figures.
    let lines = |n: usize| {
        let mut text = String::from("    Indented opening line\n");
        let mut pool = words(MIXED);
        for _ in 0..1000 {
            let mut line = String::from("and ");
            while line.len() < n / 1000 {
                line.push_str(pool.next().unwrap());
                line.push(' ');
            }
            text.push_str(line.trim_end());
            text.push('\n');
        }
        text
    };
    assert_linear("hard-wrapped lines", lines);
    assert_linear("a long indentation, then hard-wrapped lines", |n| {
        " ".repeat(n / 2) + &lines(n / 2)
    });
}
