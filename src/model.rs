//! The `Briefing` model: the one value extraction hands to rendering.
//!
//! Its serde form *is* the public contract `briefing.json` (schema `briefing/1`): field names are
//! snake_case, lists are ordered as documented, absent values serialise as `null` (never skipped).
//! Fields beyond the contract may be added; the contract's fields are never renamed.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

/// The schema tag written into every `briefing.json`.
pub const SCHEMA: &str = "briefing/1";

/// The whole machine-readable briefing for one story. Its evidence borrows the sentences
/// from the cleaned articles it was extracted from (`'a`): a large story cites hundreds of
/// thousands of sentences, and a copy of each was a fifth of the build's memory.
/// [`Briefing::into_owned`] gives one that outlives them.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Briefing<'a> {
    /// Always [`SCHEMA`].
    pub schema: String,
    /// The briefing's title (config `title`, else the most-reported headline).
    pub title: String,
    /// One entry per ingested article, in file order (`s1`, `s2`, …).
    pub sources: Vec<Source>,
    /// Key developments, most important first.
    pub developments: Vec<Development<'a>>,
    /// One item per utterance, merged across sources.
    pub quotes: Vec<Quote<'a>>,
    /// What the sources say is unresolved, unclear or disputed.
    pub open_questions: Vec<OpenQuestion<'a>>,
    /// People, organisations and places with their aliases.
    pub entities: Vec<Entity<'a>>,
    /// Dated (and undated) events, chronological; undated last.
    pub timeline: Vec<TimelineEvent<'a>>,
}

impl Briefing<'_> {
    /// A copy that owns all its text (for keeping it once the articles are gone).
    pub fn into_owned(self) -> Briefing<'static> {
        Briefing {
            schema: self.schema,
            title: self.title,
            sources: self.sources,
            developments: owned_items(self.developments, Development::into_owned),
            quotes: owned_items(self.quotes, Quote::into_owned),
            open_questions: owned_items(self.open_questions, OpenQuestion::into_owned),
            entities: owned_items(self.entities, Entity::into_owned),
            timeline: owned_items(self.timeline, TimelineEvent::into_owned),
        }
    }

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
    /// The article's title.
    pub headline: Option<String>,
    /// The lead author: the first name of the byline.
    pub author: Option<String>,
    /// Every name of the byline, in its order ("By Jane Doe and Jo Roe": both).
    #[serde(default)]
    pub authors: Vec<String>,
    /// The publishing outlet.
    pub outlet: Option<String>,
    /// `YYYY-MM-DD`.
    pub published: Option<String>,
    /// Where it was published.
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

/// One sentence of one source that supports an item. Built by extraction, it borrows its
/// fields from the source article (see [`Briefing`]).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct Evidence<'a> {
    /// Source id (`s1`).
    pub source: Cow<'a, str>,
    /// Fragment id of the sentence on the source page (`p3-s1`).
    pub anchor: Cow<'a, str>,
    /// The words as printed (a substring of the cleaned article text).
    pub text: Cow<'a, str>,
}

impl Evidence<'_> {
    /// A copy that owns its text.
    pub fn into_owned(self) -> Evidence<'static> {
        Evidence {
            source: Cow::Owned(self.source.into_owned()),
            anchor: Cow::Owned(self.anchor.into_owned()),
            text: Cow::Owned(self.text.into_owned()),
        }
    }
}

fn owned(evidence: Vec<Evidence<'_>>) -> Vec<Evidence<'static>> {
    owned_items(evidence, Evidence::into_owned)
}

fn owned_items<T, U>(items: Vec<T>, owned: impl Fn(T) -> U) -> Vec<U> {
    items.into_iter().map(owned).collect()
}

/// A fact reported by one or more outlets.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Development<'a> {
    /// Stable id `d{n}` by rank.
    pub id: String,
    /// One sentence stating the development.
    pub summary: String,
    /// Every source that reports it, in source order.
    pub sources: Vec<String>,
    /// Every outlet's sentence that tells it.
    pub evidence: Vec<Evidence<'a>>,
    /// True when only one outlet reports it.
    pub single_source: bool,
    /// Figures the outlets give differently for this development.
    pub conflicts: Vec<FigureConflict>,
    /// Outlets counted once per syndicated copy: the corroboration that ranks it.
    pub independent_sources: usize,
}

impl Development<'_> {
    /// A copy that owns its text.
    pub fn into_owned(self) -> Development<'static> {
        Development {
            evidence: owned(self.evidence),
            id: self.id,
            summary: self.summary,
            sources: self.sources,
            single_source: self.single_source,
            conflicts: self.conflicts,
            independent_sources: self.independent_sources,
        }
    }
}

/// Outlets counting the same thing differently.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct FigureConflict {
    /// What is counted, as printed ("passengers"); `date` for calendar dates ("May 14").
    pub counted: String,
    /// Each figure with the sources that give it, in value order.
    pub figures: Vec<Figure>,
}

impl FigureConflict {
    /// "148 (The Daily, Source 3) vs 150 (Source 2)", with sources named by `label`; a share
    /// keeps its sign ("2% (The Daily) vs 3% (Source 2)"), since a bare "2 vs 3" does not say
    /// what was measured; so does a temperature ("41.2C (Weather Wire) vs 41.3C").
    pub fn describe(&self, label: impl Fn(&str) -> String, separator: &str) -> String {
        let counted = self.counted.to_lowercase();
        let sign = match counted.as_str() {
            "%" | "percent" | "per cent" => "%",
            "c" | "°c" | "f" | "°f" => self.counted.as_str(),
            _ => "",
        };
        self.figures
            .iter()
            .map(|f| {
                format!(
                    "{}{sign} ({})",
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
    /// The figure as given ("148").
    pub value: String,
    /// Sources that give it.
    pub sources: Vec<String>,
}

/// One utterance, with every outlet's printing of it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Quote<'a> {
    /// Stable id `q{n}`.
    pub id: String,
    /// The longest printed form, without enclosing marks (nor the comma that led into an
    /// attribution: "… that," he said).
    pub text: String,
    /// Canonical speaker name, `None` when unattributed.
    pub speaker: Option<String>,
    /// Where it was said when the text says so.
    pub venue: Option<String>,
    /// A short partial phrase (< 6 words).
    pub fragment: bool,
    /// Every outlet's printing of it.
    pub evidence: Vec<Evidence<'a>>,
    /// True when the outlets print different wordings.
    pub wording_differs: bool,
    /// Other speakers some outlets name for the same words (the majority is `speaker`).
    pub other_speakers: Vec<String>,
}

impl Quote<'_> {
    /// A copy that owns its text.
    pub fn into_owned(self) -> Quote<'static> {
        Quote {
            evidence: owned(self.evidence),
            id: self.id,
            text: self.text,
            speaker: self.speaker,
            venue: self.venue,
            fragment: self.fragment,
            wording_differs: self.wording_differs,
            other_speakers: self.other_speakers,
        }
    }
}

/// Something the sources say is open.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct OpenQuestion<'a> {
    /// Stable id `o{n}`.
    pub id: String,
    /// What remains open, as a question or a short statement.
    pub question: String,
    /// Sources that raise it.
    pub sources: Vec<String>,
    /// The sentences that raise it.
    pub evidence: Vec<Evidence<'a>>,
}

impl OpenQuestion<'_> {
    /// A copy that owns its text.
    pub fn into_owned(self) -> OpenQuestion<'static> {
        OpenQuestion {
            evidence: owned(self.evidence),
            id: self.id,
            question: self.question,
            sources: self.sources,
        }
    }
}

/// A named person, organisation or place.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Entity<'a> {
    /// Stable id `e{n}`, most mentioned first.
    pub id: String,
    /// The fullest name printed.
    pub name: String,
    /// `person`, `organization`, `place` or `other`.
    pub kind: String,
    /// Other names the sources use for it.
    pub aliases: Vec<String>,
    /// How often the sources name it.
    pub mentions: usize,
    /// Sources that name it.
    pub sources: Vec<String>,
    /// Sentences that name it, in source order (at most [`MAX_ENTITY_EVIDENCE`]).
    pub evidence: Vec<Evidence<'a>>,
}

impl Entity<'_> {
    /// A copy that owns its text.
    pub fn into_owned(self) -> Entity<'static> {
        Entity {
            evidence: owned(self.evidence),
            id: self.id,
            name: self.name,
            kind: self.kind,
            aliases: self.aliases,
            mentions: self.mentions,
            sources: self.sources,
        }
    }
}

/// Most sentences listed per entity: enough to trace it, bounded for large archives.
pub const MAX_ENTITY_EVIDENCE: usize = 60;

/// A dated event.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct TimelineEvent<'a> {
    /// Stable id `t{n}` in date order.
    pub id: String,
    /// `YYYY-MM-DD`, `None` when the reference cannot be resolved.
    pub date: Option<String>,
    /// The day reference as written (`on Friday`).
    pub when: String,
    /// What happened: the sentence that says so, or the event a possessive day names in it
    /// ("Friday’s summit in Velm" of "… said after Friday’s summit in Velm").
    pub event: Cow<'a, str>,
    /// Every outlet's sentence that tells it.
    pub evidence: Vec<Evidence<'a>>,
}

impl TimelineEvent<'_> {
    /// A copy that owns its text.
    pub fn into_owned(self) -> TimelineEvent<'static> {
        TimelineEvent {
            evidence: owned(self.evidence),
            event: Cow::Owned(self.event.into_owned()),
            id: self.id,
            date: self.date,
            when: self.when,
        }
    }
}
