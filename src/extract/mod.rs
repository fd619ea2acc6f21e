//! Extract: from segmented articles to the [`Briefing`] model.
//!
//! One module per extractor. Entities come first because quote attribution resolves speakers
//! against them; the cross-source passes (developments, open questions, timeline) share the
//! clustering in [`cluster`].

pub mod cluster;
pub mod conflicts;
pub mod developments;
pub mod entities;
pub mod lexicon;
pub mod open_questions;
pub mod questions;
pub mod quotes;
pub mod syndication;
pub mod timeline;
pub mod words;

pub use crate::clean::is_embedded_post;

use chrono::NaiveDate;
use rustc_hash::FxHashMap as HashMap;

use crate::clean::Article;
use crate::model::{Briefing, FigureConflict, SCHEMA, Source};
use crate::segment::Doc;
use crate::text::{tokens, word_count};

/// A position, index or id held in 32 bits, where a large story keeps millions of them
/// (texts and builds are far smaller than 4 GB, and a story has far fewer than 4 billion
/// words or sentences).
pub(crate) fn narrow(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// One source ready for extraction: its id, cleaned article, sentences and page slug. The
/// article's text is in `doc`: its blocks were moved there when it was segmented.
#[derive(Debug, Clone)]
pub struct SourceDoc {
    /// `s1`, `s2`, … in file order.
    pub id: String,
    /// The article, cleaned, with its metadata.
    pub article: Article,
    /// Its paragraphs and sentences.
    pub doc: Doc,
    /// File stem of its page, `sources/<slug>.html`.
    pub slug: String,
}

/// Options that shape extraction.
#[derive(Debug, Clone, Default)]
pub struct ExtractOptions {
    /// The briefing's title; else the most representative headline.
    pub title: Option<String>,
    /// Anchor for day references in sources without a publication date.
    pub story_date: Option<NaiveDate>,
}

/// Builds the briefing from the sources.
pub fn extract<'a>(docs: &'a [SourceDoc], options: &ExtractOptions) -> Briefing<'a> {
    extract_with(docs, options, &crate::Silent)
}

/// The patterns of the extraction stages that can be compiled ahead of use (the build
/// compiles them while files are read, each on whichever core is free).
pub fn patterns() -> Vec<&'static std::sync::LazyLock<regex::Regex>> {
    let mut all = developments::patterns();
    all.extend(open_questions::patterns());
    all.extend(questions::patterns());
    all.extend(quotes::patterns());
    all.extend(timeline::patterns());
    all.extend(conflicts::patterns());
    all
}

/// [`extract`], telling `progress` when it starts.
pub fn extract_with<'a>(
    docs: &'a [SourceDoc],
    options: &ExtractOptions,
    progress: &dyn crate::Progress,
) -> Briefing<'a> {
    progress.stage("extracting", 0);
    // The names each sentence prints are found first, per source in parallel: developments
    // read how many each sentence prints rather than find them again.
    let mut names = entities::find_names(docs);
    let printed = names.take_printed();
    // Independent strands, run side by side: names merged into entities, then quotes and
    // open questions (both resolve people against them); syndication and developments; the
    // timeline. Each is deterministic on its own, so the result does not depend on
    // scheduling.
    let ((entities, (quotes, mut open_questions)), ((family, developments), timeline)) =
        rayon::join(
            || {
                let index = entities::EntityIndex::from_names(docs, names);
                let found = rayon::join(
                    || quotes::extract(docs, &index),
                    || open_questions::extract(docs, &index),
                );
                // Only the entities go on: the mentions and look-up tables behind them are
                // freed here, while the other strands may still be working.
                (index.entities, found)
            },
            || {
                rayon::join(
                    || {
                        let family = syndication::families(docs);
                        let developments =
                            developments::extract_with_names(docs, &family, Some(&printed));
                        (family, developments)
                    },
                    || timeline::extract(docs, options.story_date),
                )
            },
        );
    add_conflicts(&mut open_questions, &developments, docs);
    let title = options
        .title
        .clone()
        .or_else(|| representative_headline(docs))
        .unwrap_or_else(|| "Briefing".to_string());
    // Sources by syndication family, so each source lists its copies without a scan of all.
    let mut members: HashMap<usize, Vec<usize>> = Default::default();
    for (i, f) in family.iter().enumerate() {
        members.entry(*f).or_default().push(i);
    }
    Briefing {
        schema: SCHEMA.to_string(),
        title,
        sources: docs
            .iter()
            .enumerate()
            .map(|(i, d)| {
                let mut s = source_meta(d);
                s.syndicated_with = members[&family[i]]
                    .iter()
                    .filter(|&&j| j != i)
                    .map(|&j| docs[j].id.clone())
                    .collect();
                s
            })
            .collect(),
        developments,
        quotes,
        open_questions,
        entities,
        timeline,
    }
}

/// Figures the outlets disagree on are open questions too, listed after those the texts
/// raise themselves.
fn add_conflicts<'a>(
    questions: &mut Vec<crate::model::OpenQuestion<'a>>,
    developments: &[crate::model::Development<'a>],
    docs: &[SourceDoc],
) {
    // Sources named as the pages name them (looked up by id, not searched for).
    let labels: HashMap<&str, String> = docs
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let meta = &d.article.meta;
            let label = crate::model::source_label(meta.outlet.as_deref(), meta.url.as_deref(), i);
            (d.id.as_str(), label)
        })
        .collect();
    let label = |id: &str| labels.get(id).cloned().unwrap_or_else(|| id.to_string());
    // One question per disagreement: two developments that hold the same figures (one
    // cluster with every outlet's sentence, another with two of them) raise it once, with
    // the sources and sentences of both.
    let mut disagreements: Vec<(FigureConflict, Vec<crate::model::Evidence>)> = Vec::new();
    for d in developments {
        for c in &d.conflicts {
            let evidence = d
                .evidence
                .iter()
                .filter(|e| conflicts::gives_a_figure_of(c, &e.text))
                .cloned();
            match disagreements
                .iter_mut()
                .find(|(known, _)| same_figures(known, c))
            {
                Some((known, held)) => {
                    for (mine, theirs) in known.figures.iter_mut().zip(&c.figures) {
                        mine.sources.extend(theirs.sources.iter().cloned());
                        mine.sources.sort();
                        mine.sources.dedup();
                    }
                    for e in evidence {
                        if !held.contains(&e) {
                            held.push(e);
                        }
                    }
                }
                None => disagreements.push((c.clone(), evidence.collect())),
            }
        }
    }
    let mut computed = Vec::new();
    for (c, evidence) in disagreements {
        let mut sources: Vec<String> = evidence.iter().map(|e| e.source.to_string()).collect();
        sources.sort();
        sources.dedup();
        computed.push(crate::model::OpenQuestion {
            id: String::new(),
            question: match c.counted.to_lowercase().as_str() {
                counted if counted.starts_with(conflicts::AGE_OF) => format!(
                    "How old is {}? The outlets differ: {}.",
                    &c.counted[conflicts::AGE_OF.len()..],
                    c.describe(label, " vs ")
                ),
                // A measure, not a count: "How many percent?" is no question.
                "%" | "percent" | "per cent" => format!(
                    "Which percentage is right? The outlets differ: {}.",
                    c.describe(label, " vs ")
                ),
                "c" | "°c" | "f" | "°f" => format!(
                    "Which temperature is right? The outlets differ: {}.",
                    c.describe(label, " vs ")
                ),
                conflicts::DATES => format!(
                    "Which date is right? The outlets differ: {}.",
                    c.describe(label, " vs ")
                ),
                conflicts::AMOUNTS => format!(
                    "Which amount is right? The outlets differ: {}.",
                    c.describe(label, " vs ")
                ),
                _ => format!(
                    "How many {}? The outlets differ: {}.",
                    c.counted,
                    c.describe(label, " vs ")
                ),
            },
            sources,
            evidence,
        });
    }
    questions.extend(computed);
    for (i, q) in questions.iter_mut().enumerate() {
        q.id = format!("o{}", i + 1);
    }
}

/// True when two conflicts give the same figures for the same thing, whichever sources
/// give them.
fn same_figures(a: &FigureConflict, b: &FigureConflict) -> bool {
    a.counted.eq_ignore_ascii_case(&b.counted)
        && a.figures.len() == b.figures.len()
        && a.figures
            .iter()
            .zip(&b.figures)
            .all(|(x, y)| x.value == y.value)
}

fn source_meta(d: &SourceDoc) -> Source {
    let meta = &d.article.meta;
    let authors = meta
        .author
        .as_deref()
        .map(crate::model::byline_names)
        .unwrap_or_default();
    Source {
        id: d.id.clone(),
        file: d.article.file.clone(),
        headline: meta.headline.clone(),
        author: authors.first().cloned(),
        authors,
        outlet: meta.outlet.clone(),
        published: meta.published.map(|p| p.to_string()),
        url: meta.url.clone(),
        page: format!("sources/{}.html", d.slug),
        words: d.doc.paragraphs.iter().map(|p| word_count(&p.text)).sum(),
        dateline: d.article.dateline.clone(),
        syndicated_with: Vec::new(),
    }
}

/// The headline sharing most words with the other headlines.
fn representative_headline(docs: &[SourceDoc]) -> Option<String> {
    let heads: Vec<&str> = docs
        .iter()
        .filter_map(|d| d.article.meta.headline.as_deref())
        .collect();
    let toks: Vec<std::collections::BTreeSet<String>> = heads
        .iter()
        .map(|h| {
            tokens(h)
                .into_iter()
                .filter(|t| !crate::text::is_stopword(t))
                .collect()
        })
        .collect();
    // Words shared with every other headline, summed: each word counts the other headlines
    // that have it, so one count per word replaces a comparison of every pair.
    let mut headlines_with: HashMap<&str, usize> = Default::default();
    for t in toks.iter().flatten() {
        *headlines_with.entry(t.as_str()).or_default() += 1;
    }
    (0..heads.len())
        .max_by_key(|&i| {
            let shared: usize = toks[i].iter().map(|t| headlines_with[t.as_str()] - 1).sum();
            (
                !is_explainer(heads[i]),
                shared,
                toks[i].len(),
                std::cmp::Reverse(i),
            )
        })
        .map(|i| heads[i].to_string())
}

/// True for the headline of a piece about the news rather than of the news itself ("…:
/// five things to know", "What we know so far", "… – live updates", "Analysis: …"): it names
/// the story last.
fn is_explainer(headline: &str) -> bool {
    let h = headline.to_lowercase();
    [
        "things to know",
        "what we know",
        "what you need to know",
        "explained",
        "explainer",
        "live updates",
        "as it happened",
        "in pictures",
        "in photos",
        "in quotes",
        "key facts",
        "fact check",
        "q&a",
    ]
    .iter()
    .any(|p| h.contains(p))
        || ["live:", "analysis:", "opinion:", "comment:", "timeline:"]
            .iter()
            .any(|p| h.starts_with(p))
        || h.ends_with(" - live")
        || h.ends_with(" – live")
        || h.ends_with(" — live")
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::clean::{Block, BlockRole};

    #[test]
    fn every_pattern_compiled_ahead_of_use_compiles_and_is_listed_once() {
        let all: Vec<&'static std::sync::LazyLock<regex::Regex>> = crate::clean::patterns()
            .into_iter()
            .chain(patterns())
            .collect();
        let mut seen = std::collections::HashSet::new();
        for pattern in &all {
            assert!(seen.insert(std::ptr::from_ref(*pattern)), "listed twice");
            assert!(!std::sync::LazyLock::force(pattern).as_str().is_empty());
        }
        assert!(all.len() > 100, "{}", all.len());
    }

    /// Sources made of plain paragraphs (separated by blank lines), for extractor tests.
    pub fn docs_from(texts: &[&str]) -> Vec<SourceDoc> {
        texts
            .iter()
            .enumerate()
            .map(|(i, text)| {
                let article = Article {
                    file: format!("{i}.txt"),
                    meta: Default::default(),
                    dateline: None,
                    source_credit: None,
                    blocks: text
                        .split("\n\n")
                        .enumerate()
                        .map(|(l, p)| Block {
                            text: p.trim().to_string(),
                            role: BlockRole::Paragraph,
                            line: l + 1,
                        })
                        .collect(),
                    removed: vec![],
                };
                let doc = crate::segment::segment(article.blocks.clone());
                SourceDoc {
                    id: format!("s{}", i + 1),
                    article,
                    doc,
                    slug: format!("{i}"),
                }
            })
            .collect()
    }

    #[test]
    fn representative_headline_is_the_shared_one() {
        let mut docs = docs_from(&["a.", "b.", "c."]);
        docs[0].article.meta.headline = Some("Storm hits coast".into());
        docs[1].article.meta.headline = Some("Bridge opens after storm hits the coast".into());
        docs[2].article.meta.headline = Some("Markets rally".into());
        assert_eq!(
            representative_headline(&docs).as_deref(),
            Some("Bridge opens after storm hits the coast")
        );
    }

    #[test]
    fn an_explainers_headline_is_not_the_story_s() {
        let mut docs = docs_from(&["a.", "b.", "c."]);
        docs[0].article.meta.headline = Some("Opposition wins Elm election".into());
        docs[1].article.meta.headline = Some("Elm votes for change".into());
        docs[2].article.meta.headline =
            Some("Elm election: five things to know about the result".into());
        assert_eq!(
            representative_headline(&docs).as_deref(),
            Some("Opposition wins Elm election")
        );
    }

    #[test]
    fn differing_figures_name_the_sources_as_the_pages_do() {
        let differing = |texts: &[&str], outlet: Option<&str>| -> Vec<String> {
            let mut docs = docs_from(texts);
            docs[0].article.meta.outlet = outlet.map(str::to_string);
            let briefing = extract(&docs, &ExtractOptions::default());
            briefing
                .open_questions
                .iter()
                .map(|o| o.question.to_string())
                .filter(|q| q.contains("differ"))
                .collect()
        };
        assert_eq!(
            differing(
                &[
                    "The ferry Northern Star sank off the coast of Varnholm on Monday with 148 passengers aboard, the coastguard said.",
                    "The ferry Northern Star sank off the coast of Varnholm on Monday with 150 passengers aboard, officials said.",
                ],
                Some("The Daily")
            ),
            vec!["How many passengers? The outlets differ: 148 (The Daily) vs 150 (Source 2)."]
        );
        // A share keeps its sign.
        assert_eq!(
            differing(
                &[
                    "Shares in the ferry operator Varnholm Lines fell 2 percent on Tuesday after the sinking.",
                    "Shares in the ferry operator Varnholm Lines fell 3% on Tuesday after the sinking.",
                ],
                None
            ),
            vec!["Which percentage is right? The outlets differ: 2% (Source 1) vs 3% (Source 2)."]
        );
    }

    #[test]
    fn a_person_given_two_ages_is_asked_about_once() {
        let texts = [
            "Marcus Dean, 34, was charged with the murder of a teenager in Kessel on Sunday, police said.",
            "Marcus Dean, 33, was charged with the murder of a teenager in Kessel on Sunday.",
        ];
        let docs = docs_from(&texts);
        let briefing = extract(&docs, &ExtractOptions::default());
        let conflict = briefing.developments[0].conflicts.clone();
        assert_eq!(conflict.len(), 1);
        let asked = |developments: &[crate::model::Development]| -> Vec<String> {
            let mut questions = Vec::new();
            add_conflicts(&mut questions, developments, &docs);
            questions.iter().map(|q| q.question.clone()).collect()
        };
        let mut twice = vec![
            briefing.developments[0].clone(),
            briefing.developments[0].clone(),
        ];
        twice[1].id = "d2".into();
        assert_eq!(
            asked(&twice),
            vec!["How old is Marcus Dean? The outlets differ: 33 (Source 2) vs 34 (Source 1)."]
        );
        // Two clusters holding the same figures from different outlets raise one question,
        // naming every outlet that gives each figure.
        let mut apart = twice.clone();
        apart[1].conflicts[0].figures[1].sources = vec!["s3".into()];
        apart[1].evidence.push(crate::model::Evidence {
            source: "s3".into(),
            anchor: "p1-s1".into(),
            text: "Marcus Dean, 34, appeared in court.".into(),
        });
        let merged = {
            let mut questions = Vec::new();
            add_conflicts(&mut questions, &apart, &docs);
            questions
        };
        assert_eq!(merged.len(), 1, "{merged:?}");
        assert_eq!(
            merged[0].question,
            "How old is Marcus Dean? The outlets differ: 33 (Source 2) vs 34 (Source 1, s3)."
        );
        assert_eq!(merged[0].sources, ["s1", "s2", "s3"]);
    }

    #[test]
    fn evidence_borrows_the_sentences_and_an_owned_copy_is_equal() {
        let docs = docs_from(&[
            "Mayor Ana Lima opened the Varnholm bridge on Monday. “It is a good day,” Lima said.",
            "Ana Lima opened the bridge in Varnholm on Monday, officials said.",
        ]);
        let briefing = extract(&docs, &ExtractOptions::default());
        let evidence: Vec<&crate::model::Evidence> = (briefing.developments.iter())
            .flat_map(|d| &d.evidence)
            .chain(briefing.quotes.iter().flat_map(|q| &q.evidence))
            .chain(briefing.entities.iter().flat_map(|e| &e.evidence))
            .chain(briefing.timeline.iter().flat_map(|t| &t.evidence))
            .collect();
        assert!(evidence.len() >= 4);
        for e in evidence {
            for field in [&e.source, &e.anchor, &e.text] {
                assert!(matches!(field, std::borrow::Cow::Borrowed(_)), "{e:?}");
            }
        }
        assert_eq!(briefing.clone().into_owned(), briefing);
    }
}
