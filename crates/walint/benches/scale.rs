//! Behaviour at scale: time must grow linearly with the input.
//!
//! - texts of 1, 2, 4, 8 and 16 MB (realistic WhatsApp formatting with mistakes in it, so
//!   findings are spread over the whole text): `lint_str` of a text message carrying the
//!   text as its body, `format::preview` and `lint_text`;
//! - JSON arrays of 10^3 … 10^6 elements with a finding in each element: list rows,
//!   contacts, webhook statuses.
//!
//! Run: `cargo bench -p walint --bench scale` (a few minutes). Criterion measures each size
//! (flat sampling, 10 samples); then a summary prints nanoseconds per byte for every size
//! and its ratio to the smallest size: linear growth keeps the ratios near 1. `SCALE_QUICK=1`
//! stops at 4 MB and 10^5 elements.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, SamplingMode, Throughput};
use walint::{format, lint_str, lint_text, Kind, Options};

const MB: usize = 1 << 20;

fn quick() -> bool {
    std::env::var_os("SCALE_QUICK").is_some()
}

fn text_sizes() -> Vec<usize> {
    let sizes = [1, 2, 4, 8, 16];
    sizes
        .into_iter()
        .filter(|&mb| !quick() || mb <= 4)
        .map(|mb| mb * MB)
        .collect()
}

fn array_sizes() -> Vec<usize> {
    let sizes = [1_000, 10_000, 100_000, 1_000_000];
    sizes.into_iter().filter(|&n| !quick() || n <= 100_000).collect()
}

/// A WhatsApp text of about `bytes` bytes: formatting, lists, quotes, emoji, and a few
/// mistakes per line group (Markdown `**bold**`, `# heading`, a marker that shows literally).
fn text_of(bytes: usize) -> String {
    const LINES: &[&str] = &[
        "Olá *João* 👋, seu pedido *#A-1042* foi _enviado_ hoje!",
        "* Camiseta básica — R$ 59,90",
        "* Tênis _running_ — ~R$ 399,00~ *R$ 299,00*",
        "1. Abra o app",
        "2. Toque em **Pagar** e use o código `SAVE10`",
        "> Entrega prevista: 3–5 dias úteis 🚚",
        "# Rastreie aqui: https://example.com/track/A-1042?ref=wa_msg",
        "Dúvidas? Responda *esta mensagem *ou ligue 0800 123 4567. _Obrigado!_ 🙏",
    ];
    let mut text = String::with_capacity(bytes + 128);
    for line in LINES.iter().cycle() {
        if text.len() >= bytes {
            break;
        }
        text.push_str(line);
        text.push('\n');
    }
    text
}

fn message_with_body(body: &str) -> String {
    let body = serde_json::to_string(body).unwrap_or_default();
    format!(
        r#"{{"messaging_product":"whatsapp","to":"+15551234567","type":"text","text":{{"body":{body}}}}}"#
    )
}

/// A list message with `n` rows; every row id has surrounding spaces (a finding per row).
fn list_rows(n: usize) -> String {
    let rows: Vec<String> = (0..n)
        .map(|i| format!(r#"{{"id":" row-{i} ","title":"Row {i} 😀","description":"Item *{i}*"}}"#))
        .collect();
    format!(
        r#"{{"messaging_product":"whatsapp","to":"+15551234567","type":"interactive","interactive":{{"type":"list","body":{{"text":"Pick one"}},"action":{{"button":"Choose","sections":[{{"title":"All","rows":[{}]}}]}}}}}}"#,
        rows.join(",")
    )
}

/// A contacts message with `n` contacts, each with a malformed birthday.
fn contacts(n: usize) -> String {
    let contacts: Vec<String> = (0..n)
        .map(|i| {
            format!(
                r#"{{"name":{{"formatted_name":"Contato {i}","first_name":"Zé"}},"birthday":"01/02/1990","phones":[{{"phone":"+1555{i:07}","type":"CELL"}}]}}"#
            )
        })
        .collect();
    format!(
        r#"{{"messaging_product":"whatsapp","to":"+15551234567","type":"contacts","contacts":[{}]}}"#,
        contacts.join(",")
    )
}

/// A webhook with `n` statuses whose timestamps are in milliseconds (a finding each).
fn statuses(n: usize) -> String {
    let statuses: Vec<String> = (0..n)
        .map(|i| {
            format!(
                r#"{{"id":"wamid.{i}","status":"delivered","timestamp":"{}","recipient_id":"15551234567"}}"#,
                1_700_000_000_000u64 + i as u64
            )
        })
        .collect();
    format!(
        r#"{{"object":"whatsapp_business_account","entry":[{{"id":"1","changes":[{{"field":"messages","value":{{"messaging_product":"whatsapp","metadata":{{"display_phone_number":"15551234567","phone_number_id":"2"}},"statuses":[{}]}}}}]}}]}}"#,
        statuses.join(",")
    )
}

type Workload = (&'static str, Vec<(String, String)>, fn(&str) -> usize);

fn lint(text: &str) -> usize {
    lint_str(text, Kind::Auto, &Options::default()).diagnostics.len()
}

fn preview(text: &str) -> usize {
    format::preview(text).spans.len()
}

fn lint_plain(text: &str) -> usize {
    lint_text(text, format::TextContext::Rendered, &Options::default())
        .diagnostics
        .len()
}

fn workloads() -> Vec<Workload> {
    let texts: Vec<(String, String)> = text_sizes()
        .into_iter()
        .map(|bytes| (format!("{} MB", bytes / MB), text_of(bytes)))
        .collect();
    let messages = texts
        .iter()
        .map(|(label, text)| (label.clone(), message_with_body(text)))
        .collect();
    let arrays = |make: fn(usize) -> String| -> Vec<(String, String)> {
        array_sizes()
            .into_iter()
            .map(|n| (format!("{n}"), make(n)))
            .collect()
    };
    vec![
        ("lint_str text message", messages, lint),
        ("preview text", texts.clone(), preview),
        ("lint_text text", texts, lint_plain),
        ("lint_str list rows", arrays(list_rows), lint),
        ("lint_str contacts", arrays(contacts), lint),
        ("lint_str webhook statuses", arrays(statuses), lint),
    ]
}

fn bench(c: &mut Criterion) {
    let workloads = workloads();
    for (name, inputs, run) in &workloads {
        let mut group = c.benchmark_group(*name);
        group.sampling_mode(SamplingMode::Flat);
        group.sample_size(10);
        group.warm_up_time(Duration::from_millis(200));
        group.measurement_time(Duration::from_secs(2));
        for (label, input) in inputs {
            group.throughput(Throughput::Bytes(input.len() as u64));
            group.bench_with_input(BenchmarkId::from_parameter(label), input, |b, input| {
                b.iter(|| black_box(run(black_box(input))))
            });
        }
        group.finish();
    }
    summary(&workloads);
}

fn best_of_three(run: &dyn Fn() -> usize) -> Duration {
    (0..3)
        .map(|_| {
            let start = Instant::now();
            black_box(run());
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// Nanoseconds per byte (best of three) for each size and the ratio to the smallest size;
/// for JSON inputs also the time relative to parsing the same bytes with serde_json (memory
/// effects on big inputs slow both alike).
fn summary(workloads: &[Workload]) {
    println!("\nscale summary: ns/byte (best of 3), ratio to the smallest size (linear ≈ 1.0)");
    for (name, inputs, run) in workloads {
        let mut base = None;
        for (label, input) in inputs {
            let best = best_of_three(&|| run(black_box(input)));
            let per_byte = best.as_nanos() as f64 / input.len() as f64;
            let ratio = per_byte / *base.get_or_insert(per_byte);
            let versus_parse = if name.starts_with("lint_str") {
                let parse = best_of_three(&|| {
                    serde_json::from_str::<serde_json::Value>(black_box(input)).map_or(0, |_| 1)
                });
                format!("  lint/parse {:>5.1}", best.as_secs_f64() / parse.as_secs_f64())
            } else {
                String::new()
            };
            let findings = run(input);
            println!(
                "{name:>26} {label:>8}: {:>10} bytes {:>9.1} ms {per_byte:>7.2} ns/byte  ratio {ratio:>5.2}{versus_parse}  ({findings} findings/spans)",
                input.len(),
                best.as_secs_f64() * 1e3,
            );
        }
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
