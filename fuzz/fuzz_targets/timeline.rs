//! The status timeline on sequences of notifications: each input line is one JSON value, fed
//! as a webhook body when it has `entry`, else as a bare status object.
#![no_main]

use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use walint::timeline::Timeline;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut timeline = Timeline::new();
    for line in text.lines() {
        let Ok(value) = serde_json::from_str::<Value>(line) else {
            continue;
        };
        if value.get("entry").is_some() {
            timeline.feed(&value);
        } else {
            timeline.feed_status(&value, None);
        }
    }
    for message in timeline.messages() {
        assert!(!message.history.is_empty(), "a message without events");
    }
    serde_json::to_string(&timeline).expect("timeline serializes");
});
