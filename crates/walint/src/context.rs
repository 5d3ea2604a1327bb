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
        self.diagnostics.push(diagnostic);
    }

    pub fn extend(&mut self, diagnostics: impl IntoIterator<Item = Diagnostic>) {
        self.diagnostics.extend(diagnostics);
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
