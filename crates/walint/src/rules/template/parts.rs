//! Read-only views of a template definition that the rules share: components by type, the
//! texts that may hold variables (with their variables scanned), buttons, and their `example`
//! values. [`TemplateView`] computes them once per template for every rule. Types are compared
//! upper-cased: Meta accepts `"HEADER"` and `"header"` alike (rules.md tcreate.component.type-case).
//! Pointers are [`Path`]s, rendered only when a rule reports.

use std::borrow::Cow;

use crate::rules::texts::Text;
use crate::value::Value;

use crate::placeholder::{scan, Scan};
use crate::pointer::Path;
use crate::rules::message::items;

/// A string field upper-cased, for case-insensitive comparisons of Meta's vocabularies.
pub fn upper(value: Option<&Value>) -> Option<String> {
    value.and_then(Value::as_str).map(str::to_ascii_uppercase)
}

/// A `type` upper-cased, borrowed when it already is (Meta's own spelling): no allocation
/// on the common path.
fn kind_of<'v>(value: &'v Value<'v>) -> Cow<'v, str> {
    match value.get("type").and_then(Value::as_str) {
        Some(kind) if !kind.bytes().any(|b| b.is_ascii_lowercase()) => Cow::Borrowed(kind),
        Some(kind) => Cow::Owned(kind.to_ascii_uppercase()),
        None => Cow::Borrowed(""),
    }
}

/// The template's `category`, upper-cased.
pub fn category(template: &Value) -> Option<String> {
    upper(template.get("category"))
}

/// The template definitions of a document with their pointers: the document itself, or
/// each entry of a `GET /message_templates` response's `data` list.
pub fn definitions_in<'v>(value: &'v Value<'v>) -> Vec<(String, &'v Value<'v>)> {
    match value.get("data").and_then(Value::as_array) {
        Some(data) if value.get("components").is_none() => data
            .iter()
            .enumerate()
            .map(|(index, template)| (format!("/data/{index}"), template))
            .collect(),
        _ => vec![(String::new(), value)],
    }
}

/// What the template rules read, computed once per template definition.
pub struct TemplateView<'v> {
    /// The template object itself.
    pub template: &'v Value<'v>,
    /// `category`, upper-cased.
    pub category: Option<String>,
    /// The top-level components.
    pub components: Vec<Component<'v>>,
    /// The buttons of the first top-level BUTTONS component.
    pub buttons: Vec<Button<'v>>,
    /// The cards of the first CAROUSEL component.
    pub cards: Vec<Card<'v>>,
    /// Every text that may hold variables, carousel cards included.
    pub texts: Vec<TextField<'v>>,
    /// Every text WhatsApp shows ([`crate::rules::texts::template_texts`]), found once for
    /// the formatting, template and content rules.
    pub shown: &'v [Text<'v>],
}

impl<'v> TemplateView<'v> {
    #[cfg_attr(walint_speed, optimize(speed))]
    pub fn new(template: &'v Value, shown: &'v [Text<'v>]) -> Self {
        let components = components(template);
        let buttons = buttons_in(&components);
        let cards: Vec<Card<'v>> = cards_in(&components)
            .into_iter()
            .map(|(pointer, value)| {
                let components = components_of(value, pointer);
                let buttons = buttons_in(&components);
                Card {
                    pointer,
                    value,
                    components,
                    buttons,
                }
            })
            .collect();
        let mut texts = Vec::new();
        texts_of(&components, &buttons, false, &mut texts);
        for card in &cards {
            texts_of(&card.components, &card.buttons, true, &mut texts);
        }
        TemplateView {
            template,
            category: category(template),
            components,
            buttons,
            cards,
            texts,
            shown,
        }
    }

    /// Whether the template is of `category` (upper-cased comparison).
    pub fn is_category(&self, category: &str) -> bool {
        self.category.as_deref() == Some(category)
    }

    /// The first top-level component of upper-cased type `kind`.
    pub fn find(&self, kind: &str) -> Option<&Component<'v>> {
        self.components.iter().find(|c| c.kind == kind)
    }

    /// Whether the template's `components` is a list.
    pub fn has_component_list(&self) -> bool {
        self.template.get("components").is_some_and(Value::is_array)
    }
}

/// One component of a template (or of a carousel card), with its upper-cased `type`.
pub struct Component<'v> {
    pub pointer: Path<'v>,
    pub kind: Cow<'v, str>,
    pub value: &'v Value<'v>,
}

/// The components listed at `base` + `/components` of `holder`.
pub fn components_of<'v>(holder: &'v Value, base: Path<'v>) -> Vec<Component<'v>> {
    items(holder, "components")
        .iter()
        .enumerate()
        .map(|(index, value)| Component {
            pointer: base.key("components").index(index),
            kind: kind_of(value),
            value,
        })
        .collect()
}

/// The template's top-level components.
pub fn components<'v>(template: &'v Value<'v>) -> Vec<Component<'v>> {
    components_of(template, Path::ROOT)
}

/// The first top-level component of upper-cased type `kind`.
pub fn find<'v>(template: &'v Value, kind: &str) -> Option<Component<'v>> {
    components(template).into_iter().find(|c| c.kind == kind)
}

/// One button with its position in the BUTTONS component (what a send's `index` refers to).
pub struct Button<'v> {
    pub pointer: Path<'v>,
    pub index: usize,
    pub kind: Cow<'v, str>,
    pub value: &'v Value<'v>,
}

impl Button<'_> {
    /// Whether this is an OTP button as `GET /message_templates` returns it: type `URL`, its
    /// `url` on WhatsApp's one-time-password page.
    pub fn is_returned_otp(&self) -> bool {
        self.kind == "URL"
            && self
                .value
                .get("url")
                .and_then(Value::as_str)
                .is_some_and(|url| url.starts_with("https://www.whatsapp.com/otp/code/"))
    }
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
            pointer: holder.pointer.key("buttons").index(index),
            index,
            kind: kind_of(value),
            value,
        })
        .collect()
}

/// One carousel card with its components and buttons.
pub struct Card<'v> {
    pub pointer: Path<'v>,
    pub value: &'v Value<'v>,
    pub components: Vec<Component<'v>>,
    pub buttons: Vec<Button<'v>>,
}

/// The cards of the first CAROUSEL component among `components`: `(pointer, card)`.
fn cards_in<'v>(components: &[Component<'v>]) -> Vec<(Path<'v>, &'v Value<'v>)> {
    let Some(carousel) = components.iter().find(|c| c.kind == "CAROUSEL") else {
        return Vec::new();
    };
    items(carousel.value, "cards")
        .iter()
        .enumerate()
        .map(|(index, card)| (carousel.pointer.key("cards").index(index), card))
        .collect()
}

/// The carousel cards of the template: `(pointer of the card, card)`.
pub fn cards<'v>(template: &'v Value<'v>) -> Vec<(Path<'v>, &'v Value<'v>)> {
    cards_in(&components(template))
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
    pub pointer: Path<'v>,
    pub role: Role,
    pub text: &'v str,
    /// The component (or button) holding the text: where its `example` lives.
    pub holder: &'v Value<'v>,
    pub holder_pointer: Path<'v>,
    /// The variables and malformed placeholders of `text`.
    pub scan: Scan,
    /// The example values given for the text.
    pub examples: Examples<'v>,
}

#[cfg_attr(walint_speed, optimize(speed))]
fn text_of<'v>(
    holder: &'v Value,
    holder_pointer: Path<'v>,
    key: &'v str,
    role: Role,
) -> Option<TextField<'v>> {
    let text = holder.get(key)?.as_str()?;
    Some(TextField {
        pointer: holder_pointer.key(key),
        role,
        text,
        holder,
        holder_pointer,
        scan: scan(text),
        examples: examples(holder, holder_pointer, role),
    })
}

#[cfg_attr(walint_speed, optimize(speed))]
fn texts_of<'v>(
    components: &[Component<'v>],
    buttons: &[Button<'v>],
    card: bool,
    out: &mut Vec<TextField<'v>>,
) {
    for component in components {
        let role = match (&*component.kind, card) {
            ("HEADER", _) => Role::Header,
            ("BODY", false) => Role::Body,
            ("BODY", true) => Role::CardBody,
            ("FOOTER", _) => Role::Footer,
            _ => continue,
        };
        out.extend(text_of(component.value, component.pointer, "text", role));
    }
    for button in buttons {
        if button.kind == "URL" {
            out.extend(text_of(button.value, button.pointer, "url", Role::Url));
        }
    }
}

/// The example values given for a text, in the form they were given.
pub enum Examples<'v> {
    /// Positional samples (`header_text`, `body_text[0]`, a URL button's `example`), with the
    /// pointer of the list holding them.
    Positional(Path<'v>, Vec<&'v Value<'v>>),
    /// `*_named_params` entries, with the pointer of the list.
    Named(Path<'v>, &'v [Value<'v>]),
    /// A body's `body_text` given flat (`["a", "b"]`) instead of as a list of one list.
    Flat(Path<'v>, Vec<&'v Value<'v>>),
    /// A body's `body_text` given as one string (`"a"`), with its pointer.
    Plain(Path<'v>, &'v Value<'v>),
    None,
}

/// The examples of a text of `role` held by `holder`: named ones when present, else
/// positional ones.
#[cfg_attr(walint_speed, optimize(speed))]
fn examples<'v>(holder: &'v Value, holder_pointer: Path<'v>, role: Role) -> Examples<'v> {
    let at = holder_pointer.key("example");
    let example = holder.get("example");
    let (positional, named) = match role {
        Role::Header => ("header_text", "header_text_named_params"),
        Role::Body | Role::CardBody => ("body_text", "body_text_named_params"),
        Role::Url => {
            return match example {
                Some(Value::Array(list)) => Examples::Positional(at, list.iter().collect()),
                Some(value @ Value::String(_)) => Examples::Positional(at, vec![value]),
                _ => Examples::None,
            };
        }
        Role::Footer => return Examples::None,
    };
    let Some(example) = example else {
        return Examples::None;
    };
    if let Some(list) = example.get(named).and_then(Value::as_array) {
        return Examples::Named(at.key(named), list);
    }
    match example.get(positional) {
        // body_text is a list holding one list of samples: [["a", "b"]].
        Some(Value::Array(outer)) if role != Role::Header => match outer.first() {
            Some(Value::Array(inner)) => {
                Examples::Positional(at.key(positional).index(0), inner.iter().collect())
            }
            // A carousel card body with one variable may give ["a"] (rules.md tcreate.example.body_text-shape).
            Some(Value::String(_)) if role == Role::CardBody => {
                Examples::Positional(at.key(positional), outer.iter().collect())
            }
            Some(Value::String(_)) => Examples::Flat(at.key(positional), outer.iter().collect()),
            _ => Examples::None,
        },
        Some(Value::Array(list)) => Examples::Positional(at.key(positional), list.iter().collect()),
        Some(sample @ Value::String(_)) if role != Role::Header => {
            Examples::Plain(at.key(positional), sample)
        }
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
