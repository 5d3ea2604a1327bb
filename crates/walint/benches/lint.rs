//! Linting throughput against a baseline measured in the same run: parsing the same
//! bytes with serde_json alone. Inputs: the project's own corpus (tests/corpus) and
//! examples, so the benchmark runs on a plain clone.
//!
//! Run: `cargo bench -p walint --bench lint`. Figures are reported as the ratio
//! lint time / parse time (target: at most 3).

use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn payloads() -> Vec<String> {
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
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "json") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
        .iter()
        .filter_map(|path| std::fs::read_to_string(path).ok())
        // Only payloads serde_json accepts, so both sides do the same work.
        .filter(|text| serde_json::from_str::<serde_json::Value>(text).is_ok())
        .collect()
}

fn bench(c: &mut Criterion) {
    let payloads = payloads();
    let bytes: usize = payloads.iter().map(String::len).sum();
    let options = walint::Options::default();
    let mut group = c.benchmark_group("corpus");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);
    group.bench_function("serde_json parse (baseline)", |b| {
        b.iter(|| {
            for text in &payloads {
                black_box(serde_json::from_str::<serde_json::Value>(black_box(text)).ok());
            }
        })
    });
    group.bench_function("walint lint_str", |b| {
        b.iter(|| {
            for text in &payloads {
                black_box(walint::lint_str(black_box(text), walint::Kind::Auto, &options));
            }
        })
    });
    group.finish();
    println!("{} payloads, {} bytes per iteration", payloads.len(), bytes);
}

criterion_group!(benches, bench);
criterion_main!(benches);
