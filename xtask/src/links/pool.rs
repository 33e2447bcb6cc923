//! Runs a task per item on a bounded set of threads, never more than a few at once per host, so
//! that a run is fast across hosts and polite to each.

use std::collections::{HashMap, VecDeque};
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};

/// How much runs at once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Tasks at once in all (threads started).
    pub threads: usize,
    /// Tasks at once for one host.
    pub per_host: usize,
}

/// What is waiting and what is running.
struct Queue<'a, T> {
    /// Items not started yet, with their index, in order.
    waiting: VecDeque<(usize, &'a T)>,
    /// Running tasks per host.
    running: HashMap<String, usize>,
}

/// Runs `task` on every item, at most `limits.per_host` at once for the same `host_of(item)` and
/// `limits.threads` in all, and returns the results in the items' order.
///
/// ```ignore
/// let lengths = run_by_host(&urls, |url| host(url), Limits { threads: 16, per_host: 2 }, |url| url.len());
/// ```
pub fn run_by_host<T, R>(
    items: &[T],
    host_of: impl Fn(&T) -> String + Sync,
    limits: Limits,
    task: impl Fn(&T) -> R + Sync,
) -> Vec<R>
where
    T: Sync,
    R: Send,
{
    let queue = Mutex::new(Queue { waiting: items.iter().enumerate().collect(), running: HashMap::new() });
    let changed = Condvar::new();
    let per_host = limits.per_host.max(1);
    let threads = limits.threads.clamp(1, items.len().max(1));
    let worker = || {
        let mut done = Vec::new();
        while let Some((index, item, host)) = next(&queue, &changed, &host_of, per_host) {
            done.push((index, task(item)));
            if let Some(count) = lock(&queue).running.get_mut(&host) {
                *count -= 1;
            }
            changed.notify_all();
        }
        done
    };
    let mut results: Vec<(usize, R)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads).map(|_| scope.spawn(worker)).collect();
        let mut all = Vec::with_capacity(items.len());
        for handle in workers {
            match handle.join() {
                Ok(done) => all.extend(done),
                Err(payload) => std::panic::resume_unwind(payload),
            }
        }
        all
    });
    results.sort_by_key(|(index, _)| *index);
    results.into_iter().map(|(_, result)| result).collect()
}

/// The next item whose host has room, marked running; waits while every waiting item's host is
/// full; `None` once nothing is left.
fn next<'a, T>(
    queue: &Mutex<Queue<'a, T>>,
    changed: &Condvar,
    host_of: &impl Fn(&T) -> String,
    per_host: usize,
) -> Option<(usize, &'a T, String)> {
    let mut state = lock(queue);
    loop {
        if state.waiting.is_empty() {
            return None;
        }
        let room = |item: &T, state: &Queue<'a, T>| state.running.get(&host_of(item)).copied().unwrap_or(0) < per_host;
        if let Some(position) = state.waiting.iter().position(|(_, item)| room(item, &state)) {
            let (index, item) = state.waiting.remove(position)?;
            let host = host_of(item);
            *state.running.entry(host.clone()).or_default() += 1;
            return Some((index, item, host));
        }
        state = changed.wait(state).unwrap_or_else(PoisonError::into_inner);
    }
}

/// The queue, even if a task panicked while holding it (it never does: tasks run unlocked).
fn lock<'q, 'a, T>(queue: &'q Mutex<Queue<'a, T>>) -> MutexGuard<'q, Queue<'a, T>> {
    queue.lock().unwrap_or_else(PoisonError::into_inner)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::{Duration, Instant};

    #[test]
    fn gives_results_in_the_items_order() {
        let items: Vec<usize> = (0..50).collect();
        let doubled = run_by_host(&items, |i| (i % 3).to_string(), Limits { threads: 8, per_host: 2 }, |i| i * 2);
        assert_eq!(doubled, items.iter().map(|i| i * 2).collect::<Vec<_>>());
    }

    #[test]
    fn never_runs_more_than_the_limit_per_host_but_runs_hosts_side_by_side() {
        let hosts = ["a", "b", "c"];
        let items: Vec<(usize, &str)> = (0..18).map(|i| (i, hosts[i % 3])).collect();
        let running: Vec<AtomicUsize> = hosts.iter().map(|_| AtomicUsize::new(0)).collect();
        let most_per_host = AtomicUsize::new(0);
        let in_all = AtomicUsize::new(0);
        let most_in_all = AtomicUsize::new(0);
        let started = Instant::now();
        run_by_host(
            &items,
            |(_, host)| host.to_string(),
            Limits { threads: 16, per_host: 2 },
            |(i, _)| {
                let now = running[i % 3].fetch_add(1, Ordering::SeqCst) + 1;
                most_per_host.fetch_max(now, Ordering::SeqCst);
                most_in_all.fetch_max(in_all.fetch_add(1, Ordering::SeqCst) + 1, Ordering::SeqCst);
                std::thread::sleep(Duration::from_millis(30));
                in_all.fetch_sub(1, Ordering::SeqCst);
                running[i % 3].fetch_sub(1, Ordering::SeqCst);
            },
        );
        assert_eq!(most_per_host.load(Ordering::SeqCst), 2);
        assert!(most_in_all.load(Ordering::SeqCst) > 2, "hosts run side by side");
        // 6 items per host, 2 at a time, 30 ms each: about 90 ms, not 18 × 30 ms.
        assert!(started.elapsed() < Duration::from_millis(400), "{:?}", started.elapsed());
    }

    #[test]
    fn nothing_to_do_is_done_at_once() {
        let none: Vec<u8> = Vec::new();
        assert!(run_by_host(&none, |_| String::new(), Limits { threads: 16, per_host: 2 }, |_| 0).is_empty());
    }
}
