//! `walint rules` and `walint explain`.

pub fn print_table() -> u8 {
    println!("{:<6} {:<40} {:<8} summary", "code", "name", "severity");
    for rule in walint::rules() {
        println!(
            "{:<6} {:<40} {:<8} {}",
            rule.code,
            rule.name,
            rule.severity.as_str(),
            rule.summary()
        );
    }
    0
}

/// `walint rules --format json`: every rule as an object, for tools and docs sites.
pub fn print_json() -> u8 {
    let rules: Vec<serde_json::Value> = walint::rules()
        .into_iter()
        .map(|rule| {
            serde_json::json!({
                "code": rule.code,
                "name": rule.name,
                "severity": rule.severity,
                "summary": super::sarif::what_it_does(rule.docs),
                "url": rule.url(),
                "source": rule.source,
                "meta_error": rule.meta_error,
                "since": rule.since,
                "until": rule.until,
            })
        })
        .collect();
    println!("{}", serde_json::to_string_pretty(&rules).unwrap_or_default());
    0
}

pub fn explain(code: &str) -> u8 {
    match walint::registry::find(code) {
        Some(rule) => {
            println!(
                "{} {} ({} by default)\n",
                rule.code,
                rule.name,
                rule.severity.as_str()
            );
            print!("{}", rule.markdown());
            println!("\nSource: {}", rule.source);
            if let Some(meta) = rule.meta_error {
                println!("Prevents Meta error {} ({})", meta.code, meta.title);
            }
            if let Some(since) = rule.since {
                println!("Holds since {since}");
            }
            if let Some(until) = rule.until {
                println!("Holds until {until}");
            }
            0
        }
        None => {
            eprintln!("walint: no rule `{code}` (see `walint rules`)");
            2
        }
    }
}
