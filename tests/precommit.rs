//! The pre-commit hook (`.pre-commit-hooks.yaml`) with the real `pre-commit` from PyPI:
//! `pre-commit try-repo` against a committed copy of this working tree fails on a bad
//! template and passes on a good one, with the project's other JSON files (package.json, a
//! tsconfig.json with comments) named beside it, as pre-commit names every staged file.
//!
//! Needs `python3` (with `venv`), `git`, `cargo` and PyPI. pre-commit builds the hook
//! with `cargo install`; its `CARGO_TARGET_DIR` is kept in the system's temporary
//! directory (`walint-precommit-target`, or `WALINT_PRECOMMIT_TARGET_DIR`) so only the
//! first run on a machine compiles the dependencies (about 4 minutes on 2 cores; later
//! runs about 1 minute), and the release profile is made cheap (no optimisation, no LTO)
//! through environment variables.
//! Set `WALINT_SKIP_PRECOMMIT=1` to skip it (it then prints why).

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const GOOD: &str = r##"{
  "name": "order_shipped",
  "language": "en_US",
  "category": "UTILITY",
  "components": [
    {"type": "BODY", "text": "Hi {{1}}, your order {{2}} has shipped.", "example": {"body_text": [["Mark", "#860198"]]}}
  ]
}
"##;

const BAD: &str = r##"{
  "name": "Order Shipped!",
  "language": "en_US",
  "category": "UTILITY",
  "components": [
    {"type": "BODY", "text": "Hi {{1}}, your order {{3}} has shipped.", "example": {"body_text": [["Mark", "#860198"]]}}
  ]
}
"##;

/// As `tsc --init` writes it: with comments, so not JSON.
const TSCONFIG: &str = r#"{
  "compilerOptions": {
    /* Language and Environment */
    "target": "es2016", // the JavaScript version
    "strict": true
  }
}
"#;

fn run(dir: &Path, program: &str, args: &[&str], env: &[(&str, &str)]) -> Output {
    let output = Command::new(program)
        .current_dir(dir)
        .args(args)
        .envs(env.iter().copied())
        .output()
        .unwrap_or_else(|error| panic!("cannot run {program}: {error}"));
    output
}

fn ok(dir: &Path, program: &str, args: &[&str]) {
    let output = run(dir, program, args, &[]);
    assert!(
        output.status.success(),
        "{program} {args:?} failed:\n{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

fn git(dir: &Path, args: &[&str]) {
    let mut all = vec![
        "-c",
        "user.name=walint test",
        "-c",
        "user.email=test@walint.invalid",
        "-c",
        "init.defaultBranch=main",
    ];
    all.extend_from_slice(args);
    ok(dir, "git", &all);
}

/// Copies the working tree (tracked and untracked files that git does not ignore) into
/// `to` and commits it there: try-repo needs the hook at a commit's HEAD.
fn committed_copy(from: &Path, to: &Path) {
    let listed = run(
        from,
        "git",
        &["ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        &[],
    );
    assert!(
        listed.status.success(),
        "git ls-files: {}",
        String::from_utf8_lossy(&listed.stderr)
    );
    for name in listed.stdout.split(|b| *b == 0).filter(|n| !n.is_empty()) {
        let name = String::from_utf8_lossy(name).into_owned();
        let source = from.join(&name);
        if !source.is_file() {
            continue; // deleted in the working tree
        }
        let target = to.join(&name);
        std::fs::create_dir_all(target.parent().expect("parent")).expect("mkdir");
        std::fs::copy(&source, &target).expect("copy");
    }
    git(to, &["init", "-q"]);
    git(to, &["add", "-A"]);
    git(to, &["commit", "-q", "-m", "walint working tree"]);
}

fn text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

#[test]
fn precommit_hook_fails_on_bad_and_passes_on_good_files() {
    if std::env::var_os("WALINT_SKIP_PRECOMMIT").is_some() {
        println!("skipped: WALINT_SKIP_PRECOMMIT is set");
        return;
    }
    let root = common::manifest_dir();
    let temp = tempfile::tempdir().expect("tempdir");
    let hook_repo = temp.path().join("walint");
    let project = temp.path().join("project");
    let venv = temp.path().join("venv");
    std::fs::create_dir_all(&hook_repo).expect("mkdir");
    std::fs::create_dir_all(&project).expect("mkdir");

    committed_copy(root, &hook_repo);
    let hooks = std::fs::read_to_string(hook_repo.join(".pre-commit-hooks.yaml")).expect("hooks file");
    assert!(hooks.contains("id: walint") && hooks.contains("language: rust"));

    git(&project, &["init", "-q"]);
    std::fs::write(project.join("good_template.json"), GOOD).expect("write");
    std::fs::write(project.join("bad_template.json"), BAD).expect("write");
    // pre-commit names every staged *.json file: these are no WhatsApp documents.
    std::fs::write(
        project.join("package.json"),
        r#"{"name": "shop", "version": "1.0.0"}"#,
    )
    .expect("write");
    std::fs::write(project.join("tsconfig.json"), TSCONFIG).expect("write");
    git(&project, &["add", "-A"]);

    ok(
        temp.path(),
        "python3",
        &["-m", "venv", venv.to_str().expect("utf-8 path")],
    );
    let pip = venv.join("bin/pip");
    ok(
        temp.path(),
        pip.to_str().expect("path"),
        &["install", "--quiet", "--disable-pip-version-check", "pre-commit"],
    );
    let pre_commit: PathBuf = venv.join("bin/pre-commit");

    // Outside the clone, so later runs on the same machine (CI after a session) reuse it.
    let target_dir = std::env::var_os("WALINT_PRECOMMIT_TARGET_DIR").map_or_else(
        || std::env::temp_dir().join("walint-precommit-target"),
        PathBuf::from,
    );
    let pre_commit_home = temp.path().join("pre-commit-home");
    let env = [
        ("CARGO_TARGET_DIR", target_dir.to_str().expect("path")),
        ("PRE_COMMIT_HOME", pre_commit_home.to_str().expect("path")),
        // A cheap release build: the hook only has to run, not to be fast.
        ("CARGO_PROFILE_RELEASE_OPT_LEVEL", "0"),
        ("CARGO_PROFILE_RELEASE_LTO", "false"),
        ("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "256"),
        ("CARGO_PROFILE_RELEASE_DEBUG", "false"),
        ("CARGO_TERM_PROGRESS_WHEN", "never"),
    ];
    let repo = hook_repo.to_str().expect("path");
    let try_repo = |files: &[&str]| {
        let mut args = vec!["try-repo", repo, "walint", "--files"];
        args.extend_from_slice(files);
        run(&project, pre_commit.to_str().expect("path"), &args, &env)
    };

    let good = try_repo(&["good_template.json", "package.json", "tsconfig.json"]);
    let good_text = text(&good);
    assert!(
        good.status.success(),
        "the hook must pass on the good template:\n{good_text}"
    );
    assert!(
        good_text.contains("walint") && good_text.contains("Passed"),
        "{good_text}"
    );

    let bad = try_repo(&["bad_template.json"]);
    let bad_text = text(&bad);
    assert_eq!(
        bad.status.code(),
        Some(1),
        "the hook must fail on the bad template:\n{bad_text}"
    );
    assert!(bad_text.contains("Failed"), "{bad_text}");
    assert!(
        bad_text.contains("bad_template.json:2:12: error[T001] template-name-format"),
        "{bad_text}"
    );
    assert!(bad_text.contains("T011"), "{bad_text}");
}
