//! Small helpers shared by the stages.

use std::cmp::Ordering;

/// A stable sort whose comparator is passed by reference. The sorting itself is compiled once
/// for all element types: it sorts positions (`usize`), then moves the elements into place.
/// Each instantiation of the standard library's sort costs 2–3 KB of WASM, and the first load
/// has a 250 KB budget. For sorts off the hot paths (a few hundred elements at most per call on
/// the extraction path).
pub fn sort_by<T>(v: &mut [T], cmp: &dyn Fn(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let mut order: Vec<usize> = (0..v.len()).collect();
    sort_positions(&mut order, &|a, b| cmp(&v[a], &v[b]));
    permute(v, order);
}

/// Sorts by a key of two integers, ascending, equal keys keeping their order: for the hot
/// paths (mentions by offset), without a comparator call per comparison. Compiled once for all
/// element types, like [`sort_by`].
pub fn sort_by_offsets<T>(v: &mut [T], key: impl Fn(&T) -> (usize, usize)) {
    if v.len() < 2 {
        return;
    }
    let mut keyed: Vec<(usize, usize, usize)> = v.iter().enumerate().map(|(i, x)| (key(x).0, key(x).1, i)).collect();
    keyed.sort_unstable(); // the position makes every key distinct: the order is stable
    permute(v, keyed.into_iter().map(|k| k.2).collect());
}

/// A 64-bit key as the two-integer key of [`sort_by_offsets`] (halves of 32 bits, so that it
/// fits a 32-bit `usize` in WASM), same order.
pub fn u64_key(k: u64) -> (usize, usize) {
    ((k >> 32) as usize, (k & 0xffff_ffff) as usize)
}

/// Stable: equal elements keep their order.
fn sort_positions(order: &mut [usize], cmp: &dyn Fn(usize, usize) -> Ordering) {
    order.sort_by(|&a, &b| cmp(a, b));
}

/// Reorders `v` so that position `k` holds what was at `order[k]`, by following the cycles of
/// the permutation (one swap per misplaced element).
fn permute<T>(v: &mut [T], mut order: Vec<usize>) {
    const DONE: usize = usize::MAX;
    for start in 0..v.len() {
        let mut cur = start;
        while order[cur] != DONE {
            let next = order[cur];
            order[cur] = DONE;
            if next == start {
                break;
            }
            v.swap(cur, next);
            cur = next;
        }
    }
}

/// The days of the week, lower-case, for [`listed`].
pub const WEEKDAYS: &str = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";

/// Whether `word` is one of the `|`-separated words of `list`: a word list that costs its bytes
/// once in the WASM (a `matches!` over string literals compiles to a comparison per word), for
/// the lists asked rarely (a call costs a scan of the list: not for a word of every sentence).
pub fn listed(list: &str, word: &str) -> bool {
    list.split('|').any(|w| w == word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn listed_matches_whole_words_only() {
        assert!(listed("group|class|zone", "class") && listed("group|class|zone", "zone"));
        assert!(!listed("group|class|zone", "clas") && !listed("group|class|zone", "") && !listed("", "group"));
    }

    proptest! {
        /// The same result as the standard library's stable sort, ties included.
        #[test]
        fn sorts_by_offsets_like_the_standard_stable_sort(v in proptest::collection::vec((0usize..6, 0usize..4, 0u16..1000), 0..200)) {
            let mut want = v.clone();
            want.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
            let mut got = v;
            sort_by_offsets(&mut got, |x| (x.0, usize::MAX - x.1));
            prop_assert_eq!(got, want);
        }

        #[test]
        fn sorts_like_the_standard_stable_sort(v in proptest::collection::vec((0u8..6, 0u16..1000), 0..200)) {
            let mut want = v.clone();
            want.sort_by_key(|a| a.0);
            let mut got = v;
            sort_by(&mut got, &|a, b| a.0.cmp(&b.0));
            prop_assert_eq!(got, want);
        }
    }
}
