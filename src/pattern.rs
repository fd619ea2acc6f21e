//! Case-blind patterns: written in lower case, matched against a lower-cased copy of the text.
//!
//! Why not `(?i)`: a case-insensitive pattern turns every letter into a class of two (three for
//! "k" and "s", whose Unicode folds reach outside ASCII), and the regex crate then extracts
//! literal prefixes in every mix of cases. For the long cue lists of extraction that made
//! compiling cost about a third more, and every build compiles every pattern before it starts
//! (see `build_story`): on a small story, compiling is most of the build. Lower-casing the
//! text's ASCII letters keeps every byte offset, so spans found in the copy are spans of the
//! text itself.
//!
//! What differs from `(?i)`: only ASCII letters are folded. The patterns name English words
//! in ASCII, and classes of accented letters (`\u{C0}-\u{24F}`) hold both cases already.

use std::cell::Cell;
use std::ops::Range;
use std::sync::LazyLock;

use regex::{CaptureLocations, Regex, RegexBuilder};

/// A pattern matched without regard to the case of ASCII letters, compiled on first use.
///
/// ```
/// use briefing::pattern::CaselessPattern;
/// static CUE: CaselessPattern = CaselessPattern::new(|| CaselessPattern::compile(r"remains? (?P<what>unclear|unknown)"));
/// assert!(CUE.is_match("It Remains UNCLEAR why."));
/// let groups = CUE.captures("It Remains UNCLEAR why.").unwrap();
/// assert_eq!(groups.name("what").unwrap().as_str(), "UNCLEAR");
/// ```
pub struct CaselessPattern {
    regex: LazyLock<Regex>,
}

impl CaselessPattern {
    /// A pattern built by `make` (usually [`CaselessPattern::compile`]) when first used.
    pub const fn new(make: fn() -> Regex) -> Self {
        Self {
            regex: LazyLock::new(make),
        }
    }

    /// Compiles `pattern`, which must be written in lower case: an upper-case letter in it
    /// could never match the lower-cased text. (Escapes such as `\S` and the class range
    /// `A-Za-z` are allowed.) The patterns are the program's own, so a bad one is a bug and
    /// panics, in tests first.
    pub fn compile(pattern: &str) -> Regex {
        Self::compile_with(pattern, |builder| builder)
    }

    /// [`CaselessPattern::compile`], with the builder's settings changed by `configure`
    /// (a cache size, say).
    pub fn compile_with(
        pattern: &str,
        configure: impl FnOnce(&mut RegexBuilder) -> &mut RegexBuilder,
    ) -> Regex {
        assert!(
            is_lower_case(pattern),
            "a caseless pattern must be written in lower case: {pattern}"
        );
        configure(&mut RegexBuilder::new(pattern))
            .build()
            .expect("a valid pattern")
    }

    /// [`CaselessPattern::compile`] for a long list of alternatives opening on common words
    /// ("is", "are", "a", "the", …), compiled without a literal prefilter: see
    /// [`without_prefilter`].
    pub fn compile_unfiltered(pattern: &str) -> Regex {
        Self::compile(&without_prefilter(pattern))
    }

    /// The compiled pattern, for compiling ahead of use. It matches lower-cased text only.
    pub fn compiled(&self) -> &LazyLock<Regex> {
        &self.regex
    }

    /// True when the pattern matches somewhere in `text`.
    pub fn is_match(&self, text: &str) -> bool {
        with_lower_case(text, |lower| self.regex.is_match(lower))
    }

    /// The leftmost match in `text`.
    pub fn find<'h>(&self, text: &'h str) -> Option<Span<'h>> {
        with_lower_case(text, |lower| self.regex.find(lower).map(|m| m.range()))
            .map(|range| Span::new(text, range))
    }

    /// Every match in `text`, left to right, not overlapping.
    pub fn find_iter<'h>(&self, text: &'h str) -> impl Iterator<Item = Span<'h>> + use<'h> {
        let ranges: Vec<Range<usize>> = with_lower_case(text, |lower| {
            self.regex.find_iter(lower).map(|m| m.range()).collect()
        });
        ranges.into_iter().map(move |range| Span::new(text, range))
    }

    /// The groups of the leftmost match in `text`.
    pub fn captures<'h>(&self, text: &'h str) -> Option<Groups<'h, '_>> {
        let mut locations = self.regex.capture_locations();
        with_lower_case(text, |lower| {
            self.regex.captures_read(&mut locations, lower).is_some()
        })
        .then_some(Groups {
            text,
            locations,
            regex: &self.regex,
        })
    }

    /// The groups of every match in `text`, left to right.
    pub fn captures_iter<'h>(&self, text: &'h str) -> impl Iterator<Item = Groups<'h, '_>> {
        let found: Vec<CaptureLocations> = with_lower_case(text, |lower| {
            let mut all = Vec::new();
            let mut at = 0;
            let mut last_end = None;
            while at <= lower.len() {
                let mut locations = self.regex.capture_locations();
                let Some(m) = self.regex.captures_read_at(&mut locations, lower, at) else {
                    break;
                };
                let next_char = lower[m.end()..]
                    .chars()
                    .next()
                    .map_or(lower.len() + 1, |c| m.end() + c.len_utf8());
                // As the regex crate's own iterator does: an empty match moves on by one
                // character, and one right where the last match ended is no match.
                at = if m.is_empty() { next_char } else { m.end() };
                if m.is_empty() && last_end == Some(m.end()) {
                    continue;
                }
                last_end = Some(m.end());
                all.push(locations);
            }
            all
        });
        found.into_iter().map(move |locations| Groups {
            text,
            locations,
            regex: &self.regex,
        })
    }
}

/// A matched part of the text, in the text's own case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span<'h> {
    text: &'h str,
    start: usize,
    end: usize,
}

impl<'h> Span<'h> {
    fn new(text: &'h str, range: Range<usize>) -> Self {
        Self {
            text,
            start: range.start,
            end: range.end,
        }
    }

    /// The matched text.
    pub fn as_str(&self) -> &'h str {
        &self.text[self.start..self.end]
    }

    /// Where the match starts, in bytes.
    pub fn start(&self) -> usize {
        self.start
    }

    /// Where the match ends, in bytes.
    pub fn end(&self) -> usize {
        self.end
    }

    /// The match's byte range.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// The groups of one match, in the text's own case.
pub struct Groups<'h, 'p> {
    text: &'h str,
    locations: CaptureLocations,
    regex: &'p Regex,
}

impl<'h> Groups<'h, '_> {
    /// Group `i` (0 is the whole match), when it took part in the match.
    pub fn get(&self, i: usize) -> Option<Span<'h>> {
        self.locations
            .get(i)
            .map(|(start, end)| Span::new(self.text, start..end))
    }

    /// The group named `name`, when it took part in the match.
    pub fn name(&self, name: &str) -> Option<Span<'h>> {
        let i = self.regex.capture_names().position(|n| n == Some(name))?;
        self.get(i)
    }
}

/// The text of group `i`, as the regex crate's captures give it.
///
/// # Panics
/// When group `i` took no part in the match.
impl std::ops::Index<usize> for Groups<'_, '_> {
    type Output = str;

    fn index(&self, i: usize) -> &str {
        self.get(i).expect("a group of the match").as_str()
    }
}

/// The text of the group named `name`, as the regex crate's captures give it.
///
/// # Panics
/// When no group of that name took part in the match.
impl std::ops::Index<&str> for Groups<'_, '_> {
    type Output = str;

    fn index(&self, name: &str) -> &str {
        self.name(name).expect("a group of the match").as_str()
    }
}

thread_local! {
    /// The lower-cased copy, reused: a build asks thousands of times per article.
    static LOWER_CASED: Cell<String> = const { Cell::new(String::new()) };
}

/// Runs `search` on `text` with its ASCII letters lower-cased: on `text` itself when it has
/// no capital, else on a reused copy.
fn with_lower_case<R>(text: &str, search: impl FnOnce(&str) -> R) -> R {
    if !text.bytes().any(|b| b.is_ascii_uppercase()) {
        return search(text);
    }
    LOWER_CASED.with(|cell| {
        let mut copy = cell.take();
        copy.clear();
        copy.push_str(text);
        copy.make_ascii_lowercase();
        let found = search(&copy);
        cell.set(copy);
        found
    })
}

/// True when `pattern` has no upper-case ASCII letter outside escapes, `A-Za-z` ranges and
/// group names' `(?P<`.
fn is_lower_case(pattern: &str) -> bool {
    let pattern = pattern.replace("A-Za-z", "").replace("(?P<", "");
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                // An escape's letter, and the braces of `\u{24F}` or `\p{Lu}`.
                let letter = chars.next();
                let braced = chars.clone().next() == Some('{');
                if braced && matches!(letter, Some('u' | 'x' | 'p' | 'P')) {
                    chars.find(|&c| c == '}');
                }
            }
            c if c.is_ascii_uppercase() => return false,
            _ => {}
        }
    }
    !pattern.contains("(?i") && !pattern.contains("(?-i")
}

/// `pattern` with an alternative first that never matches and opens on any ASCII character:
/// too many to list as literals, so the regex engine builds no literal prefilter for it.
///
/// Why: for a long list of alternatives opening on common words, the engine's prefilter
/// (a multi-literal search run ahead of the automaton) finds a candidate every few bytes,
/// and each one restarts the automaton there. Asked of every sentence of 10,000 articles,
/// the open-question cue lists ran 2.3 times faster without it; a prefilter still pays for
/// patterns that open on rare words, so this is chosen per pattern, where measured. The
/// added alternative asks for the end of the text and then its start, after one
/// character: no position is both, so what the pattern matches is unchanged.
///
/// ```
/// let plain = regex::Regex::new(r"\b(?:is|are) (?:unclear|unknown)").unwrap();
/// let unfiltered =
///     regex::Regex::new(&briefing::pattern::without_prefilter(plain.as_str())).unwrap();
/// let text = "It is unclear who won, and the cost is unknown.";
/// let spans = |r: &regex::Regex| r.find_iter(text).map(|m| m.range()).collect::<Vec<_>>();
/// assert_eq!(spans(&unfiltered), spans(&plain));
/// assert_eq!(spans(&unfiltered), [3..13, 36..46]);
/// ```
pub fn without_prefilter(pattern: &str) -> String {
    format!(r"(?:[\x00-\x7f]\z\A|(?:{pattern}))")
}

#[cfg(test)]
mod tests {
    use super::*;

    static DAY: CaselessPattern = CaselessPattern::new(|| {
        CaselessPattern::compile(r"(?-u:\b)(?P<day>monday|tuesday)(?-u:\b)")
    });

    #[test]
    fn spans_are_of_the_text_in_its_own_case() {
        let text = "On MONDAY and Tuesday, not on mondays.";
        let days: Vec<&str> = DAY.find_iter(text).map(|s| s.as_str()).collect();
        assert_eq!(days, ["MONDAY", "Tuesday"]);
        assert_eq!(DAY.find(text).unwrap().range(), 3..9);
        let named: Vec<&str> = DAY
            .captures_iter(text)
            .map(|g| g.name("day").unwrap().as_str())
            .collect();
        assert_eq!(named, ["MONDAY", "Tuesday"]);
        assert!(DAY.captures("Mondays").is_none());
        assert!(DAY.captures("monday").unwrap().name("week").is_none());
    }

    static UNFILTERED: CaselessPattern = CaselessPattern::new(|| {
        CaselessPattern::compile_unfiltered(r"(?-u:\b)(?P<day>monday|tuesday)(?-u:\b)")
    });

    #[test]
    fn a_pattern_without_prefilter_finds_what_it_found_with_one() {
        for text in [
            "On MONDAY and Tuesday, not on mondays.",
            "",
            "x",
            "\0\0\0",
            "Tuesday",
        ] {
            let spans =
                |p: &CaselessPattern| p.find_iter(text).map(|s| s.range()).collect::<Vec<_>>();
            assert_eq!(spans(&UNFILTERED), spans(&DAY), "{text:?}");
            let days = |p: &CaselessPattern| {
                p.captures_iter(text)
                    .map(|g| g.name("day").map(|d| d.range()))
                    .collect::<Vec<_>>()
            };
            assert_eq!(days(&UNFILTERED), days(&DAY), "{text:?}");
        }
        assert_eq!(UNFILTERED.find("monday").unwrap().range(), 0..6);
    }

    #[test]
    fn accented_text_keeps_its_offsets() {
        let text = "Élysée said on Monday";
        assert_eq!(DAY.find(text).unwrap().as_str(), "Monday");
        assert_eq!(
            DAY.find(text).unwrap().start(),
            text.find("Monday").unwrap()
        );
    }

    #[test]
    fn empty_matches_advance_one_character_at_a_time() {
        let maybe = CaselessPattern::compile(r"x*");
        let pattern = CaselessPattern::new(|| CaselessPattern::compile(r"x*"));
        let text = "aXé";
        let ours: Vec<Range<usize>> = pattern
            .captures_iter(text)
            .map(|g| g.get(0).unwrap().range())
            .collect();
        let theirs: Vec<Range<usize>> = maybe.find_iter("axé").map(|m| m.range()).collect();
        assert_eq!(ours, theirs);
    }

    #[test]
    fn an_upper_case_letter_is_refused() {
        assert!(is_lower_case(r"(?-u:\b)said\s+\S+ [A-Za-z\u{C0}-\u{24F}]"));
        assert!(!is_lower_case(r"Said"));
        assert!(!is_lower_case(r"[A-Z]"));
        assert!(!is_lower_case(r"(?i)said"));
    }
}
