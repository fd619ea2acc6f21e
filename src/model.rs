//! The `Briefing` model: the one value extraction hands to rendering.
//!
//! Its serde form *is* the public contract `briefing.json` (schema `briefing/1`): field names are
//! snake_case, lists are ordered as documented, absent values serialise as `null` (never skipped).
//! Fields beyond the contract may be added; the contract's fields are never renamed.

use serde::{Deserialize, Serialize};

/// The schema tag written into every `briefing.json`.
pub const SCHEMA: &str = "briefing/1";

/// The whole machine-readable briefing for one story.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Briefing {
    /// Always [`SCHEMA`].
    pub schema: String,
    /// The briefing's title (config `title`, else the most-reported headline).
    pub title: String,
    /// One entry per ingested article, in file order (`s1`, `s2`, …).
    pub sources: Vec<Source>,
    /// Key developments, most important first.
    pub developments: Vec<Development>,
    /// One item per utterance, merged across sources.
    pub quotes: Vec<Quote>,
    /// What the sources say is unresolved, unclear or disputed.
    pub open_questions: Vec<OpenQuestion>,
    /// People, organisations and places with their aliases.
    pub entities: Vec<Entity>,
    /// Dated (and undated) events, chronological; undated last.
    pub timeline: Vec<TimelineEvent>,
}

impl Briefing {
    /// How many developments, quotes, open questions, entities and timeline events it holds.
    pub fn item_counts(&self) -> [usize; 5] {
        [
            self.developments.len(),
            self.quotes.len(),
            self.open_questions.len(),
            self.entities.len(),
            self.timeline.len(),
        ]
    }
}

/// Metadata of one source article.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Source {
    /// Stable id `s{n}` by sorted file order.
    pub id: String,
    /// Path relative to the seeds folder with `/` separators.
    pub file: String,
    pub headline: Option<String>,
    /// The lead author: the first name of the byline.
    pub author: Option<String>,
    /// Every name of the byline, in its order ("By Jane Doe and Jo Roe": both).
    #[serde(default)]
    pub authors: Vec<String>,
    pub outlet: Option<String>,
    /// `YYYY-MM-DD`.
    pub published: Option<String>,
    pub url: Option<String>,
    /// The source's page relative to the site root: `sources/<slug>.html`.
    pub page: String,
    /// Words in the cleaned article.
    pub words: usize,
    /// Place line that opened the article (`NEW YORK –`), when there was one.
    pub dateline: Option<String>,
    /// Other sources printing the same wire copy.
    pub syndicated_with: Vec<String>,
}

/// The names of a byline: split at "and", "&" and commas between full names, so "Doe, Jane"
/// (surname first) stays one name.
///
/// ```
/// use briefing::model::byline_names;
/// assert_eq!(byline_names("Jane Doe, Jo Roe and Al Li"), ["Jane Doe", "Jo Roe", "Al Li"]);
/// assert_eq!(byline_names("Doe, Jane"), ["Doe, Jane"]);
/// ```
pub fn byline_names(byline: &str) -> Vec<String> {
    let mut names = Vec::new();
    for part in byline.split(" and ").flat_map(|p| p.split(" & ")) {
        let pieces: Vec<&str> = part.split(',').map(str::trim).collect();
        if pieces.iter().all(|p| p.split_whitespace().count() >= 2) {
            names.extend(pieces.iter().map(|p| p.to_string()));
        } else {
            names.push(part.trim().to_string());
        }
    }
    names.retain(|n| !n.is_empty());
    names
}

/// How readers are shown a source: its outlet, else the host of its web address, else "Source
/// n" (`index` is its 0-based position). The pages and the open questions computed from
/// differing figures name sources alike.
///
/// ```
/// use briefing::model::source_label;
/// assert_eq!(source_label(Some("The Daily"), None, 0), "The Daily");
/// assert_eq!(source_label(None, Some("https://www.example.org/a/b"), 0), "example.org");
/// assert_eq!(source_label(None, None, 6), "Source 7");
/// ```
pub fn source_label(outlet: Option<&str>, url: Option<&str>, index: usize) -> String {
    outlet
        .map(str::to_string)
        .or_else(|| url.and_then(url_host))
        .unwrap_or_else(|| format!("Source {}", index + 1))
}

/// The host of an http(s) URL without `www.`.
fn url_host(url: &str) -> Option<String> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let host = rest
        .split(['/', '?', '#'])
        .next()?
        .trim_start_matches("www.");
    (!host.is_empty()).then(|| host.to_string())
}

/// One sentence of one source that supports an item.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct Evidence {
    /// Source id (`s1`).
    pub source: String,
    /// Fragment id of the sentence on the source page (`p3-s1`).
    pub anchor: String,
    /// The words as printed (a substring of the cleaned article text).
    pub text: String,
}

/// A fact reported by one or more outlets.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Development {
    pub id: String,
    /// One sentence stating the development.
    pub summary: String,
    /// Every source that reports it, in source order.
    pub sources: Vec<String>,
    pub evidence: Vec<Evidence>,
    /// True when only one outlet reports it.
    pub single_source: bool,
    /// Figures the outlets give differently for this development.
    pub conflicts: Vec<FigureConflict>,
    /// Outlets counted once per syndicated copy: the corroboration that ranks it.
    pub independent_sources: usize,
}

/// Outlets counting the same thing differently.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct FigureConflict {
    /// What is counted, as printed ("passengers").
    pub counted: String,
    /// Each figure with the sources that give it, in value order.
    pub figures: Vec<Figure>,
}

impl FigureConflict {
    /// "148 (The Daily, Source 3) vs 150 (Source 2)", with sources named by `label`.
    pub fn describe(&self, label: impl Fn(&str) -> String, separator: &str) -> String {
        self.figures
            .iter()
            .map(|f| {
                format!(
                    "{} ({})",
                    f.value,
                    f.sources
                        .iter()
                        .map(|s| label(s))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            })
            .collect::<Vec<_>>()
            .join(separator)
    }
}

/// One figure and the sources that give it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Figure {
    pub value: String,
    pub sources: Vec<String>,
}

/// One utterance, with every outlet's printing of it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Quote {
    pub id: String,
    /// The longest printed form, without enclosing marks.
    pub text: String,
    /// Canonical speaker name, `None` when unattributed.
    pub speaker: Option<String>,
    /// Where it was said when the text says so.
    pub venue: Option<String>,
    /// A short partial phrase (< 6 words).
    pub fragment: bool,
    pub evidence: Vec<Evidence>,
    /// True when the outlets print different wordings.
    pub wording_differs: bool,
    /// Other speakers some outlets name for the same words (the majority is `speaker`).
    pub other_speakers: Vec<String>,
}

/// Something the sources say is open.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct OpenQuestion {
    pub id: String,
    /// What remains open, as a question or a short statement.
    pub question: String,
    pub sources: Vec<String>,
    pub evidence: Vec<Evidence>,
}

/// A named person, organisation or place.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Entity {
    pub id: String,
    pub name: String,
    /// `person`, `organization`, `place` or `other`.
    pub kind: String,
    pub aliases: Vec<String>,
    pub mentions: usize,
    pub sources: Vec<String>,
    /// Sentences that name it, in source order (at most [`MAX_ENTITY_EVIDENCE`]).
    pub evidence: Vec<Evidence>,
}

/// Most sentences listed per entity: enough to trace it, bounded for large archives.
pub const MAX_ENTITY_EVIDENCE: usize = 60;

/// A dated event.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct TimelineEvent {
    pub id: String,
    /// `YYYY-MM-DD`, `None` when the reference cannot be resolved.
    pub date: Option<String>,
    /// The day reference as written (`on Friday`).
    pub when: String,
    /// What happened (the sentence that says so).
    pub event: String,
    pub evidence: Vec<Evidence>,
}
