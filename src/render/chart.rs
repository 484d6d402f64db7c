//! Bar charts in the terminal: one row per period, one column per series,
//! bars in Unicode eighth blocks scaled to the width available.

use super::{Style, printable};
use std::io::{self, Write};

const EIGHTHS: [&str; 8] = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];
const GAP: usize = 2;
/// The widest chart drawn, in columns, whatever width is asked for.
pub const MAX_WIDTH: usize = 1000;

/// A bar of `value / max` of `cells` character cells.
pub fn bar(value: u64, max: u64, cells: usize) -> String {
    if max == 0 || cells == 0 {
        return String::new();
    }
    let eighths = (value as u128 * cells as u128 * 8 / max as u128) as usize;
    let mut s = "█".repeat(eighths / 8);
    s.push_str(EIGHTHS[eighths % 8]);
    if s.is_empty() && value > 0 {
        s.push_str(EIGHTHS[1]);
    }
    s
}

/// Narrowest column of a series: a bar, a space and the count.
const MIN_COLUMN: usize = 8;

/// Width of the period labels of `rows`, as [`timeline`] draws them.
fn label_width(rows: &[(String, Vec<u64>)]) -> usize {
    rows.iter()
        .map(|(l, _)| l.chars().count())
        .max()
        .unwrap_or(6)
        .max(6)
}

/// Columns a chart of `series` side by side over `rows` needs at least:
/// [`timeline`] draws no narrower, whatever `width` it is given.
pub fn columns_needed(series: usize, rows: &[(String, Vec<u64>)]) -> usize {
    label_width(rows) + 2 + series.max(1) * (MIN_COLUMN + GAP)
}

/// Draws `rows` of `(period, counts per series)` under a header naming each
/// series, fitting `width` columns. Each series has its own scale (its maximum
/// fills its column), so shapes compare even when sizes differ.
pub fn timeline(
    out: &mut impl Write,
    series: &[String],
    rows: &[(String, Vec<u64>)],
    width: usize,
    style: Style,
) -> io::Result<()> {
    let colours: [fn(&Style, &str) -> String; 4] =
        [Style::cyan, Style::yellow, Style::green, Style::bold];
    let label_width = label_width(rows);
    let width = width.min(MAX_WIDTH);
    let n = series.len().max(1);
    let column = (width.saturating_sub(label_width + 2) / n)
        .saturating_sub(GAP)
        .max(MIN_COLUMN);
    let maxima: Vec<u64> = (0..n)
        .map(|i| rows.iter().map(|(_, c)| c[i]).max().unwrap_or(0))
        .collect();
    let digits: Vec<usize> = maxima.iter().map(|m| m.to_string().len()).collect();
    let mut header = format!("{:label_width$} │", "period");
    for (i, name) in series.iter().enumerate() {
        let name: String = printable(name).chars().take(column).collect();
        let padded = format!(" {name:column$}{}", " ".repeat(GAP - 1));
        header.push_str(&colours[i % colours.len()](&style, &padded));
    }
    writeln!(out, "{}", header.trim_end())?;
    writeln!(
        out,
        "{}┼{}",
        "─".repeat(label_width + 1),
        "─".repeat((column + GAP) * n)
    )?;
    for (label, counts) in rows {
        let mut line = format!("{label:label_width$} │");
        for (i, &count) in counts.iter().enumerate() {
            let cells = column.saturating_sub(digits[i] + 2);
            let b = bar(count, maxima[i], cells);
            let used = b.chars().count();
            let text = format!(
                " {b}{} {count:>w$}",
                " ".repeat(cells - used.min(cells)),
                w = digits[i]
            );
            line.push_str(&colours[i % colours.len()](&style, &text));
            line.push_str(&" ".repeat(GAP - 1));
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_in_eighths() {
        assert_eq!(bar(8, 8, 2), "██");
        assert_eq!(bar(1, 8, 2), "▎");
        assert_eq!(bar(0, 8, 2), "");
        assert_eq!(bar(1, 1000, 2), "▏", "a non-zero count is never invisible");
    }

    #[test]
    fn a_huge_width_is_drawn_at_the_widest() {
        let rows = vec![("2024".to_owned(), vec![3])];
        let mut out = Vec::new();
        timeline(
            &mut out,
            &["x".into()],
            &rows,
            usize::MAX,
            Style { color: false },
        )
        .unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.lines().all(|l| l.chars().count() <= MAX_WIDTH),
            "{text}"
        );
    }

    /// Every line of a chart fits the width it is given, as long as
    /// [`columns_needed`] does; at exactly that width, one more series would not.
    #[test]
    fn a_chart_is_no_wider_than_the_columns_it_needs_or_its_width() {
        for labels in [
            &["2022", "2023"][..],
            &["2022-09", "2022-10"],
            &["2022-W38"],
        ] {
            for n in 1..40 {
                let rows: Vec<(String, Vec<u64>)> = labels
                    .iter()
                    .enumerate()
                    .map(|(i, l)| ((*l).to_owned(), vec![i as u64 * 1234; n]))
                    .collect();
                let series: Vec<String> = (0..n).map(|i| format!("query {i}")).collect();
                let needed = columns_needed(n, &rows);
                for width in [20, 40, 80, 100, 333] {
                    let mut out = Vec::new();
                    timeline(&mut out, &series, &rows, width, Style { color: false }).unwrap();
                    let text = String::from_utf8(out).unwrap();
                    let widest = text.lines().map(|l| l.chars().count()).max().unwrap();
                    assert!(widest <= width.max(needed), "{n} at {width}:\n{text}");
                    if width < needed {
                        assert!(widest > width, "{n} at {width}: fits, yet said not to");
                    }
                }
            }
        }
    }

    #[test]
    fn snapshot_two_series_at_fixed_width() {
        let rows = vec![
            ("2022".to_owned(), vec![4, 0]),
            ("2023".to_owned(), vec![2, 3]),
            ("2024".to_owned(), vec![1, 6]),
        ];
        let mut out = Vec::new();
        timeline(
            &mut out,
            &["ceasefire".into(), "sanctions".into()],
            &rows,
            40,
            Style { color: false },
        )
        .unwrap();
        let text = String::from_utf8(out).unwrap();
        let expected = "\
period │ ceasefire       sanctions
───────┼────────────────────────────────
2022   │ ███████████ 4              0
2023   │ █████▌      2  █████▌      3
2024   │ ██▊         1  ███████████ 6
";
        assert_eq!(text, expected, "\n{text}");
    }
}
