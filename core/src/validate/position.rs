//! Byte offsets to line and column, and sub-slices back to offsets.

/// Start offsets of every line of a text, to turn byte offsets into line:column.
pub struct LineIndex<'a> {
    text: &'a str,
    line_starts: Vec<usize>,
    /// The last position asked for, `(offset, column)`: diagnostics come mostly in file order,
    /// so counting columns resumes from there instead of from the line's start (a one-line
    /// 50 MB file would otherwise cost a full scan per diagnostic).
    last: std::cell::Cell<(usize, usize)>,
}

impl<'a> LineIndex<'a> {
    /// Indexes `text` once; lookups are then a binary search.
    pub fn new(text: &'a str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { text, line_starts, last: std::cell::Cell::new((0, 0)) }
    }

    /// 1-based (line, column in characters) of a byte offset, clamped to the text.
    pub fn line_column(&self, offset: usize) -> (usize, usize) {
        let offset = self.text.floor_char_boundary(offset.min(self.text.len()));
        let line = self.line_starts.partition_point(|&start| start <= offset).max(1);
        let start = self.line_starts.get(line - 1).copied().unwrap_or(0);
        let (last_offset, last_column) = self.last.get();
        let (from, base) =
            if last_offset >= start && last_offset <= offset { (last_offset, last_column) } else { (start, 0) };
        let column = base + self.text.get(from..offset).map(|t| t.chars().count()).unwrap_or(0);
        self.last.set((offset, column));
        (line, column + 1)
    }

    /// Byte offset where `inner` (a sub-slice of the indexed text) starts.
    pub fn offset_of(&self, inner: &str) -> usize {
        (inner.as_ptr() as usize)
            .checked_sub(self.text.as_ptr() as usize)
            .filter(|&o| o <= self.text.len())
            .unwrap_or(0)
    }

    /// Byte offset of a serde_json (line, column) position reported inside `inner`.
    pub fn offset_in(&self, inner: &str, line: usize, column: usize) -> usize {
        let base = self.offset_of(inner);
        let mut line_start = 0;
        for _ in 1..line {
            match inner.get(line_start..).and_then(|rest| rest.find('\n')) {
                Some(i) => line_start += i + 1,
                None => break,
            }
        }
        let within = (line_start + column.saturating_sub(1)).min(inner.len());
        base + within
    }
}

#[cfg(test)]
mod tests {
    use super::LineIndex;

    #[test]
    fn finds_lines_and_character_columns() {
        let text = "{\n  \"é\": 1,\n  \"x\": 2\n}";
        let index = LineIndex::new(text);
        assert_eq!(index.line_column(0), (1, 1));
        let x = text.find("\"x\"").unwrap_or(0);
        assert_eq!(index.line_column(x), (3, 3));
        let after_e = text.find(": 1").unwrap_or(0);
        assert_eq!(index.line_column(after_e), (2, 6));
        assert_eq!(index.line_column(10_000).0, 4);
    }

    #[test]
    fn columns_are_right_in_any_order_of_questions() {
        let text = "ab€d\nxyé€z\n\nlast line";
        let naive = |offset: usize| {
            let before = text.get(..offset).unwrap_or_default();
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().map(|l| l.chars().count()).unwrap_or(0) + 1;
            (line, column)
        };
        let index = LineIndex::new(text);
        let offsets: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        let jumps = [offsets[5], offsets[1], offsets[9], 0, offsets[9]];
        for &offset in offsets.iter().chain(offsets.iter().rev()).chain(jumps.iter()) {
            assert_eq!(index.line_column(offset), naive(offset), "offset {offset}");
        }
    }

    #[test]
    fn maps_inner_positions_back() {
        let text = "[\n {\"a\":\n   true}]";
        let index = LineIndex::new(text);
        let inner = text.get(3..).unwrap_or_default();
        assert_eq!(index.line_column(index.offset_in(inner, 2, 4)), (3, 4));
    }
}
