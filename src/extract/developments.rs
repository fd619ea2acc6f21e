//! Key developments: what happened, clustered across outlets and ranked.
//!
//! Redundancy across outlets is the strongest signal of importance (how news aggregators rank),
//! so clusters are ranked by the number of distinct sources first, then by how early the fact
//! appears (lead position) and how tightly its sentences agree (centrality). A summary is the
//! most central self-contained sentence of the cluster; near-duplicate clusters are folded
//! into the higher-ranked one (maximal marginal relevance).

use rustc_hash::FxHashMap as HashMap;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use chrono::Datelike;
use regex::Regex;

use super::SourceDoc;
use super::cluster::{
    StemLists, Unit, Vector, Vocabulary, centroid, cosine, links, settled,
    star_clusters_with_copies, vectors_with_vocabulary,
};
use super::entities::PrintedNames;
use crate::clean::{BlockRole, is_reader_prompt};
use crate::model::{Development, Evidence};
use crate::pattern::CaselessPattern;
use crate::text::{content_stems, is_stopword, word_count_up_to};

/// Similarity a sentence needs to a cluster's centroid to join it.
const JOIN: f64 = 0.28;
/// Summaries at least this similar are the same development.
const SAME: f64 = 0.5;
/// A one-source cluster this close to a kept cluster's centre is folded into it.
const FOLD_SINGLE: f64 = 0.25;
/// Weight of shared-term coverage in choosing a summary.
const COVERAGE: f64 = 1.0;
/// Weight of how much a sentence says (its distinct content words) in choosing a summary.
const INFORMATION: f64 = 0.2;
/// How many of the best-ranked developments may be moved first for stating the headlines.
const HEADLINE_CANDIDATES: usize = 5;
/// How much more of the headlines' words a development must carry to be moved first.
const HEADLINE_MARGIN: f64 = 0.05;
/// Most developments listed.
const MAX_ITEMS: usize = 20;
/// Similarity to a listed development's centre that makes an outlet's sentence its evidence
/// for it, when the outlet is not among the development's sources yet.
const RECRUIT: f64 = 0.2;
/// Similarity of two clusters' centres that makes them one development when no outlet is
/// in both.
const ABSORB: f64 = 0.175;
/// How much a development's closeness to one listed above it costs it, in outlets: at 1, an
/// elaboration as close as 0.4 to a listed fact gives way to another fact told by 0.4 of an
/// outlet fewer. (0.6 to 1.5 order the scored sets alike; 3 put details above the facts.)
const DIVERSITY: f64 = 1.0;
/// How close (cosine to its cluster's centre) an outlet's closest sentence must be for the
/// outlet to count fully as corroborating a development; at [`LOOSE`] or less it counts as
/// [`LOOSE_WEIGHT`] of an outlet, and in between in proportion. (0.3–0.4 and 0.6–0.7 rank
/// the scored sets alike.)
const CLOSE: f64 = 0.65;
/// See [`CLOSE`].
const LOOSE: f64 = 0.35;
/// See [`CLOSE`].
const LOOSE_WEIGHT: f64 = 0.5;
/// Sources whose candidate sentences are found in parallel before joining the whole.
const SOURCE_BATCH: usize = 256;

/// Sentences that can state a development: body text, not a question, not mostly quotation,
/// four words or more ("The governor swiftly conceded defeat." states a fact); with each
/// one's stems (`statement_stems`, derived forms conflated).
pub fn candidate_units(docs: &[SourceDoc]) -> (Vec<Unit<'_>>, StemLists) {
    use rayon::prelude::*;
    // Per source in parallel, appended in source order, so the result is the same whatever
    // the scheduling. A batch of sources at a time: each source's own stem table is small,
    // but thousands of them held at once were the peak of a large story's build.
    let mut units = Vec::new();
    let mut stems = StemLists::default();
    for (b, batch) in docs.chunks(SOURCE_BATCH).enumerate() {
        let per_source: Vec<(Vec<Unit>, StemLists)> = batch
            .par_iter()
            .enumerate()
            .map(|(i, doc)| source_units(b * SOURCE_BATCH + i, doc))
            .collect();
        for (source_units, source_stems) in per_source {
            units.extend(source_units);
            stems.append(source_stems);
        }
    }
    super::cluster::conflate(&units, &mut stems);
    (units, stems)
}

/// The candidate sentences of one source, with their stems.
fn source_units(s: usize, doc: &SourceDoc) -> (Vec<Unit<'_>>, StemLists) {
    let mut units = Vec::new();
    let mut stem_lists = StemLists::default();
    for (p, para) in doc.doc.paragraphs.iter().enumerate() {
        if para.role != BlockRole::Paragraph {
            continue;
        }
        // Quotes can run over several sentences: judge against the paragraph's spans.
        let spans = super::quotes::find_spans(&para.text);
        for (si, sentence) in para.sentences.iter().enumerate() {
            let text = para.text_of(sentence);
            let words = word_count_up_to(text, 71);
            if !(4..=70).contains(&words)
                || text.trim_end().ends_with(['?', ':'])
                || is_reader_prompt(text)
                || is_list_line(text)
                // (A fragment opening with a comma or a closing bracket lost its start.)
                || text.starts_with([',', ';', ')', ']'])
            {
                continue;
            }
            if quoted_share(text) > 0.6
                || inside_quotes(&spans, sentence.start, sentence.end) > 0.6
                || speaks_in_first_person(text)
                || addresses_someone(text)
                || continued_quotation(text).is_some()
                || quotation_after_colon(&spans, &para.text, sentence.start, sentence.end)
            {
                continue;
            }
            // (The dateline is where and from whom, not what happened: its words would tie
            // a wire's opening to nothing the other outlets say.)
            let stems = statement_stems(without_dateline(text, doc.article.dateline.as_deref()));
            if stems.len() < 4 {
                continue;
            }
            units.push(Unit {
                source: s,
                paragraph: p,
                sentence: si,
                anchor: &sentence.anchor,
                text,
            });
            stem_lists.push(stems);
        }
    }
    (units, stem_lists)
}

/// True for a line of data rather than a statement: a list of names or figures, after a
/// short label and a colon ("Subs not used: Howard, Bellion.", "Goals: Rooney 23, Smith
/// 67.") or of four items or more on its own ("R Lee, J Yapp, G Cooper, C Sweeney."). A
/// sports report's team sheet, or a results table run into one line, repeats the same
/// labels in every outlet and would otherwise cluster as a development corroborated by all.
///
/// ```
/// use briefing::extract::developments::is_list_line;
/// assert!(is_list_line("Subs Not Used: White, McIntosh, Wood, Lloyd, Herron."));
/// assert!(is_list_line("Man Utd: Carroll, G Neville, Silvestre (Fortune 80), Smith."));
/// assert!(is_list_line("R Lee, J Yapp, G Cooper, C Sweeney and K Morgan."));
/// assert!(!is_list_line("The plan: cut taxes, raise spending and hire staff."));
/// assert!(!is_list_line("Jo Li said: \"We will win, Sam, and Ann.\""));
/// assert!(!is_list_line("The council met on Monday, Tuesday and Friday."));
/// assert!(!is_list_line("Paris, London and Rome: Jo Li visited all three."));
/// assert!(is_list_line("Scorers: Dahl  and Price, Okon."));
/// assert!(!is_list_line("Scorers: and Dahl, Price, Okon."));
/// assert!(!is_list_line("Scorers: Dahl, (then Price), Okon."));
/// assert!(is_list_line("- Jo Roe, The Kessel Post: Film - Velm; director - Ann Lee; actor - Tom Reyes."));
/// assert!(is_list_line("Kessel v Velm; Korun v Tarsen City; Calverra v Velmoria."));
/// assert!(!is_list_line("\"We are calmer; more inclined to listen; more open about it."));
/// assert!(!is_list_line("She studied in Kessel; trained at the Velm Hospital School in Korun; and in Tarsen."));
/// ```
pub fn is_list_line(text: &str) -> bool {
    // (Most sentences hold no colon: a byte search says so before a search for ": ".)
    let labelled = memchr::memchr(b':', text.as_bytes())
        .and_then(|_| text.split_once(": "))
        .filter(|(label, _)| {
            (1..=4).contains(&label.split_whitespace().count())
                && label.starts_with(char::is_uppercase)
        });
    let (rest, least) = match labelled {
        Some((_, rest)) => (rest, 2),
        None => (text, 4),
    };
    if semicolon_list(text) {
        return true;
    }
    // A word opening in lower case other than "and" is a word of some item, and no item
    // holding one is a name: prose, found at its first such word (asked of every sentence).
    if rest
        .split_whitespace()
        .any(|w| w != "and" && w.trim_start_matches('(').starts_with(char::is_lowercase))
    {
        return false;
    }
    // (Asked of every candidate sentence: no item is collected, and the first word that is
    // neither capitalised nor a figure ends the look.)
    let named = |w: &str| {
        w.trim_start_matches('(')
            .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
    };
    let mut items = 0;
    let all_named = rest
        .trim_end_matches(['.', ' '])
        .split([',', ';'])
        .flat_map(|item| item.split(" and "))
        .filter(|item| !item.trim().is_empty())
        .all(|item| {
            items += 1;
            item.split_whitespace().nth(4).is_none() && item.split_whitespace().all(named)
        });
    all_named && items >= least
}

/// True for three items or more set apart by semicolons, after any label and colon, each of
/// six words or fewer and each naming someone or something ("Film - The Aviator; director -
/// Jo Roe; actor - Ann Lee.", "Kessel v Velm; Korun v Tarsen; Calverra v Velmoria."): a
/// table's rows run into one line. Prose with semicolons has longer parts, or parts with no
/// name ("We are calmer; more inclined to listen; more open.").
fn semicolon_list(text: &str) -> bool {
    if memchr::memchr(b';', text.as_bytes()).is_none() {
        return false;
    }
    let rest = text.split_once(": ").map_or(text, |(_, rest)| rest);
    let items: Vec<&str> = rest.trim_end_matches(['.', ' ']).split(';').collect();
    items.len() >= 3
        && items.iter().enumerate().all(|(i, item)| {
            let words: Vec<&str> = item.split_whitespace().collect();
            // (The sentence's first word is capitalised whatever it is.)
            let opening = usize::from(i == 0 && words.len() > 1);
            (1..=6).contains(&words.len())
                && words
                    .iter()
                    .skip(opening)
                    .any(|w| w.starts_with(char::is_uppercase))
        })
}

/// The stems a statement is compared by: its content words' stems, irregular past forms
/// as their present, verbs of a rise or fall as one word each, "%" as "percent".
fn statement_stems(text: &str) -> Vec<String> {
    let mut stems = content_stems(text);
    for s in &mut stems {
        if let Some(form) = super::lexicon::compared_form(s) {
            *s = form.to_string();
        }
    }
    // "13%" and "13 percent" say the same: the sign counts as the word.
    stems.extend(text.matches('%').map(|_| "percent".to_string()));
    stems
}

/// The patterns of this stage, for the build to compile ahead of use: while the files are
/// read, each on whichever core is free.
pub fn patterns() -> Vec<&'static LazyLock<Regex>> {
    vec![
        &YEAR,
        NOW.compiled(),
        SINCE.compiled(),
        EVENT.compiled(),
        &PRESENT_PASSIVE,
        DONE.compiled(),
        HEDGE.compiled(),
        &CAME,
        &WIRE,
        &AFTER_PLACE,
        &STAMP,
    ]
}

static YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)(1[89]\d\d|20\d\d)(?-u:\b)").unwrap());

static NOW: CaselessPattern = CaselessPattern::new(|| {
    CaselessPattern::compile(
        r"(?-u:\b)(?:today|yesterday|tonight|this (?:week|morning)|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?-u:\b)",
    )
});

// "the biggest drop since Sept. 17, 2001": a year after "since" measures today's news
// against the past; it does not place the sentence there.
static SINCE: CaselessPattern = CaselessPattern::new(|| {
    CaselessPattern::compile(r"(?-u:\b)since\s+(?:(?-u:[a-z])+\.?\s+)?(?:\d{1,2},?\s+)?$")
});

/// Background rather than news: the sentence is anchored to an earlier year ("entered service
/// in 2017", "began in 2014") and says nothing of today.
pub fn is_background(text: &str, year: Option<i32>) -> bool {
    let Some(year) = year else { return false };
    let years: Vec<i32> = YEAR
        .find_iter(text)
        .filter(|m| {
            // (Up to 24 bytes before the year, from a character's start.)
            let from = (0..=m.start().saturating_sub(24))
                .rev()
                .find(|&i| text.is_char_boundary(i))
                .unwrap_or(0);
            !SINCE.is_match(&text[from..m.start()])
        })
        .filter_map(|m| m.as_str().parse().ok())
        .collect();
    !years.is_empty() && years.iter().all(|&y| y < year) && !NOW.is_match(text)
}

static EVENT: CaselessPattern = CaselessPattern::new(|| {
    CaselessPattern::compile(
        r"(?-u:\b)(?:(?-u:[a-z]){3,}ed|said|says|told|was|were|had|did|made|took|gave|went|came|won|lost|left|began|saw|met|held|sent|led|fell|rose|spoke|wrote|became|struck|hit|put|set|cut|quit|will|would|could|may|might|shall|today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|now|announc(?-u:[a-z])*|is (?-u:[a-z])+ing|are (?-u:[a-z])+ing)(?-u:\b)",
    )
});

// "is considered", "are based": a present passive tells how things are, not of an event.
static PRESENT_PASSIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:is|are)\s+(?:(?-u:[a-z])+ly\s+)?(?-u:[a-z]){3,}ed(?-u:\b)").unwrap()
});

/// A statement of how things are, with no event in it: no past or future tense, no day
/// ("The treaty treats an attack on one member as an attack on all").
pub fn is_timeless(text: &str) -> bool {
    !EVENT.is_match(&PRESENT_PASSIVE.replace_all(text, " "))
}

static DONE: CaselessPattern = CaselessPattern::new(|| {
    CaselessPattern::compile(
        r"(?-u:\b)(?:[a-z]{3,}ed|said|told|won|lost|left|began|met|held|sent|led|fell|rose|struck|hit|cut|quit|took|gave|made|came|went|today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?-u:\b)",
    )
});

static HEDGE: CaselessPattern = CaselessPattern::new(|| {
    CaselessPattern::compile(
        r"(?-u:\b)(?:might|could potentially|may potentially|potentially offer|perspective|insights?)(?-u:\b)",
    )
});

/// How much a sentence reads as reported news, from 0 to 0.6: it names people, places or
/// institutions, and tells of something done (a past-tense verb or a day), without hedging
/// ("might offer a unique perspective", "could potentially"). Breaks ties between clusters
/// that the same number of outlets report.
pub fn newsworthiness(text: &str) -> f64 {
    let names = super::words::distinct_names(&super::words::name_runs(text));
    news_value(usize::from(names), text)
}

/// [`newsworthiness`] of a sentence printing `names` different names (as
/// [`super::words::distinct_names`] counts them).
fn news_value(names: usize, text: &str) -> f64 {
    let named = 0.3 * (names.min(3) as f64 / 3.0);
    let done = if DONE.is_match(text) { 0.2 } else { 0.0 };
    let hedged = if HEDGE.is_match(text) { 0.3 } else { 0.0 };
    (named + done - hedged).max(0.0) + 0.1 * f64::from(u8::from(hedged == 0.0))
}

/// Share of the byte range `start..end` that lies inside (non-title) quote spans.
fn inside_quotes(spans: &[super::quotes::Span], start: usize, end: usize) -> f64 {
    let inside: usize = spans
        .iter()
        .filter(|s| !s.title)
        .map(|s| s.end.min(end).saturating_sub(s.start.max(start)))
        .sum();
    inside as f64 / (end - start).max(1) as f64
}

/// Speech verbs (as lemmas) that do something besides saying: commit, concede, make known.
const NEWS_MAKING_SPEECH: [&str; 7] = [
    "announce", "concede", "confirm", "declare", "pledge", "promise", "vow",
];

/// True when the sentence `start..end` of `paragraph` ends in a quotation its speaker
/// introduces with a colon ("The minister said: “We will rebuild every school."): the
/// sentence reports only what was said, whatever its share of quoted words, and belongs
/// with the quotes. Words on display ("with the slogan: …") are no one's remark, and a
/// speaker who commits or announces with the colon ("she vowed: …",
/// "the club announced: …") makes news, and the sentence stays a candidate.
fn quotation_after_colon(
    spans: &[super::quotes::Span],
    paragraph: &str,
    start: usize,
    end: usize,
) -> bool {
    spans.iter().any(|s| {
        if s.title || !(start..end).contains(&s.open) {
            return false;
        }
        let before = paragraph[start..s.open].trim_end();
        before.ends_with(':')
            && (!s.closed || s.close_end + 2 >= end)
            // "The ads show her with the slogan: “…”" describes what was shown.
            && !super::quotes::ends_naming_displayed_words(&super::words::words(before))
            && !before.split_whitespace().any(|w| {
                let w = w.trim_matches(|c: char| !c.is_alphabetic());
                super::lexicon::speech_verb(w).is_some_and(|v| NEWS_MAKING_SPEECH.contains(&v))
            })
    })
}

/// Share of a sentence's characters inside quote marks. A sentence that closes a quotation
/// it did not open (the last of several quoted sentences: "… goes up,” Li told the BBC.") is
/// quoted up to that mark.
///
/// ```
/// use briefing::extract::developments::quoted_share;
/// assert!(quoted_share("It was a good day,\" Li told the BBC.") > 0.4);
/// assert!(quoted_share("Every week my respect goes up,” Li said.") > 0.6);
/// assert_eq!(quoted_share("The mayor said the bridge would reopen."), 0.0);
/// let misprinted = "The envoy described the Russian offer as unprecedented.”It was new,” he said.";
/// assert!(quoted_share(misprinted) < 0.5);
/// ```
pub fn quoted_share(text: &str) -> f64 {
    let marked = inside_quotes(&super::quotes::find_spans(text), 0, text.len());
    marked.max(continued_quotation(text).map_or(0.0, |end| end as f64 / text.len().max(1) as f64))
}

/// Where a sentence closes a quotation opened before it: its first quote mark, when that is
/// a closing one (a curly closing mark, or a straight one right after punctuation). Such a
/// sentence is the end of someone's words, whatever share of it the attribution takes ("A
/// lot of players put their hands up,\" the coach told the BBC."): no development's.
fn continued_quotation(text: &str) -> Option<usize> {
    let (at, mark) = text
        .char_indices()
        .find(|&(_, c)| matches!(c, '"' | '“' | '”'))?;
    // (A mark with a word straight after it opens, whichever way it is printed: "said,”We".)
    let before_word = text[at + mark.len_utf8()..]
        .chars()
        .next()
        .is_some_and(char::is_alphanumeric);
    let closing = match mark {
        '”' => !before_word,
        '"' => !before_word && text[..at].ends_with([',', '.', '!', '?']),
        _ => false,
    };
    closing.then_some(at)
}

/// True when a sentence opens by speaking to someone ("You burning your gear costs them
/// nothing", "Your support matters"): a post or a plea printed without its marks, or the
/// reader addressed; no report of what happened.
///
/// ```
/// use briefing::extract::developments::addresses_someone;
/// assert!(addresses_someone("You burning your old boots helps nobody."));
/// assert!(addresses_someone("“Your move, Mr Mayor,” the sign read."));
/// assert!(!addresses_someone("Younger voters backed the mayor."));
/// assert!(addresses_someone("Thanks for following our coverage today."));
/// assert!(!addresses_someone("Thanks to the rain, the fire died down."));
/// ```
pub fn addresses_someone(text: &str) -> bool {
    let mut words = text
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .split(|c: char| !c.is_alphanumeric());
    let first = words.next().unwrap_or("");
    // ("Thanks for following our coverage", "Thank you for reading": a live page's sign-off.)
    matches!(first, "You" | "Your" | "Yours")
        || first == "Thanks" && words.next() == Some("for")
        || first == "Thank" && words.next() == Some("you")
}

/// True when a sentence speaks in the first person singular outside any quotation ("I would
/// be happy with the fee", "my respect for him"): a speaker's words printed without their
/// marks, or a columnist's voice, not a report of what happened.
///
/// ```
/// use briefing::extract::developments::speaks_in_first_person;
/// assert!(speaks_in_first_person("I would however be happy with the fee."));
/// assert!(!speaks_in_first_person("He said: “I will stay.”"));
/// assert!(!speaks_in_first_person("The film is set in World War I in France."));
/// ```
pub fn speaks_in_first_person(text: &str) -> bool {
    // Most sentences have no such word: the quotations are found only for one that has.
    let mut spans: Option<Vec<super::quotes::Span>> = None;
    let mut words = text.split_whitespace().peekable();
    let mut after_name = false;
    while let Some(raw) = words.next() {
        let w = raw.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
        let first_person = match w {
            "my" | "My" | "me" | "I'm" | "I’m" | "I've" | "I’ve" | "I'd" | "I’d" | "I'll"
            | "I’ll" => true,
            // ("World War I": a numeral ends a name; the pronoun has a verb after it.)
            "I" => {
                !after_name
                    && words
                        .peek()
                        .is_some_and(|next| next.starts_with(char::is_lowercase))
            }
            _ => false,
        };
        after_name = raw.starts_with(char::is_uppercase);
        if first_person {
            // (Where the word itself starts: after an opening mark, inside the quotation.)
            let at = raw.as_ptr() as usize - text.as_ptr() as usize + raw.find(w).unwrap_or(0);
            let spans = spans.get_or_insert_with(|| super::quotes::find_spans(text));
            if !spans.iter().any(|s| s.start <= at && at < s.end) {
                return true;
            }
        }
    }
    false
}

/// True when a sentence can stand alone as a summary.
pub fn self_contained(text: &str) -> bool {
    let words = word_count_up_to(text, 41);
    !leans_on_context(text) && (8..=40).contains(&words) && !text.trim_end().ends_with('?')
}

static CAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&crate::text::latin_words(concat!(
        r"^(?:[\w.-]+\s+){0,3}?(?:[\w.-]+(?:'s|’s)\s+|[Tt]he\s+|[Hh]is\s+|[Hh]er\s+|[Tt]heir\s+)?",
        r"(?:statements?|comments?|remarks?|announcement|warning|move|decision|visit|call|interview)",
        r"\s+(?:came|comes|follows|followed)(?-u:\b)"
    )))
    .unwrap()
});

/// True when a sentence leans on the one before it: it opens with a pronoun, a connective or
/// a quotation mark ("He said …", "However, …", "“We …,” she said"), ends with a pronoun
/// pointing back ("Even the fund admits this."), or tells only when something told before
/// came ("The envoy's statement came days after the summit").
///
/// ```
/// use briefing::extract::developments::leans_on_context;
/// assert!(leans_on_context("He said the plan would work."));
/// assert!(leans_on_context("The envoy said it was the first time Moscow agreed to that."));
/// assert!(!leans_on_context("The mayor said the slogan would be \"Don't let them wreck it.\""));
/// assert!(!leans_on_context("The council approved the plan on Monday."));
/// ```
pub fn leans_on_context(text: &str) -> bool {
    if CAME.is_match(text) {
        return true;
    }
    // "… the first time he had heard them agree to that.": a closing pronoun points back
    // (not one a quotation ends with: that one is the speaker's).
    let quoted_end = text
        .trim_end_matches(['.', '!', ' '])
        .ends_with(['"', '”', '’', '\'']);
    let last = text
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    if !quoted_end && matches!(last, "that" | "this" | "it" | "those" | "these" | "them") {
        return true;
    }
    opens_leaning(text)
}

/// True when a sentence opens by pointing back: a pronoun, a connective or a quotation mark
/// ("He said …", "However, …", "“We …,” she said"). Such a sentence is never a
/// development's summary.
fn opens_leaning(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or("").to_lowercase();
    let first = first.trim_matches(|c: char| !c.is_alphanumeric());
    matches!(
        first,
        "he" | "she"
            | "it"
            | "they"
            | "this"
            | "that"
            | "these"
            | "those"
            | "but"
            | "and"
            | "however"
            | "his"
            | "her"
            | "their"
            | "its"
            | "also"
    ) || text.starts_with(['"', '“', '”', '‘', '\''])
}

/// A ranked cluster of sentence units.
pub struct RankedCluster {
    /// Units in the cluster.
    pub members: Vec<usize>,
    /// The unit that states it.
    pub summary: usize,
    /// Sources of its units.
    pub sources: BTreeSet<usize>,
    /// Rank score: higher first.
    pub score: f64,
}

/// How [`rank_clusters`] groups and orders.
#[derive(Debug, Clone, Copy)]
pub struct RankOptions<'a> {
    /// Similarity that links sentences of two sources.
    pub join: f64,
    /// Summaries at least this similar are one item.
    pub same: f64,
    /// A one-source cluster this close to a kept cluster's centre folds into it.
    pub fold_single: f64,
    /// Per unit: how much being (only) this sentence lowers a cluster's rank.
    pub penalty: &'a [f64],
    /// Most clusters kept; later ones can still fold into them. Bounds the pass to linear
    /// time however many sentences there are.
    pub limit: usize,
    /// Per source: its syndication family; outlets of one family corroborate once. Empty
    /// means every source is independent.
    pub family: &'a [usize],
    /// Rank as news: prefer summaries that report something done by someone named, and sink
    /// clusters that cannot be summarised by a sentence standing alone.
    pub news: bool,
    /// How many names each sentence prints, when the names were found already (otherwise
    /// they are found again for each cluster's summary).
    pub printed: Option<&'a PrintedNames>,
}

/// Distinct syndication families among some sources.
pub fn independent(sources: &BTreeSet<usize>, family: &[usize]) -> usize {
    if family.is_empty() {
        return sources.len();
    }
    sources
        .iter()
        .map(|&s| family_of(s, family))
        .collect::<BTreeSet<usize>>()
        .len()
}

/// The syndication family of `source` (itself when `family` is empty: no families known).
fn family_of(source: usize, family: &[usize]) -> usize {
    if family.is_empty() {
        source
    } else {
        family[source]
    }
}

/// How much an outlet whose closest sentence is `closeness` (cosine) from a development's
/// centre counts as corroborating it: fully from [`CLOSE`], [`LOOSE_WEIGHT`] up to
/// [`LOOSE`], in proportion between. A sentence drawn into a cluster by a shared name and
/// little else ("The aviation agency oversees the world's planemakers" beside "The agency
/// will notify airlines when they can fly again") tells some other fact.
///
/// ```text
/// outlet_weight(0.8) = 1.0, outlet_weight(0.5) = 0.75, outlet_weight(0.3) = 0.5
/// ```
fn outlet_weight(closeness: f64) -> f64 {
    let along = (closeness - LOOSE) / (CLOSE - LOOSE);
    LOOSE_WEIGHT + (1.0 - LOOSE_WEIGHT) * along.clamp(0.0, 1.0)
}

/// [`independent`] with a weight per source: each syndication family counts as the largest
/// weight among its sources' `(source, weight)` pairs.
fn weighted_independent(weights: impl Iterator<Item = (usize, f64)>, family: &[usize]) -> f64 {
    let mut best: BTreeMap<usize, f64> = BTreeMap::new();
    for (source, weight) in weights {
        let e = best.entry(family_of(source, family)).or_insert(0.0);
        *e = e.max(weight);
    }
    best.values().sum()
}

/// Clusters and ranks units; shared with open questions.
///
/// Identical sentences (a wire story printed by several outlets, a live blog repeating
/// itself) are clustered once, as one unit standing for all its copies, which join its
/// cluster after: the cross-source pass then grows with the distinct sentences, not with
/// how often each was printed.
pub fn rank_clusters(units: &[Unit], vecs: &[Vector], options: &RankOptions) -> Vec<RankedCluster> {
    let mut group_of: HashMap<&str, usize> = HashMap::default();
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for (i, u) in units.iter().enumerate() {
        let next = groups.len();
        let g = *group_of.entry(u.text).or_insert(next);
        if g == next {
            groups.push(Vec::new());
        }
        groups[g].push(i);
    }
    if groups.len() == units.len() {
        return rank_distinct(units, vecs, options, &[]);
    }
    let firsts: Vec<usize> = groups.iter().map(|g| g[0]).collect();
    let distinct: Vec<Unit> = firsts.iter().map(|&i| units[i]).collect();
    let distinct_vecs: Vec<Vector> = firsts.iter().map(|&i| vecs[i].clone()).collect();
    let penalty: Vec<f64> = firsts
        .iter()
        .map(|&i| options.penalty.get(i).copied().unwrap_or(0.0))
        .collect();
    let copies: Vec<Vec<usize>> = groups
        .iter()
        .map(|g| {
            let own = units[g[0]].source;
            let others: BTreeSet<usize> = g[1..]
                .iter()
                .map(|&i| units[i].source)
                .filter(|&s| s != own)
                .collect();
            others.into_iter().collect()
        })
        .collect();
    let options = RankOptions {
        penalty: &penalty,
        ..*options
    };
    rank_distinct(&distinct, &distinct_vecs, &options, &copies)
        .into_iter()
        .map(|mut c| {
            c.members = c
                .members
                .iter()
                .flat_map(|&m| groups[m].iter().copied())
                .collect();
            c.summary = groups[c.summary][0];
            c.sources = c.members.iter().map(|&m| units[m].source).collect();
            c
        })
        .collect()
}

/// [`rank_clusters`] over units no two of which are the same sentence; `copies[u]` are the
/// other sources that print unit `u` word for word.
fn rank_distinct(
    units: &[Unit],
    vecs: &[Vector],
    options: &RankOptions,
    copies: &[Vec<usize>],
) -> Vec<RankedCluster> {
    let RankOptions {
        join,
        same,
        fold_single,
        penalty,
        limit,
        family,
        news,
        printed,
    } = *options;
    let links = links(units, vecs, join);
    let clusters = star_clusters_with_copies(units, &links, same.max(join), copies);
    let copies_of = |m: usize| copies.get(m).map_or(&[][..], Vec::as_slice);
    // Each cluster is scored on its own: in parallel, collected in cluster order.
    use rayon::prelude::*;
    // (A one-member cluster's centre is its member's vector, borrowed rather than copied:
    // most clusters of a large story have one member.)
    let mut ranked: Vec<(RankedCluster, std::borrow::Cow<Vector>)> = clusters
        .into_par_iter()
        .map(|members| {
            let c = match members.as_slice() {
                [only] => std::borrow::Cow::Borrowed(&vecs[*only]),
                _ => std::borrow::Cow::Owned(centroid(vecs, &members)),
            };
            let sources: BTreeSet<usize> = members
                .iter()
                .flat_map(|&m| std::iter::once(units[m].source).chain(copies_of(m).iter().copied()))
                .collect();
            let closeness: Vec<f64> = members.iter().map(|&m| cosine(&vecs[m], &c)).collect();
            let centrality = closeness.iter().sum::<f64>() / members.len() as f64;
            let lead = members
                .iter()
                .map(|&m| units[m].paragraph)
                .min()
                .unwrap_or(0);
            let summary = choose_summary(&members, units, vecs, &c, news);
            let background = members
                .iter()
                .map(|&m| penalty.get(m).copied().unwrap_or(0.0))
                .sum::<f64>()
                / members.len() as f64;
            // A cluster no member of which can stand alone ("He called it …") restates
            // something said just before: it is never a development of its own.
            let unsummarisable = news && !members.iter().any(|&m| self_contained(units[m].text));
            let news_bonus = if news {
                let u = &units[summary];
                let names = printed.and_then(|p| p.get(u.source, u.paragraph, u.sentence));
                let value = names.map_or_else(|| newsworthiness(u.text), |n| news_value(n, u.text));
                value - 2.0 * f64::from(u8::from(unsummarisable))
            } else {
                0.0
            };
            // As news, an outlet whose sentence only loosely tells the fact corroborates
            // it less than one that tells it closely.
            let corroboration = if news {
                let outlets = members.iter().zip(&closeness).map(|(&m, &close)| {
                    let own = (units[m].source, outlet_weight(close));
                    std::iter::once(own).chain(copies_of(m).iter().map(|&s| (s, 1.0)))
                });
                weighted_independent(outlets.flatten(), family)
            } else {
                independent(&sources, family) as f64
            };
            let score = corroboration + 0.6 / (1.0 + lead as f64) + 0.3 * centrality + news_bonus
                - background;
            let cluster = RankedCluster {
                members,
                summary,
                sources,
                score,
            };
            (cluster, c)
        })
        .collect();
    ranked.sort_by(|(a, _), (b, _)| {
        (settled(b.score).cmp(&settled(a.score))).then(a.summary.cmp(&b.summary))
    });
    // What each kept summary singles out ("the youngest president", "its 30th anniversary"):
    // a cluster whose summary names the same one thing restates the same fact.
    let referents = |c: &RankedCluster| {
        if news {
            singled_out(units[c.summary].text)
        } else {
            Vec::new()
        }
    };
    let mut kept_referents: Vec<Vec<(String, String)>> = Vec::new();
    // Fold near-duplicates into the higher-ranked cluster (maximal marginal relevance): a
    // cluster whose summary restates a kept one, or a one-source cluster close to a kept
    // cluster's centre (an outlet's second sentence on the same fact).
    let mut kept: Vec<RankedCluster> = Vec::new();
    // The kept clusters' centres, held by term: one pass over a cluster's terms gives its
    // closeness to every kept centre, and only the centres sharing a term are compared.
    let mut centres = KeptCentres::default();
    let mut closeness = Vec::new();
    for (c, own) in ranked {
        // (What the summary singles out is read only when a kept cluster singles out
        // something too: most have nothing, and most clusters are never compared so far.)
        let own_referents = std::cell::OnceCell::new();
        centres.closeness(&own, &mut closeness);
        // (The cheapest tests first: this runs for every cluster of a large story.)
        let home = (0..kept.len()).find(|&h| {
            let (shared, to_centre) = closeness[h];
            if !shared {
                return false;
            }
            let k = &kept[h];
            to_centre >= same
                || c.sources.len() == 1 && to_centre >= fold_single
                || to_centre >= fold_single + 0.1 && k.sources.is_disjoint(&c.sources)
                || cosine(&vecs[k.summary], &vecs[c.summary]) >= same
                || !kept_referents[h].is_empty()
                    && (own_referents.get_or_init(|| referents(&c)).iter())
                        .any(|r| kept_referents[h].contains(r))
        });
        if let Some(h) = home {
            for &m in &c.members {
                centres.add(h, &vecs[m]);
            }
            kept[h].members.extend(c.members);
            kept[h].sources.extend(c.sources);
            continue;
        }
        if kept.len() < limit {
            let h = centres.open();
            for &m in &c.members {
                centres.add(h, &vecs[m]);
            }
            let own_referents = own_referents.into_inner().unwrap_or_else(|| referents(&c));
            kept.push(c);
            kept_referents.push(own_referents);
        }
    }
    // Folding brought more outlets' sentences: the summary is chosen again among them all.
    // A cluster each sentence of which opens pointing back ("He declined to say …", "“It
    // was a gamble,” she said") has no summary that stands alone: it is no development.
    if news {
        for k in &mut kept {
            let c = centroid(vecs, &k.members);
            k.summary = choose_summary(&k.members, units, vecs, &c, news);
        }
        kept.retain(|k| k.members.iter().any(|&m| !opens_leaning(units[m].text)));
    }
    kept
}

/// The one-of-a-kind things a sentence names: an ordinal or a superlative with the noun it
/// ranks ("France's youngest president", "the brand's 30th anniversary"). There is one
/// youngest president, so two sentences naming him tell of the same fact, in whatever other
/// words. Not a stretch of time ("the first time", "the second round"): that places an
/// event rather than singling out a thing.
///
/// ```
/// use briefing::extract::developments::singled_out;
/// assert_eq!(
///     singled_out("She became the youngest mayor in the 30th year of the city."),
///     vec![("youngest".to_string(), "mayor".to_string())]
/// );
/// assert!(singled_out("For the first time, interest rates rose.").is_empty());
/// ```
pub fn singled_out(text: &str) -> Vec<(String, String)> {
    use super::lexicon::{EST_NON_SUPERLATIVES, ORDINALS, SPAN_NOUNS, is_in};
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut found = Vec::new();
    for pair in words.windows(2) {
        let (rank, noun) = (pair[0], pair[1]);
        // A comma or a quotation mark between them: the noun is not the one ranked.
        if !rank.chars().all(|c| c.is_alphanumeric()) {
            continue;
        }
        // Every ordinal and superlative ends so ("first", "22nd", "3rd", "fifth",
        // "youngest"): other words are passed over before they are lower-cased.
        let ending = &rank.as_bytes()[rank.len().saturating_sub(2)..];
        if !["st", "nd", "rd", "th"]
            .iter()
            .any(|e| ending.eq_ignore_ascii_case(e.as_bytes()))
        {
            continue;
        }
        let noun = noun.trim_end_matches(|c: char| !c.is_alphanumeric());
        let lower = rank.to_lowercase();
        let ordinal = is_in(&ORDINALS, rank) && !rank.starts_with(char::is_uppercase)
            || ["st", "nd", "rd", "th"].iter().any(|s| {
                lower
                    .strip_suffix(s)
                    .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
            });
        let superlative = lower.len() >= 6
            && lower.ends_with("est")
            && lower.bytes().all(|b| b.is_ascii_lowercase())
            && !is_in(&EST_NON_SUPERLATIVES, &lower);
        let named_thing = noun.len() >= 3
            && noun.starts_with(|c: char| c.is_ascii_lowercase())
            && noun.chars().all(|c| c.is_alphabetic() || c == '-')
            && !is_stopword(noun)
            && !is_in(&SPAN_NOUNS, noun);
        if (ordinal || superlative) && named_thing {
            found.push((lower, noun.to_string()));
        }
    }
    found
}

/// The member that best states a cluster's fact: self-contained, close to the cluster's
/// centre, early in its article, and (for news) carrying the words several members share,
/// so the summary names what the outlets agree on ("the second flood in a month, after the
/// river burst its banks in May" rather than "the second in a month").
fn choose_summary(
    members: &[usize],
    units: &[Unit],
    vecs: &[Vector],
    centre: &Vector,
    news: bool,
) -> usize {
    // A unit's distinct terms are those of its vector (one entry per term).
    let distinct = |m: usize| vecs[m].iter().map(|&(t, _)| t);
    let mut shared_terms: HashMap<u32, usize> = HashMap::default();
    for &m in members {
        for t in distinct(m) {
            *shared_terms.entry(t).or_default() += 1;
        }
    }
    let shared_total = shared_terms.values().filter(|&&n| n >= 2).count().max(1);
    let coverage = |m: usize| {
        distinct(m)
            .filter(|t| shared_terms.get(t).is_some_and(|&n| n >= 2))
            .count() as f64
            / shared_total as f64
    };
    // Of two sentences on one fact, the one that says more ("said in an interview it was
    // 'a terrible message'" over "chimed in in an interview"): distinct content words, up
    // to a long sentence's worth.
    let information = |m: usize| vecs[m].len().min(20) as f64 / 20.0;
    let score = |m: usize| {
        f64::from(u8::from(self_contained(units[m].text)))
            + cosine(&vecs[m], centre)
            + 0.3 / (1.0 + units[m].paragraph as f64)
            + if news {
                COVERAGE * coverage(m) + INFORMATION * information(m)
            } else {
                0.0
            }
    };
    *members
        .iter()
        .max_by(|&&a, &&b| settled(score(a)).cmp(&settled(score(b))).then(b.cmp(&a)))
        .expect("clusters have members")
}

/// Running centres of the kept clusters, held by term: for each term, the clusters whose
/// centre holds it with the sum of their members' weights for it. Folding adds a member's
/// weights instead of rebuilding a centre from every member, and one pass over a vector's
/// terms gives its cosine to every centre at once, which keeps the fold linear when
/// thousands of small clusters are compared with the kept ones.
#[derive(Default)]
struct KeptCentres {
    by_term: HashMap<u32, Vec<(usize, f64)>>,
    length_squared: Vec<f64>,
}

impl KeptCentres {
    /// Starts an empty centre; returns its number.
    fn open(&mut self) -> usize {
        self.length_squared.push(0.0);
        self.length_squared.len() - 1
    }

    /// Adds a member's vector to centre `h`.
    fn add(&mut self, h: usize, v: &Vector) {
        for &(t, w) in v {
            let w = f64::from(w);
            let holders = self.by_term.entry(t).or_default();
            let at = match holders.iter().position(|&(k, _)| k == h) {
                Some(at) => at,
                None => {
                    holders.push((h, 0.0));
                    holders.len() - 1
                }
            };
            let slot = &mut holders[at].1;
            self.length_squared[h] += (*slot + w) * (*slot + w) - *slot * *slot;
            *slot += w;
        }
    }

    /// Per centre: whether it shares a term with the unit-length `unit`, and its cosine to
    /// it (terms summed in `unit`'s order).
    fn closeness(&self, unit: &Vector, out: &mut Vec<(bool, f64)>) {
        out.clear();
        out.resize(self.length_squared.len(), (false, 0.0));
        for (t, w) in unit {
            for &(h, sum) in self.by_term.get(t).into_iter().flatten() {
                out[h].0 = true;
                out[h].1 += sum * f64::from(*w);
            }
        }
        for (h, (_, dot)) in out.iter_mut().enumerate() {
            *dot /= self.length_squared[h].sqrt().max(f64::MIN_POSITIVE);
        }
    }
}

/// Per unit: 1 for background (anchored to an earlier year than the story's newest source, or
/// timeless), else 0; being only such sentences sinks a cluster.
pub fn background_penalty(units: &[Unit], docs: &[SourceDoc]) -> Vec<f64> {
    let year = docs
        .iter()
        .filter_map(|d| d.article.meta.published)
        .map(|d| d.year())
        .max();
    units
        .iter()
        .map(|u| f64::from(u8::from(is_background(u.text, year) || is_timeless(u.text))))
        .collect()
}

/// How developments are grouped and ranked, given each unit's background penalty and each
/// source's syndication family.
pub fn news_options<'a>(penalty: &'a [f64], family: &'a [usize]) -> RankOptions<'a> {
    RankOptions {
        join: JOIN,
        same: SAME,
        fold_single: FOLD_SINGLE,
        penalty,
        limit: 2 * MAX_ITEMS,
        family,
        news: true,
        printed: None,
    }
}

/// Extracts the ranked developments.
pub fn extract<'a>(docs: &'a [SourceDoc], family: &[usize]) -> Vec<Development<'a>> {
    extract_with_names(docs, family, None)
}

/// [`extract`], reading how many names each sentence prints from `printed` when the entity
/// pass found them already ([`super::entities::NamesFound::take_printed`]), rather than
/// finding every candidate summary's names again.
pub fn extract_with_names<'a>(
    docs: &'a [SourceDoc],
    family: &[usize],
    printed: Option<&PrintedNames>,
) -> Vec<Development<'a>> {
    let (units, stems) = candidate_units(docs);
    let (vecs, vocabulary) = vectors_with_vocabulary(stems);
    let penalty = background_penalty(&units, docs);
    let options = RankOptions {
        printed,
        ..news_options(&penalty, family)
    };
    let mut ranked = rank_clusters(&units, &vecs, &options);
    lead_with_headline_fact(&mut ranked, &vecs, &vocabulary, docs, family);
    absorb_other_outlets_clusters(&mut ranked, &vecs, MAX_ITEMS, ABSORB);
    diversify(&mut ranked, &vecs, DIVERSITY);
    let listed = ranked.len().min(MAX_ITEMS);
    recruit_missing_sources(&mut ranked[..listed], &units, &vecs, RECRUIT);
    ranked
        .into_iter()
        .take(MAX_ITEMS)
        .enumerate()
        .map(|(i, c)| to_development(i, &c, &units, docs, family))
        .collect()
}

/// Joins to each of the first `listed` clusters every later cluster that shares no outlet
/// with it and whose centre is at least `threshold` close to its own. One outlet tells a
/// fact once: when the outlets that tell it in other words than the rest form a cluster of
/// their own, that cluster is the same development seen from elsewhere ("Supporters
/// celebrated outside the museum" from three outlets, "Thousands cheered at the museum" from
/// a fourth). Two clusters from the same outlets are two facts those outlets both tell, and
/// stay apart. The joined cluster keeps its place; the absorbed one leaves the list.
fn absorb_other_outlets_clusters(
    ranked: &mut Vec<RankedCluster>,
    vecs: &[Vector],
    listed: usize,
    threshold: f64,
) {
    let centres: Vec<Vector> = ranked.iter().map(|c| centroid(vecs, &c.members)).collect();
    let mut absorbed = vec![false; ranked.len()];
    let mut kept = 0;
    for i in 0..ranked.len() {
        if kept == listed {
            break;
        }
        if absorbed[i] {
            continue;
        }
        kept += 1;
        for j in i + 1..ranked.len() {
            if absorbed[j]
                || !ranked[i].sources.is_disjoint(&ranked[j].sources)
                || cosine(&centres[i], &centres[j]) < threshold
            {
                continue;
            }
            absorbed[j] = true;
            let (head, tail) = ranked.split_at_mut(j);
            let (into, from) = (&mut head[i], &tail[0]);
            into.members.extend_from_slice(&from.members);
            into.sources.extend(from.sources.iter().copied());
        }
    }
    let mut index = 0;
    ranked.retain(|_| {
        index += 1;
        !absorbed[index - 1]
    });
}

/// Orders the developments by maximal marginal relevance: the first stays first, and each
/// next is the one whose score, less `weight` times its closeness to the nearest one already
/// placed, is highest. Folding (in [`rank_clusters`]) joins restatements of one fact; this
/// keeps a fact's elaborations (where it was said, a detail of it) below other facts about
/// as well corroborated. Quadratic in the clusters ranked, a few dozen at most.
fn diversify(ranked: &mut Vec<RankedCluster>, vecs: &[Vector], weight: f64) {
    if ranked.len() < 3 {
        return;
    }
    let centres: Vec<Vector> = ranked.iter().map(|c| centroid(vecs, &c.members)).collect();
    // Per cluster not yet placed: its closeness to the nearest placed one.
    let mut nearest: Vec<f64> = centres.iter().map(|c| cosine(c, &centres[0])).collect();
    let mut placed = vec![false; ranked.len()];
    placed[0] = true;
    let mut order = vec![0];
    while order.len() < ranked.len() {
        let value = |i: usize| settled(ranked[i].score - weight * nearest[i]);
        let next = (0..ranked.len())
            .filter(|&i| !placed[i])
            .max_by(|&a, &b| value(a).cmp(&value(b)).then(b.cmp(&a)))
            .expect("a cluster is left");
        placed[next] = true;
        order.push(next);
        for i in (0..ranked.len()).filter(|&i| !placed[i]) {
            nearest[i] = nearest[i].max(cosine(&centres[i], &centres[next]));
        }
    }
    let mut clusters: Vec<Option<RankedCluster>> =
        std::mem::take(ranked).into_iter().map(Some).collect();
    *ranked = (order.into_iter())
        .map(|i| clusters[i].take().expect("each placed once"))
        .collect();
}

/// Adds to each listed development, from every outlet it lacks, that outlet's sentence
/// closest to the development's centre when it is at least `threshold` close. Star
/// clustering takes an outlet's sentence only when it links to the cluster's centre
/// sentence; an outlet that tells the fact in a longer sentence or other words ("This
/// concession was revealed by the envoy in an interview") links to none, yet is close to
/// what the cluster's sentences say together. Done after ranking, so the order stays that of
/// the corroboration the clustering found; the evidence and the outlets shown grow.
fn recruit_missing_sources(
    listed: &mut [RankedCluster],
    units: &[Unit],
    vecs: &[Vector],
    threshold: f64,
) {
    use rayon::prelude::*;
    let vocabulary = super::cluster::term_count(vecs);
    listed.par_iter_mut().for_each(|c| {
        // The centre spread over a table by term: each unit's cosine to it is then a look-up
        // per term of the unit, however many terms a large cluster's centre holds.
        let mut centre = vec![0.0f64; vocabulary];
        for (t, w) in centroid(vecs, &c.members) {
            centre[t as usize] = f64::from(w);
        }
        // Per missing source, its closest unit (the first of equals, in unit order).
        let mut closest: BTreeMap<usize, (f64, usize)> = Default::default();
        for (u, unit) in units.iter().enumerate() {
            if c.sources.contains(&unit.source) {
                continue;
            }
            let sim: f64 = (vecs[u].iter())
                .map(|&(t, w)| centre[t as usize] * f64::from(w))
                .sum();
            let best = closest.entry(unit.source).or_insert((f64::MIN, u));
            if sim > best.0 {
                *best = (sim, u);
            }
        }
        for (source, (sim, u)) in closest {
            if sim >= threshold {
                c.members.push(u);
                c.sources.insert(source);
            }
        }
    });
}

/// Puts first the development the articles' own headlines state, among the few best
/// corroborated: outlets headline the story's main fact, while the ranking can put an
/// equally corroborated reaction to it first ("X congratulated Y on his win" above "Y won").
/// A development moves up only when the headlines share clearly more of its words.
fn lead_with_headline_fact(
    ranked: &mut [RankedCluster],
    vecs: &[Vector],
    vocabulary: &Vocabulary,
    docs: &[SourceDoc],
    family: &[usize],
) {
    use std::collections::HashSet;
    // Each headline's distinct stems, as term ids where a candidate sentence has the stem
    // (`None` for the others: they count in the headline's length, and match nothing).
    let headlines: Vec<Vec<Option<usize>>> = docs
        .iter()
        .filter_map(|d| d.article.meta.headline.as_deref())
        .map(|h| {
            let stems: HashSet<String> = statement_stems(h).into_iter().collect();
            stems.iter().map(|s| vocabulary.id(s)).collect::<Vec<_>>()
        })
        .filter(|h| !h.is_empty())
        .collect();
    let Some(top) = ranked.first() else { return };
    if headlines.len() < 2 {
        return;
    }
    let top_sources = independent(&top.sources, family);
    // Share of each headline's words the summary carries, averaged over the headlines.
    let headline_share = |c: &RankedCluster| -> f64 {
        let own = &vecs[c.summary];
        let has = |t: usize| own.binary_search_by_key(&t, |&(id, _)| id as usize).is_ok();
        headlines
            .iter()
            .map(|h| h.iter().filter(|t| t.is_some_and(has)).count() as f64 / h.len() as f64)
            .sum::<f64>()
            / headlines.len() as f64
    };
    let current = headline_share(top);
    let best = ranked
        .iter()
        .enumerate()
        .take(HEADLINE_CANDIDATES)
        .skip(1)
        .filter(|(_, c)| independent(&c.sources, family) + 1 >= top_sources)
        .map(|(i, c)| (headline_share(c), i))
        .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)));
    if let Some((share, i)) = best {
        if share >= current + HEADLINE_MARGIN {
            ranked[..=i].rotate_right(1);
        }
    }
}

static WIRE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\([A-Z][A-Za-z]{1,15}(?: [A-Z][A-Za-z]+){0,2}\)\s*(?:[–—-]{1,2}\s*)?").unwrap()
});

static AFTER_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:,\s*[A-Z][A-Za-z.]+(?:\s+\d{1,2}(?:,\s*\d{4})?)?)?(?:\s*\([A-Za-z .]+\))?\s+[–—-]{1,2}\s+")
        .unwrap()
});

// A live page's time stamp: "11:30 GMT: …", "09.02 - …", "8am: …".
static STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\d{1,2}[:.]\d{2}|\d{1,2}(?:am|pm))(?:\s*(?:[A-Z]{2,4}|am|pm|a\.m\.|p\.m\.))?\s*[:–—-]\s+")
        .unwrap()
});

/// A statement without the dateline a story opens with ("(Wire) By …", "OSLO (Wire) — …",
/// the article's own dateline) or the time stamp of a live page's entry ("11:30 GMT: …"):
/// the place, the wire and the hour are the source's, not part of what happened. The
/// evidence keeps the sentence as printed.
///
/// ```text
/// "(Wire) The council voted." → "The council voted."
/// "OSLO (Wire) — The council voted." with dateline OSLO → "The council voted."
/// ```
pub(crate) fn without_dateline<'a>(sentence: &'a str, dateline: Option<&str>) -> &'a str {
    let rest = match dateline.and_then(|d| sentence.strip_prefix(d)) {
        Some(after) => AFTER_PLACE
            .find(after)
            .map_or(sentence, |m| &after[m.end()..]),
        None => WIRE
            .find(sentence)
            .or_else(|| STAMP.find(sentence))
            .map_or(sentence, |m| &sentence[m.end()..]),
    };
    // Only when a sentence is left, opening as one.
    if rest.len() < sentence.len() && rest.starts_with(|c: char| c.is_uppercase()) {
        rest
    } else {
        sentence
    }
}

/// True when two different figures of `conflict` were told over the same days: from sources
/// of one day (or of no known day), or in turn ("4%" on the 1st and the 3rd, "4.5%" on the
/// 2nd): outlets that disagree. A figure only ever given after the other is the news moving
/// on ("killed 12 people" on Monday, "20" on Wednesday), not a disagreement.
fn told_over_the_same_days(conflict: &crate::model::FigureConflict, docs: &[SourceDoc]) -> bool {
    let day = |id: &str| {
        docs.iter()
            .find(|d| d.id == id)
            .and_then(|d| d.article.meta.published)
    };
    // Each figure's first and last day; `None` when a source of it has no known day.
    let spans: Vec<Option<(chrono::NaiveDate, chrono::NaiveDate)>> = conflict
        .figures
        .iter()
        .map(|f| {
            let days: Option<Vec<chrono::NaiveDate>> = f.sources.iter().map(|s| day(s)).collect();
            let days = days?;
            Some((*days.iter().min()?, *days.iter().max()?))
        })
        .collect();
    spans.iter().enumerate().any(|(i, a)| {
        spans[i + 1..].iter().any(|b| match (a, b) {
            (Some((first_a, last_a)), Some((first_b, last_b))) => {
                first_a <= last_b && first_b <= last_a
            }
            _ => true,
        })
    })
}

fn to_development<'a>(
    i: usize,
    c: &RankedCluster,
    units: &[Unit<'a>],
    docs: &'a [SourceDoc],
    family: &[usize],
) -> Development<'a> {
    let mut members = c.members.clone();
    members.sort_by_key(|&m| (units[m].source, units[m].paragraph, m));
    let evidence: Vec<Evidence> = members.iter().map(|&m| units[m].evidence(docs)).collect();
    Development {
        id: format!("d{}", i + 1),
        summary: without_dateline(
            units[c.summary].text,
            docs[units[c.summary].source].article.dateline.as_deref(),
        )
        .to_string(),
        sources: c.sources.iter().map(|&s| docs[s].id.clone()).collect(),
        conflicts: super::conflicts::find(&evidence)
            .into_iter()
            .filter(|c| told_over_the_same_days(c, docs))
            .collect(),
        evidence,
        single_source: c.sources.len() == 1,
        independent_sources: independent(&c.sources, family),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tests::docs_from;

    fn cluster(members: &[usize], sources: &[usize]) -> RankedCluster {
        RankedCluster {
            members: members.to_vec(),
            summary: members[0],
            sources: sources.iter().copied().collect(),
            score: 0.0,
        }
    }

    #[test]
    fn figures_given_one_after_another_are_news_moving_on_not_a_disagreement() {
        use crate::model::{Figure, FigureConflict};
        let mut docs = docs_from(&["A.", "B.", "C."]);
        for (d, day) in docs.iter_mut().zip([6, 8, 8]) {
            d.article.meta.published = chrono::NaiveDate::from_ymd_opt(2026, 7, day);
        }
        let conflict = |figures: &[(&str, &[&str])]| FigureConflict {
            counted: "people".to_string(),
            figures: figures
                .iter()
                .map(|(value, sources)| Figure {
                    value: value.to_string(),
                    sources: sources.iter().map(|s| s.to_string()).collect(),
                })
                .collect(),
        };
        // Monday's 12 against Wednesday's 13: the toll rose.
        assert!(!told_over_the_same_days(
            &conflict(&[("12", &["s1"]), ("13", &["s2"])]),
            &docs
        ));
        // Two Wednesday papers: they disagree.
        assert!(told_over_the_same_days(
            &conflict(&[("20", &["s2"]), ("21", &["s3"])]),
            &docs
        ));
        assert!(told_over_the_same_days(
            &conflict(&[("12", &["s1", "s2"]), ("13", &["s3"])]),
            &docs
        ));
        // Told in turn: 12 on the 6th and the 8th, 13 on the 8th.
        docs[1].article.meta.published = chrono::NaiveDate::from_ymd_opt(2026, 7, 7);
        assert!(told_over_the_same_days(
            &conflict(&[("12", &["s1", "s3"]), ("13", &["s2"])]),
            &docs
        ));
        assert!(!told_over_the_same_days(
            &conflict(&[("12", &["s1", "s2"]), ("13", &["s3"])]),
            &docs
        ));
        // A source of no known day may be either.
        docs[0].article.meta.published = None;
        assert!(told_over_the_same_days(
            &conflict(&[("12", &["s1"]), ("13", &["s2"])]),
            &docs
        ));
    }

    #[test]
    fn a_year_after_wide_characters_is_read() {
        // (The look back from a year starts inside no character: "–" is three bytes.)
        assert!(is_background("x–––––––––– in 2019 it was so.", Some(2024)));
    }

    #[test]
    fn a_statement_loses_the_dateline_it_opens_with() {
        let cases = [
            (
                "(Wire) The council voted on Tuesday.",
                None,
                "The council voted on Tuesday.",
            ),
            (
                "OSLO (Wire) — The council voted on Tuesday.",
                Some("OSLO"),
                "The council voted on Tuesday.",
            ),
            (
                "Oslo – The council voted on Tuesday.",
                Some("Oslo"),
                "The council voted on Tuesday.",
            ),
            (
                "OSLO, June 9 (Wire) - The council voted on Tuesday.",
                Some("OSLO"),
                "The council voted on Tuesday.",
            ),
            ("11:30 GMT: The council voted.", None, "The council voted."),
            ("9am - The council voted.", None, "The council voted."),
            (
                "14.05: The council voted.",
                Some("OSLO"),
                "The council voted.",
            ),
            // (Not a figure opening a sentence.)
            ("10.5 - 3 was the score.", None, "10.5 - 3 was the score."),
            // Not a dateline: a name and an aside, or an aside opening a sentence.
            (
                "Oslo – the capital – voted on Tuesday.",
                Some("Oslo"),
                "Oslo – the capital – voted on Tuesday.",
            ),
            (
                "(Updated) the council voted.",
                None,
                "(Updated) the council voted.",
            ),
            (
                "The council (Oslo) voted.",
                None,
                "The council (Oslo) voted.",
            ),
        ];
        for (sentence, dateline, want) in cases {
            assert_eq!(without_dateline(sentence, dateline), want, "{sentence}");
        }
    }

    #[test]
    fn kept_centres_give_the_cosine_to_each_centre_sharing_a_term() {
        let h = std::f32::consts::FRAC_1_SQRT_2;
        let vecs: Vec<Vector> = vec![
            vec![(1, h), (2, h)],
            vec![(2, 1.0)],
            vec![(7, 1.0)],
            vec![(1, 0.6), (2, 0.8)],
        ];
        let mut centres = KeptCentres::default();
        let (a, b) = (centres.open(), centres.open());
        centres.add(a, &vecs[0]);
        centres.add(a, &vecs[1]);
        centres.add(b, &vecs[2]);
        let mut closeness = Vec::new();
        centres.closeness(&vecs[3], &mut closeness);
        let want = cosine(&vecs[3], &centroid(&vecs, &[0, 1]));
        assert_eq!(closeness.len(), 2);
        assert!(
            closeness[a].0 && (closeness[a].1 - want).abs() < 1e-6,
            "{closeness:?}"
        );
        // Centre b shares no term: not compared.
        assert_eq!(closeness[b], (false, 0.0));
    }

    #[test]
    fn a_cluster_of_other_outlets_close_to_a_listed_one_joins_it() {
        let h = std::f32::consts::FRAC_1_SQRT_2;
        // Units 0 and 1 (outlets 0 and 1) share terms 1 and 2; unit 2 (outlet 2) tells the
        // same in part (terms 2 and 3); unit 3 says that too, but from outlet 0; unit 4
        // (outlet 3) says something else entirely.
        let vecs: Vec<Vector> = vec![
            vec![(1, h), (2, h)],
            vec![(1, h), (2, h)],
            vec![(2, h), (3, h)],
            vec![(2, h), (3, h)],
            vec![(7, 1.0)],
        ];
        let mut ranked = vec![
            cluster(&[0, 1], &[0, 1]),
            cluster(&[3], &[0]),
            cluster(&[2], &[2]),
            cluster(&[4], &[3]),
        ];
        absorb_other_outlets_clusters(&mut ranked, &vecs, 20, ABSORB);
        let got: Vec<(Vec<usize>, Vec<usize>)> = ranked
            .iter()
            .map(|c| (c.members.clone(), c.sources.iter().copied().collect()))
            .collect();
        assert_eq!(
            got,
            vec![
                (vec![0, 1, 2], vec![0, 1, 2]),
                (vec![3], vec![0]),
                (vec![4], vec![3]),
            ]
        );
    }

    #[test]
    fn an_elaboration_of_a_listed_fact_gives_way_to_another_fact() {
        let h = std::f32::consts::FRAC_1_SQRT_2;
        // Unit 0 states the first fact; unit 1 half restates it (terms 1 and 2); units 2
        // and 3 tell other facts, unit 3 with one more term of unit 1's.
        let vecs: Vec<Vector> = vec![
            vec![(1, 1.0)],
            vec![(1, h), (2, h)],
            vec![(5, 1.0)],
            vec![(2, h), (6, h)],
        ];
        let scored = |members: &[usize], score: f64| RankedCluster {
            score,
            ..cluster(members, &[0])
        };
        let order = |weight: f64| -> Vec<usize> {
            let mut ranked = vec![
                scored(&[0], 4.0),
                scored(&[1], 3.5),
                scored(&[2], 3.0),
                scored(&[3], 2.7),
            ];
            diversify(&mut ranked, &vecs, weight);
            ranked.iter().map(|c| c.members[0]).collect()
        };
        // 3.5 − 0.71 < 3.0: the other fact goes first, then the elaboration (2.79 > 2.7).
        assert_eq!(order(DIVERSITY), vec![0, 2, 1, 3]);
        // Without the weight, the scores alone.
        assert_eq!(order(0.0), vec![0, 1, 2, 3]);
        // With a heavy one, the elaboration falls below every other fact.
        assert_eq!(order(4.0), vec![0, 2, 3, 1]);
    }

    #[test]
    fn corroborated_fact_ranks_first_with_all_sources() {
        let docs = docs_from(&[
            "The city council approved a new harbour bridge costing 40 million dollars on Tuesday. The mayor's dog attended the meeting in a small hat.",
            "Council members voted to approve the 40 million dollar harbour bridge on Tuesday evening. Local shops expect more visitors next summer season.",
            "A new harbour bridge worth 40 million dollars won council approval this week. Weather forecasters expect heavy rain over the weekend across the region.",
        ]);
        let devs = extract(&docs, &[]);
        assert_eq!(devs[0].sources, vec!["s1", "s2", "s3"]);
        assert!(devs[0].summary.contains("harbour bridge"));
        assert!(!devs[0].single_source);
        assert!(devs[1..].iter().all(|d| d.single_source));
    }

    #[test]
    fn an_outlet_loosely_telling_a_fact_corroborates_it_less() {
        assert_eq!(outlet_weight(0.9), 1.0);
        assert_eq!(outlet_weight(CLOSE), 1.0);
        assert_eq!(outlet_weight(0.2), LOOSE_WEIGHT);
        assert!((outlet_weight(0.5) - 0.75).abs() < 1e-9);
        // Each source counts once, at its closest sentence; a syndication family counts
        // once, at its closest member.
        let weights = [(0, 1.0), (1, 0.5), (1, 0.9), (2, 0.6), (3, 0.7)];
        assert!((weighted_independent(weights.into_iter(), &[]) - 3.2).abs() < 1e-9);
        let family = [0, 1, 2, 2];
        assert!((weighted_independent(weights.into_iter(), &family) - 2.6).abs() < 1e-9);
    }

    #[test]
    fn scores_apart_by_rounding_alone_tie() {
        // The same cosine of two symmetric members, one in single precision.
        assert_eq!(settled(3.288231191660), settled(3.288231205233));
        assert!(settled(3.2882) < settled(3.2883));
        assert!(settled(-0.5) < settled(0.0));
    }

    #[test]
    fn word_for_word_copies_cluster_once_and_all_count() {
        let wire =
            "The city council approved a new harbour bridge costing 40 million dollars on Tuesday.";
        let docs = docs_from(&[
            &format!("{wire} The mayor's dog attended the meeting in a small hat."),
            &format!("{wire} Local shops expect more visitors next summer season."),
            "Council members voted to approve the 40 million dollar harbour bridge on Tuesday evening.",
        ]);
        let devs = extract(&docs, &[]);
        assert_eq!(devs[0].sources, vec!["s1", "s2", "s3"]);
        assert_eq!(devs[0].evidence.len(), 3);
        assert_eq!(devs[0].summary, wire);
        assert!(devs[1..].iter().all(|d| d.single_source));
    }

    #[test]
    fn a_wire_s_dateline_is_no_part_of_what_its_opening_says() {
        let mut docs = docs_from(&[
            "KESSEL, June 9 (Harbour Wire) - The council approved the new bridge on Tuesday.",
        ]);
        docs[0].article.dateline = Some("KESSEL".to_string());
        let (units, stems) = candidate_units(&docs);
        assert_eq!(units.len(), 1);
        assert_eq!(
            stems.stems(0),
            ["council", "approv", "new", "bridg", "tuesday"]
        );
    }

    #[test]
    fn one_market_move_in_other_words_is_one_development() {
        let docs = docs_from(&[
            "Acme shares fell 9% after the recall of its toasters was announced. The harbour ferry ran late all week because of fog.",
            "Investors sent the stock of Acme sliding 9 percent in heavy trading. A bakery opened on the corner of the main square.",
        ]);
        let devs = extract(&docs, &[]);
        assert_eq!(devs[0].sources, vec!["s1", "s2"]);
        assert_eq!(
            statement_stems("Acme shares plunged 9% and bonds soared."),
            vec!["acm", "share", "fall", "9", "bond", "rise", "percent"]
        );
    }

    #[test]
    fn two_tellings_of_one_singled_out_thing_are_one_development() {
        // Each outlet says twice, in other words each time, that she is the youngest mayor:
        // two clusters of the same two outlets, one fact.
        let docs = docs_from(&[
            "Anna Lind was sworn in as mayor of Vastby on Monday, the youngest mayor the port town has had since its charter was granted. The harbour ferry ran late all week because of fog. The former teacher, aged 29, is the youngest mayor ever to lead the council chamber.",
            "Anna Lind took the oath of office in Vastby on Monday as the youngest mayor the port town has had since its charter. A bakery opened on the corner of the main square. Aged 29, the former teacher becomes the youngest mayor to lead the council chamber.",
        ]);
        let devs = extract(&docs, &[]);
        let youngest: Vec<&Development> = devs
            .iter()
            .filter(|d| d.evidence.iter().any(|e| e.text.contains("youngest")))
            .collect();
        assert_eq!(youngest.len(), 1, "{devs:#?}");
        assert_eq!(youngest[0].evidence.len(), 4);
        assert_eq!(
            singled_out("Aged 29, the 2nd-ranked teacher is the youngest, and 3rd mayor."),
            vec![("3rd".to_string(), "mayor".to_string())]
        );
    }

    #[test]
    fn british_and_american_spellings_of_one_fact_are_one_development() {
        let docs = docs_from(&[
            "The defence ministry criticised the labour programme in the centre of Leeds. The harbour ferry ran late all week because of fog.",
            "In Leeds, a defense ministry official criticized the city labor program at the center. A bakery opened on the corner of the main square.",
        ]);
        let devs = extract(&docs, &[]);
        assert_eq!(devs[0].sources, vec!["s1", "s2"]);
    }

    #[test]
    fn an_outlet_close_to_a_development_s_centre_is_its_evidence() {
        let texts = [
            "The council approved the new harbour bridge on Tuesday.",
            "On Tuesday the council approved a harbour bridge.",
            "Councillors voted to approve the new harbour bridge.",
            "Heavy rain flooded farms across the northern valley.",
        ];
        let units: Vec<Unit> = texts
            .iter()
            .enumerate()
            .map(|(source, &text)| Unit {
                source,
                paragraph: 0,
                sentence: 0,
                anchor: "p1-s1",
                text,
            })
            .collect();
        let stems: StemLists = texts.iter().map(|t| statement_stems(t)).collect();
        let vecs = super::super::cluster::vectors(&stems);
        let mut listed = vec![RankedCluster {
            members: vec![0, 1],
            summary: 0,
            sources: BTreeSet::from([0, 1]),
            score: 2.0,
        }];
        recruit_missing_sources(&mut listed, &units, &vecs, RECRUIT);
        assert_eq!(listed[0].members, vec![0, 1, 2]);
        assert_eq!(listed[0].sources, BTreeSet::from([0, 1, 2]));
    }

    #[test]
    fn reported_deeds_outrank_hedged_asides() {
        let reported =
            newsworthiness("Mayor Jane Holt signed the harbour deal with Acme Ports on Friday.");
        let hedged = newsworthiness("The outlet might offer a unique perspective on the deal.");
        let bare =
            newsworthiness("Mayor Jane Holt and Acme Ports are partners in the harbour deal.");
        assert!(reported > bare, "{reported} {bare}");
        assert!(bare > hedged, "{bare} {hedged}");
        assert_eq!(hedged, 0.0);
    }

    #[test]
    fn the_fact_the_headlines_state_leads() {
        let mut docs = docs_from(&["a.", "b."]);
        docs[0].article.meta.headline = Some("Holt wins re-election as mayor".into());
        docs[1].article.meta.headline = Some("Mayor Holt wins second term".into());
        let (vecs, vocabulary) = vectors_with_vocabulary(StemLists::from_iter([
            statement_stems("Governor Ruiz congratulated the mayor on the result in a statement."),
            statement_stems("Mayor Ann Holt won re-election on Sunday, defeating two rivals."),
        ]));
        let cluster = |summary: usize| RankedCluster {
            members: vec![summary],
            summary,
            sources: BTreeSet::from([0, 1]),
            score: 0.0,
        };
        let mut ranked = vec![cluster(0), cluster(1)];
        lead_with_headline_fact(&mut ranked, &vecs, &vocabulary, &docs, &[]);
        assert_eq!(
            ranked.iter().map(|c| c.summary).collect::<Vec<_>>(),
            vec![1, 0]
        );
        // Already first: nothing moves.
        lead_with_headline_fact(&mut ranked, &vecs, &vocabulary, &docs, &[]);
        assert_eq!(ranked[0].summary, 1);
    }

    #[test]
    fn the_summary_is_the_sentence_that_says_more() {
        let docs = docs_from(&[
            "Mayor Ann Holt spoke on Tuesday in an interview with the Harbour Gazette.",
            "Mayor Ann Holt told the Harbour Gazette on Tuesday that the new toll bridge plan was reckless, costly and unfinished.",
        ]);
        let devs = extract(&docs, &[]);
        assert_eq!(devs[0].sources, vec!["s1", "s2"]);
        assert!(devs[0].summary.contains("reckless"), "{}", devs[0].summary);
    }

    #[test]
    fn no_development_opens_pointing_back() {
        let docs = docs_from(&[
            "The Velm rocket exploded over the sea on Wednesday shortly after its launch from Corran Point. \
             A regulator spokesman said investigators would examine the debris recovered from the sea. \
             He declined to say how long the inquiry into the failed launch would take.",
            "The Velm rocket exploded over the sea on Wednesday a minute after lift-off from Corran Point. \
             The regulator will examine debris from the sea, a spokesman for the regulator said. \
             He declined to say how long the inquiry into the launch would last.",
        ]);
        let devs = extract(&docs, &[]);
        let summaries: Vec<&str> = devs.iter().map(|d| &*d.summary).collect();
        assert!(
            summaries.iter().any(|s| s.contains("exploded")),
            "{summaries:?}"
        );
        assert!(
            !summaries.iter().any(|s| s.starts_with("He ")),
            "{summaries:?}"
        );
    }

    #[test]
    fn a_four_word_statement_corroborates() {
        let docs = docs_from(&[
            "Governor Ruiz conceded defeat. Turnout across the state reached a record high on Sunday evening.",
            "Governor Ruiz formally conceded defeat late on Sunday night after the last county reported its results.",
        ]);
        let devs = extract(&docs, &[]);
        let conceded = devs
            .iter()
            .find(|d| d.summary.contains("conceded"))
            .expect("a development on the concession");
        assert_eq!(conceded.sources, vec!["s1", "s2"]);
    }

    #[test]
    fn only_sentences_set_in_an_earlier_year_are_background() {
        assert!(is_background("The bridge opened in 2004.", Some(2024)));
        assert!(!is_background(
            "The bridge closed on Monday, 20 years after it opened in 2004.",
            Some(2024)
        ));
        // A record measured against the past is today's news.
        assert!(!is_background(
            "Shares had their worst day since Sept. 17, 2001.",
            Some(2024)
        ));
        assert!(!is_background(
            "Turnout was the lowest since 1969.",
            Some(2024)
        ));
        assert!(!is_background("The bridge opened in 2004.", None));
    }

    #[test]
    fn statements_of_how_things_are_are_timeless() {
        assert!(is_timeless(
            "Under the treaty, an attack on one member is considered an attack on all."
        ));
        assert!(is_timeless(
            "The league is widely regarded as the strongest."
        ));
        assert!(!is_timeless("The council considered the plan on Monday."));
        assert!(!is_timeless("Two members were considered for the post."));
    }

    #[test]
    fn summaries_are_self_contained() {
        assert!(self_contained(
            "The council approved the new bridge after a long debate on Tuesday."
        ));
        assert!(!self_contained(
            "He said the council approved the new bridge after a long debate."
        ));
        assert!(!self_contained(
            "“We approved the bridge after a long and difficult debate,” he said."
        ));
        // Only when something told before came.
        for leaning in [
            "The mayor’s statement came days after the council approved the bridge.",
            "Her remarks came as the council met to approve the new bridge.",
            "The announcement follows a long debate over the cost of the new bridge.",
        ] {
            assert!(!self_contained(leaning), "{leaning}");
        }
        assert!(self_contained(
            "The mayor's statement praised the council for approving the new bridge."
        ));
    }

    #[test]
    fn a_quotation_brought_in_by_a_colon_is_no_development() {
        let docs = docs_from(&[concat!(
            "Standing beside the finished pier on a windy Monday, the harbour master said: “It ",
            "is ready.” The mayor of the small town, who fought for the pier, told local radio: ",
            "“We waited ten years. Now it is ours.”\n\n",
            "After a long and heated meeting on Thursday night, the council vowed: “We will open it.” ",
            "The council said the new pier would cost four million pounds to build.\n\n",
            "The Velmor posters show the runner Ada Quist with the slogan: “Keep running. Even when the road is long.”",
        )]);
        let (units, _) = candidate_units(&docs);
        let texts: Vec<&str> = units.iter().map(|u| u.text).collect();
        assert_eq!(
            texts,
            [
                "After a long and heated meeting on Thursday night, the council vowed: “We will open it.”",
                "The council said the new pier would cost four million pounds to build.",
                "The Velmor posters show the runner Ada Quist with the slogan: “Keep running. Even when the road is long.”",
            ]
        );
    }
}
