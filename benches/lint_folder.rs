//! The `walint lint` binary over a folder of many files, end to end, against reading and
//! parsing the same files with serde_json alone.
//!
//! `cargo bench --bench lint_folder` copies every JSON file of `tests/corpus` and `examples`
//! (valid payloads and findings-heavy cases alike) into a temporary folder until it holds at
//! least 8 000 files, then measures, best of 5 runs:
//! 1. the floor, a parse-only program: this bench's own binary, started again in floor
//!    mode (`WALINT_BENCH_FLOOR_PROGRAM=DIR`), walks the folder, reads (`std::fs::read`) and
//!    parses every `*.json` file with serde_json, on one core, end to end (process start and exit
//!    included, as for `walint lint`), with the allocator the `walint` binary uses (mimalloc);
//! 2. two stricter floors inside this process, warm (the heap already paged in by an earlier run,
//!    no process to start, no folder to walk): reading and parsing the same list of files on one
//!    thread, and the same reading each file the way `walint lint` does (its size, then one read),
//!    so the gain of that reading can be told apart from the linting's;
//! 3. `walint lint --format json DIR` on one core (`taskset -c 0`, when `taskset` is there), its
//!    runs alternating with the floor program's so that drift of the machine hits both;
//! 4. the same on every core;
//!
//! and prints each time and its ratios, all from the same run. Target (issue "Faster than the
//! peers"): 3 at most 2× of 1. `WALINT_BENCH_CHECK=1` exits 1 above it.

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

/// Set to a folder, this binary is the floor program instead of the bench.
const FLOOR_PROGRAM: &str = "WALINT_BENCH_FLOOR_PROGRAM";

fn main() {
    if let Some(dir) = std::env::var_os(FLOOR_PROGRAM) {
        parse_only_program(Path::new(&dir));
        return;
    }
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
    let (one_core, program) = if has_taskset() {
        let (walint, program) = best_of_both(|| run_walint(&dir, true), || run_floor_program(&dir));
        (Some(walint), Some(program))
    } else {
        (None, None)
    };
    let all_cores = best(|| run_walint(&dir, false));
    let _ = std::fs::remove_dir_all(&dir);

    let ratio = |d: Duration| d.as_secs_f64() / parse.as_secs_f64();
    let over = |a: Duration, b: Duration| a.as_secs_f64() / b.as_secs_f64();
    match program {
        Some(time) => println!(
            "parse-only program, one core          {:>8.1} ms (walk, read, parse; mimalloc)",
            ms(time)
        ),
        None => println!("parse-only program, one core: skipped (no taskset)"),
    }
    println!(
        "in process: serde_json read + parse   {:>8.1} ms (warm, no walk)",
        ms(parse)
    );
    println!(
        "  the same, read as walint reads      {:>8.1} ms",
        ms(parse_read_as_walint)
    );
    if let (Some(time), Some(program)) = (one_core, program) {
        println!(
            "walint lint, one core (taskset -c 0)  {:>8.1} ms  {:.2}x the program (target ≤ 2x); {:.2}x and {:.2}x the in-process floors",
            ms(time),
            over(time, program),
            ratio(time),
            over(time, parse_read_as_walint)
        );
    } else {
        println!("walint lint, one core: skipped (no taskset)");
    }
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
    println!(
        "walint lint, {cores} cores               {:>8.1} ms  {} {:.2}x the first in-process floor",
        ms(all_cores),
        program.map_or(String::new(), |program| format!(
            "{:.2}x the program,",
            over(all_cores, program)
        )),
        ratio(all_cores)
    );
    let above = matches!((one_core, program), (Some(time), Some(program)) if over(time, program) > 2.0);
    if above && std::env::var_os("WALINT_BENCH_CHECK").is_some() {
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

/// The floor program: every `*.json` file under `dir` read and parsed, as a program that only
/// parses would (a plain recursive walk, no sorting, no output but a count).
fn parse_only_program(dir: &Path) {
    let (mut dirs, mut parsed) = (vec![dir.to_path_buf()], 0usize);
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "json") {
                let Ok(bytes) = std::fs::read(&path) else {
                    continue;
                };
                parsed += usize::from(serde_json::from_slice::<serde_json::Value>(&bytes).is_ok());
            }
        }
    }
    println!("{parsed}");
}

fn run_floor_program(dir: &Path) {
    let this = std::env::current_exe().expect("the bench's own path");
    let output = Command::new("taskset")
        .args(["-c", "0"])
        .arg(this)
        .env(FLOOR_PROGRAM, dir)
        .stderr(Stdio::null())
        .output()
        .expect("run the floor program");
    let parsed: usize = String::from_utf8_lossy(&output.stdout)
        .trim()
        .parse()
        .unwrap_or(0);
    assert!(
        output.status.success() && parsed > 0,
        "the floor program parsed no file"
    );
}

/// The best of [`RUNS`] timings of `a` and of `b`, their runs alternating.
fn best_of_both(mut a: impl FnMut(), mut b: impl FnMut()) -> (Duration, Duration) {
    let (mut best_a, mut best_b) = (Duration::MAX, Duration::MAX);
    for _ in 0..RUNS {
        let start = std::time::Instant::now();
        a();
        best_a = best_a.min(start.elapsed());
        let start = std::time::Instant::now();
        b();
        best_b = best_b.min(start.elapsed());
    }
    (best_a, best_b)
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
