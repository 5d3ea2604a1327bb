//! Read-only views of a template send (`"type": "template"`): its components with their
//! lower-cased `type` and `sub_type`, button indexes, parameters and carousel cards.
//! Pointers are relative to the `template` object.

use serde_json::Value;

use crate::pointer::{self, Part};
use crate::rules::message::items;

/// A string field lower-cased (Meta's catalog example sends `"sub_type": "CATALOG"`).
pub fn lower(value: Option<&Value>) -> Option<String> {
    value.and_then(Value::as_str).map(str::to_ascii_lowercase)
}

/// A button `index` given as `0` or `"0"`; `None` when it is not a small whole number.
pub fn parse_index(value: Option<&Value>) -> Option<usize> {
    match value? {
        Value::Number(n) => n.as_u64().and_then(|n| usize::try_from(n).ok()),
        Value::String(s) if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) => s.parse().ok(),
        _ => None,
    }
}

/// One component of a send (or of a carousel card of a send).
pub struct SendComponent<'v> {
    pub pointer: String,
    /// `header`, `body`, `button`, `carousel`, `limited_time_offer` (lower-cased).
    pub kind: String,
    pub sub_type: Option<String>,
    pub index: Option<usize>,
    pub value: &'v Value,
}

impl<'v> SendComponent<'v> {
    /// The component's parameters with their pointers.
    pub fn parameters(&self) -> Vec<(String, &'v Value)> {
        items(self.value, "parameters")
            .iter()
            .enumerate()
            .map(|(i, p)| {
                (
                    pointer::join(&self.pointer, [Part::from("parameters"), Part::from(i)]),
                    p,
                )
            })
            .collect()
    }

    /// Pointer of the `parameters` list (or of the component when it has none).
    pub fn parameters_pointer(&self) -> String {
        if self.value.get("parameters").is_some() {
            pointer::join(&self.pointer, [Part::from("parameters")])
        } else {
            self.pointer.clone()
        }
    }
}

/// The components listed under `holder.components`, pointers under `base`.
pub fn components_of<'v>(holder: &'v Value, base: &str) -> Vec<SendComponent<'v>> {
    items(holder, "components")
        .iter()
        .enumerate()
        .map(|(i, value)| SendComponent {
            pointer: pointer::join(base, [Part::from("components"), Part::from(i)]),
            kind: lower(value.get("type")).unwrap_or_default(),
            sub_type: lower(value.get("sub_type")),
            index: parse_index(value.get("index")),
            value,
        })
        .collect()
}

/// The cards of the send's carousel component: `(card pointer, card_index, card)`.
pub fn cards<'v>(components: &[SendComponent<'v>]) -> Vec<(String, Option<usize>, &'v Value)> {
    let Some(carousel) = components.iter().find(|c| c.kind == "carousel") else {
        return Vec::new();
    };
    items(carousel.value, "cards")
        .iter()
        .enumerate()
        .map(|(i, card)| {
            (
                pointer::join(&carousel.pointer, [Part::from("cards"), Part::from(i)]),
                parse_index(card.get("card_index")),
                card,
            )
        })
        .collect()
}

/// Every list of components of the send: the top level, then each carousel card's.
pub fn all_component_lists(template: &Value) -> Vec<Vec<SendComponent<'_>>> {
    let top = components_of(template, "");
    let mut lists: Vec<Vec<SendComponent<'_>>> = cards(&top)
        .into_iter()
        .map(|(pointer, _, card)| components_of(card, &pointer))
        .collect();
    lists.insert(0, top);
    lists
}

/// The text a parameter contributes to the rendered message: `text`, or the
/// `fallback_value` of a currency or date_time (Cloud API always renders the fallback).
pub fn rendered_value(parameter: &Value) -> Option<&str> {
    match parameter.get("type").and_then(Value::as_str)? {
        "text" => parameter.get("text")?.as_str(),
        "currency" => parameter.pointer("/currency/fallback_value")?.as_str(),
        "date_time" => parameter.pointer("/date_time/fallback_value")?.as_str(),
        _ => None,
    }
}
