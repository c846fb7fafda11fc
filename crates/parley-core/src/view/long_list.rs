//! The arithmetic of a long event list that renders only the blocks near the viewport (the
//! app's `VirtualList`): which blocks to render for a scroll position, and how tall the padding
//! standing in for the others must be. The app measures the DOM and hands the numbers here.

use std::ops::Range;

/// Events per block: the unit a long list renders, measures and skips.
pub const BLOCK: usize = 5;
/// What an unmeasured event is taken to be tall, in pixels, until blocks have been measured.
pub const ESTIMATED_EVENT_HEIGHT: f64 = 160.0;

/// How many blocks a list of `events` events has.
pub fn block_count(events: usize) -> usize {
    events.div_ceil(BLOCK)
}

/// The positions in the list of block `block`'s events.
pub fn block_events(events: usize, block: usize) -> Range<usize> {
    (block * BLOCK).min(events)..((block + 1) * BLOCK).min(events)
}

/// Block heights in pixels: measured where a block has been rendered, estimated elsewhere.
#[derive(Clone, Debug, Default)]
pub struct BlockHeights {
    measured: Vec<Option<f64>>,
    /// The average of the first blocks measured, then kept: were it to follow every new
    /// measurement, the estimated millions of pixels above the viewport would shift on each
    /// render, and the window with them, without end.
    estimate: Option<f64>,
}

impl BlockHeights {
    /// A new list of `blocks` blocks: nothing in it is measured yet. The estimate carries
    /// over, since a card is about as tall whatever the filter, and a fresh one would move the
    /// window after the first measurement and cost the update a second render.
    pub fn reset(&mut self, blocks: usize) {
        self.measured = vec![None; blocks];
    }

    /// How many blocks the list has.
    pub fn blocks(&self) -> usize {
        self.measured.len()
    }

    fn estimate(&self) -> f64 {
        self.estimate
            .unwrap_or(ESTIMATED_EVENT_HEIGHT * BLOCK as f64)
    }

    /// Records the rendered blocks from where each begins on screen, in order (`tops`, by
    /// block), and where the last one ends: each block runs from its top to the next one's,
    /// so margins between blocks count too. Then fixes the estimate, once.
    pub fn record(&mut self, tops: &[(usize, f64)], end: f64) {
        let ends = tops.iter().skip(1).map(|&(_, top)| top).chain([end]);
        for (&(block, top), next) in tops.iter().zip(ends) {
            if let Some(slot) = self.measured.get_mut(block) {
                *slot = Some(next - top);
            }
        }
        if self.estimate.is_none() {
            let measured: Vec<f64> = self.measured.iter().flatten().copied().collect();
            if !measured.is_empty() {
                self.estimate = Some(measured.iter().sum::<f64>() / measured.len() as f64);
            }
        }
    }

    fn of(&self, block: usize, estimate: f64) -> f64 {
        self.measured
            .get(block)
            .copied()
            .flatten()
            .unwrap_or(estimate)
    }

    /// The blocks that overlap `[top, bottom]`, in list coordinates (the caller widens the
    /// viewport by a margin); at least one block.
    pub fn overlapping(&self, top: f64, bottom: f64) -> Range<usize> {
        let estimate = self.estimate();
        let blocks = self.measured.len();
        let (mut y, mut first, mut end) = (0.0, None, blocks);
        for block in 0..blocks {
            let height = self.of(block, estimate);
            if first.is_none() && y + height >= top {
                first = Some(block);
            }
            if y > bottom {
                end = block;
                break;
            }
            y += height;
        }
        let first = first.unwrap_or(blocks.saturating_sub(1));
        first..end.max(first + 1)
    }

    /// The padding above and below `rendered`, in whole pixels, standing in for the blocks not
    /// rendered, so the scroll bar spans the whole list.
    pub fn padding(&self, rendered: &Range<usize>) -> (f64, f64) {
        let estimate = self.estimate();
        let total = |blocks: Range<usize>| -> f64 { blocks.map(|b| self.of(b, estimate)).sum() };
        (
            total(0..rendered.start).round(),
            total(rendered.end..self.blocks()).round(),
        )
    }

    /// `rendered` kept within a list of this many blocks, at least one block long.
    pub fn clamp(&self, rendered: &Range<usize>) -> Range<usize> {
        let first = rendered.start.min(self.blocks().saturating_sub(1));
        first..rendered.end.clamp(first + 1, self.blocks().max(first + 1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(blocks: usize) -> BlockHeights {
        let mut heights = BlockHeights::default();
        heights.reset(blocks);
        heights
    }

    #[test]
    fn blocks_split_the_list_in_fives_and_the_last_holds_the_rest() {
        assert_eq!(block_count(0), 0);
        assert_eq!(block_count(5), 1);
        assert_eq!(block_count(12), 3);
        assert_eq!(block_events(12, 0), 0..5);
        assert_eq!(block_events(12, 2), 10..12);
        assert_eq!(block_events(12, 3), 12..12);
    }

    #[test]
    fn unmeasured_blocks_are_estimated_and_the_window_covers_the_viewport() {
        let heights = list(100);
        let block = ESTIMATED_EVENT_HEIGHT * BLOCK as f64; // 800 px
        assert_eq!(heights.overlapping(0.0, 900.0), 0..2);
        // Scrolled 10 blocks down: the window starts at the block under the viewport's top.
        assert_eq!(
            heights.overlapping(10.0 * block + 1.0, 10.0 * block + 900.0),
            10..12
        );
        assert_eq!(heights.padding(&(10..12)), (10.0 * block, 88.0 * block));
    }

    #[test]
    fn measuring_replaces_the_estimate_and_fixes_it_from_the_first_measurements() {
        let mut heights = list(10);
        // Blocks 0 and 1 drawn at 0 and 300, the list's content ending at 700.
        heights.record(&[(0, 0.0), (1, 300.0)], 700.0);
        assert_eq!(heights.padding(&(0..2)), (0.0, 8.0 * 350.0));
        // A later, taller measurement is recorded but does not move the estimate.
        heights.record(&[(2, 1000.0)], 2000.0);
        assert_eq!(
            heights.padding(&(3..4)),
            (300.0 + 400.0 + 1000.0, 6.0 * 350.0)
        );
        // A new list keeps the estimate and forgets the measurements.
        heights.reset(4);
        assert_eq!(heights.padding(&(0..1)), (0.0, 3.0 * 350.0));
    }

    #[test]
    fn past_the_end_the_window_is_the_last_block_and_a_new_list_clamps_it() {
        let heights = list(3);
        assert_eq!(heights.overlapping(1e9, 1e9 + 900.0), 2..3);
        assert_eq!(heights.clamp(&(40..45)), 2..3);
        assert_eq!(heights.clamp(&(1..2)), 1..2);
        assert_eq!(list(0).overlapping(0.0, 900.0), 0..1);
    }

    #[test]
    fn records_for_blocks_outside_the_list_are_ignored() {
        let mut heights = list(2);
        heights.record(&[(5, 0.0)], 100.0);
        assert_eq!(heights.padding(&(0..1)), (0.0, 800.0));
    }
}
