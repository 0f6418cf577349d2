//! Throughput of `factmark::check` on a ~1 MB article, single-threaded, and the start-up
//! cost of its first call.
//!
//! Run with `cargo bench --bench throughput`. The article is the five seed documents
//! (every sentence aligns with claims, the costly case) repeated to about 1 MB; the
//! bench also times 2 MB so a reader can see that time grows linearly. Before any of
//! that, it times the first `factmark::claim_set()`, which parses the embedded claim set:
//! what a page pays once, on its first check (one sample per run).

use std::time::{Duration, Instant};

fn article(bytes: usize) -> String {
    let seeds: Vec<String> = std::fs::read_dir("seeds")
        .expect("run from the crate root")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    let mut text = String::with_capacity(bytes + 50_000);
    while text.len() < bytes {
        for s in &seeds {
            text.push_str(s);
            text.push_str("\n\n");
        }
    }
    text
}

fn median_time(text: &str, runs: usize) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            let report = factmark::check(text);
            std::hint::black_box(&report);
            start.elapsed()
        })
        .collect();
    times.sort();
    times[runs / 2]
}

fn main() {
    let start = Instant::now();
    std::hint::black_box(factmark::claim_set());
    println!(
        "claim_set(): first call, parsing the embedded claim set, in {:.2} ms",
        start.elapsed().as_secs_f64() * 1e3
    );
    factmark::check("Warm-up: Amazon invested $50 billion in OpenAI.");
    for size in [1 << 20, 2 << 20] {
        let text = article(size);
        let time = median_time(&text, 7);
        let mb = text.len() as f64 / (1024.0 * 1024.0);
        println!(
            "check(): {:.2} MB ({} sentences) in {:.1} ms (median of 7) = {:.1} MB/s",
            mb,
            factmark::check(&text).summary.sentences,
            time.as_secs_f64() * 1e3,
            mb / time.as_secs_f64()
        );
    }
}
