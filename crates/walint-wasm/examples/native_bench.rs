//! Native side of bench/wasm/bench.mjs: lints one file many times with the same engine calls
//! as the WASM `lint` export (lint_str + JSON serialization) and prints nanoseconds per call.
//!
//! cargo run --release -p walint-wasm --example native_bench -- <file.json> <iterations>

use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .ok_or("usage: native_bench <file.json> [iterations]")?;
    let iterations: u32 = args.next().map_or(Ok(20_000), |n| n.parse())?;
    let source = std::fs::read_to_string(path)?;
    let options = walint::Options::default();
    let lint = || -> Result<usize, serde_json::Error> {
        let report = walint::lint_str(&source, walint::Kind::Auto, &options);
        Ok(serde_json::to_string(&report)?.len())
    };
    for _ in 0..iterations / 10 {
        lint()?;
    }
    let started = Instant::now();
    let mut bytes = 0;
    for _ in 0..iterations {
        bytes += lint()?;
    }
    let per_call = started.elapsed().as_nanos() / u128::from(iterations.max(1));
    println!("{{\"ns_per_lint\": {per_call}, \"iterations\": {iterations}, \"output_bytes\": {bytes}}}");
    Ok(())
}
