//! Formatting preview throughput against a baseline measured in the same run: a plain scan
//! of the same bytes (counting `*`). Inputs are generated: a realistic 1 MB WhatsApp text
//! (greetings, bold/italic/strike/code, lists, quotes, emoji, accented text, URLs) and a
//! pathological 1 MB text (openers that never close, crossing markers, stray backticks).
//!
//! Run: `cargo bench -p walint --bench format`. Report the ratio preview time / scan time.

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

const MB: usize = 1 << 20;

/// Lines a business actually sends, repeated to 1 MB.
fn realistic() -> String {
    const LINES: &[&str] = &[
        "Olá *João* 👋, seu pedido *#A-1042* foi _enviado_ hoje!",
        "* Camiseta básica — R$ 59,90",
        "* Tênis _running_ — ~R$ 399,00~ *R$ 299,00*",
        "1. Abra o app",
        "2. Toque em *Pagar* e use o código `SAVE10`",
        "> Entrega prevista: 3–5 dias úteis 🚚",
        "Rastreie aqui: https://example.com/track/A-1042?ref=wa_msg",
        "```Pedido: A-1042\nTotal: R$ 358,90```",
        "Dúvidas? Responda esta mensagem ou ligue 0800 123 4567. _Obrigado!_ 🙏",
        "Horário: seg–sex 9h–18h, sáb 9h–13h (exceto feriados)",
    ];
    let mut text = String::with_capacity(MB + 256);
    let mut i = 0;
    while text.len() < MB {
        text.push_str(LINES[i % LINES.len()]);
        text.push('\n');
        i += 1;
    }
    text
}

/// Markers that keep every scanner busy: openers without closers, crossing styles,
/// unmatched backticks and fences, all on long lines.
fn pathological() -> String {
    let chunk = "*a _b* c_ ~d `e ```f *g ";
    let mut text = String::with_capacity(MB + chunk.len());
    while text.len() < MB {
        text.push_str(chunk);
    }
    text
}

/// The baseline: one pass over the bytes.
fn count_stars(text: &str) -> usize {
    text.bytes().filter(|&b| b == b'*').count()
}

fn bench(c: &mut Criterion) {
    for (name, text) in [
        ("realistic 1 MB", realistic()),
        ("pathological 1 MB", pathological()),
    ] {
        let mut group = c.benchmark_group(name);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.sample_size(10);
        group.warm_up_time(Duration::from_millis(500));
        group.measurement_time(Duration::from_secs(3));
        group.bench_function("scan bytes (baseline)", |b| {
            b.iter(|| count_stars(black_box(&text)))
        });
        group.bench_function("format::preview", |b| {
            b.iter(|| walint::format::preview(black_box(&text)))
        });
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
