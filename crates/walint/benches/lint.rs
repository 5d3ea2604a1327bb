//! Linting throughput against a baseline measured in the same run: parsing the same
//! bytes with serde_json alone. Two inputs from the project's own corpus, so the benchmark
//! runs on a plain clone:
//!
//! - **valid**: realistic payloads that pass (`tests/corpus/accepted`, every `-pass-` case,
//!   `examples/`): the common case of a backend or a CI run;
//! - **findings**: every `-fail-` case, each with one finding or more to locate and explain.
//!
//! Run: `cargo bench -p walint --bench lint`. After criterion's figures, a summary prints
//! lint time / parse time for each input (best of several rounds, both measured in this run).
//! Targets (issue "Faster than the peers"): valid at most 2×, findings at most 3×.
//! `WALINT_BENCH_CHECK=1` makes the summary exit 1 above them.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput};

fn files() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = Vec::new();
    let mut dirs: Vec<PathBuf> = vec![root.join("tests/corpus"), root.join("examples")];
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                // `examples/web` installs its packages there: their JSON is no payload.
                if !path.ends_with("node_modules") {
                    dirs.push(path);
                }
            } else if path.extension().is_some_and(|e| e == "json") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// The payloads of one input: `valid` or findings-heavy.
fn payloads(valid: bool) -> Vec<String> {
    files()
        .iter()
        .filter(|path| {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            let in_accepted = path.components().any(|c| c.as_os_str() == "accepted");
            let in_examples = path.components().any(|c| c.as_os_str() == "examples");
            if valid {
                in_accepted || in_examples || name.contains("-pass-")
            } else {
                name.contains("-fail-")
            }
        })
        .filter_map(|path| std::fs::read_to_string(path).ok())
        // Only payloads serde_json accepts, so both sides do the same work.
        .filter(|text| serde_json::from_str::<serde_json::Value>(text).is_ok())
        .collect()
}

fn parse_all(payloads: &[String]) {
    for text in payloads {
        black_box(serde_json::from_str::<serde_json::Value>(black_box(text)).ok());
    }
}

fn lint_all(payloads: &[String], options: &walint::Options) {
    for text in payloads {
        black_box(walint::lint_str(black_box(text), walint::Kind::Auto, options));
    }
}

/// Best of `rounds` timings of `run`, each at least 50 ms of repeated calls.
fn best(rounds: usize, run: &dyn Fn()) -> Duration {
    (0..rounds)
        .map(|_| {
            let start = Instant::now();
            let mut calls = 0u32;
            while start.elapsed() < Duration::from_millis(50) {
                run();
                calls += 1;
            }
            start.elapsed() / calls.max(1)
        })
        .min()
        .unwrap_or_default()
}

fn main() {
    let options = walint::Options::default();
    let inputs = [("valid", payloads(true), 2.0), ("findings", payloads(false), 3.0)];
    let mut criterion = Criterion::default().configure_from_args().sample_size(20);
    for (name, payloads, _) in &inputs {
        let bytes: usize = payloads.iter().map(String::len).sum();
        let mut group = criterion.benchmark_group(*name);
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_function("serde_json parse (baseline)", |b| b.iter(|| parse_all(payloads)));
        group.bench_function("walint lint_str", |b| b.iter(|| lint_all(payloads, &options)));
        group.finish();
    }
    criterion.final_summary();

    println!("\nlint summary: lint_str time / serde_json parse time, same bytes, same run (best of 7)");
    let mut over = false;
    for (name, payloads, target) in &inputs {
        let bytes: usize = payloads.iter().map(String::len).sum();
        let parse = best(7, &|| parse_all(payloads));
        let lint = best(7, &|| lint_all(payloads, &options));
        let ratio = lint.as_secs_f64() / parse.as_secs_f64().max(f64::EPSILON);
        over |= ratio > *target;
        println!(
            "{name:>9}: {} payloads, {bytes} bytes: parse {parse:.2?}, lint {lint:.2?}: {ratio:.2}× (target ≤ {target}×)",
            payloads.len()
        );
    }
    if over && std::env::var_os("WALINT_BENCH_CHECK").is_some() {
        std::process::exit(1);
    }
}
