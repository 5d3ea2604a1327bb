//! Read-only views of a template definition that the rules share: components by type, the
//! texts that may hold variables, buttons, and their `example` values. Types are compared
//! upper-cased: Meta accepts `"HEADER"` and `"header"` alike (rules.md tcreate.component.type-case).

use serde_json::Value;

use crate::pointer::{self, Part};
use crate::rules::message::items;

/// A string field upper-cased, for case-insensitive comparisons of Meta's vocabularies.
pub fn upper(value: Option<&Value>) -> Option<String> {
    value.and_then(Value::as_str).map(str::to_ascii_uppercase)
}

/// The template's `category`, upper-cased.
pub fn category(template: &Value) -> Option<String> {
    upper(template.get("category"))
}

/// One component of a template (or of a carousel card), with its upper-cased `type`.
pub struct Component<'v> {
    pub pointer: String,
    pub kind: String,
    pub value: &'v Value,
}

/// The components listed at `base` + `/components` of `holder`.
pub fn components_of<'v>(holder: &'v Value, base: &str) -> Vec<Component<'v>> {
    items(holder, "components")
        .iter()
        .enumerate()
        .map(|(index, value)| Component {
            pointer: pointer::join(base, [Part::from("components"), Part::from(index)]),
            kind: upper(value.get("type")).unwrap_or_default(),
            value,
        })
        .collect()
}

/// The template's top-level components.
pub fn components(template: &Value) -> Vec<Component<'_>> {
    components_of(template, "")
}

/// The first top-level component of upper-cased type `kind`.
pub fn find<'v>(template: &'v Value, kind: &str) -> Option<Component<'v>> {
    components(template).into_iter().find(|c| c.kind == kind)
}

/// One button with its position in the BUTTONS component (what a send's `index` refers to).
pub struct Button<'v> {
    pub pointer: String,
    pub index: usize,
    pub kind: String,
    pub value: &'v Value,
}

/// The buttons of the first BUTTONS component among `components`.
pub fn buttons_in<'v>(components: &[Component<'v>]) -> Vec<Button<'v>> {
    let Some(holder) = components.iter().find(|c| c.kind == "BUTTONS") else {
        return Vec::new();
    };
    items(holder.value, "buttons")
        .iter()
        .enumerate()
        .map(|(index, value)| Button {
            pointer: pointer::join(&holder.pointer, [Part::from("buttons"), Part::from(index)]),
            index,
            kind: upper(value.get("type")).unwrap_or_default(),
            value,
        })
        .collect()
}

/// The template's top-level buttons.
pub fn buttons(template: &Value) -> Vec<Button<'_>> {
    buttons_in(&components(template))
}

/// The carousel cards of the template: `(pointer of the card, card)`.
pub fn cards(template: &Value) -> Vec<(String, &Value)> {
    let Some(carousel) = find(template, "CAROUSEL") else {
        return Vec::new();
    };
    items(carousel.value, "cards")
        .iter()
        .enumerate()
        .map(|(index, card)| {
            (
                pointer::join(&carousel.pointer, [Part::from("cards"), Part::from(index)]),
                card,
            )
        })
        .collect()
}

/// Where a text sits, which decides its variable rules and its example field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Header,
    Body,
    Footer,
    /// The `url` of a URL button.
    Url,
    /// The body of a carousel card.
    CardBody,
}

impl Role {
    pub fn label(self) -> &'static str {
        match self {
            Role::Header => "header",
            Role::Body => "body",
            Role::Footer => "footer",
            Role::Url => "URL button",
            Role::CardBody => "card body",
        }
    }
}

/// A string of the template that may hold variables.
pub struct TextField<'v> {
    /// Pointer of the string itself.
    pub pointer: String,
    pub role: Role,
    pub text: &'v str,
    /// The component (or button) holding the text: where its `example` lives.
    pub holder: &'v Value,
    pub holder_pointer: String,
}

fn text_of<'v>(holder: &'v Value, holder_pointer: &str, key: &str, role: Role) -> Option<TextField<'v>> {
    let text = holder.get(key)?.as_str()?;
    Some(TextField {
        pointer: pointer::join(holder_pointer, [Part::from(key)]),
        role,
        text,
        holder,
        holder_pointer: holder_pointer.to_owned(),
    })
}

fn texts_of<'v>(components: &[Component<'v>], card: bool, out: &mut Vec<TextField<'v>>) {
    for component in components {
        let role = match (component.kind.as_str(), card) {
            ("HEADER", _) => Role::Header,
            ("BODY", false) => Role::Body,
            ("BODY", true) => Role::CardBody,
            ("FOOTER", _) => Role::Footer,
            _ => continue,
        };
        out.extend(text_of(component.value, &component.pointer, "text", role));
    }
    for button in buttons_in(components) {
        if button.kind == "URL" {
            out.extend(text_of(button.value, &button.pointer, "url", Role::Url));
        }
    }
}

/// Every text of the template that may hold variables, carousel cards included.
pub fn texts(template: &Value) -> Vec<TextField<'_>> {
    let mut out = Vec::new();
    texts_of(&components(template), false, &mut out);
    for (pointer, card) in cards(template) {
        texts_of(&components_of(card, &pointer), true, &mut out);
    }
    out
}

/// The example values given for a text, in the form they were given.
pub enum Examples<'v> {
    /// Positional samples (`header_text`, `body_text[0]`, a URL button's `example`), with the
    /// pointer of the list holding them.
    Positional(String, Vec<&'v Value>),
    /// `*_named_params` entries, with the pointer of the list.
    Named(String, &'v [Value]),
    /// A body's `body_text` given flat (`["a", "b"]`) instead of as a list of one list.
    Flat(String, Vec<&'v Value>),
    None,
}

/// The examples of `field`: named ones when present, else positional ones.
pub fn examples<'v>(field: &TextField<'v>) -> Examples<'v> {
    let at = |parts: &[&str]| pointer::join(&field.holder_pointer, parts.iter().map(|p| Part::from(*p)));
    let example = field.holder.get("example");
    let (positional, named) = match field.role {
        Role::Header => ("header_text", "header_text_named_params"),
        Role::Body | Role::CardBody => ("body_text", "body_text_named_params"),
        Role::Url => {
            return match example {
                Some(Value::Array(list)) => Examples::Positional(at(&["example"]), list.iter().collect()),
                Some(value @ Value::String(_)) => Examples::Positional(at(&["example"]), vec![value]),
                _ => Examples::None,
            };
        }
        Role::Footer => return Examples::None,
    };
    let Some(example) = example else {
        return Examples::None;
    };
    if let Some(list) = example.get(named).and_then(Value::as_array) {
        return Examples::Named(at(&["example", named]), list);
    }
    match example.get(positional) {
        // body_text is a list holding one list of samples: [["a", "b"]].
        Some(Value::Array(outer)) if field.role != Role::Header => match outer.first() {
            Some(Value::Array(inner)) => {
                Examples::Positional(at(&["example", positional, "0"]), inner.iter().collect())
            }
            // A carousel card body with one variable may give ["a"] (rules.md tcreate.example.body_text-shape).
            Some(Value::String(_)) if field.role == Role::CardBody => {
                Examples::Positional(at(&["example", positional]), outer.iter().collect())
            }
            Some(Value::String(_)) => Examples::Flat(at(&["example", positional]), outer.iter().collect()),
            _ => Examples::None,
        },
        Some(Value::Array(list)) => Examples::Positional(at(&["example", positional]), list.iter().collect()),
        _ => Examples::None,
    }
}

/// Whether the value is a documentation placeholder (`<TEMPLATE_NAME>`): value checks skip it,
/// it is reported once as G001.
pub fn is_placeholder(value: Option<&Value>) -> bool {
    value
        .and_then(Value::as_str)
        .is_some_and(crate::rules::general::is_placeholder)
}
