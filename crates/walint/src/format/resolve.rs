//! Overlap resolution (R5–R7): candidates in order of start; a candidate inside an accepted span
//! nests (unless that span is code), a candidate crossing one replaces it only from a higher layer.

use super::scan::Candidate;

/// Why a candidate does not render.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rejection {
    /// Inside monospace or inline code: shown verbatim (R5).
    InsideVerbatim(Candidate),
    /// Crosses an accepted span of the same or a higher layer (R6).
    Crosses(Candidate),
    /// Was accepted, then replaced by a crossing candidate of a higher layer (R6).
    ReplacedBy(Candidate),
}

/// The outcome: accepted candidates (sorted by start, outer first) and the rejected ones.
pub(crate) struct Resolved {
    pub accepted: Vec<Candidate>,
    pub rejected: Vec<(Candidate, Rejection)>,
}

pub(crate) fn resolve(mut candidates: Vec<Candidate>) -> Resolved {
    candidates.sort_by(|a, b| {
        a.start
            .cmp(&b.start)
            .then(a.layer().cmp(&b.layer()))
            .then(b.end.cmp(&a.end))
    });
    let mut accepted: Vec<(Candidate, bool)> = Vec::with_capacity(candidates.len());
    let mut rejected = Vec::new();
    // Indices into `accepted` of spans that still contain the current position. Accepted spans
    // never cross each other, so this is a chain of nested spans (depth is tiny).
    let mut open: Vec<usize> = Vec::new();
    for candidate in candidates {
        open.retain(|&i| {
            accepted
                .get(i)
                .is_some_and(|(a, alive)| *alive && a.end > candidate.start)
        });
        let mut verdict: Option<Rejection> = None;
        let mut replaced = Vec::new();
        for &i in open.iter().rev() {
            let Some((existing, _)) = accepted.get(i) else {
                continue;
            };
            if candidate.end > existing.content_end {
                if candidate.layer() < existing.layer() {
                    replaced.push(i);
                    continue;
                }
                verdict = Some(Rejection::Crosses(*existing));
                break;
            }
            if existing.is_verbatim() {
                verdict = Some(Rejection::InsideVerbatim(*existing));
                break;
            }
        }
        match verdict {
            Some(reason) => rejected.push((candidate, reason)),
            None => {
                for i in replaced {
                    if let Some(entry) = accepted.get_mut(i) {
                        entry.1 = false;
                        rejected.push((entry.0, Rejection::ReplacedBy(candidate)));
                    }
                }
                open.push(accepted.len());
                accepted.push((candidate, true));
            }
        }
    }
    Resolved {
        accepted: accepted
            .into_iter()
            .filter_map(|(c, alive)| alive.then_some(c))
            .collect(),
        rejected,
    }
}
