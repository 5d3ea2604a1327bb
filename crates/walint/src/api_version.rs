//! Graph API versions (`v25.0`): the `api_version` setting selects behaviour where Meta
//! versioned a change. Rules that hold only from or until a version or a date say so in
//! their docs and in [`Rule::since`](crate::Rule::since) / [`Rule::until`](crate::Rule::until).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A Graph API version, `vMAJOR.MINOR`. Ordered, so rules compare with `>=`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ApiVersion {
    pub major: u16,
    pub minor: u16,
}

impl ApiVersion {
    pub const fn new(major: u16, minor: u16) -> Self {
        ApiVersion { major, minor }
    }

    /// v23.0: template parameter problems at send time answer 132018 (rules.md `tsend.params.v23`).
    pub const V23: ApiVersion = ApiVersion::new(23, 0);
    /// v24.0: status notifications carry `conversation` only inside a free entry point window.
    pub const V24: ApiVersion = ApiVersion::new(24, 0);
    /// v25.0: inbound `type: "unknown"` became `type: "unsupported"` with `unsupported.type`.
    pub const V25: ApiVersion = ApiVersion::new(25, 0);

    /// The newest version walint knows, and the default. A newer version is accepted and
    /// behaves like this one.
    pub const NEWEST: ApiVersion = ApiVersion::V25;

    /// The versions walint knows (Meta's changelog), oldest first.
    pub const KNOWN: &'static [ApiVersion] = &[
        ApiVersion::new(19, 0),
        ApiVersion::new(20, 0),
        ApiVersion::new(21, 0),
        ApiVersion::new(22, 0),
        ApiVersion::V23,
        ApiVersion::V24,
        ApiVersion::V25,
    ];
}

impl Default for ApiVersion {
    fn default() -> Self {
        ApiVersion::NEWEST
    }
}

impl fmt::Display for ApiVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "v{}.{}", self.major, self.minor)
    }
}

impl FromStr for ApiVersion {
    type Err = crate::Error;

    /// Accepts `v25.0`, `25.0` and `25` (as in Graph URLs and SDK settings).
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let refuse = || crate::Error::ApiVersion(text.to_owned());
        let digits = text.trim();
        let digits = digits
            .strip_prefix('v')
            .or_else(|| digits.strip_prefix('V'))
            .unwrap_or(digits);
        let (major, minor) = digits.split_once('.').unwrap_or((digits, "0"));
        let number = |part: &str| {
            (!part.is_empty() && part.len() <= 4 && part.bytes().all(|b| b.is_ascii_digit()))
                .then(|| part.parse::<u16>().ok())
                .flatten()
        };
        match (number(major), number(minor)) {
            (Some(major), Some(minor)) if major > 0 => Ok(ApiVersion { major, minor }),
            _ => Err(refuse()),
        }
    }
}

impl Serialize for ApiVersion {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for ApiVersion {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_spellings_people_use() {
        for text in ["v25.0", "25.0", "25", "V25.0", " v25.0 "] {
            assert_eq!(text.parse::<ApiVersion>(), Ok(ApiVersion::V25), "{text}");
        }
        assert_eq!("v19.0".parse::<ApiVersion>(), Ok(ApiVersion::new(19, 0)));
    }

    #[test]
    fn refuses_what_is_not_a_version() {
        for text in ["", "v", "latest", "v25.x", "v0.0", "25.0.1", "-1", "v99999.0"] {
            let error = text.parse::<ApiVersion>().expect_err(text);
            assert!(error.to_string().contains("e.g. `v25.0`"), "{error}");
        }
    }

    #[test]
    fn orders_versions_and_defaults_to_the_newest() {
        assert!(ApiVersion::new(24, 0) < ApiVersion::V25);
        assert!(ApiVersion::new(26, 0) > ApiVersion::NEWEST);
        assert_eq!(ApiVersion::default(), ApiVersion::NEWEST);
        assert_eq!(ApiVersion::V25.to_string(), "v25.0");
        assert!(ApiVersion::KNOWN.windows(2).all(|pair| pair[0] < pair[1]));
        assert_eq!(ApiVersion::KNOWN.last(), Some(&ApiVersion::NEWEST));
    }

    #[test]
    fn round_trips_through_serde_as_a_string() {
        let json = serde_json::to_string(&ApiVersion::V24).expect("serializes");
        assert_eq!(json, "\"v24.0\"");
        assert_eq!(
            serde_json::from_str::<ApiVersion>(&json).expect("parses"),
            ApiVersion::V24
        );
        assert!(serde_json::from_str::<ApiVersion>("\"soon\"").is_err());
    }
}
