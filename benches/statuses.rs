//! Throughput of status timelines on a 100 000-line NDJSON file of webhook bodies.
//!
//! `cargo bench --bench statuses` generates the file (deterministic: mixed orders, ~10 %
//! webhook-retry duplicates, some failures and deletions), then measures, best of 5 runs:
//! 1. parsing every line with serde_json alone (the floor),
//! 2. parsing + folding every line into a `walint::timeline::Timeline` (the core API),
//! 3. the `walint statuses --format json FILE` binary end to end (read, fold, print),
//!
//! and prints lines per second and the ratio of 2 and 3 against 1, all from the same run.
//! No criterion: a plain `main` keeps the dependency tree (and the shared build) small.

mod common;

use std::time::Duration;

use common::{best, ms, RUNS};

use serde_json::{json, Value};

const LINES: usize = 100_000;

fn main() {
    let lines = generate(LINES);
    let dir = std::env::temp_dir().join(format!("walint-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("statuses.ndjson");
    std::fs::write(&file, lines.join("\n") + "\n").expect("write NDJSON");
    let bytes: usize = lines.iter().map(|l| l.len() + 1).sum();
    println!(
        "{} lines, {:.1} MB of NDJSON, best of {RUNS} runs",
        lines.len(),
        bytes as f64 / 1e6
    );

    let serde = best(|| {
        let mut statuses = 0usize;
        for line in &lines {
            let value: Value = serde_json::from_str(line).expect("generated JSON");
            statuses += value
                .pointer("/entry/0/changes/0/value/statuses")
                .map_or(0, |_| 1);
        }
        assert_eq!(statuses, lines.len());
    });
    let mut messages = 0;
    let fold = best(|| {
        let mut timeline = walint::timeline::Timeline::new();
        for line in &lines {
            let value = walint::value::Value::parse(line).expect("generated JSON");
            timeline.feed(&value);
        }
        messages = timeline.messages().count();
    });
    let binary = best(|| {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_walint"))
            .args(["statuses", "--format", "json"])
            .arg(&file)
            .stdout(std::process::Stdio::null())
            .status()
            .expect("run walint statuses");
        assert!(output.success(), "walint statuses failed: {output}");
    });
    let _ = std::fs::remove_dir_all(&dir);

    let rate = |d: Duration| LINES as f64 / d.as_secs_f64();
    println!("{messages} messages in the timeline");
    println!(
        "serde_json parse only        {:>8.1} ms  {:>10.0} lines/s",
        ms(serde),
        rate(serde)
    );
    println!(
        "timeline API (parse + feed)  {:>8.1} ms  {:>10.0} lines/s  {:.2}x serde_json time",
        ms(fold),
        rate(fold),
        fold.as_secs_f64() / serde.as_secs_f64()
    );
    println!(
        "walint statuses (binary)     {:>8.1} ms  {:>10.0} lines/s  {:.2}x serde_json time",
        ms(binary),
        rate(binary),
        binary.as_secs_f64() / serde.as_secs_f64()
    );
}

/// `count` NDJSON lines, each one webhook body with one status: every message goes
/// sent -> delivered -> read (some skip delivered, some fail, a few are deleted), ~10 % of
/// lines are retries of another line, and the order is shuffled.
fn generate(count: usize) -> Vec<String> {
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    let mut lines = Vec::with_capacity(count + count / 4);
    let mut message = 0u64;
    while lines.len() < count {
        let id = format!("wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI{message:012X}");
        let sent = 1_750_000_000 + message * 7;
        let mut events = vec![("sent", sent)];
        match rng.next() % 20 {
            0 => events.push(("failed", sent + 1)),
            1 => events.extend([("read", sent + 9), ("deleted", sent + 60)]),
            2..=5 => events.push(("read", sent + 4)),
            _ => events.extend([("delivered", sent + 2), ("read", sent + 30)]),
        }
        for (status, timestamp) in events {
            lines.push(body(&id, status, timestamp));
        }
        message += 1;
    }
    lines.truncate(count * 9 / 10);
    while lines.len() < count {
        let retry = lines[(rng.next() % lines.len() as u64) as usize].clone();
        lines.push(retry);
    }
    for i in (1..lines.len()).rev() {
        lines.swap(i, (rng.next() % (i as u64 + 1)) as usize);
    }
    lines
}

fn body(id: &str, status: &str, timestamp: u64) -> String {
    let mut entry = json!({
        "id": id,
        "status": status,
        "timestamp": timestamp.to_string(),
        "recipient_id": "16505551234",
    });
    if status == "failed" {
        entry["errors"] = json!([{"code": 131047, "title": "Re-engagement message"}]);
    } else if status == "delivered" {
        entry["pricing"] = json!({"pricing_model": "PMP", "type": "regular", "category": "utility"});
    }
    json!({
        "object": "whatsapp_business_account",
        "entry": [{"id": "102290129340398", "changes": [{"field": "messages", "value": {
            "messaging_product": "whatsapp",
            "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
            "statuses": [entry],
        }}]}],
    })
    .to_string()
}

/// Small deterministic generator (xorshift64): no `rand` dependency for a benchmark.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}
