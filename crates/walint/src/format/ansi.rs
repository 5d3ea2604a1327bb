//! Terminal preview with ANSI SGR styles. Control characters from the input are replaced by
//! U+FFFD so the text cannot drive the terminal.

use super::parse::Analysis;
use super::render::{walk, Sink};
use super::{BlockKind, Style};

const RESET: &str = "\x1b[0m";

/// Renders `text` for a terminal: markers removed, bold/italic/strike as SGR 1/3/9, code and
/// monospace in cyan (SGR 36), bullets as `• `, numbered items as typed, quotes as `│ `.
pub fn to_ansi(text: &str) -> String {
    let analysis = Analysis::new(text);
    let mut sink = Ansi {
        out: String::with_capacity(text.len() + 16),
        active: Vec::new(),
        first_line: true,
    };
    walk(&analysis, &mut sink);
    sink.out
}

struct Ansi {
    out: String,
    active: Vec<Style>,
    first_line: bool,
}

fn sgr(style: Style) -> &'static str {
    match style {
        Style::Bold => "\x1b[1m",
        Style::Italic => "\x1b[3m",
        Style::Strike => "\x1b[9m",
        Style::Code | Style::Mono => "\x1b[36m",
    }
}

impl Ansi {
    fn reapply(&mut self) {
        for style in &self.active {
            self.out.push_str(sgr(*style));
        }
    }
}

impl Sink for Ansi {
    fn start_line(&mut self, block: Option<(BlockKind, &str)>) {
        if !self.first_line {
            self.out.push('\n');
        }
        self.first_line = false;
        match block {
            Some((BlockKind::Bullet, _)) => self.out.push_str("• "),
            Some((BlockKind::Numbered, number)) => {
                self.out.push_str(number);
                self.out.push_str(". ");
            }
            Some((BlockKind::Quote, _)) => self.out.push_str("│ "),
            None => {}
        }
        self.reapply();
    }

    fn end_line(&mut self) {
        if !self.active.is_empty() {
            self.out.push_str(RESET);
        }
    }

    fn text(&mut self, text: &str) {
        for c in text.chars() {
            match c {
                '\t' => self.out.push('\t'),
                c if c.is_control() => self.out.push('\u{FFFD}'),
                c => self.out.push(c),
            }
        }
    }

    fn open(&mut self, style: Style) {
        self.active.push(style);
        self.out.push_str(sgr(style));
    }

    fn close(&mut self, style: Style) {
        if let Some(at) = self.active.iter().rposition(|s| *s == style) {
            self.active.remove(at);
        }
        self.out.push_str(RESET);
        self.reapply();
    }
}
