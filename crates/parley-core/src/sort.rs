//! Stable sorting through one copy of the standard library's sort.
//!
//! `slice::sort_by` is generic over its comparison, so every call site compiles a sort of its
//! own: about 4 KB of wasm each, and the view model sorts in nine places. Here every sort
//! orders the same thing, a list of positions, and then moves the items into that order.

use std::cmp::Ordering;

/// Sorts `items` as `slice::sort_by` does: by `compare`, equal items kept in their order.
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    let order = stable_order(items.len(), &mut |a, b| compare(&items[a], &items[b]));
    permute(items, order);
}

/// Sorts `items` as `slice::sort_by_key` does: by `key`, equal keys kept in their order.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// The positions `0..len` in the order `compare` puts them, ties in their own order. Not
/// generic: this is the one place the standard library's sort is compiled.
fn stable_order(len: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

/// Moves `items[order[i]]` to `i` for every `i`, one cycle of the permutation at a time. A
/// position whose item is in place is marked by `order[i] == i`.
fn permute<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..order.len() {
        let mut at = start;
        while order[at] != start {
            let from = order[at];
            items.swap(at, from);
            order[at] = at;
            at = from;
        }
        order[at] = at;
    }
}

// proptest is a dev-dependency of native builds only.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Keys drawn from a few values, so that ties are common: the standard library's stable
        /// sort is the oracle, and the second field tells equal keys apart.
        #[test]
        fn sorts_as_the_standard_librarys_stable_sort(
            keys in proptest::collection::vec(0u8..6, 0..60)
        ) {
            let items: Vec<(u8, usize)> = keys.into_iter().zip(0..).collect();
            let mut expected = items.clone();
            expected.sort_by_key(|item| item.0);
            let mut by_key = items.clone();
            sort_by_key(&mut by_key, |item| item.0);
            prop_assert_eq!(&by_key, &expected);
            let mut descending = items.clone();
            sort_by(&mut descending, |a, b| b.0.cmp(&a.0));
            expected.sort_by_key(|item| std::cmp::Reverse(item.0));
            prop_assert_eq!(descending, expected);
        }
    }

    #[test]
    fn a_cycle_of_three_and_a_swap_land_in_place() {
        let mut items = ['c', 'a', 'b', 'e', 'd'];
        sort_by_key(&mut items, |&c| c);
        assert_eq!(items, ['a', 'b', 'c', 'd', 'e']);
    }
}
