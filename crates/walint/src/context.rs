//! What a rule sees while it runs, and where it reports.

use crate::diagnostic::{Diagnostic, Severity};
use crate::options::Options;

pub struct Ctx<'a> {
    pub options: &'a Options,
    diagnostics: Vec<Diagnostic>,
}

impl<'a> Ctx<'a> {
    pub fn new(options: &'a Options) -> Self {
        Ctx {
            options,
            diagnostics: Vec::new(),
        }
    }

    pub fn report(&mut self, diagnostic: Diagnostic) {
        // Room for one first: most documents have one finding or none, and a `Vec`'s first
        // growth (four diagnostics, 1.4 KB) takes the allocator's slow path for large blocks.
        if self.diagnostics.capacity() == 0 {
            self.diagnostics.reserve_exact(1);
        }
        self.diagnostics.push(diagnostic);
    }

    pub fn extend(&mut self, diagnostics: impl IntoIterator<Item = Diagnostic>) {
        self.diagnostics.extend(diagnostics);
    }

    /// Moves `diagnostics` in: taken as they are (no copy, no allocation) while this context
    /// holds none yet, the usual case.
    pub fn append(&mut self, mut diagnostics: Vec<Diagnostic>) {
        if self.diagnostics.is_empty() {
            self.diagnostics = diagnostics;
        } else {
            self.diagnostics.append(&mut diagnostics);
        }
    }

    /// Keeps only the findings `keep` accepts. Lets a rule replace a structural finding
    /// with a more precise one of its own (`rules::message::supersede`).
    pub fn retain(&mut self, keep: impl FnMut(&Diagnostic) -> bool) {
        self.diagnostics.retain(keep);
    }

    /// Severity for a limit where Meta's sources disagree: a warning by default, an error
    /// in strict mode.
    pub fn contested(&self) -> Severity {
        if self.options.strict {
            Severity::Error
        } else {
            Severity::Warning
        }
    }

    pub fn into_diagnostics(self) -> Vec<Diagnostic> {
        self.diagnostics
    }
}
