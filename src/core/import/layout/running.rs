//! Lines that are not the text: running headers and footers, page numbers, line numbers.

use std::collections::HashSet;

use super::{Line, Page};

/// A line's text as it is compared across pages: digits as `#`, lowercase.
fn running_key(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_ascii_digit() { '#' } else { c })
        .collect::<String>()
        .to_lowercase()
}

/// A page number as pages print it: "7", "- 7 -", "Page 7", "7 of 12", "Página 7 de 12".
fn is_page_number(text: &str) -> bool {
    let words: Vec<String> = text
        .split(|c: char| c.is_whitespace() || "-–—|·/()[]".contains(c))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let numbers = words
        .iter()
        .filter(|w| w.chars().all(|c| c.is_ascii_digit()))
        .count();
    let allowed = [
        "page", "p.", "pg.", "of", "página", "pág.", "de", "seite", "von",
    ];
    (1..=2).contains(&numbers)
        && words
            .iter()
            .all(|w| w.chars().all(|c| c.is_ascii_digit()) || allowed.contains(&w.as_str()))
}

/// Drops running headers and footers (a line at a page's top or bottom whose text, digits
/// aside, is at the same end of at least two pages and half of them) and page numbers.
pub(super) fn drop_running_lines(per_page: &mut [Vec<Line>], pages: &[Page]) {
    const ROWS: usize = 2;
    // The lines among the first or last two rows of each page, and which end.
    let ends = |lines: &[Line], height: f64| -> Vec<(usize, bool)> {
        let mut baselines: Vec<f64> = lines.iter().map(|l| l.baseline).collect();
        baselines.sort_by(f64::total_cmp);
        baselines.dedup_by(|a, b| (*a - *b).abs() < 1.0);
        let top: Vec<f64> = baselines.iter().take(ROWS).copied().collect();
        let bottom: Vec<f64> = baselines.iter().rev().take(ROWS).copied().collect();
        let near = |set: &[f64], y: f64| set.iter().any(|b| (b - y).abs() < 1.0);
        lines
            .iter()
            .enumerate()
            .filter_map(|(i, l)| {
                if near(&top, l.baseline) && l.baseline < height * 0.2 {
                    Some((i, true))
                } else if near(&bottom, l.baseline) && l.baseline > height * 0.8 {
                    Some((i, false))
                } else {
                    None
                }
            })
            .collect()
    };
    let candidates: Vec<Vec<(usize, bool)>> = per_page
        .iter()
        .zip(pages)
        .map(|(lines, page)| ends(lines, page.height))
        .collect();
    let mut counts: std::collections::HashMap<(String, bool), usize> =
        std::collections::HashMap::new();
    for (lines, ends) in per_page.iter().zip(&candidates) {
        let mut seen = HashSet::new();
        for &(i, top) in ends {
            let key = (running_key(&lines[i].text), top);
            if seen.insert(key.clone()) {
                *counts.entry(key).or_default() += 1;
            }
        }
    }
    let pages_count = per_page.len();
    for (lines, ends) in per_page.iter_mut().zip(&candidates) {
        let drop: HashSet<usize> = ends
            .iter()
            .filter(|&&(i, top)| {
                let repeated = counts
                    .get(&(running_key(&lines[i].text), top))
                    .copied()
                    .unwrap_or(0);
                (repeated >= 2 && repeated * 2 >= pages_count) || is_page_number(&lines[i].text)
            })
            .map(|&(i, _)| i)
            .collect();
        let mut i = 0;
        lines.retain(|_| {
            i += 1;
            !drop.contains(&(i - 1))
        });
    }
}

/// Drops line numbers: lines of a number alone, at least three, in the margin left or right
/// of all the page's other lines, counting upwards down the page (as court papers and drafts
/// print them). A column of numbers inside the text (a table's) stays.
pub(super) fn drop_line_numbers(lines: &mut Vec<Line>) {
    let number = |l: &Line| {
        (l.text.len() <= 4 && l.text.chars().all(|c| c.is_ascii_digit()))
            .then(|| l.text.parse::<u32>().ok())
            .flatten()
    };
    let (numbers, others): (Vec<usize>, Vec<usize>) =
        (0..lines.len()).partition(|&i| number(&lines[i]).is_some());
    if numbers.len() < 3 || others.is_empty() {
        return;
    }
    let left = others
        .iter()
        .map(|&i| lines[i].left)
        .fold(f64::INFINITY, f64::min);
    let right = others
        .iter()
        .map(|&i| lines[i].right)
        .fold(f64::NEG_INFINITY, f64::max);
    let mut margin: Vec<usize> = numbers
        .into_iter()
        .filter(|&i| lines[i].right <= left || lines[i].left >= right)
        .collect();
    margin.sort_by(|&a, &b| lines[a].baseline.total_cmp(&lines[b].baseline));
    let counting = margin
        .windows(2)
        .all(|w| number(&lines[w[0]]) < number(&lines[w[1]]));
    if margin.len() >= 3 && counting {
        let drop: HashSet<usize> = margin.into_iter().collect();
        let mut i = 0;
        lines.retain(|_| {
            i += 1;
            !drop.contains(&(i - 1))
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_numbers_are_recognised() {
        for text in [
            "7",
            "- 7 -",
            "Page 7",
            "7 of 12",
            "Página 7 de 12",
            "7 / 12",
        ] {
            assert!(is_page_number(text), "{text}");
        }
        for text in ["62 times", "Page seven", "1 2 3", ""] {
            assert!(!is_page_number(text), "{text}");
        }
    }
}
