//! Helpers the benchmarks of the `walint` binary share: best-of-N timing and file discovery.

use std::path::PathBuf;
use std::time::{Duration, Instant};

/// Timings are the best of this many runs: the least disturbed by other work on the machine.
pub const RUNS: usize = 5;

pub fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

/// The shortest of [`RUNS`] timings of `run`.
pub fn best(mut run: impl FnMut()) -> Duration {
    (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            run();
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// Every `*.json` file under `roots`, sorted.
#[allow(dead_code)] // not every benchmark reads files
pub fn json_files(roots: &[PathBuf]) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut dirs: Vec<PathBuf> = roots.to_vec();
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
