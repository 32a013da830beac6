//! Small helpers shared by the stages.

use std::cmp::Ordering;

/// A stable sort whose comparator is passed by reference: the sort is compiled once per
/// element type instead of once per call site (each copy costs 2–3 KB of WASM; the first load
/// has a 250 KB budget). For sorts off the hot paths.
pub fn sort_by<T>(v: &mut [T], cmp: &dyn Fn(&T, &T) -> Ordering) {
    v.sort_by(|a, b| cmp(a, b))
}
