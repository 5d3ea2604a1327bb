//! Read-only views of a template send (`"type": "template"`): its components with their
//! lower-cased `type` and `sub_type`, button indexes, parameters and carousel cards.
//! [`SendView`] computes them once per send for every rule. Pointers are relative to the
//! `template` object, kept as [`Path`]s and rendered only when a rule reports.

use std::borrow::Cow;

use crate::pointer::Path;
use crate::rules::message::items;
use crate::rules::value_at;
use crate::value::Value;

/// A string field lower-cased (Meta's catalog example sends `"sub_type": "CATALOG"`).
pub fn lower(value: Option<&Value>) -> Option<String> {
    value.and_then(Value::as_str).map(str::to_ascii_lowercase)
}

/// A string field lower-cased, borrowed when it already is (the common spelling): no
/// allocation on the common path.
fn lowered<'v>(value: Option<&'v Value<'v>>) -> Option<Cow<'v, str>> {
    let text = value?.as_str()?;
    Some(if text.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(text.to_ascii_lowercase())
    } else {
        Cow::Borrowed(text)
    })
}

/// A parameter's `type`, lower-cased: Meta answers 200 to `"TEXT"` as to `"text"`.
pub fn parameter_type<'v>(parameter: &'v Value<'v>) -> Option<Cow<'v, str>> {
    lowered(parameter.get("type"))
}

/// The text of a `text` parameter (`None` for a parameter of another type, or without text).
pub fn text_of<'v>(parameter: &'v Value<'v>) -> Option<&'v str> {
    if parameter_type(parameter).as_deref() != Some("text") {
        return None;
    }
    parameter.get("text").and_then(Value::as_str)
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
    pub pointer: Path<'v>,
    /// `header`, `body`, `button`, `carousel`, `limited_time_offer` (lower-cased).
    pub kind: Cow<'v, str>,
    pub sub_type: Option<Cow<'v, str>>,
    pub index: Option<usize>,
    pub value: &'v Value<'v>,
}

impl<'v> SendComponent<'v> {
    /// The component's parameters with their pointers.
    pub fn parameters(&self) -> Vec<(Path<'v>, &'v Value<'v>)> {
        items(self.value, "parameters")
            .iter()
            .enumerate()
            .map(|(i, p)| (self.pointer.key("parameters").index(i), p))
            .collect()
    }

    /// Pointer of the `parameters` list (or of the component when it has none).
    pub fn parameters_pointer(&self) -> Path<'v> {
        if self.value.get("parameters").is_some() {
            self.pointer.key("parameters")
        } else {
            self.pointer
        }
    }
}

/// The components listed under `holder.components`, pointers under `base`.
pub fn components_of<'v>(holder: &'v Value, base: Path<'v>) -> Vec<SendComponent<'v>> {
    items(holder, "components")
        .iter()
        .enumerate()
        .map(|(i, value)| SendComponent {
            pointer: base.key("components").index(i),
            kind: lowered(value.get("type")).unwrap_or_default(),
            sub_type: lowered(value.get("sub_type")),
            index: parse_index(value.get("index")),
            value,
        })
        .collect()
}

/// The cards of the send's carousel component: `(card pointer, card_index, card)`.
pub fn cards<'v>(components: &[SendComponent<'v>]) -> Vec<(Path<'v>, Option<usize>, &'v Value<'v>)> {
    let Some(carousel) = components.iter().find(|c| c.kind == "carousel") else {
        return Vec::new();
    };
    items(carousel.value, "cards")
        .iter()
        .enumerate()
        .map(|(i, card)| {
            (
                carousel.pointer.key("cards").index(i),
                parse_index(card.get("card_index")),
                card,
            )
        })
        .collect()
}

/// What the send rules read, computed once per send.
pub struct SendView<'v> {
    /// The send's `template` object.
    pub template: &'v Value<'v>,
    /// Every list of components: the top level first, then each carousel card's.
    pub lists: Vec<Vec<SendComponent<'v>>>,
}

impl<'v> SendView<'v> {
    pub fn new(template: &'v Value) -> Self {
        SendView {
            template,
            lists: all_component_lists(template),
        }
    }

    /// The top-level components.
    pub fn components(&self) -> &[SendComponent<'v>] {
        self.lists.first().map_or(&[], Vec::as_slice)
    }
}

/// Every list of components of the send: the top level, then each carousel card's.
pub fn all_component_lists<'v>(template: &'v Value<'v>) -> Vec<Vec<SendComponent<'v>>> {
    let top = components_of(template, Path::ROOT);
    let mut lists: Vec<Vec<SendComponent<'_>>> = cards(&top)
        .into_iter()
        .map(|(pointer, _, card)| components_of(card, pointer))
        .collect();
    lists.insert(0, top);
    lists
}

/// The text a parameter contributes to the rendered message: `text`, or the
/// `fallback_value` of a currency or date_time (Cloud API always renders the fallback).
pub fn rendered_value<'v>(parameter: &'v Value<'v>) -> Option<&'v str> {
    match parameter_type(parameter)?.as_ref() {
        "text" => parameter.get("text")?.as_str(),
        "currency" => value_at(parameter, &["currency", "fallback_value"])?.as_str(),
        "date_time" => value_at(parameter, &["date_time", "fallback_value"])?.as_str(),
        _ => None,
    }
}
