//! A walk over the parsed text with markers hidden, shared by the HTML and ANSI renderers.

use super::parse::Analysis;
use super::{BlockKind, Style};

/// Receives the rendered text piece by piece. Newlines never reach `text`: every line is
/// framed by `start_line` / `end_line` (a monospace span may stay open across lines).
pub(crate) trait Sink {
    /// `block` carries the kind and, for numbered items, the number as typed.
    fn start_line(&mut self, block: Option<(BlockKind, &str)>);
    fn end_line(&mut self);
    fn text(&mut self, text: &str);
    fn open(&mut self, style: Style);
    fn close(&mut self, style: Style);
}

enum Event {
    Open(Style),
    Close(Style),
}

pub(crate) fn walk(analysis: &Analysis, sink: &mut impl Sink) {
    let text = &analysis.text;
    // (position, event, first position after the hidden marker)
    let mut events: Vec<(usize, Event, usize)> = Vec::new();
    for (style, c) in analysis.inline() {
        events.push((c.start, Event::Open(style), c.content_start));
        events.push((c.content_end, Event::Close(style), c.end));
    }
    events.sort_by_key(|(at, _, _)| *at);
    let mut events = events.into_iter().peekable();
    let mut blocks = analysis.blocks().peekable();
    let mut run = String::new();
    let mut i = 0;
    let mut line_start = true;
    while i <= text.len() {
        if line_start {
            line_start = false;
            match blocks.next_if(|(_, b)| b.start == i) {
                Some((kind, b)) => {
                    let number = text.slice(b.start, b.content_start.saturating_sub(2));
                    sink.start_line(Some((kind, &number)));
                    i = b.content_start;
                    continue;
                }
                None => sink.start_line(None),
            }
        }
        if let Some((_, event, skip_to)) = events.next_if(|(at, _, _)| *at <= i) {
            flush(&mut run, sink);
            match event {
                Event::Open(style) => sink.open(style),
                Event::Close(style) => sink.close(style),
            }
            i = skip_to.max(i);
            continue;
        }
        match text.at(i) {
            Some('\n') => {
                flush(&mut run, sink);
                sink.end_line();
                line_start = true;
            }
            Some(c) => run.push(c),
            None => {
                flush(&mut run, sink);
                sink.end_line();
            }
        }
        i += 1;
    }
}

fn flush(run: &mut String, sink: &mut impl Sink) {
    if !run.is_empty() {
        sink.text(run);
        run.clear();
    }
}
