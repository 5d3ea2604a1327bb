// Temporary probe (deleted after use).
use std::time::Instant;
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
    let mut text = String::new();
    for line in LINES.iter().cycle() { if text.len() >= bytes { break; } text.push_str(line); text.push('\n'); }
    text
}
fn main() {
    for kb in [64usize, 128, 256] {
        let text = text_of(kb * 1024);
        let t = Instant::now(); let p = walint::format::preview(&text); let preview = t.elapsed();
        let t = Instant::now(); let c = walint::format::check(&text, walint::format::TextContext::Rendered); let check = t.elapsed();
        let t = Instant::now(); let r = walint::lint_text(&text, walint::format::TextContext::Rendered, &walint::Options::default()); let lt = t.elapsed();
        let body = serde_json::to_string(&text).unwrap();
        let msg = format!(r#"{{"messaging_product":"whatsapp","to":"+15551234567","type":"text","text":{{"body":{body}}}}}"#);
        let v: serde_json::Value = serde_json::from_str(&msg).unwrap();
        let t = Instant::now(); let rv = walint::lint_value(&v, walint::Kind::Auto, &walint::Options::default()); let lv = t.elapsed();
        let t = Instant::now(); let rs = walint::lint_str(&msg, walint::Kind::Auto, &walint::Options::default()); let ls = t.elapsed();
        println!("{kb} KB: preview {:?} ({} spans) check {:?} ({}) lint_text {:?} ({}) lint_value {:?} ({}) lint_str {:?} ({})", preview, p.spans.len(), check, c.len(), lt, r.diagnostics.len(), lv, rv.diagnostics.len(), ls, rs.diagnostics.len());
    }
}
