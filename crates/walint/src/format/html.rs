//! Safe HTML preview. Output uses a fixed set of elements (`div`, `br`, `strong`, `em`, `s`,
//! `code`, `ul`, `ol`, `li`, `span`, `blockquote`) whose only attribute is a fixed `class`;
//! every input character goes through [`escape`], so no input can inject markup.

use super::parse::Analysis;
use super::render::{walk, Sink};
use super::{BlockKind, Style};

/// Renders `text` as an HTML fragment the way WhatsApp would show it.
///
/// Plain lines are grouped in `<div class="wa-text">` joined by `<br>`; bullets become
/// `<ul><li>`, numbered items `<ol><li><span class="wa-number">N.</span> …` (the number as
/// typed), quotes `<blockquote>`; bold `<strong>`, italic `<em>`, strike `<s>`, inline code
/// `<code>`, monospace `<code class="wa-mono">`.
pub fn to_html(text: &str) -> String {
    let analysis = Analysis::new(text);
    let mut sink = Html {
        out: String::with_capacity(text.len() * 2),
        container: None,
        lines_in_container: 0,
    };
    walk(&analysis, &mut sink);
    sink.close_container();
    sink.out
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Container {
    Plain,
    Block(BlockKind),
}

struct Html {
    out: String,
    container: Option<Container>,
    lines_in_container: usize,
}

impl Html {
    fn close_container(&mut self) {
        let closing = match self.container {
            Some(Container::Plain) => "</div>",
            Some(Container::Block(BlockKind::Bullet)) => "</ul>",
            Some(Container::Block(BlockKind::Numbered)) => "</ol>",
            Some(Container::Block(BlockKind::Quote)) => "</blockquote>",
            None => "",
        };
        self.out.push_str(closing);
        self.container = None;
    }
}

impl Sink for Html {
    fn start_line(&mut self, block: Option<(BlockKind, &str)>) {
        let wanted = block.map_or(Container::Plain, |(kind, _)| Container::Block(kind));
        if self.container != Some(wanted) {
            self.close_container();
            self.out.push_str(match wanted {
                Container::Plain => "<div class=\"wa-text\">",
                Container::Block(BlockKind::Bullet) => "<ul>",
                Container::Block(BlockKind::Numbered) => "<ol>",
                Container::Block(BlockKind::Quote) => "<blockquote>",
            });
            self.container = Some(wanted);
            self.lines_in_container = 0;
        }
        match block {
            Some((BlockKind::Bullet, _)) => self.out.push_str("<li>"),
            Some((BlockKind::Numbered, number)) => {
                self.out.push_str("<li><span class=\"wa-number\">");
                escape(number, &mut self.out);
                self.out.push_str(".</span> ");
            }
            Some((BlockKind::Quote, _)) | None => {
                if self.lines_in_container > 0 {
                    self.out.push_str("<br>");
                }
            }
        }
        self.lines_in_container += 1;
    }

    fn end_line(&mut self) {
        if matches!(
            self.container,
            Some(Container::Block(BlockKind::Bullet | BlockKind::Numbered))
        ) {
            self.out.push_str("</li>");
        }
    }

    fn text(&mut self, text: &str) {
        escape(text, &mut self.out);
    }

    fn open(&mut self, style: Style) {
        self.out.push_str(match style {
            Style::Bold => "<strong>",
            Style::Italic => "<em>",
            Style::Strike => "<s>",
            Style::Code => "<code>",
            Style::Mono => "<code class=\"wa-mono\">",
        });
    }

    fn close(&mut self, style: Style) {
        self.out.push_str(match style {
            Style::Bold => "</strong>",
            Style::Italic => "</em>",
            Style::Strike => "</s>",
            Style::Code | Style::Mono => "</code>",
        });
    }
}

/// Escapes every character with meaning in HTML text or attributes; NUL becomes U+FFFD.
fn escape(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\0' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
}
