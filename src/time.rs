//! Times on the command line: RFC 3339 (or plain Unix seconds) in, Unix seconds out.
//! Only the CLI reads and prints calendar times; the core works in Unix seconds.

/// Parses `2026-05-01T09:00:00Z`, `2026-05-01T11:00:00+02:00` or `1777626000` into Unix
/// seconds (clap value parser for `--last-inbound` and `--now`).
pub fn parse_unix_seconds(text: &str) -> Result<i64, String> {
    let text = text.trim();
    if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
        return text
            .parse::<i64>()
            .map_err(|_| format!("{text} is too large for Unix seconds"));
    }
    text.parse::<jiff::Timestamp>()
        .map(|timestamp| timestamp.as_second())
        .map_err(|error| format!("expected an RFC 3339 time such as 2026-05-01T09:00:00Z: {error}"))
}

/// `2025-06-15T15:06:40Z` for Unix seconds, or `None` outside the calendar range.
pub fn rfc3339(seconds: i64) -> Option<String> {
    jiff::Timestamp::from_second(seconds)
        .ok()
        .map(|timestamp| timestamp.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_utc_offsets_and_digits() {
        assert_eq!(parse_unix_seconds("2025-06-15T15:06:40Z"), Ok(1_750_000_000));
        assert_eq!(parse_unix_seconds("2025-06-15T17:06:40+02:00"), Ok(1_750_000_000));
        assert_eq!(parse_unix_seconds("2025-06-15T15:06:40.999Z"), Ok(1_750_000_000));
        assert_eq!(parse_unix_seconds("1750000000"), Ok(1_750_000_000));
    }

    #[test]
    fn refuses_what_is_not_a_time() {
        for text in [
            "",
            "yesterday",
            "2025-06-15",
            "2025-06-15T15:06:40",
            "99999999999999999999",
        ] {
            assert!(parse_unix_seconds(text).is_err(), "{text}");
        }
    }

    #[test]
    fn prints_rfc3339() {
        assert_eq!(rfc3339(1_750_000_000).as_deref(), Some("2025-06-15T15:06:40Z"));
        assert_eq!(rfc3339(i64::MAX), None);
    }
}
