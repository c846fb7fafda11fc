//! A set of event positions, one bit per event: the query engine's unit of work. A facet value,
//! a search term and a filter are each one of these, so combining filters is a word-wise AND
//! and counting a facet value is a popcount, at 64 events per instruction.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bits {
    words: Vec<u64>,
    len: usize,
}

impl Bits {
    /// No position out of `len`.
    pub fn empty(len: usize) -> Bits {
        Bits {
            words: vec![0; len.div_ceil(64)],
            len,
        }
    }

    /// Every position out of `len`.
    pub fn full(len: usize) -> Bits {
        let mut bits = Bits {
            words: vec![u64::MAX; len.div_ceil(64)],
            len,
        };
        if let Some(last) = bits.words.last_mut() {
            // The unused high bits of the last word stay clear, so counts stay exact.
            let used = len % 64;
            if used != 0 {
                *last = (1 << used) - 1;
            }
        }
        bits
    }

    pub fn from_positions(len: usize, positions: impl IntoIterator<Item = usize>) -> Bits {
        let mut bits = Bits::empty(len);
        for position in positions {
            bits.insert(position);
        }
        bits
    }

    pub fn insert(&mut self, position: usize) {
        assert!(position < self.len, "position {position} of {}", self.len);
        self.words[position / 64] |= 1 << (position % 64);
    }

    pub fn intersect_with(&mut self, other: &Bits) {
        for (word, other) in self.words.iter_mut().zip(&other.words) {
            *word &= other;
        }
    }

    pub fn union_with(&mut self, other: &Bits) {
        for (word, other) in self.words.iter_mut().zip(&other.words) {
            *word |= other;
        }
    }

    /// How many positions are in both sets, without building their intersection.
    pub fn count_common(&self, other: &Bits) -> usize {
        self.words
            .iter()
            .zip(&other.words)
            .map(|(a, b)| (a & b).count_ones() as usize)
            .sum()
    }

    /// The positions in the set, in increasing order.
    pub fn positions(&self) -> impl Iterator<Item = usize> + '_ {
        self.words.iter().enumerate().flat_map(|(n, &word)| {
            let mut rest = word;
            std::iter::from_fn(move || {
                (rest != 0).then(|| {
                    let bit = rest.trailing_zeros() as usize;
                    rest &= rest - 1;
                    n * 64 + bit
                })
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_operations_match_the_positions() {
        let a = Bits::from_positions(130, [0, 63, 64, 129]);
        let b = Bits::from_positions(130, [63, 100, 129]);
        assert_eq!(a.positions().collect::<Vec<_>>(), vec![0, 63, 64, 129]);
        assert_eq!(a.count_common(&b), 2);
        let mut both = a.clone();
        both.intersect_with(&b);
        assert_eq!(both.positions().collect::<Vec<_>>(), vec![63, 129]);
        let mut either = a.clone();
        either.union_with(&b);
        assert_eq!(
            either.positions().collect::<Vec<_>>(),
            vec![0, 63, 64, 100, 129]
        );
    }

    #[test]
    fn full_sets_count_only_real_positions() {
        for len in [0, 1, 63, 64, 65, 128, 1000] {
            assert_eq!(Bits::full(len).count_common(&Bits::full(len)), len);
            assert_eq!(Bits::full(len).positions().last(), len.checked_sub(1));
        }
    }
}
