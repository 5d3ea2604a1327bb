//! The `walint lint` binary over a folder of many files, end to end, against reading and
//! parsing the same files with serde_json alone.
//!
//! `cargo bench --bench lint_folder` copies every JSON file of `tests/corpus` and `examples`
//! (valid payloads and findings-heavy cases alike) into a temporary folder until it holds at
//! least 8 000 files, then measures, best of 5 runs:
//! 1. reading (`std::fs::read`) and parsing every file with serde_json on one thread (the
//!    floor), with the allocator the `walint` binary uses (mimalloc: the floor gets the same
//!    help); and the same reading each file the way `walint lint` does (its size, then one
//!    read), so the gain of that reading can be told apart from the linting's;
//! 2. `walint lint --format json DIR` on one core (`taskset -c 0`, when `taskset` is there);
//! 3. the same on every core;
//!
//! and prints each time and its ratio to 1, all from the same run. Target (issue "Faster than
//! the peers"): 2 at most 2× of 1. `WALINT_BENCH_CHECK=1` exits 1 above it.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

mod common;
// The binary's way of reading a file, for the second floor.
#[path = "../src/read.rs"]
#[allow(dead_code, unused_imports)] // its unit tests are not built into a bench
mod read;

// The binary's allocator: a floor with the system allocator would credit walint for mimalloc.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use common::{best, json_files, ms, RUNS};

const MIN_FILES: usize = 8_000;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let sources = json_files(&[root.join("tests/corpus"), root.join("examples")]);
    assert!(!sources.is_empty(), "no JSON files in tests/corpus or examples");
    let dir = std::env::temp_dir().join(format!("walint-bench-folder-{}", std::process::id()));
    let files = fill(&dir, &sources);
    let bytes: u64 = files
        .iter()
        .filter_map(|f| std::fs::metadata(f).ok())
        .map(|m| m.len())
        .sum();
    println!(
        "{} files, {:.1} MB, copied from {} corpus files; best of {RUNS} runs",
        files.len(),
        bytes as f64 / 1e6,
        sources.len()
    );

    let parse = best(|| {
        let mut parsed = 0usize;
        for file in &files {
            let Ok(bytes) = std::fs::read(file) else { continue };
            parsed += usize::from(serde_json::from_slice::<serde_json::Value>(&bytes).is_ok());
        }
        assert!(parsed > 0);
    });
    // The same, reading each file the way `walint lint` does (its size, then one read): the
    // floor of the issue is std's `fs::read`, which reads once more to see the end.
    let parse_read_as_walint = best(|| {
        let mut parsed = 0usize;
        for file in &files {
            let Ok(bytes) = read::read(file, read::FileKind::Regular) else {
                continue;
            };
            parsed += usize::from(serde_json::from_slice::<serde_json::Value>(&bytes).is_ok());
        }
        assert!(parsed > 0);
    });
    let one_core = has_taskset().then(|| best(|| run_walint(&dir, true)));
    let all_cores = best(|| run_walint(&dir, false));
    let _ = std::fs::remove_dir_all(&dir);

    let ratio = |d: Duration| d.as_secs_f64() / parse.as_secs_f64();
    println!(
        "serde_json read + parse, one thread   {:>8.1} ms (mimalloc)",
        ms(parse)
    );
    println!(
        "  the same, read as walint reads      {:>8.1} ms",
        ms(parse_read_as_walint)
    );
    match one_core {
        Some(time) => println!(
            "walint lint, one core (taskset -c 0)  {:>8.1} ms  {:.2}x (target ≤ 2x); {:.2}x the second floor",
            ms(time),
            ratio(time),
            time.as_secs_f64() / parse_read_as_walint.as_secs_f64()
        ),
        None => println!("walint lint, one core: skipped (no taskset)"),
    }
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
    println!(
        "walint lint, {cores} cores               {:>8.1} ms  {:.2}x",
        ms(all_cores),
        ratio(all_cores)
    );
    let over = one_core.is_some_and(|time| ratio(time) > 2.0);
    if over && std::env::var_os("WALINT_BENCH_CHECK").is_some() {
        std::process::exit(1);
    }
}

fn run_walint(dir: &Path, one_core: bool) {
    let walint = env!("CARGO_BIN_EXE_walint");
    let mut command = if one_core {
        let mut command = Command::new("taskset");
        command.args(["-c", "0", walint]);
        command
    } else {
        Command::new(walint)
    };
    let status = command
        .args(["lint", "--format", "json", "--exit-zero"])
        .arg(dir)
        .stdout(Stdio::null())
        .status()
        .expect("run walint lint");
    assert!(status.success(), "walint lint failed: {status}");
}

fn has_taskset() -> bool {
    Command::new("taskset")
        .args(["-c", "0", "true"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
}

/// Copies `sources` round after round into subfolders of `dir` (500 files each) until there
/// are at least [`MIN_FILES`]; returns the copies.
fn fill(dir: &Path, sources: &[PathBuf]) -> Vec<PathBuf> {
    let mut files = Vec::with_capacity(MIN_FILES + sources.len());
    while files.len() < MIN_FILES {
        for source in sources {
            let sub = dir.join(format!("{:03}", files.len() / 500));
            std::fs::create_dir_all(&sub).expect("create the bench folder");
            let name = source.file_name().and_then(|n| n.to_str()).unwrap_or("file.json");
            let target = sub.join(format!("{}-{name}", files.len()));
            std::fs::copy(source, &target).expect("copy a corpus file");
            files.push(target);
        }
    }
    files
}
