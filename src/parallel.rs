//! Work on every core, results in order: `walint lint` reads, lints and renders files with it.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// How many threads [`in_parallel`] runs on: the cores this process may use.
pub fn threads() -> usize {
    std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
}

/// A slot's content; a poisoned lock only means another worker panicked (the scope re-raises
/// that panic).
fn lock<T>(slot: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    slot.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// `work` applied to every job on every core; the results keep the order of the jobs, so the
/// output is the same whatever the number of threads.
pub fn in_parallel<J: Send, R: Send>(jobs: Vec<J>, work: impl Fn(J) -> R + Sync) -> Vec<R> {
    let threads = threads().min(jobs.len());
    if threads <= 1 {
        return jobs.into_iter().map(work).collect();
    }
    let next = AtomicUsize::new(0);
    let jobs: Vec<Mutex<Option<J>>> = jobs.into_iter().map(|job| Mutex::new(Some(job))).collect();
    let results: Vec<Mutex<Option<R>>> = jobs.iter().map(|_| Mutex::new(None)).collect();
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| loop {
                let index = next.fetch_add(1, Ordering::Relaxed);
                let (Some(job), Some(result)) = (jobs.get(index), results.get(index)) else {
                    break;
                };
                if let Some(job) = lock(job).take() {
                    *lock(result) = Some(work(job));
                }
            });
        }
    });
    // Every job ran once: each index was taken by exactly one worker.
    results
        .into_iter()
        .filter_map(|slot| {
            slot.into_inner()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
        })
        .collect()
}
