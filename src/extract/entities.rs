//! Entities: people, organisations and places, with their aliases merged.
//!
//! News style names a person in full once and by surname after; outlets spell foreign names
//! differently; acronyms stand for long names. Mentions are grouped by their folded form, then
//! merged: a surname-only mention joins the one full name it ends, a close spelling joins the
//! same first name, an acronym joins the name whose initials it spells. An ambiguous short form
//! (two Smiths) is left alone rather than guessed.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::{BTreeMap, BTreeSet};

use super::lexicon::{
    CITIES, CLUB_AND_CHAMBER_HEADS, COUNTRIES, EVENT_HEADS, KNOWN_ALIASES, MONTHS,
    OPENING_DETERMINERS, OPENING_MODIFIERS, ORG_WORDS, PERSON_TITLES, PLACE_PREFIXES, PLACE_WORDS,
    ROLE_NOUNS, SPELLING_VARIANTS, WEEKDAYS, is_in,
};
use super::words::{is_all_caps, name_runs, title_before};
use super::{SourceDoc, narrow};
use crate::clean::BlockRole;
use crate::model::{Entity, Evidence, MAX_ENTITY_EVIDENCE};
use crate::text::{edit_distance, fold, is_stopword};

/// One mention of an entity in a paragraph. Positions and indices are held in 32 bits: a
/// large story has hundreds of thousands of mentions, all kept for the whole extraction, and
/// no text or build comes near 4 GB.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    source: u32,
    paragraph: u32,
    offset: u32,
    end: u32,
    entity: u32,
    sentence: u32,
    /// Object of a preposition rather than a possible subject.
    pub after_preposition: bool,
}

impl Mention {
    /// Index of the source in the build.
    pub fn source(&self) -> usize {
        self.source as usize
    }

    /// Index of the paragraph in its doc.
    pub fn paragraph(&self) -> usize {
        self.paragraph as usize
    }

    /// Index of the sentence in its paragraph.
    pub fn sentence(&self) -> usize {
        self.sentence as usize
    }

    /// Byte offset in the paragraph text.
    pub fn offset(&self) -> usize {
        self.offset as usize
    }

    /// Byte offset just past the mention.
    pub fn end(&self) -> usize {
        self.end as usize
    }

    /// Index into [`EntityIndex::entities`].
    pub fn entity(&self) -> usize {
        self.entity as usize
    }
}

/// Every entity of a build and where it is mentioned.
#[derive(Debug, Clone, Default)]
pub struct EntityIndex<'a> {
    /// Every entity found, most mentioned first.
    pub entities: Vec<Entity<'a>>,
    /// Mentions in reading order (source, paragraph, offset).
    pub mentions: Vec<Mention>,
    /// Grammatical gender of each entity as the texts use it, when they do.
    pub gender: Vec<Option<Gender>>,
    by_key: HashMap<String, usize>,
    /// Multi-word titles printed before exactly one person's name ("U.N. High Commissioner
    /// for Refugees Jo Li"), so "the U.N. High Commissioner for Refugees" finds them.
    by_title: HashMap<String, usize>,
    /// Last words of the names and aliases, by spelling skeleton, with their entity: a
    /// surname alone finds its owners without a scan of every name.
    by_surname: HashMap<String, Vec<(String, usize)>>,
    /// Words that open some sentence capitalised and that the articles print in lower case
    /// at least twice elsewhere (lower case): common words, not names ("Trade and border
    /// security …").
    common_openers: HashSet<String>,
}

/// The pronoun family the sources use for a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    /// Called "he".
    Male,
    /// Called "she".
    Female,
}

impl Gender {
    /// The gender a pronoun implies.
    pub fn of_pronoun(word: &str) -> Option<Gender> {
        match word.to_lowercase().as_str() {
            "he" | "him" | "his" | "himself" => Some(Gender::Male),
            "she" | "her" | "hers" | "herself" => Some(Gender::Female),
            _ => None,
        }
    }

    fn of_title(word: &str) -> Option<Gender> {
        match word.to_lowercase().trim_end_matches('.') {
            "mr" | "sir" | "lord" | "king" | "prince" | "father" | "monsieur" | "herr" => {
                Some(Gender::Male)
            }
            "mrs" | "ms" | "miss" | "dame" | "lady" | "queen" | "princess" | "madam" | "madame" => {
                Some(Gender::Female)
            }
            _ => None,
        }
    }
}

/// The comparison key of a name: folded tokens, dots dropped ("U.S." → "us").
pub fn name_key(surface: &str) -> String {
    let folded = fold(surface).replace('.', "");
    let mut key = String::with_capacity(folded.len());
    let mut previous = "";
    let mut tokens = folded
        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
        .filter(|t| !t.is_empty())
        .peekable();
    while let Some(t) = tokens.next() {
        if !key.is_empty() {
            key.push(' ');
        }
        // "Clause Seven" is "Clause 7", and so is "Clause7" (its space lost). (Not a
        // number word inside a longer name: "Radio Five Live".)
        let number = (super::lexicon::is_numbered_kind(previous) && tokens.peek().is_none())
            .then(|| super::lexicon::number_word_value(t))
            .flatten();
        let glued = t
            .find(|c: char| c.is_ascii_digit())
            .map(|at| t.split_at(at))
            .filter(|&(kind, n)| super::lexicon::is_numbered_name(kind, n));
        match (number, glued) {
            (Some(n), _) => key.push_str(&n.to_string()),
            (None, Some((kind, n))) => {
                key.push_str(kind);
                key.push(' ');
                key.push_str(n);
            }
            (None, None) => key.push_str(
                SPELLING_VARIANTS
                    .iter()
                    .find(|(british, _)| *british == t)
                    .map_or(t, |(_, american)| american),
            ),
        }
        previous = t;
    }
    key
}

#[derive(Default, Clone)]
struct KeyStats<'a> {
    count: usize,
    titled: usize,
    /// Mentions next to a noun naming a kind of body ("… party", "aid group …").
    body_noun: usize,
    place_prep: usize,
    after_article: usize,
    /// Mentions before a noun for a kind of product.
    product: usize,
    /// Mentions modifying a noun after an article ("a Velm court", "the Velm economy").
    modifies: usize,
    /// The ways the name is printed, sorted, with how often each is. (A short sorted list
    /// of borrowed text: a large story has tens of thousands of names, and a map per name
    /// held a tree node of its own, a tenth of the entity pass's memory.)
    surfaces: Vec<(&'a str, usize)>,
    /// The sources printing it, sorted.
    sources: Vec<u32>,
}

impl<'a> KeyStats<'a> {
    /// Counts one printing of the name as `surface` in `source`.
    fn add_surface(&mut self, surface: &'a str, source: u32) {
        match self.surfaces.binary_search_by(|(s, _)| (*s).cmp(surface)) {
            Ok(i) => self.surfaces[i].1 += 1,
            Err(i) => self.surfaces.insert(i, (surface, 1)),
        }
        if let Err(i) = self.sources.binary_search(&source) {
            self.sources.insert(i, source);
        }
    }

    /// Whether most of its mentions stand before a noun for a kind of product.
    fn names_a_product(&self) -> bool {
        self.product > 0 && self.product * 2 >= self.count
    }

    /// The ways the name is printed, in order.
    fn printed(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.surfaces.iter().map(|(s, _)| *s)
    }

    /// Whether no source prints both names.
    fn apart_from(&self, other: &KeyStats) -> bool {
        let (mut a, mut b) = (
            self.sources.iter().peekable(),
            other.sources.iter().peekable(),
        );
        while let (Some(&&x), Some(&&y)) = (a.peek(), b.peek()) {
            match x.cmp(&y) {
                std::cmp::Ordering::Less => {
                    a.next();
                }
                std::cmp::Ordering::Greater => {
                    b.next();
                }
                std::cmp::Ordering::Equal => return false,
            }
        }
        true
    }
}

struct UnionFind(Vec<usize>);

impl UnionFind {
    fn find(&mut self, x: usize) -> usize {
        let mut r = x;
        while self.0[r] != r {
            r = self.0[r];
        }
        let mut y = x;
        while self.0[y] != r {
            let next = self.0[y];
            self.0[y] = r;
            y = next;
        }
        r
    }
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.0[hi] = lo;
        }
    }
}

/// A word that reads as a nationality adjective ("Chilean", "Ghanaian", "Dutch", "Greek").
pub fn is_demonym(word: &str) -> bool {
    demonym_by(
        word,
        &[
            "ian", "ean", "ese", "ish", "ican", "ench", "utch", "iot", "ani",
        ],
    )
}

/// [`is_demonym`] by an ending no given name has ("British", "Chinese", "Dutch"; not "-ian",
/// which ends "Rhian" and "Julian" too), or an irregular one ("Greek").
pub fn is_surely_demonym(word: &str) -> bool {
    demonym_by(word, &["ese", "ish", "ench", "utch"])
}

fn demonym_by(word: &str, endings: &[&str]) -> bool {
    let w = word.to_lowercase();
    endings.iter().any(|s| w.ends_with(s)) && w.len() > 4
        || super::lexicon::IRREGULAR_DEMONYMS
            .binary_search(&w.as_str())
            .is_ok()
}

/// True when `word` is hyphened from two names or more, each a month or a day, a people, a
/// land, or a name the story prints on its own (`printed_apart`, asked with its name key):
/// "Velmoria-Kessel", "April-July", "French-Velmorian". Such a word modifies a noun
/// ("Velmoria-Kessel talks") and names nothing itself, unlike "Corvan-Pell".
///
/// ```
/// # use briefing::extract::entities::joins_names;
/// let apart = |key: &str| ["velmoria", "kessel"].contains(&key);
/// assert!(joins_names("Velmoria-Kessel", apart));
/// assert!(joins_names("April-July", apart));
/// assert!(joins_names("French-Velmoria", apart));
/// assert!(!joins_names("Velmoria-Royce", apart));
/// assert!(!joins_names("Velmoria", apart));
/// ```
pub fn joins_names(word: &str, printed_apart: impl Fn(&str) -> bool) -> bool {
    word.contains('-')
        && word.split('-').all(|p| {
            p.starts_with(char::is_uppercase)
                && (super::lexicon::is_calendar_word(p) || is_demonym(p) || {
                    let key = name_key(p);
                    super::lexicon::is_country_name(&key) || printed_apart(&key)
                })
        })
}

/// True when one of `demonyms` (lower case) is the nationality word of the land `key`
/// names: "velmorian" of "velmoria", "tarvanian" of "tarvane", "mexican" of "mexico",
/// "chinese" of "china". Such a word is formed from the land's name by regular endings, so a
/// land no list holds is known by its people.
///
/// ```
/// # use briefing::extract::entities::land_of;
/// let demonyms: rustc_hash::FxHashSet<String> = ["velmorian".to_string()].into_iter().collect();
/// assert!(land_of("velmoria", &demonyms));
/// assert!(!land_of("velm", &demonyms));
/// ```
pub fn land_of(key: &str, demonyms: &HashSet<String>) -> bool {
    // (Not a people, "Malays" beside "Malaysian".)
    if key.chars().count() < 4 || !key.chars().all(|c| c.is_ascii_lowercase()) || key.ends_with('s')
    {
        return false;
    }
    // (Not "-an" after the whole name: "Shakespearean" is a writer's, "Elizabethan" a queen's.)
    let formed = |stem: &str, endings: &[&str]| {
        endings
            .iter()
            .any(|e| demonyms.contains(&format!("{stem}{e}")))
    };
    formed(key, &["n", "ian", "ese", "i"])
        || key
            .strip_suffix(['a', 'e', 'o', 'y'])
            .is_some_and(|stem| formed(stem, &["an", "ian", "ese"]))
}

/// A nationality adjective, alone or after a compass word ("Chilean", "South African",
/// "Western European"): before a noun it describes, it names nothing.
fn is_nationality(surface: &str) -> bool {
    let mut words = surface.split_whitespace();
    match (words.next(), words.next(), words.next()) {
        (Some(word), None, _) => is_demonym(word),
        (Some(compass), Some(word), None) => is_compass_word(compass) && is_demonym(word),
        _ => false,
    }
}

/// A compass point or a compass adjective, in any case: the words that open a part of a
/// land or of its people ("South African", "Central Asian", "Western Europe").
fn is_compass_word(word: &str) -> bool {
    const DIRECTIONS: [&str; 5] = ["north", "south", "east", "west", "central"];
    DIRECTIONS.iter().any(|c| c.eq_ignore_ascii_case(word))
        || super::lexicon::is_compass_adjective(word)
}

/// True for a word of the shape of a verb's -ing form: "finding", "moving", "shopping", not
/// "wing", "king" or "ring" (too short to hold a verb before the ending).
fn gerund_shaped(word: &str) -> bool {
    word.strip_suffix("ing").is_some_and(|stem| {
        stem.chars().count() >= 3
            && stem.chars().all(|c| c.is_ascii_lowercase())
            && stem.chars().any(|c| "aeiouy".contains(c))
    })
}

/// How often each of `words` (lower case) is printed in lower case in the articles' body
/// text: counted only for the few words asked about, in parallel by source.
fn lower_case_uses(docs: &[SourceDoc], words: &HashSet<String>) -> HashMap<String, usize> {
    use rayon::prelude::*;
    if words.is_empty() {
        return HashMap::default();
    }
    docs.par_iter()
        .fold(
            HashMap::default,
            |mut counts: HashMap<String, usize>, doc| {
                for para in doc
                    .doc
                    .paragraphs
                    .iter()
                    .filter(|p| p.role == BlockRole::Paragraph)
                {
                    for token in para.text.split(|c: char| !c.is_alphanumeric() && c != '-') {
                        if token.starts_with(char::is_lowercase) && words.contains(token) {
                            *counts.entry(token.to_string()).or_default() += 1;
                        }
                    }
                }
                counts
            },
        )
        .reduce(HashMap::default, |mut a, b| {
            for (word, n) in b {
                *a.entry(word).or_default() += n;
            }
            a
        })
}

/// Of `mentions` (in reading order), the first that `fits` in the latest sentence holding
/// one: the subject, as printed, of the latest sentence naming someone who fits. Pronouns
/// look back with it, in quotes and in open questions.
pub fn latest_sentence_subject(
    mentions: &[Mention],
    fits: impl Fn(&Mention) -> bool,
) -> Option<&Mention> {
    latest_sentence_subject_preferring(mentions, fits, |_| true)
}

/// [`latest_sentence_subject`], taking in that sentence the first mention that is also
/// `preferred`, when one is: quotes pass over a name in the possessive ("Li's film … says
/// Jo Roe"), the subject only when no other name there could be.
pub fn latest_sentence_subject_preferring(
    mentions: &[Mention],
    fits: impl Fn(&Mention) -> bool,
    preferred: impl Fn(&Mention) -> bool,
) -> Option<&Mention> {
    let latest = mentions.iter().rfind(|m| fits(m))?;
    let in_latest =
        |m: &&Mention| m.paragraph == latest.paragraph && m.sentence == latest.sentence && fits(m);
    (mentions.iter().filter(in_latest).find(|m| preferred(m)))
        .or_else(|| mentions.iter().find(in_latest))
}

/// A name without the particles it was left opening ("of the Acme Bank" → "Acme Bank").
fn strip_leading_particles(mut name: &str) -> &str {
    while let Some((first, rest)) = name.split_once(' ') {
        if !matches!(first, "of" | "the" | "and" | "for" | "de" | "von" | "van") {
            break;
        }
        name = rest.trim_start();
    }
    name
}

// Pass 1: raw runs with their positions. The name as printed is borrowed from the
// paragraph, not copied: a large story has hundreds of thousands of mentions, so the
// positions are held in 32 bits.
struct Raw<'a> {
    source: u32,
    paragraph: u32,
    sentence: u32,
    after_preposition: bool,
    offset: u32,
    end: u32,
    key: String,
    surface: &'a str,
    titled: bool,
    body_noun: bool,
    place_prep: bool,
    after_article: bool,
    initial: bool,
    single: bool,
    adjective: bool,
    /// Followed by a title or role in lower case ("Cowboys owner Jerry Jones"): a body.
    owns_title: bool,
    /// A single word in a list line (a team sheet's surname).
    listed: bool,
    /// A single word inside a quoted title of several words ("an article titled
    /// “Victory for Velm, Blow to Kessel”"): a word of the title.
    in_title: bool,
    /// Printed with a possessive ("Velmoria's lander").
    possessive: bool,
    /// Before a noun for a kind of product ("Corvan Atlas models").
    product: bool,
    /// After an article and before a word in lower case: modifying a noun.
    modifies: bool,
    /// A single word opening a sentence before a kind of body in lower case ("Power
    /// company …"): a word of the common noun when it is printed in lower case too.
    before_kind_of_body: bool,
}
/// What one source's names are: found on its own (in parallel) and gathered in source order.
struct Found<'a> {
    raws: Vec<Raw<'a>>,
    /// Name words and whole names of several words printed mid-sentence.
    mid_sentence: Vec<String>,
    /// Pairs of keys a sentence gives as two names of one thing.
    alternative_names: Vec<(String, String)>,
    /// Single words printed as a name of their own mid-sentence.
    alone_mid_sentence: Vec<String>,
    /// Per paragraph and sentence, how many names the sentence prints (see
    /// [`NamesFound::take_printed`]).
    printed: Vec<Vec<u8>>,
}

/// The names one source prints, in reading order (pass 1 of [`EntityIndex::build`]).
fn names_of_source<'a>(s: usize, doc: &'a SourceDoc) -> Found<'a> {
    let mut raws = Vec::new();
    let mut mid_sentence = Vec::new();
    // Single words printed as a name of their own mid-sentence ("the Agency said").
    let mut alone_mid_sentence = Vec::new();
    // Pairs of keys a sentence gives as two names of one thing ("Smallville, or Little
    // Town,").
    let mut alternative_names: Vec<(String, String)> = Vec::new();
    // Per paragraph and sentence, how many names it prints (none for a paragraph that is not
    // body text).
    let mut printed: Vec<Vec<u8>> = vec![Vec::new(); doc.doc.paragraphs.len()];
    for (p, para) in doc.doc.paragraphs.iter().enumerate() {
        if para.role != BlockRole::Paragraph {
            continue;
        }
        printed[p].reserve_exact(para.sentences.len());
        // (Looked for only where a paragraph quotes anything.)
        let titles: Vec<(usize, usize)> = if para.text.contains(['"', '“', '”']) {
            super::quotes::find_spans(&para.text)
                .into_iter()
                .filter(|q| q.title && para.text[q.start..q.end].contains(' '))
                .map(|q| (q.start, q.end))
                .collect()
        } else {
            Vec::new()
        };
        for (si, sentence) in para.sentences.iter().enumerate() {
            let text = para.text_of(sentence);
            let runs = name_runs(text);
            printed[p].push(super::words::distinct_names(&runs));
            alternative_names.extend(alternatives(text, &runs));
            // A team sheet or a list of results ("City: Dahl; Price, Okon, Varga").
            let list = super::developments::is_list_line(text);
            for run in runs {
                let key = name_key(&run.surface);
                if key.is_empty() {
                    continue;
                }
                let single = !key.contains(' ');
                if !run.sentence_initial {
                    // (Not a word inside a longer name: "Health" in "World Health
                    // Organization" says nothing of "Health officials said".)
                    let words: Vec<&str> = key.split(' ').collect();
                    let ends = [words[0], words[words.len() - 1]];
                    mid_sentence.extend(ends[..words.len().min(2)].iter().map(|w| w.to_string()));
                    if single {
                        alone_mid_sentence.push(key.clone());
                    } else {
                        mid_sentence.push(key.clone());
                    }
                }
                // The two words after the name, which several signs below read.
                let mut after = text[run.end..].split_whitespace();
                let (next, then) = (after.next(), after.next());
                raws.push(Raw {
                    source: narrow(s),
                    paragraph: narrow(p),
                    sentence: narrow(si),
                    after_preposition: run.after_preposition,
                    offset: narrow(sentence.start + run.start),
                    end: narrow(sentence.start + run.end),
                    adjective: is_nationality(&run.surface)
                        && (run.before_lowercase || run.titled || !run.sentence_initial)
                        || super::lexicon::is_compass_adjective(&run.surface)
                            && run.before_lowercase,
                    // (Asked only where it matters: a single word opening a sentence.)
                    // (Not a word made as a common noun or adjective is:
                    // "Investment banker Jo Li", "Conservative strategist Jo Li".)
                    // ("Assistant manager Jo Li", "Former minister Jo Li": a
                    // word of the title itself owns nothing.)
                    owns_title: single
                        && run.sentence_initial
                        && !common_word_shape(&key)
                        && !super::words::is_title_modifier(&key)
                        && !is_in(&super::lexicon::SENTENCE_OPENERS, &key)
                        && next.is_some_and(|w| {
                            let l = w.to_lowercase();
                            w.starts_with(char::is_lowercase)
                                && (is_in(&PERSON_TITLES, &l) || is_in(&ROLE_NOUNS, &l))
                        }),
                    // ("Power company Calverra Power", "Oil firm …".)
                    before_kind_of_body: single
                        && run.sentence_initial
                        && next.is_some_and(|w| {
                            w.starts_with(char::is_lowercase)
                                && is_in(&super::lexicon::KINDS_OF_BODY, w)
                        }),
                    key,
                    surface: &text[run.start..run.end],
                    titled: run.titled,
                    // ("Velm United striker Jo Roe": a player's team.)
                    body_noun: run.beside_body_noun
                        || next.is_some_and(|w| {
                            w.starts_with(char::is_lowercase)
                                && is_in(&super::lexicon::TEAM_ROLES, w)
                        }) && then.is_some_and(|w| w.starts_with(char::is_uppercase)),
                    place_prep: run.after_place_preposition,
                    after_article: run.after_article,
                    initial: run.sentence_initial,
                    listed: list && single,
                    in_title: single
                        && titles
                            .iter()
                            .any(|&(a, b)| (a..b).contains(&(sentence.start + run.start))),
                    // (A run ends before its possessive.)
                    possessive: text[run.end..].starts_with(['\'', '’']),
                    product: run.before_product_noun,
                    modifies: run.before_lowercase
                        && text[..run.start]
                            .split_whitespace()
                            .next_back()
                            .is_some_and(|w| matches!(w, "a" | "an" | "the" | "A" | "An" | "The"))
                        && next.is_some_and(|w| {
                            w.starts_with(char::is_lowercase)
                                && super::lexicon::speech_verb(w).is_none()
                        }),
                    single,
                });
            }
        }
    }
    // (Gathered below into one list: the room left over by growing each source's
    // list by doubling would stand beside it until then.)
    raws.shrink_to_fit();
    Found {
        raws,
        mid_sentence,
        alternative_names,
        alone_mid_sentence,
        printed,
    }
}

/// The names each source prints, found per source (in parallel) and not yet merged: the first
/// pass of [`EntityIndex::build`], run on its own so that other stages can read what it found
/// of each sentence ([`NamesFound::take_printed`]) rather than find the names again.
pub struct NamesFound<'a> {
    per_source: Vec<Found<'a>>,
}

/// Finds the names of every source (see [`NamesFound`]).
pub fn find_names(docs: &[SourceDoc]) -> NamesFound<'_> {
    use rayon::prelude::*;
    NamesFound {
        per_source: docs
            .par_iter()
            .enumerate()
            .map(|(s, doc)| names_of_source(s, doc))
            .collect(),
    }
}

impl NamesFound<'_> {
    /// Per source, paragraph and sentence: how many different names the sentence prints
    /// ([`super::words::distinct_names`]), up to three; none for a paragraph that is not
    /// body text. Taken out, so the names can be merged while the counts are read.
    pub fn take_printed(&mut self) -> PrintedNames {
        PrintedNames(
            self.per_source
                .iter_mut()
                .map(|found| std::mem::take(&mut found.printed))
                .collect(),
        )
    }
}

/// How many different names each sentence of the body text prints, up to three, as
/// [`NamesFound::take_printed`] gives them.
#[derive(Debug, Default, Clone)]
pub struct PrintedNames(Vec<Vec<Vec<u8>>>);

impl PrintedNames {
    /// The count for sentence `sentence` of paragraph `paragraph` of source `source`, when
    /// known.
    pub fn get(&self, source: usize, paragraph: usize, sentence: usize) -> Option<usize> {
        let count = self.0.get(source)?.get(paragraph)?.get(sentence)?;
        Some(usize::from(*count))
    }
}

impl<'a> EntityIndex<'a> {
    /// Finds and merges the entities of all sources.
    pub fn build(docs: &'a [SourceDoc]) -> EntityIndex<'a> {
        Self::from_names(docs, find_names(docs))
    }

    /// Merges the names [`find_names`] found in `docs` into entities.
    pub fn from_names(docs: &'a [SourceDoc], names: NamesFound<'a>) -> EntityIndex<'a> {
        let datelines: HashSet<String> = docs
            .iter()
            .filter_map(|d| {
                let dateline = d.article.dateline.as_deref()?;
                // (One in capitals is surely a place; one in title case when a sentence
                // opens after its dash, "New Velm – In a speech …": "Jo Roe - the
                // minister said …" opens a paragraph the same way.)
                let sentence_after = || {
                    let first = d
                        .doc
                        .paragraphs
                        .iter()
                        .find(|p| p.role == BlockRole::Paragraph)?;
                    let rest = first.text.strip_prefix(dateline)?.trim_start();
                    let rest = rest.strip_prefix(['–', '—', '-'])?;
                    let rest = rest.trim_start_matches(['–', '—', '-']).trim_start();
                    rest.chars().next().map(char::is_uppercase)
                };
                (!dateline.chars().any(char::is_lowercase) || sentence_after() == Some(true))
                    .then(|| name_key(dateline))
            })
            .collect();
        // The outlets the sources come from: a story names them as bodies ("told staff in an
        // email seen by Northern Wire").
        // (An agency goes by its name without the kind of outlet: "Meridian" for "Meridian
        // News Agency", as its datelines credit it.)
        let outlets: HashSet<String> = docs
            .iter()
            .filter_map(|d| d.article.meta.outlet.as_deref())
            .map(|o| o.strip_prefix("The ").unwrap_or(o))
            .flat_map(|o| {
                let short = [
                    " News Agency",
                    " Press Agency",
                    " Newswire",
                    " Wire Service",
                ]
                .iter()
                .find_map(|kind| o.strip_suffix(kind));
                std::iter::once(name_key(o)).chain(short.map(name_key))
            })
            .collect();
        // A paper goes by the last word of its name after "the": "the Ledger" for "The
        // Evening Ledger", "the Post" for "The Harbour Post".
        let outlet_heads: HashSet<String> = outlets
            .iter()
            .filter_map(|o| o.rsplit_once(' ').map(|(_, head)| head.to_string()))
            .collect();
        let found = names.per_source;
        // Sized once: grown by doubling, a large story's list of names held a third more
        // room than it used.
        let mut raws = Vec::with_capacity(found.iter().map(|f| f.raws.len()).sum());
        // How often each name word, and each whole name of several words, is printed
        // mid-sentence.
        let mut mid_sentence: HashMap<String, usize> = HashMap::default();
        let mut alternative_names: Vec<(String, String)> = Vec::new();
        let mut alone_mid_sentence: HashSet<String> = HashSet::default();
        for f in found {
            raws.extend(f.raws);
            for key in f.mid_sentence {
                *mid_sentence.entry(key).or_default() += 1;
            }
            alternative_names.extend(f.alternative_names);
            alone_mid_sentence.extend(f.alone_mid_sentence);
        }
        // A name printed with its first word in lower case ("the united States", "european
        // Commission President Jo Li"), which the articles print whole elsewhere, is that
        // name: not a single word of its own.
        // (Whole as a name is printed: mid-sentence, not only where a sentence's capital
        // may open it, "Across Europe, …".)
        let whole_names: HashSet<&str> = raws
            .iter()
            .filter(|r| !r.single && !r.initial)
            .map(|r| r.key.as_str())
            .collect();
        let completed: Vec<(usize, &'a str, String)> = raws
            .iter()
            .enumerate()
            .filter(|(_, r)| r.single)
            .filter_map(|(n, r)| {
                let text = &docs[r.source as usize].doc.paragraphs[r.paragraph as usize].text;
                let before = text[..r.offset as usize].strip_suffix(' ')?;
                let start = before
                    .char_indices()
                    .rev()
                    .find(|(_, c)| !c.is_alphabetic())
                    .map_or(0, |(i, c)| i + c.len_utf8());
                let word = &before[start..];
                let lower = !word.is_empty() && word.chars().all(char::is_lowercase);
                let whole = format!("{} {}", name_key(word), r.key);
                (lower && !is_stopword(word) && whole_names.contains(whole.as_str()))
                    .then(|| (n, &text[start..r.end as usize], whole))
            })
            .collect();
        drop(whole_names);
        for (n, surface, whole) in completed {
            let r = &mut raws[n];
            r.offset = r.end - narrow(surface.len());
            r.surface = surface;
            r.key = whole;
            r.single = false;
            r.initial = false;
        }
        // A word printed alone after "the" and speaking ("the Provost said") and before a
        // full name ("Provost Jo Roe") is a title the lexicon does not know: no part of the
        // name, and no name of its own. (Only where the rest is a name of two or three
        // words, printed as a name too, "Roe" or "Jo Roe".)
        let titled_names: Vec<usize> = {
            // Per single word printed alone mid-sentence: how often, and how often after
            // "the" (a title mostly is, "the Provost"; a name mostly is not, "in Hollywood").
            let mut alone: HashMap<&str, [usize; 2]> = HashMap::default();
            for r in raws.iter().filter(|r| r.single && !r.initial) {
                let [all, after_the] = alone.entry(r.key.as_str()).or_default();
                *all += 1;
                *after_the += usize::from(r.after_article);
            }
            let kind_word = |w: &str| {
                [
                    &ORG_WORDS,
                    &PLACE_WORDS,
                    &EVENT_HEADS,
                    &super::lexicon::KINDS_OF_BODY,
                ]
                .iter()
                .any(|list| is_in(list, w))
                    || super::lexicon::is_day_word(w)
                    || super::words::is_number_word(w)
            };
            let candidates: Vec<usize> = raws
                .iter()
                .enumerate()
                .filter(|(_, r)| {
                    let Some((first, rest)) = r.key.split_once(' ') else {
                        return false;
                    };
                    let Some(&[all, after_the]) = alone.get(first) else {
                        return false;
                    };
                    let words = rest.split(' ').count();
                    // (Not "the French" before "French Communist Party", nor "the House"
                    // before "House of Commons": a people, a body, an acronym, a place or
                    // a phrase is no title, and the rest no person's name.)
                    after_the * 4 >= all * 3
                        && (2..=3).contains(&words)
                        && !rest.split(' ').any(|w| is_stopword(w) || kind_word(w))
                        && !kind_word(first)
                        // ("the Tories said", "Tories Jo Roe and …": a title names one.)
                        && (!first.ends_with('s') || first.ends_with("ss"))
                        && !is_all_caps(r.surface.split(' ').next().unwrap_or(""))
                        && !COUNTRIES.contains(first)
                        && !is_demonym(first)
                        && !is_org_like(rest)
                })
                .map(|(n, _)| n)
                .collect();
            if candidates.is_empty() {
                Vec::new()
            } else {
                // Asked only where a candidate is found (most stories have none): which of
                // the words speak after "the", and which names are printed.
                let asked: HashSet<&str> = candidates
                    .iter()
                    .filter_map(|&n| raws[n].key.split_once(' ').map(|(first, _)| first))
                    .collect();
                let speaking: HashSet<&str> = raws
                    .iter()
                    .filter(|r| {
                        r.single
                            && !r.initial
                            && r.after_article
                            && asked.contains(r.key.as_str())
                            && {
                                let text = &docs[r.source as usize].doc.paragraphs
                                    [r.paragraph as usize]
                                    .text;
                                text[r.end as usize..]
                                    .split_whitespace()
                                    .next()
                                    .is_some_and(|w| {
                                        super::lexicon::speech_verb(w.trim_end_matches([',', '.']))
                                            .is_some()
                                    })
                            }
                    })
                    .map(|r| r.key.as_str())
                    .collect();
                let named: HashSet<&str> = raws.iter().map(|r| r.key.as_str()).collect();
                candidates
                    .into_iter()
                    .filter(|&n| {
                        let Some((first, rest)) = raws[n].key.split_once(' ') else {
                            return false;
                        };
                        let last = rest.rsplit(' ').next().unwrap_or(rest);
                        speaking.contains(first) && (named.contains(rest) || named.contains(last))
                    })
                    .collect()
            }
        };
        // (Each such title with the key of the name it stood before: "the Provost said"
        // is Jo Roe speaking, when she is the only one given the title.)
        let mut learned_titles: Vec<(String, String)> = Vec::new();
        if !titled_names.is_empty() {
            for n in titled_names {
                let r = &mut raws[n];
                let Some((title, rest)) = r.surface.split_once(' ') else {
                    continue;
                };
                r.offset = r.end - narrow(rest.len());
                r.surface = rest;
                r.key = name_key(rest);
                r.titled = true;
                r.initial = false;
                learned_titles.push((name_key(title), r.key.clone()));
            }
            let titles: HashSet<&str> = learned_titles.iter().map(|(t, _)| t.as_str()).collect();
            raws.retain(|r| !(r.single && titles.contains(r.key.as_str())));
        }
        // A modifier opening a sentence and a name ("Another Hollywood", "Senior Acme Corp",
        // "Estimates of Peru") is no part of the name when the articles also print it in
        // lower case, never print the whole name mid-sentence, and name the rest on its own.
        // Only words that modify a noun qualify, never a word that may be a given name
        // ("Bill Roe", "Miles Roe" stay whole however often "bill" or "miles" is printed).
        let opener_of = |r: &Raw| -> Option<String> {
            let mut words = r.surface.split(' ');
            let first = words.next()?;
            let lower = first.to_lowercase();
            // "Estimates of Peru": a plural noun and "of".
            let plural_of = lower.ends_with('s') && words.next() == Some("of");
            // ("Carmaker Corvan is recalling …": a kind of body opening the sentence before
            // the body's name, printed in lower case elsewhere: "the German carmaker".)
            let qualifies = is_in(&OPENING_MODIFIERS, &lower)
                || is_in(&OPENING_DETERMINERS, &lower)
                || is_in(&super::lexicon::KINDS_OF_BODY, &lower)
                || plural_of;
            (qualifies && r.initial && !r.single && !mid_sentence.contains_key(&r.key))
                .then_some(lower)
        };
        // (Single words opening a sentence are asked about too: see below.)
        let openers: HashSet<String> = raws
            .iter()
            .filter_map(|r| {
                if r.single && r.initial {
                    Some(r.key.clone())
                } else {
                    opener_of(r)
                }
            })
            .collect();
        // The opening words of names of two or three words that read as a verb's -ing form
        // ("Finding", "Moving", "Talking"): counted in lower case in the same pass.
        let gerund_firsts: HashSet<String> = raws
            .iter()
            .filter(|r| !r.single)
            .filter_map(|r| {
                let mut words = r.key.split(' ');
                let first = words.next()?;
                (words.count() <= 2 && gerund_shaped(first)).then(|| first.to_string())
            })
            .collect();
        let common = lower_case_uses(docs, &openers.union(&gerund_firsts).cloned().collect());
        let common_openers: HashSet<String> = common
            .iter()
            .filter(|&(word, &uses)| uses >= 2 && openers.contains(word))
            .map(|(word, _)| word.clone())
            .collect();
        // A title opening on a verb's -ing form the story also prints in lower case names a
        // work, a place or a law, not a person ("Finding Kessel", "Trading Places", "the
        // Hunting Act"); a given name of that shape ("Erling") is never printed so.
        let gerund_openers: HashSet<String> = gerund_firsts
            .into_iter()
            .filter(|w| common.contains_key(w))
            .collect();
        // The names that lose their opening word, found first and changed after, so the
        // names the articles print are looked up in place.
        let shortened: Vec<(usize, usize, String)> = {
            let named: HashSet<&str> = raws.iter().map(|r| r.key.as_str()).collect();
            raws.iter()
                .enumerate()
                .filter_map(|(n, r)| {
                    let first = opener_of(r)?;
                    // A determiner ("Every", "Several") never begins a name there; an
                    // adjective ("Senior", "Rival") may, unless the articles use it in
                    // lower case too.
                    let determiner = is_in(&OPENING_DETERMINERS, &first);
                    // (A plural before "of" needs one use in lower case: "Shares of Acme
                    // rose" beside "its shares fell". The rest must be a name printed alone.)
                    let plural_of = r.surface.split(' ').nth(1) == Some("of");
                    let least = if plural_of { 1 } else { 2 };
                    if !determiner && common.get(&first).copied().unwrap_or(0) < least {
                        return None;
                    }
                    let (_, rest) = r.surface.split_once(' ')?;
                    let rest = rest.trim_start_matches(|c: char| !c.is_alphanumeric());
                    let rest = strip_leading_particles(rest);
                    let key = name_key(rest);
                    (!key.is_empty() && named.contains(key.as_str())).then_some((
                        n,
                        rest.len(),
                        key,
                    ))
                })
                .collect()
        };
        for (n, rest_len, key) in shortened {
            let r = &mut raws[n];
            r.offset = r.end - narrow(rest_len);
            r.surface = &r.surface[r.surface.len() - rest_len..];
            r.single = !key.contains(' ');
            r.key = key;
            r.initial = false;
        }
        // A team sheet prints surnames alone, which name no one the story tells of unless
        // it names them in full elsewhere ("Luis Morant … City: Dahl; Morant, Okon"): only
        // those stay, as short forms (a country is named whole).
        // (Most stories print no list: the full names are gathered only for one that does.)
        if raws.iter().any(|r| r.listed) {
            let alone: HashSet<String> = {
                let full_name_ends: HashSet<&str> = raws
                    .iter()
                    .filter(|r| !r.single)
                    .filter_map(|r| r.key.rsplit(' ').next())
                    .collect();
                raws.iter()
                    .filter(|r| r.listed && !full_name_ends.contains(r.key.as_str()))
                    .filter(|r| !COUNTRIES.contains(&r.key))
                    .map(|r| r.key.clone())
                    .collect()
            };
            raws.retain(|r| !(r.listed && alone.contains(&r.key)));
        }
        // A word of a quoted title names nothing unless the story names it outside one.
        if raws.iter().any(|r| r.in_title) {
            let title_words: HashSet<String> = {
                let outside: HashSet<&str> = raws
                    .iter()
                    .filter(|r| !r.in_title)
                    .map(|r| r.key.as_str())
                    .collect();
                raws.iter()
                    .filter(|r| r.in_title && !outside.contains(r.key.as_str()))
                    .map(|r| r.key.clone())
                    .collect()
            };
            raws.retain(|r| !(r.in_title && title_words.contains(&r.key)));
        }
        // "Velmoria-Kessel talks", "the April-July quarter", "a US-German study": a hyphened
        // word joining names the story prints apart more often, months or peoples is a
        // modifier. (Not "Spider-Man", printed more often than "Man" alone.)
        if raws.iter().any(|r| r.single && r.surface.contains('-')) {
            let mut apart: HashMap<&str, usize> = HashMap::default();
            let mut hyphened: HashMap<&str, usize> = HashMap::default();
            for r in raws.iter().filter(|r| r.single) {
                if r.surface.contains('-') {
                    *hyphened.entry(r.key.as_str()).or_default() += 1;
                } else if !r.initial {
                    *apart.entry(r.key.as_str()).or_default() += 1;
                }
            }
            let joined: HashSet<String> = raws
                .iter()
                .filter(|r| r.single && r.surface.contains('-'))
                .filter(|r| {
                    let times = hyphened[r.key.as_str()];
                    joins_names(r.surface, |part| {
                        apart.get(part).is_some_and(|&n| n >= times)
                    })
                })
                .map(|r| r.key.clone())
                .collect();
            raws.retain(|r| !joined.contains(&r.key));
        }
        // The nationality words printed before a noun ("Velmorian troops") or as a people
        // ("Velmorians"): the land each is of names a place, though no list holds it.
        let demonyms: HashSet<String> = raws
            .iter()
            .filter(|r| r.single)
            .filter_map(|r| {
                if r.adjective {
                    return Some(r.key.clone());
                }
                let people = r.key.strip_suffix('s')?;
                is_demonym(people).then(|| people.to_string())
            })
            .collect();
        // The last words of names of two or three words ("Corbett" of "Ronnie Corbett"),
        // wherever printed, other than a word of a body or a place ("Bank", "Street").
        let surnames: HashSet<String> = raws
            .iter()
            .filter(|r| !r.single)
            .filter_map(|r| {
                let words: Vec<&str> = r.key.split(' ').collect();
                let last = *words.last()?;
                ((2..=3).contains(&words.len())
                    && !is_in(&ORG_WORDS, last)
                    && !is_in(&PLACE_WORDS, last)
                    && !is_in(&super::lexicon::KINDS_OF_BODY, last))
                .then(|| last.to_string())
            })
            .collect();
        raws.retain(|r| {
            let function_word = r.single && is_stopword(&r.key) && !is_all_caps(r.surface);
            // An acronym ("NRK state television …") is capitalised wherever it stands.
            // So is a word the articles print in lower case far more often than as a name
            // mid-sentence ("Shares fell", "Analysts said").
            let mid = mid_sentence.get(&r.key).copied().unwrap_or(0);
            let lower = common.get(&r.key).copied().unwrap_or(0);
            // ("Cowboys owner Jerry Jones" names the Cowboys, when the articles never print
            // the word in lower case.)
            // ("Agency director Jo Li said": a word that ends a body's name, "Elm Weather
            // Agency", but is never printed alone as a name mid-sentence, and is printed in
            // lower case, "the agency said", is the common noun.)
            let body_word =
                is_in(&ORG_WORDS, &r.key) && lower >= 2 && !alone_mid_sentence.contains(&r.key);
            let positional_capital = r.single
                && r.initial
                && !is_all_caps(r.surface)
                // ("Digital minister Jo Li" beside "the digital minister": a word of the
                // post, printed in lower case too.)
                // (A full name's last word, never printed in lower case, opening a
                // sentence is the short form of that name: "Corbett said".)
                && (mid == 0 && !(lower == 0 && surnames.contains(&r.key))
                    || lower >= 3 && lower >= 3 * mid
                    || body_word
                    || (r.owns_title || r.before_kind_of_body) && lower > 0)
                && !(r.owns_title && lower == 0)
                // ("Velmoria's lander touched down": a word opening a sentence as an owner,
                // never printed in lower case, is a name.)
                && !(r.possessive && lower == 0 && !is_indefinite_or_relative_day(&r.key))
                && !COUNTRIES.contains(&r.key);
            // "Co" or "Inc" alone is the end of a company's name, not a name.
            let too_short = r.single && (r.key.chars().count() < 2 || is_legal_form(&r.key));
            // "Friday", "March": dates, which the timeline holds, not things the story names.
            // ("Sundays" too, but not "Mays", a surname.)
            let calendar = r.single && {
                let days = r.key.strip_suffix('s').unwrap_or(&r.key);
                WEEKDAYS
                    .iter()
                    .chain(MONTHS.iter())
                    .any(|d| d.eq_ignore_ascii_case(&r.key))
                    || WEEKDAYS.iter().any(|d| d.eq_ignore_ascii_case(days))
            };
            // "TV", "GDP", "MPs", "ID" alone: common nouns, however printed.
            let common_noun = r.single && is_in(&super::lexicon::COMMON_ACRONYMS, &r.key);
            !(r.adjective
                || function_word
                || positional_capital
                || too_short
                || calendar
                || common_noun)
                && r.key.chars().any(|c| c.is_alphabetic())
        });

        // Pass 2: statistics per key.
        let mut by_name: BTreeMap<&str, KeyStats> = BTreeMap::new();
        for r in &raws {
            let st = by_name.entry(r.key.as_str()).or_default();
            st.count += 1;
            st.titled += usize::from(r.titled);
            st.body_noun += usize::from(r.body_noun);
            st.after_article += usize::from(r.after_article);
            st.place_prep += usize::from(r.place_prep);
            st.product += usize::from(r.product);
            st.modifies += usize::from(r.modifies);
            st.add_surface(r.surface, r.source);
        }
        // The names in order, and their statistics by the same position.
        let (keys, stats): (Vec<String>, Vec<KeyStats>) = by_name
            .into_iter()
            .map(|(k, st)| (k.to_string(), st))
            .unzip();
        let index_of: HashMap<&str, usize> = keys
            .iter()
            .enumerate()
            .map(|(i, k)| (k.as_str(), i))
            .collect();
        let toks: Vec<Vec<&str>> = keys.iter().map(|k| k.split(' ').collect()).collect();
        let mut uf = UnionFind((0..keys.len()).collect());
        // Mentions per group root, kept up to date on every union.
        let mut weight: Vec<usize> = stats.iter().map(|st| st.count).collect();
        fn join(uf: &mut UnionFind, weight: &mut [usize], a: usize, b: usize) {
            let (ra, rb) = (uf.find(a), uf.find(b));
            if ra != rb {
                uf.union(ra, rb);
                let root = uf.find(ra);
                weight[root] = weight[ra] + weight[rb];
            }
        }

        // Pass 3: merge aliases. Every lookup goes through an index (by last word, first
        // word, initials, spelling skeleton), so the pass stays near-linear in the names.
        let multi: Vec<usize> = (0..keys.len()).filter(|&i| toks[i].len() > 1).collect();
        let mut by_last: HashMap<&str, Vec<usize>> = HashMap::default();
        let mut by_last_skeleton: HashMap<String, Vec<usize>> = HashMap::default();
        let mut by_first: HashMap<&str, Vec<usize>> = HashMap::default();
        let mut by_initials: HashMap<String, Vec<usize>> = HashMap::default();
        let mut by_variant: BTreeMap<(Vec<&str>, String), Vec<usize>> = BTreeMap::new();
        for &m in &multi {
            let t = &toks[m];
            let last = t[t.len() - 1];
            by_last.entry(last).or_default().push(m);
            by_last_skeleton.entry(skeleton(last)).or_default().push(m);
            by_first.entry(t[0]).or_default().push(m);
            by_initials
                .entry(initials(t, &stats[m]))
                .or_default()
                .push(m);
            by_variant
                .entry((t[..t.len() - 1].to_vec(), skeleton(last)))
                .or_default()
                .push(m);
        }
        // Same first name, close surname: transliteration variants of one person.
        for group in by_variant.values() {
            for (a_pos, &a) in group.iter().enumerate() {
                for &b in &group[a_pos + 1..] {
                    if close_spelling(toks[a][toks[a].len() - 1], toks[b][toks[b].len() - 1]) {
                        join(&mut uf, &mut weight, a, b);
                    }
                }
            }
        }
        // Same surname, close first name: a typo in the given name ("Filppo" / "Filippo").
        let mut by_given_variant: BTreeMap<(Vec<&str>, String), Vec<usize>> = BTreeMap::new();
        for &m in multi.iter().filter(|&&m| toks[m].len() <= 3) {
            by_given_variant
                .entry((toks[m][1..].to_vec(), skeleton(toks[m][0])))
                .or_default()
                .push(m);
        }
        for group in by_given_variant.values() {
            for (a_pos, &a) in group.iter().enumerate() {
                for &b in &group[a_pos + 1..] {
                    if close_spelling(toks[a][0], toks[b][0]) {
                        join(&mut uf, &mut weight, a, b);
                    }
                }
            }
        }
        // Same surname, a first name and its short form, printed by different sources
        // ("Vincent Cable" / "Vince Cable", "Daniel Roe" / "Dan Roe"). Sorted, a short form
        // comes right before the names it opens, so each is compared with those only. (One
        // source printing both names means two people: "Ann Lee and her sister Anna Lee".)
        let mut by_rest: BTreeMap<(Vec<&str>, &str), usize> = BTreeMap::new();
        for &m in multi.iter().filter(|&&m| toks[m].len() <= 3) {
            by_rest.insert((toks[m][1..].to_vec(), toks[m][0]), m);
        }
        let by_rest: Vec<(&Vec<&str>, &str, usize)> = by_rest
            .iter()
            .map(|((rest, first), &m)| (rest, *first, m))
            .collect();
        for (i, &(rest, short, a)) in by_rest.iter().enumerate() {
            if short.chars().count() < 3 || !short.chars().all(char::is_alphabetic) {
                continue;
            }
            for &(other_rest, long, b) in &by_rest[i + 1..] {
                if other_rest != rest || !long.starts_with(short) {
                    break;
                }
                let longer_by = long.chars().count() - short.chars().count();
                if (1..=6).contains(&longer_by) && stats[a].apart_from(&stats[b]) {
                    join(&mut uf, &mut weight, a, b);
                }
            }
        }
        // The same name with a hyphen or a space ("Jo Kilroy-Silk" / "Jo Kilroy Silk").
        let index_of_spaced: HashMap<&str, usize> = (0..keys.len())
            .filter(|&m| !keys[m].contains('-'))
            .map(|m| (keys[m].as_str(), m))
            .collect();
        for m in (0..keys.len()).filter(|&m| keys[m].contains('-')) {
            if let Some(&other) = index_of_spaced.get(keys[m].replace('-', " ").as_str()) {
                join(&mut uf, &mut weight, m, other);
            }
        }
        // The same words in another order ("National Front" / "Front National").
        let mut by_bag: BTreeMap<Vec<&str>, usize> = BTreeMap::new();
        for &m in &multi {
            let mut bag = toks[m].clone();
            bag.sort_unstable();
            match by_bag.get(&bag) {
                Some(&other) => join(&mut uf, &mut weight, m, other),
                None => {
                    by_bag.insert(bag, m);
                }
            }
        }
        // Two names the text gives as one thing's ("Smallville, or Little Town,").
        for (a, b) in &alternative_names {
            if let (Some(&a), Some(&b)) = (index_of.get(a.as_str()), index_of.get(b.as_str())) {
                join(&mut uf, &mut weight, a, b);
            }
        }
        // A company named with and without its legal form ("Acme Airlines Co", "Acme Inc"),
        // and a group named for the company ("Acme Airlines Group Inc", "Acme Airlines").
        let index_of_key: HashMap<&str, usize> = keys
            .iter()
            .enumerate()
            .map(|(i, k)| (k.as_str(), i))
            .collect();
        for &m in &multi {
            let mut t = &toks[m][..];
            if t.len() >= 2 && is_legal_form(t[t.len() - 1]) {
                t = &t[..t.len() - 1];
                if let Some(&other) = index_of_key.get(t.join(" ").as_str()) {
                    join(&mut uf, &mut weight, m, other);
                }
            }
            if t.len() >= 2 && matches!(t[t.len() - 1], "group" | "holdings") {
                let company = t[..t.len() - 1].join(" ");
                if let Some(&other) = index_of_key.get(company.as_str()) {
                    join(&mut uf, &mut weight, m, other);
                }
            }
            // A national branch ("Acme Italia", "AFTA UK"): the body with a country after its
            // name, in English or the country's own language, is the body.
            // A body named only by kinds of body ("Air", "Bank") is no body at all: "Air
            // China" and "Air India" are two airlines, not branches of an "Air".
            if t.len() >= 2 && super::lexicon::is_country_name(t[t.len() - 1]) {
                let body = t[..t.len() - 1].join(" ");
                if let Some(&other) = index_of_key.get(body.as_str()) {
                    let st = &stats[other];
                    let acronym = st.printed().any(is_all_caps);
                    let generic = t[..t.len() - 1].iter().all(|w| is_in(&ORG_WORDS, w));
                    if acronym || is_org_like(&body) && !generic {
                        join(&mut uf, &mut weight, m, other);
                    }
                }
            }
        }
        // "The Daily Wire" and "Daily Wire" are one name.
        for (i, t) in toks.iter().enumerate() {
            if t.len() >= 2 && t[0] == "the" {
                if let Some(&bare) = index_of_key.get(t[1..].join(" ").as_str()) {
                    join(&mut uf, &mut weight, i, bare);
                }
            }
        }
        // A party and its members: "Socialists" for "Socialist Party".
        for (i, t) in toks.iter().enumerate() {
            if let [word] = t.as_slice() {
                if let Some(singular) = word.strip_suffix('s') {
                    if let Some(&party) = index_of_key.get(format!("{singular} party").as_str()) {
                        join(&mut uf, &mut weight, i, party);
                    }
                }
            }
        }
        // Names news English uses for one country or body ("America", "US", "United
        // States"): joined, and kept out of the short-form rules below, which would otherwise
        // hand "America" to "North America".
        let mut known: HashSet<usize> = HashSet::default();
        for (_, group) in KNOWN_ALIASES {
            let present: Vec<usize> = group
                .iter()
                .filter_map(|k| index_of_key.get(k).copied())
                .collect();
            for pair in present.windows(2) {
                join(&mut uf, &mut weight, pair[0], pair[1]);
            }
            known.extend(present);
        }
        // Where each key is printed, in reading order, for looking back from a short form.
        let mut raws_of_key: HashMap<usize, Vec<usize>> = HashMap::default();
        for (n, r) in raws.iter().enumerate() {
            raws_of_key
                .entry(index_of[r.key.as_str()])
                .or_default()
                .push(n);
        }
        // Of several names a short form could stand for, the one its context settles: the only
        // one named in full in the articles printing the short form, or the one named last
        // before each of its mentions ("Li Jian, the deputy head, said … Li added").
        // `names`: the longer names the owners were found by (an index's list, never all keys,
        // so the pass stays near-linear).
        let in_context = |i: usize,
                          len: usize,
                          owners: &BTreeSet<usize>,
                          names: &[usize],
                          uf: &mut UnionFind|
         -> Option<usize> {
            let named_there: BTreeSet<usize> = names
                .iter()
                .copied()
                .filter(|&m| toks[m].len() > len && !stats[m].apart_from(&stats[i]))
                .map(|m| uf.find(m))
                .filter(|root| owners.contains(root))
                .collect();
            if named_there.len() == 1 {
                return named_there.into_iter().next();
            }
            // Each short mention votes for the full name printed last before it. One name
            // settles it when it has all the votes, or twice as many as any other (a story
            // about a daughter that names her father once: the father's few votes do not
            // unsettle her many).
            let mut votes: BTreeMap<usize, usize> = BTreeMap::new();
            for &n in raws_of_key.get(&i).into_iter().flatten() {
                let r = &raws[n];
                let mut earlier = raws[..n]
                    .iter()
                    .rev()
                    .take(200)
                    .take_while(|b| b.source == r.source)
                    .filter(|b| {
                        let m = index_of[b.key.as_str()];
                        toks[m].len() > len && owners.contains(&uf.find(m))
                    });
                // No full name before it in its article: this mention does not vote.
                let Some(last) = earlier.next() else {
                    continue;
                };
                // Two of them in that one sentence ("John Smith and Mary Smith"): no vote.
                let rival = earlier
                    .take_while(|b| (b.paragraph, b.sentence) == (last.paragraph, last.sentence))
                    .any(|b| b.key != last.key);
                if rival {
                    continue;
                }
                *votes
                    .entry(uf.find(index_of[last.key.as_str()]))
                    .or_default() += 1;
            }
            let mut ranked: Vec<(usize, usize)> = votes.into_iter().map(|(o, n)| (n, o)).collect();
            ranked.sort_by(|a, b| b.cmp(a));
            match ranked.as_slice() {
                [(_, only)] => Some(*only),
                [(first, owner), (second, _), ..] if *first >= 2 * *second && *first >= 3 => {
                    Some(*owner)
                }
                _ => None,
            }
        };
        // Longer names first, so "Harbour Airlines" joins "Harbour Airlines Co" before
        // "Harbour" looks for its one owner.
        let mut by_length: Vec<usize> = (0..keys.len()).collect();
        by_length.sort_by_key(|&i| (std::cmp::Reverse(toks[i].len()), i));
        for i in by_length.into_iter().filter(|i| !known.contains(i)) {
            let t = &toks[i];
            let last = t[t.len() - 1];
            // Short forms: a suffix of exactly one longer name ("Berg", "van den Berg").
            let mut owners: BTreeSet<usize> = BTreeSet::new();
            let mut owner_names: Vec<usize> = Vec::new();
            // A country the articles name as a place ("in Peru") is not the surname of a
            // longer name ending in it ("Aero Peru", "Securities Peru"). (Not any name after
            // "in" or "to": "condolences to Jo Roe" is a person's.)
            let named_as_place =
                t.len() == 1 && stats[i].place_prep > 0 && COUNTRIES.contains(&keys[i]);
            let exact_candidates = by_last
                .get(last)
                .filter(|_| !named_as_place)
                .into_iter()
                .flatten();
            let close_candidates = (t.len() == 1 && !named_as_place)
                .then(|| by_last_skeleton.get(&skeleton(last)))
                .flatten()
                .into_iter()
                .flatten();
            for &m in exact_candidates.chain(close_candidates) {
                let tm = &toks[m];
                if tm.len() <= t.len() {
                    continue;
                }
                let suffix = &tm[tm.len() - t.len()..];
                let exact = suffix == t.as_slice();
                // (Not a place's name: "Davos", mostly printed "in Davos", is no misspelt
                // "Davis".)
                let close = t.len() == 1
                    && stats[i].place_prep * 2 <= stats[i].count
                    && close_spelling(t[0], tm[tm.len() - 1]);
                // "Foreign Office" for "UK Foreign Office": an institution's own words.
                // ("the Trust" for "Elm Park Trust": the word of a kind of body, alone.)
                let head_word = t.len() == 1 && is_in(&super::lexicon::INSTITUTION_HEADS, t[0]);
                // ("the Mirror" for "Daily Mirror": a paper's name without its "Daily".)
                let paper = exact && tm[0] == "daily" && tm.len() == t.len() + 1;
                let institution = exact
                    && (t.len() > 1 && is_org_like(&keys[i]) || head_word)
                    && is_org_like(&keys[m])
                    || paper;
                // (A word named as a body in most of its mentions, "companies such as Intel
                // and Thomson", is no person's surname: "Karen Thomson".)
                // ("the House" is no surname of the White House's.)
                let surname = (exact || close)
                    && person_like(&keys[m], &stats[m])
                    && !(t.len() == 1 && keys[m].ends_with(" house"))
                    && stats[i].body_noun * 2 <= stats[i].count;
                if surname || institution {
                    owners.insert(uf.find(m));
                    owner_names.push(m);
                }
            }
            // Two people share the surname: the short form goes to the only one of them the
            // articles printing it name in full; else to the one the story is about, when one
            // dominates (twice the mentions); else it stays apart.
            let settled = if owners.len() > 1 {
                in_context(i, t.len(), &owners, &owner_names, &mut uf)
            } else {
                None
            };
            let owner = match owners.len() {
                0 => None,
                1 => owners.iter().next().copied(),
                _ if settled.is_some() => settled,
                _ => {
                    let mut counts: Vec<(usize, usize)> =
                        owners.iter().map(|&o| (weight[o], o)).collect();
                    counts.sort_by(|a, b| b.cmp(a));
                    (counts[0].0 >= 2 * counts[1].0).then_some(counts[0].1)
                }
            };
            // A one-word short form printed mostly in articles that never give the long
            // name is someone's or something else's: "Christmas" is no short form of "This
            // Christmas", nor "London" of "North London", where each long one is printed in
            // a handful of the articles printing the short one. (A short form in fewer
            // than four articles is taken on trust; so is one of several words, "Exchange
            // Commission".)
            let owner = owner.filter(|&o| {
                if t.len() > 1 {
                    return true;
                }
                let long = in_group(&mut uf, &owner_names, o);
                printed_with_a_long_form(&stats[i], long.iter().map(|&m| &stats[m]))
            });
            if let Some(owner) = owner {
                join(&mut uf, &mut weight, i, owner);
                continue;
            }
            // Prefixes: a first name ("Serena"), a short company name ("Harbour" for
            // "Harbour Airlines"), or the same words with some left out ("Elm Field Airport").
            // Not for places: "Peru" is not "Peru Air Cargo", wherever it is printed.
            let place_like = t.len() == 1
                && (stats[i].place_prep * 2 > stats[i].count || COUNTRIES.contains(&keys[i]));
            let acronym = stats[i].printed().any(is_all_caps);
            if !place_like && !acronym {
                let owners: BTreeSet<usize> = by_first
                    .get(t[0])
                    .into_iter()
                    .flatten()
                    .filter(|&&m| toks[m].len() > t.len() && is_subsequence(t, &toks[m]))
                    .filter(|&&m| !names_a_gathering_of(t, &toks[m]))
                    .map(|&m| uf.find(m))
                    .collect();
                // Several longer names hold these words: the one that starts with all of
                // them ("UN Environment" → "UN Environment Program", not "UN Security
                // Council").
                let owners = if owners.len() > 1 && t.len() > 1 {
                    by_first
                        .get(t[0])
                        .into_iter()
                        .flatten()
                        .filter(|&&m| toks[m].len() > t.len() && toks[m].starts_with(t))
                        .filter(|&&m| !names_a_gathering_of(t, &toks[m]))
                        .map(|&m| uf.find(m))
                        .collect()
                } else {
                    owners
                };
                let owner = match owners.len() {
                    1 => owners.iter().next().copied(),
                    n if n > 1 => {
                        let names = by_first.get(t[0]).map_or(&[][..], Vec::as_slice);
                        in_context(i, t.len(), &owners, names, &mut uf)
                    }
                    _ => None,
                };
                // ("Corvan" is the maker, not its "Corvan Atlas" model; "London" no
                // short form of the "London Marathon" a few of its articles print.)
                // (Not a body's name without its kind or legal form, however seldom that is
                // printed: "Labour" of "Labour Party", "Orvik" of "Orvik Group".)
                // (Nor is a place or a body of two words or more the short form of a body
                // within it: "New Velm" of the "New Velm High Court", the "House of Lords" of
                // its "Record Office". A single word is asked about below.)
                let owner = owner.filter(|&o| {
                    let long = in_group(&mut uf, &by_first[t[0]], o);
                    if t.len() > 1 {
                        let place = COUNTRIES.contains(&keys[i])
                            || t.iter().any(|w| is_in(&PLACE_WORDS, w));
                        return !long
                            .iter()
                            .any(|&m| names_a_body_within(t, &toks[m], place));
                    }
                    let kind_added = long.iter().any(|&m| {
                        toks[m].len() == 2
                            && (is_legal_form(toks[m][1])
                                || matches!(toks[m][1], "party" | "group" | "company"))
                    });
                    kind_added
                        || printed_with_a_long_form(&stats[i], long.iter().map(|&m| &stats[m]))
                });
                if let Some(owner) = owner.filter(|&o| !stats[o].names_a_product()) {
                    join(&mut uf, &mut weight, i, owner);
                    continue;
                }
            }
            // Acronyms: "EU" for "European Union", "US" for "United States".
            if t.len() == 1 && acronym && (2..=6).contains(&t[0].len()) {
                let found: BTreeSet<usize> = by_initials
                    .get(t[0])
                    .into_iter()
                    .flatten()
                    // Only institutions and places go by initials ("EU", "US"); a person
                    // whose initials spell an acronym is a coincidence.
                    .filter(|&&m| {
                        is_org_like(&keys[m]) || toks[m].iter().any(|w| is_in(&PLACE_WORDS, w))
                    })
                    .map(|&m| uf.find(m))
                    .collect();
                // Two bodies with those initials: the one named in the same articles as the
                // acronym ("Bright Air … BA", not "Bay Airport" elsewhere).
                let found: Vec<usize> = if found.len() > 1 {
                    let bearers = by_initials.get(t[0]).map_or(&[][..], Vec::as_slice);
                    let near: BTreeSet<usize> = bearers
                        .iter()
                        .filter(|&&m| !stats[m].apart_from(&stats[i]))
                        .map(|&m| uf.find(m))
                        .collect();
                    found
                        .into_iter()
                        .filter(|root| near.contains(root))
                        .collect()
                } else {
                    found.into_iter().collect()
                };
                if found.len() == 1 {
                    join(&mut uf, &mut weight, i, found[0]);
                }
            }
        }

        // Pass 4: one entity per group.
        let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for i in 0..keys.len() {
            groups.entry(uf.find(i)).or_default().push(i);
        }
        let mut built: Vec<(Entity, Vec<usize>)> = Vec::new();
        for members in groups.values() {
            let total: usize = members.iter().map(|&m| stats[m].count).sum();
            // Another name of the group with a lower-case "the": no full name ("Tories", not
            // "the Tories"; but "The Beatles"), and its mentions follow an article.
            let article_forms: Vec<usize> = members
                .iter()
                .copied()
                .filter(|&m| {
                    toks[m][0] == "the"
                        && !stats[m].printed().any(|p| p.starts_with("The "))
                        && members.iter().any(|&o| toks[o][..] == toks[m][1..])
                })
                .collect();
            let with_article = |m: usize| article_forms.contains(&m);
            // The group's acronyms ("BBC"), printed alone.
            let acronyms: Vec<&str> = members
                .iter()
                .filter(|&&o| toks[o].len() == 1 && stats[o].printed().any(is_all_caps))
                .map(|&o| toks[o][0])
                .collect();
            let best = *members
                .iter()
                .max_by_key(|&&m| {
                    // Full names first; among spellings, the one whose surname is printed most.
                    let last = toks[m][toks[m].len() - 1];
                    let surname_uses: usize = members
                        .iter()
                        .filter(|&&o| toks[o].len() == 1 && toks[o][0] == last)
                        .map(|&o| stats[o].count)
                        .sum();
                    // A body, not its national branch ("Acme", not "Acme Italia").
                    let t = &toks[m];
                    let branch = t.len() >= 2
                        && super::lexicon::is_country_name(last)
                        && members.iter().any(|&o| toks[o][..] == t[..t.len() - 1]);
                    // Nor is a unit named after the body's acronym ("BBC", not "BBC
                    // Radio", when both are printed).
                    // ("Radio Wales" too, the tail of "BBC Radio Wales".)
                    let unit_of_acronym = t.len() > 1
                        && (acronyms.contains(&t[0])
                            || members.iter().any(|&o| {
                                toks[o].len() > t.len()
                                    && toks[o].ends_with(t)
                                    && acronyms.contains(&toks[o][0])
                            }));
                    let full = t.len() > 1 && !with_article(m) && !unit_of_acronym;
                    (
                        !branch,
                        full,
                        stats[m].count + surname_uses,
                        t.len(),
                        std::cmp::Reverse(m),
                    )
                })
                .unwrap();
            // A well-known body goes by the first of its listed names that is printed
            // ("NATO" rather than "North Atlantic Treaty"), and is of its listed kind.
            let known = KNOWN_ALIASES
                .iter()
                .find(|(_, names)| members.iter().any(|&m| names.contains(&keys[m].as_str())));
            let best = known
                .and_then(|(_, names)| {
                    names
                        .iter()
                        .find_map(|n| members.iter().copied().find(|&m| keys[m] == *n))
                })
                .unwrap_or(best);
            let name = best_surface(&stats[best].surfaces);
            let mut aliases: Vec<String> = members
                .iter()
                .flat_map(|&m| stats[m].printed().map(str::to_string))
                .filter(|s| *s != name)
                .collect();
            // The short names a body also goes by, though this story may not print them: the
            // name without its legal form ("Acme Airlines" for "Acme Airlines Co") or without
            // the country before it ("Transport Board" for "US Transport Board").
            let shorts: Vec<String> = std::iter::once(&name)
                .chain(&aliases)
                .filter_map(|printed| short_name(printed))
                .filter(|short| *short != name)
                .collect();
            aliases.extend(shorts);
            aliases.sort();
            aliases.dedup();
            let titled: usize = members.iter().map(|&m| stats[m].titled).sum();
            let body_noun: usize = members.iter().map(|&m| stats[m].body_noun).sum();
            let place_prep: usize = members.iter().map(|&m| stats[m].place_prep).sum();
            let modifies: usize = members.iter().map(|&m| stats[m].modifies).sum();
            let after_article: usize = members
                .iter()
                .map(|&m| match with_article(m) {
                    true => stats[m].count,
                    false => stats[m].after_article,
                })
                .sum();
            let has_short_form = members.iter().any(|&m| toks[m].len() == 1)
                && members
                    .iter()
                    .any(|&m| toks[m].len() > 1 && !with_article(m));
            let key = &keys[best];
            // A company is one whether or not its legal form ("Co", "Inc") is printed.
            let legal_form = members
                .iter()
                .any(|&m| toks[m].len() > 1 && is_legal_form(toks[m][toks[m].len() - 1]));
            let ampersand = name.contains(" & ");
            let any_country = toks[best].iter().any(|t| COUNTRIES.contains(t));
            // The last word of a name of two words or more: what kind of thing it names.
            // (Of one word too, printed after "the": "the Tories".)
            let head = toks[best]
                .last()
                .filter(|_| toks[best].len() > 1 || !article_forms.is_empty());
            // "the West", "the North": a compass point printed only after "the" names a
            // part of the world or of a land, and goes by its article ("West" alone reads
            // as a surname).
            let region = toks[best].len() == 1
                && matches!(key.as_str(), "north" | "south" | "east" | "west")
                && after_article == total;
            // The words of the name; a given name, a surname's particles and the surname
            // count as two ("Jo van den Brul"). Any other shape counts every word ("Banca
            // Nazionale del Lavoro", "Le Roi de Lahore").
            let t = &toks[best];
            let particles_then_surname = t.len() >= 3
                && !super::words::is_surname_particle(t[0])
                && t[1..t.len() - 1]
                    .iter()
                    .all(|p| super::words::is_surname_particle(p));
            let name_words = if particles_then_surname { 2 } else { t.len() };
            let kind = if let Some((kind, _)) = known {
                *kind
            } else if region {
                "place"
            } else if matches!(toks[best][..], [kind, n] if super::lexicon::is_numbered_name(kind, n))
            {
                // "Clause 7", "Section 9" (whatever preposition stood before it); "Radio 4"
                // and "Channel 5" are broadcasters.
                if is_in(&super::lexicon::NUMBERED_STATIONS, toks[best][0]) {
                    "organization"
                } else {
                    "other"
                }
            } else if COUNTRIES.contains(key)
                || titled == 0 && CITIES.contains(key)
                || ampersand && any_country
                || members.iter().any(|&m| datelines.contains(&keys[m]))
            {
                // (A source's dateline, "KESSEL (Wire) —", is where it was filed.)
                // (Two countries joined: "Trinidad & Tobago".)
                "place"
            } else if is_org_like(key)
                || legal_form
                // (The outlet's own name, not a surname it shares: "Bloomberg" is the
                // outlet, "Mike Bloomberg" a person.)
                || outlets.contains(key)
                || toks[best].len() == 1 && outlet_heads.contains(key) && after_article * 2 >= total
                // "Marks & Spencer": partners joined by an ampersand are a firm.
                || ampersand
                // (Not a place a firm or two is named for: "a Kessel firm" beside many
                // more "in Kessel".)
                || body_noun > 0
                    && titled == 0
                    && (place_prep * 2 < total || place_prep <= 4 * body_noun)
                // "Corvan" beside its "Corvan Atlas models": the maker of a product.
                || toks[best].len() == 1
                    && titled == 0
                    && by_first.get(toks[best][0]).is_some_and(|names| {
                        names.iter().any(|&m| stats[m].names_a_product())
                    })
                || members.iter().any(|&m| {
                    is_all_caps(&best_surface(&stats[m].surfaces)) && toks[m].len() == 1
                }) && place_prep * 2 < total
            {
                "organization"
            } else if matches!(toks[best][..], ["new", "year"])
                || toks[best].len() > 1
                    && toks[best]
                        .last()
                        .is_some_and(|t| is_in(&super::lexicon::LAW_HEADS, t))
                || head.is_some_and(|t| is_in(&EVENT_HEADS, t))
                // "Hurricane Mara", "Typhoon Lan": a storm.
                || toks[best].len() >= 2
                    && matches!(toks[best][0], "hurricane" | "typhoon" | "cyclone" | "storm")
            {
                // A holiday, a law, an event or a prize, however it is placed ("in the New
                // Year", "in the Velm Water Act", "at the Kessel Film Festival", "the World
                // Cup"), not a place after "New" ("New Velm").
                "other"
            } else if name.split_whitespace().skip(1).any(|w| {
                w.starts_with(char::is_uppercase)
                    && w.chars().any(char::is_lowercase)
                    && super::lexicon::never_in_personal_name(w)
            }) {
                // A function word printed with a capital inside a name titles a work ("in
                // Tears In Heaven", "starred in Sex And The City"): no place, nor person.
                // (Not a capital's "I" or "IT": "Elizabeth I" is a queen.)
                "other"
            } else if titled == 0
                && (toks[best].iter().any(|t| is_in(&PLACE_WORDS, t))
                    || place_prep * 2 >= total
                    // ("in Velm" twice beside "a Velm court" and "the Velm economy": a
                    // name modifying a noun says nothing of what it is. Not a name that
                    // goes by "the", "the Treasury", "the Premiership": a body or a thing.)
                    || place_prep >= 2
                        && place_prep * 2 >= total.saturating_sub(modifies)
                        && after_article * 2 < total
                    // "South Asia", "Continental Europe": a part of a land.
                    || toks[best].len() == 2
                        && COUNTRIES.contains(toks[best][1])
                        && (is_compass_word(toks[best][0])
                            || matches!(toks[best][0], "continental" | "middle"))
                    // "Velmoria" beside "Velmorian troops": a land, however it is placed.
                    // (Not a short form of a longer name: "Julia" of "Julia Roe".)
                    || members.len() == 1 && toks[best].len() == 1 && land_of(key, &demonyms)
                    // "Kessel" beside "Kessel City", "Velm" beside "Velm County": a place
                    // however it is placed.
                    || members.iter().any(|&m| {
                        toks[m].len() == toks[best].len() + 1
                            && toks[m].starts_with(&toks[best])
                            && is_in(&super::lexicon::AREA_WORDS, toks[m][toks[best].len()])
                    })
                    || toks[best].len() == 2 && is_in(&PLACE_PREFIXES, toks[best][0]))
            {
                "place"
            } else if toks[best].iter().any(|t| super::lexicon::is_day_word(t)) {
                // "Christmas Day" names a day, whatever title stood before it.
                "other"
            } else if head.is_some_and(|t| is_in(&CLUB_AND_CHAMBER_HEADS, t)) {
                // "Manchester United", "House of Lords".
                "organization"
            } else if titled == 0 && members.iter().any(|&m| stats[m].names_a_product()) {
                // "Corvan Atlas models": a product.
                "other"
            } else if titled > 0 && (toks[best].len() > 1 || titled * 10 >= total)
                || matches!(
                    toks[best].last(),
                    Some(&("jr" | "sr" | "ii" | "iii" | "iv"))
                )
                || (has_short_form && toks[best].len() <= 4 || (2..=3).contains(&name_words))
                    && !name.split_whitespace().any(is_all_caps)
                    && !gerund_openers.contains(toks[best][0])
                    && after_article * 2 < total
                    // "Clause Nine", "Route 66": a number is no part of a person's name;
                    // "Shall We Dance", "The Firm": nor is a function word.
                    && !toks[best].iter().any(|t| {
                        super::words::is_number_word(t)
                            || t.chars().any(|c| c.is_ascii_digit())
                            || super::lexicon::never_in_personal_name(t)
                    })
            {
                "person"
            } else {
                "other"
            };
            // A place known only from a dateline in capitals ("CAPITAL CITY -") is named as
            // a place is printed in the text ("Capital City"), a compass region with its
            // article ("the West"); the name as printed stays an alias.
            let renamed = if region && known.is_none() {
                Some(format!("the {name}"))
            } else if members.iter().any(|&m| datelines.contains(&keys[m]))
                && !name.chars().any(char::is_lowercase)
                && name.chars().filter(|c| c.is_alphabetic()).count() > 4
            {
                Some(title_case(&name))
            } else {
                None
            };
            let name = match renamed {
                Some(renamed) => {
                    aliases.push(name);
                    aliases.sort();
                    aliases.dedup();
                    renamed
                }
                None => name,
            };
            let sources: BTreeSet<usize> = members
                .iter()
                .flat_map(|&m| stats[m].sources.iter().map(|&s| s as usize))
                .collect();
            built.push((
                Entity {
                    id: String::new(),
                    name,
                    kind: kind.to_string(),
                    aliases,
                    mentions: total,
                    sources: sources.iter().map(|s| docs[*s].id.clone()).collect(),
                    evidence: Vec::new(),
                },
                members.clone(),
            ));
        }
        // Most mentioned first; ties by name for a stable order.
        built.sort_by(|a, b| {
            b.0.mentions
                .cmp(&a.0.mentions)
                .then_with(|| a.0.name.cmp(&b.0.name))
        });
        let mut by_key = HashMap::default();
        let mut entities = Vec::new();
        for (i, (mut e, members)) in built.into_iter().enumerate() {
            e.id = format!("e{}", i + 1);
            for m in members {
                by_key.insert(keys[m].clone(), i);
            }
            entities.push(e);
        }
        // A surname alone stands for the person its own article names in full ("Lee" in an
        // article about Spike Lee), whoever the story at large gives it to: the people of
        // each article by their last name: the one person so named, or `None` when the
        // article names several.
        let mut named_in: HashMap<(u32, &str), Option<usize>> = HashMap::default();
        for r in raws.iter().filter(|r| !r.single) {
            let e = by_key[&r.key];
            if entities[e].kind == "person" {
                if let Some(last) = r.key.rsplit(' ').next() {
                    named_in
                        .entry((r.source, last))
                        .and_modify(|one| {
                            if *one != Some(e) {
                                *one = None;
                            }
                        })
                        .or_insert(Some(e));
                }
            }
        }
        // Sized once, and sorted in place: grown by doubling and sorted with a merge
        // buffer, a large story's mentions took twice and then three times their room.
        let mut mentions: Vec<Mention> = Vec::with_capacity(raws.len());
        mentions.extend(raws.iter().filter_map(|r| {
            index_of.get(r.key.as_str()).map(|_| {
                let mut entity = by_key[&r.key];
                if let Some(&Some(person)) = r
                    .single
                    .then(|| named_in.get(&(r.source, r.key.as_str())))
                    .flatten()
                {
                    entity = person;
                }
                Mention {
                    source: r.source,
                    paragraph: r.paragraph,
                    sentence: r.sentence,
                    after_preposition: r.after_preposition,
                    offset: r.offset,
                    end: r.end,
                    entity: narrow(entity),
                }
            })
        }));
        // (No two mentions of a paragraph start at one offset: names never overlap.)
        mentions.sort_unstable_by_key(|m| (m.source, m.paragraph, m.offset));
        // Titles that stand before one person only; a title two people share names neither.
        let mut holders: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
        for r in raws.iter().filter(|r| r.titled) {
            let Some(&e) = by_key.get(&r.key) else {
                continue;
            };
            if entities[e].kind != "person" {
                continue;
            }
            let para = &docs[r.source as usize].doc.paragraphs[r.paragraph as usize];
            let sentence = &para.sentences[r.sentence as usize];
            let at = r.offset as usize - sentence.start;
            if let Some(title) = title_before(para.text_of(sentence), at) {
                let key = name_key(&title);
                // Also the title without the institution before it ("secretary-general" of
                // "U.N. Secretary-General"), which a later "the secretary-general" uses.
                if let Some(tail) = title_tail(&key) {
                    holders.entry(tail).or_default().insert(e);
                }
                holders.entry(key).or_default().insert(e);
            }
        }
        for (title, name) in learned_titles {
            if let Some(&e) = by_key.get(&name).filter(|&&e| entities[e].kind == "person") {
                holders.entry(title).or_default().insert(e);
            }
        }
        let by_title = holders
            .into_iter()
            .filter(|(_, people)| people.len() == 1)
            .map(|(title, people)| (title, people.into_iter().next().unwrap_or_default()))
            .collect();
        // The names as found are no longer needed: freed before the evidence is gathered.
        drop(named_in);
        drop(raws_of_key);
        drop(raws);
        drop(toks);
        drop(stats);
        // Each entity's evidence sized first (a sentence once, however often it names the
        // entity): grown by doubling, a large story's evidence held a fifth more room than
        // it used.
        // (Per entity: the count, and the last sentence counted as source, paragraph and
        // sentence indices.)
        let mut sizes = vec![(0usize, None); entities.len()];
        for m in &mentions {
            let (count, last) = &mut sizes[m.entity()];
            let sentence: Option<[u32; 3]> = Some([m.source, m.paragraph, m.sentence]);
            if *count < MAX_ENTITY_EVIDENCE && *last != sentence {
                *count += 1;
                *last = sentence;
            }
        }
        for (e, (count, _)) in entities.iter_mut().zip(sizes) {
            e.evidence.reserve_exact(count);
        }
        for m in &mentions {
            let e = &mut entities[m.entity()];
            let para = &docs[m.source()].doc.paragraphs[m.paragraph()];
            let sentence = &para.sentences[m.sentence()];
            let evidence = Evidence {
                source: docs[m.source()].id.as_str().into(),
                anchor: sentence.anchor.as_str().into(),
                text: para.text_of(sentence).into(),
            };
            if e.evidence.len() < MAX_ENTITY_EVIDENCE && e.evidence.last() != Some(&evidence) {
                e.evidence.push(evidence);
            }
        }
        let gender = genders(docs, &entities, &mentions);
        let mut by_surname: HashMap<String, Vec<(String, usize)>> = HashMap::default();
        let mut sorted_keys: Vec<(&String, &usize)> = by_key.iter().collect();
        sorted_keys.sort();
        for (key, &e) in sorted_keys {
            let last = key.rsplit(' ').next().unwrap_or(key);
            by_surname
                .entry(skeleton(last))
                .or_default()
                .push((last.to_string(), e));
        }
        EntityIndex {
            entities,
            mentions,
            gender,
            by_key,
            by_title,
            by_surname,
            common_openers,
        }
    }

    /// True when `word` (lower case) opens a sentence capitalised somewhere and the
    /// articles print it in lower case at least twice: a common word in any article of the
    /// story, whichever one a sentence opening with it is from.
    pub fn is_common_opener(&self, word: &str) -> bool {
        self.common_openers.contains(word)
    }

    /// The one person the sources give this title ("the U.N. High Commissioner for
    /// Refugees", "the United Nations secretary-general").
    pub fn holder_of_title(&self, phrase: &str) -> Option<usize> {
        let bare = phrase
            .strip_prefix("The ")
            .or_else(|| phrase.strip_prefix("the "))
            .unwrap_or(phrase);
        let key = name_key(bare);
        self.by_title
            .get(&key)
            .or_else(|| title_tail(&key).and_then(|t| self.by_title.get(&t)))
            .copied()
    }

    /// The entity whose name or alias is exactly `surface` (case and accents aside), without
    /// falling back to a name inside it.
    pub fn resolve_exact(&self, surface: &str) -> Option<usize> {
        self.by_key.get(&name_key(surface)).copied()
    }

    /// The entity a printed name refers to, after dropping titles; lower-case typos of a known
    /// name resolve too.
    pub fn resolve(&self, surface: &str) -> Option<usize> {
        // A pronoun or another function word in lower case ("it said") names nothing, even
        // where an acronym spells it ("IT").
        let bare = surface.trim();
        if bare.chars().all(|c| !c.is_uppercase()) && is_stopword(bare) {
            return None;
        }
        if let Some(e) = self.holder_of_title(surface) {
            return Some(e);
        }
        // "Jo Roe of the Daily Planet": the person, not the body named after "of".
        if let Some((person, _)) = surface.split_once(" of ") {
            // ("Vice President of Acme" is a title of Acme's, no one's name.)
            let last = person.rsplit(' ').next().unwrap_or("").to_lowercase();
            let named = person.trim().contains(' ') && !is_in(&PERSON_TITLES, &last);
            if let Some(e) = named
                .then(|| self.resolve(person))
                .flatten()
                .filter(|&e| self.is_person(e))
            {
                return Some(e);
            }
        }
        let runs = name_runs(surface);
        let candidates = runs
            .iter()
            .rev()
            .map(|r| name_key(&r.surface))
            .chain(std::iter::once(name_key(surface)));
        for key in candidates {
            if let Some(&i) = self.by_key.get(&key) {
                return Some(i);
            }
            // A surname alone that the index knows only inside a full name.
            if !key.contains(' ') && key.len() >= 3 {
                // Close spellings share a skeleton, so one bucket holds every candidate.
                let hits: BTreeSet<usize> = self
                    .by_surname
                    .get(&skeleton(&key))
                    .into_iter()
                    .flatten()
                    .filter(|(last, _)| *last == key || close_spelling(last, &key))
                    .map(|&(_, i)| i)
                    .collect();
                if hits.len() == 1 {
                    return hits.into_iter().next();
                }
            }
        }
        None
    }

    /// The person a "he" or "she" at `offset` of paragraph `paragraph` most likely stands
    /// for: the person named first in the latest sentence, in that paragraph or the two
    /// before, that names a person of the pronoun's gender (when the texts show one), when
    /// that name is the sentence's subject: only titles and roles come before it ("Prime
    /// Minister Jo Li said …", "On Monday, the former mayor Jo Li …"). "The president met
    /// Jo Li. He …" finds no one: the subject there is not named.
    pub fn pronoun_antecedent(
        &self,
        docs: &[SourceDoc],
        source: usize,
        paragraph: usize,
        offset: usize,
        gender: Gender,
    ) -> Option<usize> {
        let window =
            self.mentions_between(source, paragraph.saturating_sub(2), (paragraph, offset));
        let subject = latest_sentence_subject(window, |m| {
            self.is_person(m.entity())
                && !m.after_preposition
                && self.gender[m.entity()].is_none_or(|g| g == gender)
        })?;
        let para = &docs[source].doc.paragraphs[subject.paragraph()];
        let start = para.sentences[subject.sentence()].start;
        let before = para.text.get(start..subject.offset())?;
        // (An opening phrase set off by a comma is not the subject: "On Monday, Li said".)
        let before = before.rsplit_once(',').map_or(before, |(_, rest)| rest);
        let words: Vec<&str> = before.split_whitespace().collect();
        // ("Kessel Police said Marcus Dean had been charged. He …": the subject of what a
        // named source said.)
        let reported = words
            .iter()
            .rposition(|w| matches!(*w, "said" | "says"))
            .filter(|&v| v > 0 && words[..v].iter().all(|w| w.starts_with(char::is_uppercase)))
            .map_or(0, |v| {
                v + 1 + usize::from(words.get(v + 1) == Some(&"that"))
            });
        let titles_only = words[reported.min(words.len())..].iter().all(|w| {
            let lower = w.to_lowercase();
            w.starts_with(char::is_uppercase)
                || matches!(lower.as_str(), "the" | "a" | "an" | "former" | "then")
                || is_in(&PERSON_TITLES, &lower)
                || is_in(&ROLE_NOUNS, &lower)
        });
        titles_only.then_some(subject.entity())
    }

    /// Mentions in `source` from paragraph `first` up to (not including) position
    /// `(paragraph, offset)`, in reading order. A slice of the sorted list, found by binary
    /// search, so looking back from a quote costs nothing like a scan of every mention.
    pub fn mentions_between(
        &self,
        source: usize,
        first: usize,
        until: (usize, usize),
    ) -> &[Mention] {
        let lo = self
            .mentions
            .partition_point(|m| (m.source(), m.paragraph()) < (source, first));
        let hi = self.mentions.partition_point(|m| {
            (m.source(), m.paragraph(), m.offset()) < (source, until.0, until.1)
        });
        &self.mentions[lo..hi.max(lo)]
    }

    /// The entity of the name printed at `offset` of paragraph `paragraph` of a source, if
    /// one starts there: a surname resolved within its own article.
    pub fn mention_at(&self, source: usize, paragraph: usize, offset: usize) -> Option<usize> {
        let at = self.mentions.partition_point(|m| {
            (m.source(), m.paragraph(), m.offset()) < (source, paragraph, offset)
        });
        self.mentions
            .get(at)
            .filter(|m| (m.source(), m.paragraph(), m.offset()) == (source, paragraph, offset))
            .map(Mention::entity)
    }

    /// True when the entity is a person.
    pub fn is_person(&self, entity: usize) -> bool {
        self.entities[entity].kind == "person"
    }
}

/// Each person's gender as the texts use it: from gendered titles (`Mr`, `Mrs`) and from the
/// pronouns in sentences that name only that person (and the sentence after). Unknown when the
/// evidence is thin or mixed.
fn genders(docs: &[SourceDoc], entities: &[Entity], mentions: &[Mention]) -> Vec<Option<Gender>> {
    let mut votes = vec![(0usize, 0usize); entities.len()];
    let mut count = |e: usize, g: Gender, weight: usize| match g {
        Gender::Male => votes[e].0 += weight,
        Gender::Female => votes[e].1 += weight,
    };
    let mut i = 0;
    while i < mentions.len() {
        let m = &mentions[i];
        let mut j = i;
        while j < mentions.len()
            && (
                mentions[j].source,
                mentions[j].paragraph,
                mentions[j].sentence,
            ) == (m.source, m.paragraph, m.sentence)
        {
            j += 1;
        }
        let para = &docs[m.source()].doc.paragraphs[m.paragraph()];
        let sentence = &para.sentences[m.sentence()];
        for mk in &mentions[i..j] {
            let before = para.text[..mk.offset()].trim_end();
            let title = before
                .rsplit(|c: char| !c.is_alphanumeric() && c != '.')
                .next()
                .unwrap_or("");
            if let Some(g) = Gender::of_title(title) {
                count(mk.entity(), g, 3);
            }
        }
        let people: BTreeSet<usize> = mentions[i..j]
            .iter()
            .map(Mention::entity)
            .filter(|&e| entities[e].kind == "person")
            .collect();
        if people.len() == 1 {
            let e = *people.iter().next().unwrap();
            let last_end = mentions[i..j].iter().map(Mention::end).max().unwrap_or(0);
            let mut text = para.text[last_end.max(sentence.start)..sentence.end].to_string();
            // (A body named in the next sentence, "He will appear before Kessel Court",
            // leaves its "he" to the person.)
            let next_has_person = mentions[j..]
                .iter()
                .take_while(|n| {
                    (n.source, n.paragraph, n.sentence) == (m.source, m.paragraph, m.sentence + 1)
                })
                .any(|n| entities[n.entity()].kind == "person");
            // (Nor is a person named after a preposition, "reunited with Carpenter", the one
            // the next sentence goes on about.)
            let after_preposition = mentions[i..j]
                .iter()
                .any(|mk| mk.entity() == e && mk.after_preposition);
            if let (Some(next), false) = (
                para.sentences.get(m.sentence() + 1),
                next_has_person || after_preposition,
            ) {
                text.push(' ');
                text.push_str(para.text_of(next));
            }
            // A pronoun inside a quotation is the speaker's, of anyone: "… a young man with
            // his whole life ahead of him," said Rachel Morrow.
            let spans = super::quotes::find_spans(&text);
            let quoted = |at: usize| spans.iter().any(|sp| sp.start <= at && at < sp.end);
            for w in text.split(|c: char| !c.is_alphanumeric()) {
                let at = w.as_ptr() as usize - text.as_ptr() as usize;
                if let Some(g) = Gender::of_pronoun(w).filter(|_| !quoted(at)) {
                    count(e, g, 1);
                }
            }
        }
        i = j;
    }
    votes
        .into_iter()
        .map(|(male, female)| {
            if male > 2 * female {
                Some(Gender::Male)
            } else if female > 2 * male {
                Some(Gender::Female)
            } else {
                None
            }
        })
        .collect()
}

/// "Everybody's", "Today's": words that take a possessive and a capital at a sentence's start
/// without naming anything.
fn is_indefinite_or_relative_day(key: &str) -> bool {
    matches!(
        key,
        "everybody"
            | "everyone"
            | "somebody"
            | "someone"
            | "nobody"
            | "anybody"
            | "anyone"
            | "today"
            | "tonight"
            | "tomorrow"
            | "yesterday"
    )
}

/// A body's name without a leading "The", a trailing legal form or a leading country: "The
/// Daily Wire" → "Daily Wire", "Acme Airlines Co" → "Acme Airlines", "U.S. Transport Safety
/// Board" → "Transport Safety Board". `None` when nothing is left to drop or too little would
/// remain.
fn short_name(name: &str) -> Option<String> {
    if let Some(rest) = name.strip_prefix("The ") {
        return Some(rest.to_string());
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    let key = |w: &str| name_key(w);
    if words.len() >= 2 && is_legal_form(&key(words[words.len() - 1])) {
        return Some(words[..words.len() - 1].join(" "));
    }
    if words.len() < 3 {
        return None;
    }
    let country = KNOWN_ALIASES
        .iter()
        .any(|(kind, names)| *kind == "place" && names.contains(&key(words[0]).as_str()))
        || COUNTRIES.contains(&key(words[0]));
    (country && is_org_like(&name_key(name))).then(|| words[1..].join(" "))
}

/// The legal form that may close a company's name.
pub fn is_legal_form(word: &str) -> bool {
    matches!(
        word,
        "co" | "corp"
            | "corporation"
            | "inc"
            | "incorporated"
            | "ltd"
            | "limited"
            | "plc"
            | "llc"
            | "ag"
            | "sa"
            | "nv"
            | "gmbh"
    )
}

/// A title key from its first title word on, when an institution's name comes first
/// ("un secretary-general" → "secretary-general").
fn title_tail(key: &str) -> Option<String> {
    let words: Vec<&str> = key.split(' ').collect();
    let first = words.iter().position(|w| {
        is_in(&PERSON_TITLES, w) || w.split('-').any(|part| is_in(&PERSON_TITLES, part))
    })?;
    (first > 0).then(|| words[first..].join(" "))
}

/// A word built the way common nouns and adjectives are ("investment", "aviation",
/// "conservative", "capitalism", "security"): at the head of a sentence before a role
/// ("Investment banker Jo Li"), it describes the person and names no body of its own.
fn common_word_shape(key: &str) -> bool {
    key.len() > 6
        && ["ment", "tion", "sion", "ional", "ive", "ism", "ity", "ness"]
            .iter()
            .any(|end| key.ends_with(end))
}

/// Keys of consecutive name runs that a sentence gives as alternative names of one thing:
/// "Smallville, or Little Town, …", "Smallville (also known as Little Town)", and the
/// account an embedded post signs with ("— Jo Lindqvist (@JoLind) May 4").
fn alternatives(sentence: &str, runs: &[super::words::NameRun]) -> Vec<(String, String)> {
    const JOINS: [&str; 7] = [
        ", or ",
        " (or ",
        ", also known as ",
        " (also known as ",
        ", formerly ",
        " (formerly ",
        " (@",
    ];
    runs.windows(2)
        .filter(|pair| {
            let between = &sentence[pair[0].end..pair[1].start];
            let after = sentence[pair[1].end..].chars().next();
            JOINS.contains(&between) && matches!(after, Some(',' | ')' | '.' | ';'))
        })
        .map(|pair| (name_key(&pair[0].surface), name_key(&pair[1].surface)))
        .filter(|(a, b)| !a.is_empty() && !b.is_empty() && a != b)
        .collect()
}

/// The first letter and the consonants of a word: what transliterations of a name share
/// (Kowalczyk / Kowalczik → "kkwlczk").
pub(crate) fn skeleton(w: &str) -> String {
    w.chars()
        .take(1)
        .chain(w.chars().filter(|c| !"aeiouyjh".contains(*c)))
        .collect()
}

/// Two spellings of one surname: the same start and the same consonant skeleton, a small edit
/// apart. Transliterations differ in vowels, `y`, `j` and `h` (Kowalczyk / Kowalczik,
/// Kowalczyk / Kowalczik); different words differ in consonants (Germans / Germany).
/// Two edits only in names of seven letters or more: "Maori" is two from "Moore", "Paris"
/// from "Pires", "Sikhs" from "Sykes".
pub(crate) fn close_spelling(a: &str, b: &str) -> bool {
    let shorter = a.chars().count().min(b.chars().count());
    close_within(a, b, if shorter >= 7 { 2 } else { 1 })
}

/// [`close_spelling`] with two edits allowed at any length: for the stems of words compared
/// across outlets, where a stray merge costs little.
pub(crate) fn close_stems(a: &str, b: &str) -> bool {
    close_within(a, b, 2)
}

fn close_within(a: &str, b: &str, edits: usize) -> bool {
    if a == b {
        return true;
    }
    let (la, lb) = (a.chars().count(), b.chars().count());
    la >= 5 && lb >= 5 && skeleton(a) == skeleton(b) && edit_distance(a, b) <= edits
}

/// The names among `names` that are in the group rooted at `root`.
fn in_group(uf: &mut UnionFind, names: &[usize], root: usize) -> Vec<usize> {
    names
        .iter()
        .copied()
        .filter(|&m| uf.find(m) == root)
        .collect()
}

/// Whether `long` names a body within the place or body `short` names: it starts with
/// `short` and goes on with a body's own name ("… High Court", "… Banks Association" after
/// a place; "… Record Office", "… Select Committee" after a body). After a name that is no
/// place, one added word names the same body ("Velm Trust Fund" of "Velm Trust"), and a
/// firm's kind and legal form never make another body ("Velm Airlines Corp").
fn names_a_body_within(short: &[&str], long: &[&str], place: bool) -> bool {
    let added = long.get(short.len()..).unwrap_or_default();
    long.starts_with(short)
        && !added.is_empty()
        && (place || added.len() >= 2)
        && added
            .iter()
            .any(|w| is_in(&super::lexicon::SUB_BODY_HEADS, w))
        && !added.last().is_some_and(|w| is_legal_form(w))
}

/// Whether a short form's articles mostly also print one of its long forms: in at least a
/// fifth of them. A surname follows the full name in the articles that use it; a word that
/// happens to end a longer name does not. Taken on trust for a short form printed in fewer
/// than four articles (too few to tell) and for one printed after a title in a quarter of
/// its mentions or more ("President Roe", "Mr Roe": a person's surname, whichever articles
/// print the full name).
fn printed_with_a_long_form<'s, 'a: 's>(
    short: &KeyStats<'a>,
    long: impl Iterator<Item = &'s KeyStats<'a>> + Clone,
) -> bool {
    if short.sources.len() < 4 || short.titled * 4 >= short.count {
        return true;
    }
    let shared = short
        .sources
        .iter()
        .filter(|s| long.clone().any(|l| l.sources.binary_search(s).is_ok()))
        .count();
    shared * 5 >= short.sources.len()
}

/// A name that can own a surname-only mention: 2–4 words, no organisation or place words,
/// not an acronym.
fn person_like(key: &str, stats: &KeyStats<'_>) -> bool {
    let n = key.split(' ').count();
    (2..=5).contains(&n)
        && !is_org_like(key)
        && !key.split(' ').any(|t| is_in(&PLACE_WORDS, t))
        && !stats
            .printed()
            .any(|s| s.split_whitespace().any(is_all_caps))
}

fn is_org_like(key: &str) -> bool {
    let words: Vec<&str> = key.split(' ').collect();
    let institution = |w: &str| is_in(&super::lexicon::INSTITUTION_HEADS, w);
    // ("Daily" opens or ends a paper's name: "Daily Ledger", "Harbour Daily".)
    words.iter().any(|t| is_in(&ORG_WORDS, t))
        || words.len() > 1
            && (is_legal_form(words[words.len() - 1])
                || institution(words[words.len() - 1])
                || institution(words[0]) && words[1] == "of"
                || words[0] == "daily"
                || words[words.len() - 1] == "daily")
}

/// Initials of a name; a word printed as an acronym gives all its letters ("U.K.
/// Independence Party" → "ukip").
fn initials(tokens: &[&str], stats: &KeyStats<'_>) -> String {
    let printed = best_surface(&stats.surfaces);
    let acronyms: BTreeSet<String> = printed
        .split_whitespace()
        .filter(|w| is_all_caps(w))
        .map(|w| fold(w).replace('.', ""))
        .collect();
    tokens
        .iter()
        .filter(|t| !matches!(**t, "of" | "the" | "and" | "for" | "de" | "on"))
        .map(|t| {
            if acronyms.contains(*t) {
                t.to_string()
            } else {
                t.chars().next().map(String::from).unwrap_or_default()
            }
        })
        .collect()
}

/// True when `long` is `short` and then a word naming a meeting the body or the place
/// `short` holds ("Harbour Trust Assembly", "Labour Conference", "London Assembly"). The
/// short name is the body's or the place's, not its meeting's, so it is not merged there.
/// (Prizes and contests are left out: "Grammy" is the Grammy Awards.)
fn names_a_gathering_of(short: &[&str], long: &[&str]) -> bool {
    long.starts_with(short)
        && long.last().is_some_and(|w| {
            matches!(
                *w,
                "assembly"
                    | "conference"
                    | "convention"
                    | "forum"
                    | "meeting"
                    | "session"
                    | "summit"
            )
        })
}

/// True when `short` appears in `long` in order, not necessarily adjacent.
fn is_subsequence(short: &[&str], long: &[&str]) -> bool {
    let mut it = long.iter();
    short.iter().all(|s| it.any(|l| l == s))
}

/// Each word capitalised, the rest in lower case ("CAPITAL CITY" → "Capital City", "ST.
/// JOHN'S" → "St. John's").
fn title_case(name: &str) -> String {
    name.split(' ')
        .map(crate::text::capitalise)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The most common printed form, preferring one that starts with a capital.
fn best_surface(surfaces: &[(&str, usize)]) -> String {
    surfaces
        .iter()
        .max_by_key(|(s, n)| {
            // ("Kessel" over a dateline's "KESSEL"; an acronym of four letters or fewer is
            // printed in capitals anyway.)
            let shouted = s.chars().filter(|c| c.is_alphabetic()).count() > 4
                && !s.chars().any(char::is_lowercase);
            (
                s.chars().next().is_some_and(|c| c.is_uppercase()),
                !shouted,
                *n,
                s.chars().filter(|c| !c.is_ascii()).count(),
                std::cmp::Reverse(*s),
            )
        })
        .map(|(s, _)| s.to_string())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tests::docs_from;

    #[test]
    fn a_product_is_no_person_and_its_maker_no_short_form_of_it() {
        let docs = docs_from(&[
            "Orvik is recalling the Orvik Tessa and Orvik Lumen models. Orvik said sorry.",
            "The Orvik Tessa cars were built in 2029, Orvik said.",
        ]);
        let index = EntityIndex::build(&docs);
        let got: Vec<(&str, &str)> = index
            .entities
            .iter()
            .map(|e| (e.name.as_str(), e.kind.as_str()))
            .collect();
        assert!(got.contains(&("Orvik Tessa", "other")), "{got:?}");
        assert!(got.contains(&("Orvik Lumen", "other")), "{got:?}");
        assert!(got.contains(&("Orvik", "organization")), "{got:?}");
    }

    #[test]
    fn a_kind_of_body_opening_a_sentence_is_no_part_of_the_name() {
        let docs = docs_from(&[
            "Carmaker Velmar is recalling 300 cars. Velmar said the fault was rare.",
            "The German carmaker announced the recall on Monday. Velmar shares fell.",
            "The carmaker said owners would get letters.",
        ]);
        let index = EntityIndex::build(&docs);
        let names: Vec<&str> = index.entities.iter().map(|e| e.name.as_str()).collect();
        assert!(names.contains(&"Velmar"), "{names:?}");
        assert!(!names.iter().any(|n| n.contains("Carmaker")), "{names:?}");
    }

    #[test]
    fn a_names_printings_are_counted_in_order_and_its_sources_once() {
        let mut st = KeyStats::default();
        for (surface, source) in [("Roe", 3), ("ROE", 1), ("Roe", 1), ("Roe", 3)] {
            st.add_surface(surface, source);
        }
        assert_eq!(st.surfaces, [("ROE", 1), ("Roe", 3)]);
        assert_eq!(st.sources, [1, 3]);
        assert_eq!(best_surface(&st.surfaces), "Roe");
        let mut other = KeyStats::default();
        other.add_surface("Li", 2);
        assert!(st.apart_from(&other));
        other.add_surface("Li", 3);
        assert!(!st.apart_from(&other) && !other.apart_from(&st));
    }

    /// The kind of the entity named `name` in a [`names`] list, if there is one.
    fn kind_of(got: &[(String, String, Vec<String>)], name: &str) -> Option<String> {
        got.iter().find(|e| e.0 == name).map(|e| e.1.clone())
    }

    /// Each sentence's count of names is read by its source, paragraph and sentence, past a
    /// paragraph that is no body text (which has none), and is what the sentence's own name
    /// runs give.
    #[test]
    fn names_printed_are_counted_per_sentence_in_place() {
        let mut docs = docs_from(&[
            // (A name opening a sentence is not counted: "Jo Roe" in the first.)
            "Jo Roe met Ann Lee in Velm. She left.\n\nA Head Of Section\n\nThe President Kim Ho spoke. Then Jo Roe, Ann Lee and Ola Brandt and Arno Tarsen came.",
            "Nothing named here.",
        ]);
        docs[0].doc.paragraphs[1].role = BlockRole::Subhead;
        let printed = find_names(&docs).take_printed();
        let all: Vec<(usize, usize, usize, Option<usize>)> = docs
            .iter()
            .enumerate()
            .flat_map(|(s, d)| {
                let printed = &printed;
                d.doc
                    .paragraphs
                    .iter()
                    .enumerate()
                    .flat_map(move |(p, para)| {
                        (0..para.sentences.len()).map(move |i| (s, p, i, printed.get(s, p, i)))
                    })
            })
            .collect();
        assert_eq!(
            all,
            [
                (0, 0, 0, Some(2)),
                (0, 0, 1, Some(0)),
                (0, 1, 0, None),
                (0, 2, 0, Some(1)),
                (0, 2, 1, Some(3)),
                (1, 0, 0, Some(0)),
            ]
        );
        for (s, d) in docs.iter().enumerate() {
            for (p, para) in d.doc.paragraphs.iter().enumerate() {
                for (i, sentence) in para.sentences.iter().enumerate() {
                    let runs = name_runs(para.text_of(sentence));
                    let own = usize::from(super::super::words::distinct_names(&runs));
                    assert!(printed.get(s, p, i).is_none_or(|n| n == own));
                }
            }
        }
    }

    /// Asserts the kind of each name, showing every entity found when one differs.
    #[track_caller]
    fn assert_kinds(got: &[(String, String, Vec<String>)], expected: &[(&str, &str)]) {
        for &(name, kind) in expected {
            assert_eq!(kind_of(got, name).as_deref(), Some(kind), "{name}: {got:?}");
        }
    }

    fn names(index: &EntityIndex) -> Vec<(String, String, Vec<String>)> {
        let mut v: Vec<_> = index
            .entities
            .iter()
            .map(|e| (e.name.clone(), e.kind.clone(), e.aliases.clone()))
            .collect();
        v.sort();
        v
    }

    #[test]
    fn a_giant_or_a_regulator_named_before_a_name_makes_it_a_body() {
        let docs = docs_from(&[
            "A fault at cloud computing giant Nimbra began at 06:15 AEST.",
            "Nimbra said the outage was over. The watchdog Ofvel will look into it.",
            "Its customers and those of Orrin Savings could not log in.",
        ]);
        let got = names(&EntityIndex::build(&docs));
        for body in ["Nimbra", "Ofvel", "Orrin Savings"] {
            assert_eq!(
                kind_of(&got, body).as_deref(),
                Some("organization"),
                "{got:?}"
            );
        }
        // A clock's time zone names nothing.
        assert_eq!(kind_of(&got, "AEST"), None, "{got:?}");
    }

    #[test]
    fn police_and_court_ranks_are_titles_and_general_before_a_body_word_is_the_name_s() {
        let docs = docs_from(&[
            "Det Insp Rachel Morrow said so. Ch Supt Amy Lo and DCI Jo Bale agreed.",
            "He died at Kessel General Hospital. The General Assembly met.",
            // Officers of the law and of the courts too.
            "Prosecutor Marc Dellan said four men fled. Coroner Ada Vine and Sheriff Ty Rusk agreed.",
            "Magistrate Lena Dorr spoke to Kessel Parish Councillor Ben Ashe.",
        ]);
        let got = names(&EntityIndex::build(&docs));
        for person in [
            "Rachel Morrow",
            "Amy Lo",
            "Jo Bale",
            "Marc Dellan",
            "Ada Vine",
            "Ty Rusk",
            "Lena Dorr",
            "Ben Ashe",
        ] {
            assert_eq!(kind_of(&got, person).as_deref(), Some("person"), "{got:?}");
        }
        assert_eq!(
            kind_of(&got, "Kessel Parish").as_deref(),
            Some("place"),
            "{got:?}"
        );
        for body in ["Kessel General Hospital", "General Assembly"] {
            assert_eq!(
                kind_of(&got, body).as_deref(),
                Some("organization"),
                "{got:?}"
            );
        }
    }

    #[test]
    fn legislators_their_states_and_the_houses_of_a_parliament() {
        let docs = docs_from(&[
            "Sen. Mara Alves of New Mexico, who wrote the bill, spoke. Rep. Jo Fisk, R-Texas, called it a blank check.",
            "The White House urged the House to act. The House of Representatives goes into recess.",
            "Eighteen Republicans voted with Democrats. Alves thanked them.",
        ]);
        let got = names(&EntityIndex::build(&docs));
        for person in ["Mara Alves", "Jo Fisk"] {
            assert_eq!(kind_of(&got, person).as_deref(), Some("person"), "{got:?}");
        }
        assert_eq!(
            kind_of(&got, "New Mexico").as_deref(),
            Some("place"),
            "{got:?}"
        );
        assert_eq!(
            kind_of(&got, "White House").as_deref(),
            Some("organization"),
            "{got:?}"
        );
        let house = got.iter().find(|e| e.0 == "House of Representatives");
        assert!(
            house.is_some_and(|e| e.2.contains(&"House".to_string())),
            "{got:?}"
        );
        assert!(
            got.iter()
                .all(|e| !e.0.contains("R-Texas") && !e.0.starts_with("Eighteen")),
            "{got:?}"
        );
    }

    #[test]
    fn a_close_spelling_is_one_edit_in_a_short_name_two_in_a_long_one() {
        assert!(close_spelling("touati", "toutai"));
        assert!(close_spelling("kowalczyk", "kowalczik"));
        assert!(!close_spelling("maori", "moore"));
        assert!(!close_spelling("paris", "pires"));
        assert!(close_stems("paris", "pires"));
    }

    #[test]
    fn a_sentence_opening_owner_never_printed_in_lower_case_is_a_name() {
        let docs = docs_from(&[
            "Velmara's lander touched down on Saturday. Everybody's hopes were met.",
            "Velmara has become the fifth nation to land. Today's images were clear.",
        ]);
        let got = names(&EntityIndex::build(&docs));
        let all: Vec<&str> = got.iter().map(|e| e.0.as_str()).collect();
        assert_eq!(all, vec!["Velmara"], "{got:?}");
    }

    #[test]
    fn the_town_a_mayor_leads_a_body_s_site_and_an_isle_are_places() {
        let docs = docs_from(&[
            "A former mayor of Tarrin was convicted. The Tarrin scheme was approved.",
            "Isle of Velk voters went to the polls.",
            "The firm said Quarrel's Tarvik headquarters would close.",
        ]);
        let got = names(&EntityIndex::build(&docs));
        for place in ["Tarrin", "Isle of Velk", "Tarvik"] {
            assert_eq!(kind_of(&got, place).as_deref(), Some("place"), "{got:?}");
        }
    }

    #[test]
    fn a_place_that_owns_a_regulator_is_no_short_name_of_a_body() {
        let docs = docs_from(&[
            "Acme was fined by Velm's data regulator. The Velm Data Authority said so.",
            "The Velm Data Authority leads the case because Acme is based in Velm.",
            "Velm's privacy watchdog fined Acme.",
            "The talks were led by Tarsk's energy minister, Jo Amis. Reporters met Tarsk's prime minister.",
        ]);
        let got = names(&EntityIndex::build(&docs));
        assert_eq!(kind_of(&got, "Velm").as_deref(), Some("place"), "{got:?}");
        assert_eq!(kind_of(&got, "Tarsk").as_deref(), Some("place"), "{got:?}");
        assert_eq!(
            kind_of(&got, "Velm Data Authority").as_deref(),
            Some("organization"),
            "{got:?}"
        );
    }

    #[test]
    fn a_storm_is_no_person_and_a_word_before_a_kind_of_body_no_name() {
        let docs = docs_from(&[
            "Hurricane Mara hit the coast on Sunday. Mara killed 12 people.",
            "Power company Calverra Power said homes were without power. The power cut hit farms.",
            "Calverra Power said it would take weeks.",
        ]);
        let got = names(&EntityIndex::build(&docs));
        assert_eq!(
            kind_of(&got, "Hurricane Mara").as_deref(),
            Some("other"),
            "{got:?}"
        );
        assert_eq!(kind_of(&got, "Power"), None, "{got:?}");
        assert_eq!(
            kind_of(&got, "Calverra Power").as_deref(),
            Some("organization"),
            "{got:?}"
        );
    }

    #[test]
    fn makers_brands_and_sports_bodies_are_bodies_and_a_distance_ends_no_name() {
        let docs = docs_from(&[
            "Sportswear maker Stridell said it was disappointed. Stridell paused the deal.",
            "She ran Harrow Pictures for 12 years.",
            "World Rowing president Lord Hale said the ruling was right.",
            "The Olympic 200m champion Ana Vell was banned. Vell denied it.",
        ]);
        let got = names(&EntityIndex::build(&docs));
        for body in ["Stridell", "World Rowing", "Harrow Pictures"] {
            assert_eq!(
                kind_of(&got, body).as_deref(),
                Some("organization"),
                "{got:?}"
            );
        }
        assert!(got.iter().all(|e| !e.0.contains("200m")), "{got:?}");
        assert_eq!(
            kind_of(&got, "Ana Vell").as_deref(),
            Some("person"),
            "{got:?}"
        );
    }

    #[test]
    fn a_team_sheet_s_surnames_are_no_entities() {
        let docs = docs_from(&[
            "Luis Morant scored twice for Harbour City.\n\nHarbour City: Dahl; Price, Okon, Varga; Morant, Teale (Ekberg 90).",
        ]);
        let got = names(&EntityIndex::build(&docs));
        let all: Vec<&str> = got.iter().map(|e| e.0.as_str()).collect();
        assert_eq!(all, vec!["Harbour City", "Luis Morant"]);
    }

    #[test]
    fn names_listed_after_a_kind_of_body_are_bodies_and_no_one_s_surname() {
        let docs = docs_from(&[
            "Three of the biggest banks, Westmark, Halden Bank and Orrin Savings, shut.",
            "Card payments failed at supermarket chains including Fresco and Barlow's.",
            "Karen Thomson, the chief executive, spoke. Karen Thomson was pleased.",
            "Support came from companies such as Velcor, Intel and Thomson.",
        ]);
        let got = names(&EntityIndex::build(&docs));
        for body in ["Westmark", "Fresco", "Barlow", "Velcor", "Thomson"] {
            assert_eq!(
                kind_of(&got, body).as_deref(),
                Some("organization"),
                "{got:?}"
            );
        }
        assert_eq!(
            kind_of(&got, "Karen Thomson").as_deref(),
            Some("person"),
            "{got:?}"
        );
        // A name joined to the list's noun without a break is not listed by it.
        let docs = docs_from(&["The banks and Jo Li agreed. Jo Li spoke."]);
        let got = names(&EntityIndex::build(&docs));
        assert_eq!(kind_of(&got, "Jo Li").as_deref(), Some("person"), "{got:?}");
    }

    #[test]
    fn a_word_of_a_post_printed_in_lower_case_too_is_no_short_name() {
        let docs = docs_from(&[
            "Digital minister Sara Quist spoke. The Digital Markets Authority said it would look.",
            "The digital minister spoke to the Digital Markets Authority.",
        ]);
        let got = names(&EntityIndex::build(&docs));
        let dma = got
            .iter()
            .find(|e| e.0 == "Digital Markets Authority")
            .expect("{got:?}");
        assert!(dma.2.is_empty(), "{got:?}");
        assert_eq!(kind_of(&got, "Digital"), None, "{got:?}");
    }

    #[test]
    fn a_word_that_speaks_after_the_and_goes_before_a_name_is_a_title() {
        let docs = docs_from(&[
            "Earlier, Provost Jo Roe opened the hall. After a vote, the Provost said it would stay.",
            "Roe thanked the staff of the hall.",
        ]);
        let index = EntityIndex::build(&docs);
        // "the Provost said" is Jo Roe speaking.
        let roe = index.resolve("the Provost").expect("the title's holder");
        assert_eq!(index.entities[roe].name, "Jo Roe");
        let got = names(&index);
        assert_eq!(
            got,
            [(
                "Jo Roe".to_string(),
                "person".to_string(),
                vec!["Roe".to_string()]
            )]
        );
        // A party is named by a plural, and speaks as one: it stays a name.
        let got = names(&EntityIndex::build(&docs_from(&[
            "After a vote, the Greens said they would go. Greens Jo Roe and Al Li spoke.",
            "Roe and Li thanked the staff.",
        ])));
        assert!(
            got.iter()
                .any(|e| e.0 == "Greens" || e.2.contains(&"Greens".to_string())),
            "{got:?}"
        );
    }

    #[test]
    fn a_party_is_one_by_its_nickname_and_its_members_adjective() {
        let got = names(&EntityIndex::build(&docs_from(&[
            "The Conservative Party met in Kessel. The Tories said they would win.",
            "Tory leader Jo Roe spoke. The vote was called by Tory Al Li on Monday.",
        ])));
        let party = got
            .iter()
            .find(|e| e.0 == "Conservative Party")
            .expect("{got:?}");
        assert_eq!(party.1, "organization");
        assert_eq!(party.2, ["Tories", "Tory"]);
        assert!(got.iter().any(|e| e.0 == "Al Li"), "{got:?}");
    }

    #[test]
    fn a_name_printed_with_city_after_it_is_a_place() {
        with_kinds(
            &[
                "New Kessel electro group The Larks won the poll.",
                "The Larks are proof that New Kessel City is home to new talent.",
                "A man was hurt outside New Kessel's studios.",
            ],
            &[("New Kessel", "place")],
        );
    }

    #[test]
    fn a_numbered_station_or_channel_is_a_broadcaster_of_its_own() {
        let got = with_kinds(
            &[
                "She told Radio 4 on Monday that the show would go on.",
                "Its listeners on Radio 1 and Channel 5 heard it. Radio One said so.",
                "It was reported by Northern Radio Five Live at noon.",
                "Later Northern Five Live said so too.",
            ],
            &[
                ("Radio 4", "organization"),
                ("Radio 1", "organization"),
                ("Channel 5", "organization"),
            ],
        );
        let one = got.iter().find(|e| e.0 == "Radio 1").expect("{got:?}");
        assert_eq!(one.2, ["Radio One"]);
        // A number word inside a longer name stays a word: the station's short name
        // still joins it.
        let live = got
            .iter()
            .find(|e| e.0 == "Northern Radio Five Live")
            .expect("{got:?}");
        assert_eq!(live.2, ["Northern Five Live"]);
    }

    #[test]
    fn a_hyphened_word_joining_names_printed_apart_is_no_name() {
        let got = entity_names(&[
            "Velmoria-Kessel talks resumed in the April-July window, the Franzian-Velmorian team said.",
            "Envoys from Velmoria met envoys from Kessel. Velmoria and Kessel agreed.",
            "The Corvan-Pell studio opened. Corvan-Pell hired staff, and Ann Pell left.",
        ]);
        for joined in ["Velmoria-Kessel", "April-July", "Franzian-Velmorian"] {
            assert!(!got.contains(&joined.to_string()), "{joined}: {got:?}");
        }
        assert!(got.contains(&"Corvan-Pell".to_string()), "{got:?}");
        assert!(got.contains(&"Velmoria".to_string()), "{got:?}");
    }

    #[test]
    fn a_word_of_a_quoted_title_names_nothing_of_its_own() {
        let got = entity_names(&[
            "The Ledger ran an article titled \"Victory for Velmoria, Blow to Kessel,\" on Monday.",
            "Velmoria and Kessel signed the pact.",
        ]);
        assert!(!got.contains(&"Blow".to_string()), "{got:?}");
        assert!(got.contains(&"Kessel".to_string()), "{got:?}");
        assert!(got.contains(&"Velmoria".to_string()), "{got:?}");
    }

    #[test]
    fn a_compass_point_printed_after_the_is_named_with_it() {
        let got = with_kinds(
            &[
                "Velmoria has long opposed closer ties with the West.",
                "Talks with the West resumed in Kessel.",
            ],
            &[("the West", "place")],
        );
        let west = got.iter().find(|e| e.0 == "the West").expect("{got:?}");
        assert_eq!(west.2, ["West"]);
        // Printed bare, it is not: "West" may be a surname.
        let got = entity_names(&["Jo West spoke.", "West said it would rain."]);
        assert!(!got.iter().any(|n| n.starts_with("the ")), "{got:?}");
    }

    #[test]
    fn a_name_after_according_to_or_thanks_to_is_not_placed() {
        let docs = docs_from(&[
            "Prices rose, according to the Hallam Index. Sales fell, thanks to Brightwave.",
            "Rents rose, according to Hallam Index figures.",
        ]);
        let got = names(&EntityIndex::build(&docs));
        assert_eq!(
            kind_of(&got, "Hallam Index").as_deref(),
            Some("other"),
            "{got:?}"
        );
        assert_eq!(
            kind_of(&got, "Brightwave").as_deref(),
            Some("other"),
            "{got:?}"
        );
    }

    #[test]
    fn a_utility_or_an_institution_is_a_body_and_its_head_word_stands_for_it() {
        let docs = docs_from(&[
            "Harbour Water denied the claim. Ana Lima of Elm Park Trust said the Trust would help.",
            "Staff at Harbour Water met Ana Lima. The Trust thanked them before the Academy Awards.",
            "Norvane Space said its rocket failed. Norvane Space will fly again.",
            "The Journal of Rural Medicine printed it. The Elm Valley Gazette agreed.",
            "Sales fell 14%, according to the Land Registry.",
            "The Daily Ledger said so. The minister quit, according to the Daily Ledger. The Ledger said it first.",
            "The Harbour Daily said so too.",
        ]);
        let got = names(&EntityIndex::build(&docs));
        for body in [
            "Land Registry",
            "Daily Ledger",
            "Harbour Daily",
            "Harbour Water",
            "Norvane Space",
            "Journal of Rural Medicine",
            "Elm Valley Gazette",
        ] {
            assert_eq!(
                kind_of(&got, body).as_deref(),
                Some("organization"),
                "{got:?}"
            );
        }
        assert_eq!(
            kind_of(&got, "Elm Park Trust").as_deref(),
            Some("organization"),
            "{got:?}"
        );
        assert!(
            got.iter()
                .any(|e| e.0 == "Elm Park Trust" && e.2.contains(&"Trust".to_string())),
            "{got:?}"
        );
        assert!(
            got.iter()
                .any(|e| e.0 == "Daily Ledger" && e.2.contains(&"Ledger".to_string())),
            "{got:?}"
        );
        // A prize whose name holds "Academy" is no body.
        assert_eq!(kind_of(&got, "Academy Awards").as_deref(), Some("other"));
    }

    #[test]
    fn a_dateline_in_capitals_is_a_place_named_as_the_articles_print_it() {
        let mut docs = docs_from(&[
            "KESSEL (Wire) — The vote was held. Kessel voted first.",
            "Voters in Kessel queued for hours.",
        ]);
        docs[0].article.dateline = Some("KESSEL".to_string());
        let got = names(&EntityIndex::build(&docs));
        assert_eq!(kind_of(&got, "Kessel").as_deref(), Some("place"), "{got:?}");
        // Printed only in capitals, it is named as places are printed.
        let mut docs = docs_from(&["PORT AVEN (Wire) — The vote was held there."]);
        docs[0].article.dateline = Some("PORT AVEN".to_string());
        let got = names(&EntityIndex::build(&docs));
        assert_eq!(
            got.iter()
                .find(|e| e.1 == "place")
                .map(|e| (e.0.as_str(), e.2.clone())),
            Some(("Port Aven", vec!["PORT AVEN".to_string()])),
            "{got:?}"
        );
        // In title case, a dateline is one when a sentence opens after its dash.
        let mut docs = docs_from(&["Kessel Bray – In a speech on Monday, the mayor spoke."]);
        docs[0].article.dateline = Some("Kessel Bray".to_string());
        let got = names(&EntityIndex::build(&docs));
        assert_eq!(
            kind_of(&got, "Kessel Bray").as_deref(),
            Some("place"),
            "{got:?}"
        );
        // A name opening a paragraph before a dash is no dateline unless in capitals.
        let mut docs = docs_from(&["Jo Roe - the minister - spoke. Jo Roe left."]);
        docs[0].article.dateline = Some("Jo Roe".to_string());
        let got = names(&EntityIndex::build(&docs));
        assert_eq!(
            kind_of(&got, "Jo Roe").as_deref(),
            Some("person"),
            "{got:?}"
        );
    }

    #[test]
    fn a_large_city_named_before_a_noun_is_a_place() {
        let docs = docs_from(&[
            "Jo Roe told a Kuala Lumpur court on Monday that he was innocent.",
            "The Velm Democrat leader Ann Lee flew in from Lagos. A Liberal Democrat spokesman said it was wrong.",
        ]);
        let got = names(&EntityIndex::build(&docs));
        assert_kinds(
            &got,
            &[
                ("Kuala Lumpur", "place"),
                ("Lagos", "place"),
                ("Jo Roe", "person"),
                ("Liberal Democrat", "organization"),
            ],
        );
    }

    #[test]
    fn a_name_owning_a_persons_things_after_in_is_not_placed() {
        let docs = docs_from(&[
            "He served in Jo Roe's government. Critics met at Jo Roe's trial.",
            "Ministers in Jo Roe's cabinet resigned. Protesters gathered in Kessel's main square.",
        ]);
        let got = names(&EntityIndex::build(&docs));
        assert_kinds(&got, &[("Jo Roe", "person"), ("Kessel", "place")]);
    }

    #[test]
    fn a_law_is_no_person_and_no_place() {
        let docs = docs_from(&[
            "Wells are banned in the Tarsen Water Act, said Kim Ho. The Act is old.",
            "Jo Roe said the Tarsen Water Act had failed. In the Tarsen Water Act, wells are banned.",
            "A clause in the Criminal Justice Act was used, said Kim Ho.",
        ]);
        let got = names(&EntityIndex::build(&docs));
        assert_kinds(
            &got,
            &[
                ("Tarsen Water Act", "other"),
                ("Criminal Justice Act", "other"),
            ],
        );
        assert_kinds(&got, &[("Jo Roe", "person")]);
    }

    #[test]
    fn an_event_is_no_place_however_it_is_placed() {
        let docs = docs_from(&[
            "The film won at the Tarsen Film Festival, said Kim Ho. She won at the Korun Open.",
            "Jo Roe was at the Tarsen Film Festival. Kim Ho played in the Korun Open.",
        ]);
        let got = names(&EntityIndex::build(&docs));
        assert_kinds(
            &got,
            &[("Tarsen Film Festival", "other"), ("Korun Open", "other")],
        );
    }

    #[test]
    fn a_name_with_a_capitalised_function_word_titles_a_work() {
        let docs = docs_from(&[
            "Jo Roe starred in Songs From The Valley, said Kim Ho.",
            "Kim Ho was also in Songs From The Valley. Jo Roe met King Edvard I in Velm.",
        ]);
        let got = names(&EntityIndex::build(&docs));
        assert_kinds(&got, &[("Songs From The Valley", "other")]);
        // (A king's numeral is no function word.)
        assert_kinds(&got, &[("Jo Roe", "person"), ("Edvard I", "person")]);
    }

    #[test]
    fn where_an_analyst_works_is_a_body_and_where_fans_are_a_place() {
        let docs = docs_from(&[
            "Prices will rise, said Jo Roe, an analyst at Korun Dialog. Fans at Tarsen cheered.",
            "Kim Ho, chief economist at Korun Dialog, agreed. Voters at Tarsen were calm.",
        ]);
        let got = names(&EntityIndex::build(&docs));
        assert_kinds(
            &got,
            &[("Korun Dialog", "organization"), ("Tarsen", "place")],
        );
    }

    #[test]
    fn someone_married_to_or_writing_from_is_no_place() {
        let docs = docs_from(&[
            "The singer is married to Arno Tarsen. Jo Roe flew to Velm.",
            "There was a letter from Arno Tarsen. Jo Roe lives in Velm.",
            "A statement from Ola Brandt followed. Statements from Ola Brandt were read.",
        ]);
        let got = names(&EntityIndex::build(&docs));
        assert_kinds(
            &got,
            &[
                ("Arno Tarsen", "person"),
                ("Ola Brandt", "person"),
                ("Velm", "place"),
            ],
        );
    }

    #[test]
    fn exchanges_firms_of_brothers_and_orchestras_are_bodies() {
        let docs = docs_from(&[
            "Shares fell on the Nova Velm Stock Exchange. Jo Roe met Tarsen Brothers.",
            "The Nova Velm Stock Exchange shut, said Kim Ho. The Korun Philharmonic played.",
            "Nova Velm voted on Monday. Nova Velm has a new mayor.",
        ]);
        let got = names(&EntityIndex::build(&docs));
        assert_kinds(
            &got,
            &[
                ("Nova Velm Stock Exchange", "organization"),
                ("Tarsen Brothers", "organization"),
                ("Korun Philharmonic", "organization"),
            ],
        );
        // (The exchange is a body within the place, not its longer name.)
        assert!(got.iter().any(|(name, ..)| name == "Nova Velm"), "{got:?}");
    }

    #[test]
    fn a_players_team_is_a_body() {
        let docs = docs_from(&[
            "Velm Tarsen striker Jo Roe scored twice, said Kim Ho.",
            "Kim Ho praised Velm Tarsen midfielder Ann Lee.",
        ]);
        let got = names(&EntityIndex::build(&docs));
        assert_kinds(
            &got,
            &[("Velm Tarsen", "organization"), ("Jo Roe", "person")],
        );
    }

    #[test]
    fn a_name_modifying_a_noun_does_not_outvote_its_place() {
        let docs = docs_from(&[
            "Prices rose in Nova Tarsen, said Jo Roe. A Nova Tarsen court ruled on Monday.",
            "Kim Ho lives in Nova Tarsen. The Nova Tarsen economy grew. Nova Tarsen voted.",
        ]);
        let got = names(&EntityIndex::build(&docs));
        assert_kinds(&got, &[("Nova Tarsen", "place"), ("Jo Roe", "person")]);
    }

    #[test]
    fn the_new_year_is_a_holiday_however_it_is_placed() {
        let docs = docs_from(&[
            "In his New Year message Jo Roe said the party was ready. The vote comes in the New Year.",
            "Jo Roe spoke after New Year. Sales rose in the New Year, said Kim Ho.",
        ]);
        let got = names(&EntityIndex::build(&docs));
        assert_kinds(&got, &[("New Year", "other"), ("Jo Roe", "person")]);
    }

    #[test]
    fn a_body_within_a_place_or_a_body_is_a_body_of_its_own() {
        let docs = docs_from(&[
            "The New Velm High Court ruled on Monday. Jo Roe flew to New Velm.",
            "Papers at the House of Lords Record Office were opened. The House of Lords met.",
            "Korun Airlines Corp said fares would rise. Korun Airlines flies to New Velm.",
            "New Velm police were called. The House of Lords voted. Korun Airlines agreed.",
        ]);
        let got = names(&EntityIndex::build(&docs));
        let aliases_of = |name: &str| {
            got.iter()
                .find(|(n, _, _)| n == name)
                .map(|(_, _, aliases)| aliases.clone())
        };
        assert_eq!(aliases_of("New Velm"), Some(vec![]), "{got:?}");
        assert!(aliases_of("New Velm High Court").is_some(), "{got:?}");
        assert_eq!(
            aliases_of("House of Lords").map(|a| a.len()),
            Some(0),
            "{got:?}"
        );
        assert!(
            aliases_of("House of Lords Record Office").is_some(),
            "{got:?}"
        );
        // A firm's kind and legal form make no other body.
        assert_eq!(
            aliases_of("Korun Airlines"),
            Some(vec!["Korun Airlines Corp".to_string()]),
            "{got:?}"
        );
    }

    #[test]
    fn a_players_position_before_the_name_is_a_title() {
        let docs = docs_from(&[
            "Flanker Jo Roe was injured. Scrum-half Kim Ho scored twice, said DJ Ann Lee.",
            "Velmoria flanker Jo Roe is fit. Inspirational flanker Kim Ho will start.",
            "Aides met in the West Wing. Ann Lee left the West Wing early.",
        ]);
        let got = names(&EntityIndex::build(&docs));
        let printed: Vec<&str> = got.iter().map(|(name, _, _)| name.as_str()).collect();
        for name in ["Jo Roe", "Kim Ho", "Ann Lee", "West Wing"] {
            assert!(printed.contains(&name), "{name}: {got:?}");
        }
        for (name, _, aliases) in &got {
            let all = std::iter::once(name).chain(aliases);
            for printed in all {
                assert!(
                    !["Flanker", "Scrum-half", "DJ", "Inspirational"]
                        .iter()
                        .any(|t| printed.starts_with(t)),
                    "{got:?}"
                );
            }
        }
    }

    #[test]
    fn a_title_opening_on_an_ing_word_printed_in_lower_case_is_no_person() {
        let docs = docs_from(&[
            "Critics praised Finding Velm, the film of the year. Erling Tarsen agreed.",
            "Finding Velm opened in May. Rescuers are still finding survivors, said Erling Tarsen.",
            "Jo Roe praised Trading Korun more than Finding Velm.",
        ]);
        let got = names(&EntityIndex::build(&docs));
        let kind = |name: &str| kind_of(&got, name);
        assert_eq!(kind("Finding Velm").as_deref(), Some("other"), "{got:?}");
        // ("trading" is never printed in lower case here, and "erling" is no word at all.)
        assert_eq!(kind("Trading Korun").as_deref(), Some("person"), "{got:?}");
        assert_eq!(kind("Erling Tarsen").as_deref(), Some("person"), "{got:?}");
        assert_eq!(kind("Jo Roe").as_deref(), Some("person"), "{got:?}");
    }

    #[test]
    fn a_speaker_of_a_body_is_a_person_and_the_body_a_body() {
        let docs = docs_from(&[
            "Prices will rise, said Jo Tan of Elm Sachs. Kim Ho of Open Rights Norvane said so.",
            "One of Ann Lee's hits sold well. British Chambers of Commerce members agreed.",
            "It was a gamble, said Professor Hana Dvorak of Velm University. Lena Marsh, an analyst at Corvel Research, agreed.",
        ]);
        let got = names(&EntityIndex::build(&docs));
        let kind = |name: &str| kind_of(&got, name);
        assert_eq!(kind("Jo Tan").as_deref(), Some("person"), "{got:?}");
        assert_eq!(
            kind("Elm Sachs").as_deref(),
            Some("organization"),
            "{got:?}"
        );
        assert_eq!(kind("Kim Ho").as_deref(), Some("person"), "{got:?}");
        assert_eq!(
            kind("Open Rights Norvane").as_deref(),
            Some("organization"),
            "{got:?}"
        );
        assert_eq!(kind("Ann Lee").as_deref(), Some("person"), "{got:?}");
        assert!(!got.iter().any(|e| e.0 == "British Chambers"), "{got:?}");
        assert_eq!(kind("Hana Dvorak").as_deref(), Some("person"), "{got:?}");
        assert_eq!(
            kind("Velm University").as_deref(),
            Some("organization"),
            "{got:?}"
        );
        assert_eq!(
            kind("Corvel Research").as_deref(),
            Some("organization"),
            "{got:?}"
        );
    }

    #[test]
    fn a_source_outlet_named_in_a_story_is_a_body() {
        let texts = [
            "The chief wrote in an email seen by Northern Wire that staff were safe. Jo Roe agreed.",
            "Northern Wire first reported the breach.",
        ];
        let got = names(&EntityIndex::build(&docs_from(&texts)));
        assert_eq!(kind_of(&got, "Northern Wire").as_deref(), Some("person"));
        let mut docs = docs_from(&texts);
        docs[1].article.meta.outlet = Some("The Northern Wire".to_string());
        let got = names(&EntityIndex::build(&docs));
        assert_eq!(
            kind_of(&got, "Northern Wire").as_deref(),
            Some("organization"),
            "{got:?}"
        );
        assert_eq!(kind_of(&got, "Jo Roe").as_deref(), Some("person"));
        // A paper goes by the last word of its name after "the".
        let texts = [
            "The audit was seen by the Ledger. Jo Roe agreed.",
            "Jo Roe spoke. The Ledger asked the minister.",
        ];
        let mut docs = docs_from(&texts);
        let got = names(&EntityIndex::build(&docs));
        assert_ne!(kind_of(&got, "Ledger").as_deref(), Some("organization"));
        docs[1].article.meta.outlet = Some("The Evening Ledger".to_string());
        let got = names(&EntityIndex::build(&docs));
        assert_eq!(
            kind_of(&got, "Ledger").as_deref(),
            Some("organization"),
            "{got:?}"
        );
        let mut docs = docs_from(&[
            "TARSEN (Meridian) - The toll rose. Jo Roe told Meridian the search went on.",
        ]);
        docs[0].article.meta.outlet = Some("Meridian News Agency".to_string());
        let got = names(&EntityIndex::build(&docs));
        assert_eq!(
            kind_of(&got, "Meridian").as_deref(),
            Some("organization"),
            "{got:?}"
        );
    }

    #[test]
    fn a_name_after_a_word_for_a_firm_is_a_firm() {
        let docs = docs_from(&[
            "The investment firm Elm Partners backed the bid. The lender Rowan Marsh said no.",
            "Analysts at the research firm Pellam Insights agreed with Elm Partners.",
            "The utility company, Redfern Power, denied it. Redfern Power spoke.",
        ]);
        let got = names(&EntityIndex::build(&docs));
        for firm in [
            "Elm Partners",
            "Pellam Insights",
            "Rowan Marsh",
            "Redfern Power",
        ] {
            assert_eq!(
                kind_of(&got, firm).as_deref(),
                Some("organization"),
                "{got:?}"
            );
        }
    }

    #[test]
    fn a_word_inside_a_longer_name_does_not_make_its_sentence_opening_a_name() {
        let docs = docs_from(&[
            "Health officials met. The World Health Organization said the health ministry acted.",
            "The regional health ministry and the health service agreed with the World Health \
             Organization.",
        ]);
        let got = names(&EntityIndex::build(&docs));
        assert!(got.iter().all(|e| e.0 != "Health"), "{got:?}");
        assert!(
            got.iter().any(|e| e.0 == "World Health Organization"),
            "{got:?}"
        );
    }

    #[test]
    fn names_given_as_alternatives_are_one() {
        let docs = docs_from(&[
            "The train stopped near Smallville, or Little Town, on Monday. Smallville is quiet.",
            "Officials in Little Town said the line reopened. Ana Lima, or Mr Holt, will decide.",
        ]);
        let got = names(&EntityIndex::build(&docs));
        let town = got
            .iter()
            .find(|e| e.2.contains(&"Little Town".to_string()) || e.0 == "Little Town")
            .unwrap_or_else(|| panic!("{got:?}"));
        assert!(
            town.0 == "Smallville" || town.2.contains(&"Smallville".to_string()),
            "{got:?}"
        );
        // "Ana Lima, or Mr Holt," offers a choice of people, not two names of one.
        assert!(
            got.iter().any(|e| e.0 == "Ana Lima" && e.2.is_empty()),
            "{got:?}"
        );
    }

    /// The entities found in some articles whose name holds `part` (name, kind, aliases).
    fn entities_naming(texts: &[&str], part: &str) -> Vec<(String, String, Vec<String>)> {
        names(&EntityIndex::build(&docs_from(texts)))
            .into_iter()
            .filter(|e| e.0.contains(part))
            .collect()
    }

    /// The names of the entities found in some articles, sorted.
    fn entity_names(texts: &[&str]) -> Vec<String> {
        names(&EntityIndex::build(&docs_from(texts)))
            .into_iter()
            .map(|e| e.0)
            .collect()
    }

    #[test]
    fn a_first_name_and_its_short_form_are_one_person_unless_one_source_prints_both() {
        // Two outlets, two forms of one name.
        let tarsen = entities_naming(
            &[
                "Vincent Tarsen spoke in Kessel on Monday.",
                "Vince Tarsen spoke in Kessel on Monday.",
            ],
            "Tarsen",
        );
        assert_eq!(tarsen.len(), 1, "{tarsen:?}");
        assert!(
            tarsen[0].2.iter().any(|a| a.starts_with("Vinc")),
            "{tarsen:?}"
        );
        // One article naming both: two people.
        assert_eq!(
            entity_names(&["Ann Tarsen and her sister Anna Tarsen spoke in Kessel."]),
            ["Ann Tarsen", "Anna Tarsen", "Kessel"]
        );
    }

    #[test]
    fn a_name_printed_with_a_hyphen_or_a_space_is_one() {
        let people = entities_naming(
            &[
                "Jo Velm-Tarsen spoke in Kessel on Monday.",
                "Jo Velm Tarsen spoke in Kessel on Monday.",
            ],
            "Tarsen",
        );
        assert_eq!(people.len(), 1, "{people:?}");
    }

    #[test]
    fn a_common_word_before_a_role_describes_the_person() {
        // "Investment" describes the banker; "Harbourside", a name of another shape, still
        // owns the title after it.
        assert_eq!(
            entity_names(&[
                "Investment banker Jo Lindqvist called it a good bet. Harbourside chairman Ana Lima agreed."
            ]),
            ["Ana Lima", "Harbourside", "Jo Lindqvist"]
        );
    }

    #[test]
    fn a_name_before_its_council_or_residents_is_a_place() {
        let docs = docs_from(&[
            "The barrier failed, Kessel council said. Kessel's mayor agreed. Kessel residents were angry.",
        ]);
        let got = names(&EntityIndex::build(&docs));
        assert_eq!(kind_of(&got, "Kessel").as_deref(), Some("place"), "{got:?}");
        // A part of the place, or the kind of place, before its name.
        let docs = docs_from(&[
            "A quake hit towns in northern Velmoria on Sunday. Rescuers in northern Velmoria dug. \
             Residents of the village of Korun waited. Velmoria mourned and Korun wept.",
        ]);
        let got = names(&EntityIndex::build(&docs));
        assert_eq!(
            kind_of(&got, "Velmoria").as_deref(),
            Some("place"),
            "{got:?}"
        );
        assert_eq!(kind_of(&got, "Korun").as_deref(), Some("place"), "{got:?}");
        // The coast or the residents of a place; not the short name of a body there.
        let docs = docs_from(&[
            "The storm hit the coast of Calverra on Sunday. The utility company Calverra Power \
             said homes lost power.",
            "Officials on the outskirts of Calverra met. Calverra mourned.",
        ]);
        let got = names(&EntityIndex::build(&docs));
        assert_eq!(
            kind_of(&got, "Calverra").as_deref(),
            Some("place"),
            "{got:?}"
        );
        // A region after a placed name and a comma; not a speaker after one.
        let docs = docs_from(&[
            "The firm met in Elmton, Velmar. Velmar voted on Monday. Speaking in Elmton, Jo Li said so. \
             Jo Li spoke again. Her agent in Elmton, Ana Roe, agreed. Ana Roe left.",
        ]);
        let got = names(&EntityIndex::build(&docs));
        assert_eq!(kind_of(&got, "Velmar").as_deref(), Some("place"), "{got:?}");
        assert_eq!(kind_of(&got, "Jo Li").as_deref(), Some("person"), "{got:?}");
        assert_eq!(
            kind_of(&got, "Ana Roe").as_deref(),
            Some("person"),
            "{got:?}"
        );
        // A club named for its city, taking a plural verb as a team does.
        let docs = docs_from(&[
            "Kessel City have sacked their manager. Kessel City are ninth. Fans in Kessel wept.",
        ]);
        let got = names(&EntityIndex::build(&docs));
        assert_eq!(
            kind_of(&got, "Kessel City").as_deref(),
            Some("organization"),
            "{got:?}"
        );
    }

    #[test]
    fn a_word_opening_a_quotation_in_single_quotes_is_no_name() {
        assert_eq!(
            entity_names(&[
                "The firm said so. 'Safety is our highest priority,' Jo Lindqvist said. The Smiths' Ana Lima agreed."
            ]),
            ["Ana Lima", "Jo Lindqvist", "Smiths"]
        );
    }

    #[test]
    fn a_word_of_the_title_before_a_role_owns_nothing() {
        assert_eq!(
            entity_names(&[
                "Assistant manager Ruth Okoye took charge. Former minister Jo Lindqvist left."
            ]),
            ["Jo Lindqvist", "Ruth Okoye"]
        );
    }

    #[test]
    fn days_are_dates_a_surname_like_a_month_is_a_name() {
        assert_eq!(
            entity_names(&[
                "Shops in Harbourside now open on Sundays. Coach Willa Mays said Mays will stay."
            ]),
            ["Harbourside", "Willa Mays"]
        );
    }

    #[test]
    fn a_determiner_opening_a_sentence_is_no_part_of_the_name() {
        assert_eq!(
            entity_names(&[
                "Every Harbour League club trains daily. The Harbour League said the season starts soon."
            ]),
            ["Harbour League"]
        );
    }

    #[test]
    fn an_embedded_posts_account_is_its_authors_other_name() {
        let docs = docs_from(&[
            "Jo Lindqvist posted about the ferry on Monday. Ferry crews reacted within the hour.\n\nNo ferry today. — Jo Lindqvist (@JoLind) May 4, 2021",
        ]);
        let got = names(&EntityIndex::build(&docs));
        let jo: Vec<_> = got
            .iter()
            .filter(|e| e.0 == "JoLind" || e.2.contains(&"JoLind".to_string()))
            .collect();
        assert_eq!(jo.len(), 1, "{got:?}");
        assert_eq!(jo[0].0, "Jo Lindqvist");
    }

    #[test]
    fn surnames_spellings_and_acronyms_merge() {
        let docs = docs_from(&[
            "Harbour minister Anna Kowalczyk met officials of the European Union in Gdansk. Kowalczyk said the EU would help. Later Kowalczyk left.",
            "Mrs Kowalczik spoke to the United States envoy. The US agreed. Anna Kowalczik left for Gdansk.",
        ]);
        let index = EntityIndex::build(&docs);
        let got = names(&index);
        let anna = got
            .iter()
            .find(|e| e.0 == "Anna Kowalczyk")
            .unwrap_or_else(|| panic!("person merged: {got:?}"));
        assert_eq!(anna.1, "person");
        assert_eq!(anna.2, vec!["Anna Kowalczik", "Kowalczik", "Kowalczyk"]);
        assert!(
            got.iter()
                .any(|e| e.0 == "European Union" && e.2 == vec!["EU"])
        );
        assert!(
            got.iter()
                .any(|e| e.0 == "United States" && e.2 == vec!["US"]),
            "{got:?}"
        );
        assert!(got.iter().any(|e| e.0 == "Gdansk" && e.1 == "place"));
    }

    #[test]
    fn known_names_spellings_parties_and_acronyms_in_context() {
        let docs = docs_from(&[
            "Officials in America and Britain met at the Harbour Development Programme. Both the UK and the United States signed. North America was not mentioned again.",
            "The Harbour Development Program opened in Oslo. The Socialist Party won and the Socialists cheered. Bergen Airways flies daily and BA has new jets.",
            "Passengers waited at Bergen Airport for hours.",
        ]);
        let index = EntityIndex::build(&docs);
        let got = names(&index);
        let find = |name: &str| {
            got.iter()
                .find(|e| e.0 == name)
                .unwrap_or_else(|| panic!("{name} in {got:?}"))
        };
        // "America" is the United States, never "North America".
        assert_eq!(find("United States").2, vec!["America"]);
        assert_eq!(find("United States").1, "place");
        assert_eq!(find("Britain").2, vec!["UK"]);
        assert_eq!(find("North America").2, Vec::<String>::new());
        // "Programme" and "Program" name one body.
        assert_eq!(
            find("Harbour Development Program").2,
            vec!["Harbour Development Programme"]
        );
        assert_eq!(find("Socialist Party").2, vec!["Socialists"]);
        // "BA" is the airline named in the same article, not the airport elsewhere.
        assert_eq!(find("Bergen Airways").2, vec!["BA"]);
    }

    #[test]
    fn name_shapes_news_prints() {
        let docs = docs_from(&[
            "They cheered for the Oslo 76ers. Analysts at Procter & Gamble agreed, as The Harbour Gazette reported. Parisian Lena Ortiz, a teacher, agreed.",
            "The Chicago-based carrier posted on Twitter-like Weibo. Norway lost two citizens. Students read Lena Mae Bishop Jr. in class.",
            "Investors sold Nordlys Airways Co shares. The U.S. National Harbour Safety Board will investigate, said a professor at Queen's College Oslo. The European commission agreed.",
        ]);
        let index = EntityIndex::build(&docs);
        let got = names(&index);
        let has = |name: &str, kind: &str| {
            assert!(
                got.iter().any(|e| e.0 == name && e.1 == kind),
                "{name} ({kind}) in {got:?}"
            );
        };
        let named = |name: &str| {
            assert!(got.iter().any(|e| e.0 == name), "{name} in {got:?}");
        };
        named("Oslo 76ers");
        named("Procter & Gamble");
        named("Queen's College Oslo");
        named("European commission");
        has("Lena Ortiz", "person");
        has("Lena Mae Bishop Jr.", "person");
        has("Norway", "place");
        has("Weibo", "other");
        has("Chicago", "place");
        let alias = |name: &str, short: &str| {
            let e = got
                .iter()
                .find(|e| e.0 == name)
                .unwrap_or_else(|| panic!("{name} in {got:?}"));
            assert!(e.2.iter().any(|a| a == short), "{short} for {name}: {e:?}");
        };
        alias("The Harbour Gazette", "Harbour Gazette");
        alias("Nordlys Airways Co", "Nordlys Airways");
        alias(
            "U.S. National Harbour Safety Board",
            "National Harbour Safety Board",
        );
    }

    #[test]
    fn days_and_months_are_not_entities() {
        let docs = docs_from(&[
            "Talks in Oslo ended on Friday. In March the council met again, and Theresa May spoke.",
        ]);
        let index = EntityIndex::build(&docs);
        let got = names(&index);
        assert!(
            got.iter().all(|e| e.0 != "Friday" && e.0 != "March"),
            "{got:?}"
        );
        assert!(got.iter().any(|e| e.0 == "Theresa May"), "{got:?}");
    }

    #[test]
    fn legal_forms_first_names_and_titles() {
        let docs = docs_from(&[
            "Investors sold Nordlys Air Co shares. Nordlys Air said it would recover, and Nordlys agreed.",
            "Filippo Rossi spoke. Later Filppo Rossi left. High Commissioner for Rivers Ana Lima spoke.",
        ]);
        let index = EntityIndex::build(&docs);
        let got = names(&index);
        let nordlys: Vec<_> = got.iter().filter(|e| e.0.starts_with("Nordlys")).collect();
        assert_eq!(nordlys.len(), 1, "{got:?}");
        assert_eq!(nordlys[0].1, "organization");
        assert!(
            !got.iter().any(|e| e.0 == "Co"),
            "a legal form alone is no name"
        );
        assert!(
            got.iter()
                .any(|e| e.0 == "Filippo Rossi" && e.2 == vec!["Filppo Rossi"]),
            "{got:?}"
        );
        let lima = index.resolve("Ana Lima").unwrap();
        assert_eq!(
            index.holder_of_title("the High Commissioner for Rivers"),
            Some(lima)
        );
        assert!(!got.iter().any(|e| e.0.contains("Rivers")), "{got:?}");
    }

    #[test]
    fn a_company_is_one_with_its_legal_form_and_its_group() {
        let docs = docs_from(&[
            "Investors sold Nordlys Air Group Inc. shares. Brightjet Ltd. said it would wait.",
            "The airline Nordlys Air kept flying on Monday.",
        ]);
        let got = names(&EntityIndex::build(&docs));
        let nordlys: Vec<_> = got.iter().filter(|e| e.0.starts_with("Nordlys")).collect();
        assert_eq!(nordlys.len(), 1, "{got:?}");
        assert_eq!(nordlys[0].0, "Nordlys Air Group Inc.");
        assert!(nordlys[0].2.contains(&"Nordlys Air".to_string()), "{got:?}");
        // A two-word name without its legal form is a short name of its own.
        assert!(
            got.iter()
                .any(|e| e.0 == "Brightjet Ltd." && e.2 == vec!["Brightjet"]),
            "{got:?}"
        );
    }

    #[test]
    fn a_sentence_opening_word_before_a_title_and_a_name_is_a_body() {
        let docs = docs_from(&[
            "Rovers owner Dale Imre said the players could kneel. Officials said the league agreed.",
            "The league met the officials on Monday.",
        ]);
        let got = names(&EntityIndex::build(&docs));
        assert!(kind_of(&got, "Rovers").is_some(), "{got:?}");
        // A word the articles print in lower case is only capitalised by its place.
        assert!(kind_of(&got, "Officials").is_none(), "{got:?}");
    }

    #[test]
    fn titles_holding_function_words_are_no_people() {
        let docs = docs_from(&[
            "The singer cancelled the premiere of her film Shall We Dance and flew home. Shall We Dance opened in May.",
            "Critics praised The Firm, a thriller. Carla A Moss, its star, said The Firm made her name.",
        ]);
        let got = names(&EntityIndex::build(&docs));
        let kind = |name: &str| kind_of(&got, name);
        assert_eq!(kind("Shall We Dance").as_deref(), Some("other"), "{got:?}");
        assert_eq!(kind("The Firm").as_deref(), Some("other"), "{got:?}");
        assert_eq!(kind("Carla A Moss").as_deref(), Some("person"), "{got:?}");
    }

    /// The entities of some articles, after checking the kind of each name in `kinds`.
    #[test]
    fn the_words_of_a_title_or_a_portfolio_are_no_person() {
        let got = entity_names(&[
            "The plan was backed by British Prime Minister, Jo Amis, on Monday. \
             Home Affairs spokesman Ana Roe agreed. The council on Foreign Relations said so.",
        ]);
        assert!(
            !got.iter().any(|n| n == "Prime" || n == "Affairs"),
            "{got:?}"
        );
        with_kinds(
            &["Home Affairs spokesman Ana Roe agreed. The council on Foreign Relations said so."],
            &[
                ("Home Affairs", "organization"),
                ("Foreign Relations", "organization"),
                ("Ana Roe", "person"),
            ],
        );
    }

    #[test]
    fn a_name_printed_with_its_first_word_in_lower_case_is_the_whole_name() {
        let got = with_kinds(
            &[
                "Troops from the United States and Western Mongolia arrived. The talks in \
                 Western Mongolia went on.",
                "The deal with the united States was signed. Aid reached western Mongolia.",
            ],
            &[("United States", "place"), ("Western Mongolia", "place")],
        );
        assert!(
            !got.iter().any(|e| e.0 == "States" || e.0 == "Mongolia"),
            "{got:?}"
        );
        let aliases = |name: &str| got.iter().find(|e| e.0 == name).map(|e| e.2.clone());
        assert_eq!(
            aliases("United States"),
            Some(vec!["united States".to_string()])
        );
        // Not a name only a sentence's capital made: "Across Velmoria" opens a sentence.
        let got = names(&EntityIndex::build(&docs_from(&[
            "Across Velmoria, shops shut. Velmoria voted. Protests spread across Velmoria.",
        ])));
        assert!(
            !got.iter()
                .any(|e| e.2.iter().any(|a| a == "across Velmoria")),
            "{got:?}"
        );
    }

    #[test]
    fn a_word_ending_or_opening_a_few_longer_names_is_no_short_form_of_them() {
        // "Orvik" is a firm in seven articles; one prints "Velmar Orvik" (a lost comma) and
        // one "Orvik Arena": neither long name owns the firm's mentions.
        let got = names(&EntityIndex::build(&docs_from(&[
            "Orvik unveiled a phone on Monday. Orvik said demand was strong.",
            "Shares in Orvik rose after the launch.",
            "Analysts praised Orvik for the launch.",
            "Orvik said sales grew. In Velmar Orvik showed a tablet.",
            "Rival firms undercut Orvik last year.",
            "Regulators fined Orvik in March.",
            "Orvik hired staff. Fans filled the Orvik Arena for the final.",
        ])));
        let aliases = |name: &str| got.iter().find(|e| e.0 == name).map(|e| e.2.clone());
        assert_eq!(aliases("Orvik"), Some(vec![]), "{got:?}");
        // A surname in articles that name the person in full is hers.
        let got = names(&EntityIndex::build(&docs_from(&[
            "Dana Roe won the vote. Staff cheered Roe.",
            "Dana Roe spoke in Velmar, and Roe said little.",
            "Voters elected Roe. Dana Roe is 40.",
            "Critics met Dana Roe on Monday, and Roe declined to comment.",
        ])));
        let aliases = |name: &str| got.iter().find(|e| e.0 == name).map(|e| e.2.clone());
        assert_eq!(
            aliases("Dana Roe"),
            Some(vec!["Roe".to_string()]),
            "{got:?}"
        );
        // So is one printed after a title, whichever articles name her in full.
        let got = names(&EntityIndex::build(&docs_from(&[
            "President Dana Roe won the vote.",
            "Staff cheered President Roe.",
            "President Roe spoke in Velmar.",
            "Voters backed President Roe.",
            "Critics met President Roe on Monday.",
            "Aides said President Roe was tired.",
        ])));
        let aliases = |name: &str| got.iter().find(|e| e.0 == name).map(|e| e.2.clone());
        assert_eq!(
            aliases("Dana Roe"),
            Some(vec!["Roe".to_string()]),
            "{got:?}"
        );
    }

    #[test]
    fn a_body_named_without_its_kind_is_the_body_however_seldom_named_in_full() {
        // Five articles print "Velgreen", one "Velgreen Party".
        let got = names(&EntityIndex::build(&docs_from(&[
            "Voters backed Velgreen on Monday.",
            "Support for Velgreen rose.",
            "Critics of the plan joined Velgreen.",
            "Polls put Velgreen ahead.",
            "Donors gave Velgreen money.",
            "The Velgreen Party won seats.",
        ])));
        let aliases = |name: &str| got.iter().find(|e| e.0 == name).map(|e| e.2.clone());
        assert_eq!(
            aliases("Velgreen Party"),
            Some(vec!["Velgreen".to_string()]),
            "{got:?}"
        );
    }

    #[test]
    fn each_entitys_evidence_holds_no_spare_room() {
        let docs = docs_from(&[
            "Jo Roe met Ann Lee in Velm. Roe and Lee spoke. Roe left Velm, and Roe said so.",
            "Ann Lee of the Velm Trust thanked Jo Roe. Lee stayed in Velm.",
        ]);
        let index = EntityIndex::build(&docs);
        assert!(index.entities.len() >= 3);
        for e in &index.entities {
            assert!(!e.evidence.is_empty(), "{}", e.name);
            assert_eq!(e.evidence.capacity(), e.evidence.len(), "{}", e.name);
        }
    }

    #[test]
    fn a_common_noun_initialism_alone_is_no_entity() {
        let got = names(&EntityIndex::build(&docs_from(&[
            "GDP grew as MPs watched TV. Fans bought the DVD, and Velmar TV aired it.",
            "The ID cards bill went to MSPs. An IT worker and a DJ saw the AGM on CCTV.",
        ])));
        let listed: Vec<&str> = got.iter().map(|e| e.0.as_str()).collect();
        assert_eq!(listed, ["Velmar TV"], "{got:?}");
    }

    #[test]
    fn a_place_a_firm_is_named_for_stays_a_place() {
        with_kinds(
            &[
                "A Velmar firm won the deal. Talks in Velmar ended.",
                "Crowds in Velmar cheered. Aid reached Velmar.",
                "Rain fell in Velmar, and trains from Velmar stopped.",
                "Schools in Velmar shut, and shops in Velmar closed.",
                "Analysts at Orvik Capital said so. The Orvik Capital company agreed.",
            ],
            &[("Velmar", "place"), ("Orvik Capital", "organization")],
        );
    }

    #[test]
    fn one_title_before_a_much_printed_word_makes_no_person() {
        // "vice president Orvik" once among a dozen mentions of the firm.
        let mut texts = vec!["He was vice president Orvik before.".to_string()];
        texts.extend((0..11).map(|i| format!("Shares rose as Orvik sold {i} jets.")));
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        let got = names(&EntityIndex::build(&docs_from(&texts)));
        assert_ne!(kind_of(&got, "Orvik").as_deref(), Some("person"), "{got:?}");
        assert!(kind_of(&got, "Orvik").is_some(), "{got:?}");
    }

    #[test]
    fn a_place_is_no_misspelt_surname_and_a_body_goes_by_its_acronym_not_a_unit() {
        let got = names(&EntityIndex::build(&docs_from(&[
            "Leaders met in Velmos on Monday. Jo Velmis spoke in Velmos.",
            "The VNB said so. VNB Radio aired it, and the VNB agreed.",
            "Fans wrote to VNB Radio Peru and VNB Peru.",
            "Later the VNB and Radio Peru aired it.",
        ])));
        let aliases = |name: &str| got.iter().find(|e| e.0 == name).map(|e| e.2.clone());
        assert_eq!(aliases("Velmos"), Some(vec![]), "{got:?}");
        assert_eq!(aliases("Jo Velmis"), Some(vec![]), "{got:?}");
        assert_eq!(
            aliases("VNB"),
            Some(vec![
                "Radio Peru".into(),
                "VNB Peru".into(),
                "VNB Radio".into(),
                "VNB Radio Peru".into(),
                "the VNB".into()
            ]),
            "{got:?}"
        );
    }

    #[test]
    fn a_name_with_a_lower_case_the_is_named_without_it() {
        // "Ironically the Greens …" leaves "the Greens" a name of its own, joined to "Greens".
        let got = with_kinds(
            &[
                "“Ironically the Greens might win,” he said.",
                "Voters backed the Greens. The Greens party gained seats.",
            ],
            &[("Greens", "organization")],
        );
        let aliases = |name: &str| got.iter().find(|e| e.0 == name).map(|e| e.2.clone());
        assert_eq!(
            aliases("Greens"),
            Some(vec!["the Greens".to_string()]),
            "{got:?}"
        );
    }

    #[test]
    fn a_numbered_thing_is_named_with_its_number_in_figures() {
        let got = with_kinds(
            &[
                "Allies invoked Clause 7 of the pact. The firm went into Section 9 in May.",
                "The Clause Seven promise held, and Clause 7-style aid followed.",
                "Under the pact's Clause7, allies help.",
            ],
            &[("Clause 7", "other"), ("Section 9", "other")],
        );
        let aliases = |name: &str| got.iter().find(|e| e.0 == name).map(|e| e.2.clone());
        assert_eq!(
            aliases("Clause 7"),
            Some(vec!["Clause Seven".to_string(), "Clause7".to_string()]),
            "{got:?}"
        );
        assert!(
            !got.iter().any(|e| e.0 == "Clause" || e.0 == "Section"),
            "{got:?}"
        );
    }

    #[test]
    fn a_land_is_known_by_its_people_and_its_kind_of_land() {
        // No list holds "Tarvania": its people's word, or "region" after it, says it is a land.
        let text = "Tarvania signed the pact on Monday. Tarvanian troops left the border. \
                    Talks with Tarvania went on. The Orlesk region voted to stay. \
                    Orlesk was calm.";
        with_kinds(&[text], &[("Tarvania", "place"), ("Orlesk", "place")]);
        // Without its people's word, a name placed nowhere is no place.
        let got = names(&EntityIndex::build(&docs_from(&[
            "Tarvania signed the pact on Monday. Talks with Tarvania went on.",
        ])));
        assert_ne!(
            kind_of(&got, "Tarvania").as_deref(),
            Some("place"),
            "{got:?}"
        );
        // A given name beside its full name is the person's, whatever word it makes.
        with_kinds(
            &["Adria Kovel spoke on Monday. Adria said the deal held. Adrian voters cheered."],
            &[("Adria Kovel", "person")],
        );
    }

    fn with_kinds(texts: &[&str], kinds: &[(&str, &str)]) -> Vec<(String, String, Vec<String>)> {
        let got = names(&EntityIndex::build(&docs_from(texts)));
        for (name, kind) in kinds {
            assert_eq!(kind_of(&got, name).as_deref(), Some(*kind), "{got:?}");
        }
        got
    }

    #[test]
    fn a_pair_of_names_before_an_area_word_and_an_annexed_name_are_places() {
        with_kinds(
            &[
                "Troops left the Tarsen and Korun regions on Monday.",
                "Envoys said Tarsen and Korun province were annexed.",
                "It followed the annexation of Calverra in 2014.",
            ],
            &[
                ("Tarsen", "place"),
                ("Korun", "place"),
                ("Calverra", "place"),
            ],
        );
    }

    #[test]
    fn events_clubs_houses_and_prefixed_places_are_no_people() {
        with_kinds(
            &[
                "The crowd cheered as Harbour United won and the Coral Cup began. Jo Vance scored twice.",
                "The Coral Cup ends in May, and Harbour United play again on Sunday.",
                "Jo Vance said the Lantern Awards and the House of Lords can wait.",
                "San Leandro voted. San Leandro will vote again.",
            ],
            &[
                ("Coral Cup", "other"),
                ("Lantern Awards", "other"),
                ("Harbour United", "organization"),
                ("House of Lords", "organization"),
                ("San Leandro", "place"),
                ("Jo Vance", "person"),
            ],
        );
    }

    #[test]
    fn partners_party_members_and_hotels_are_no_people() {
        let got = with_kinds(
            &[
                "Shares in Tarn & Lyle rose, and the Harbour Conservatives met at the Grand Marlow Hotel.",
                "Fans cheered Serbia & Montenegro's win. Tarn & Lyle said sales grew.",
                "The Harbour Conservatives said Jo Vance would stand at the Grand Marlow Hotel.",
                "Neither Vance nor the council spoke. Vance was away.",
            ],
            &[
                ("Tarn & Lyle", "organization"),
                ("Serbia & Montenegro", "place"),
                ("Harbour Conservatives", "organization"),
                ("Grand Marlow Hotel", "place"),
                ("Jo Vance", "person"),
            ],
        );
        // "Neither" opens the sentence; it names nothing.
        assert!(got.iter().all(|e| !e.0.starts_with("Neither")), "{got:?}");
    }

    #[test]
    fn a_name_followed_by_a_kind_of_body_is_one() {
        let docs = docs_from(&[
            "Voters backed the Green Dawn party. Green Dawn won seats, and Anna Berg's party lost.",
            "A survey by Polaris Interactive agreed.",
            "Volunteers of the aid group Silver Fern Rescue arrived.",
            "Analysts at Osprey Securities and the state-run Tamar Broadcasting agreed.",
        ]);
        let got = names(&EntityIndex::build(&docs));
        let kind = |name: &str| kind_of(&got, name);
        assert_eq!(
            kind("Green Dawn").as_deref(),
            Some("organization"),
            "{got:?}"
        );
        // A possessive name before the noun owns the body; it is not its name.
        assert_eq!(kind("Anna Berg").as_deref(), Some("person"), "{got:?}");
        assert_eq!(
            kind("Silver Fern Rescue").as_deref(),
            Some("organization"),
            "{got:?}"
        );
        // A word naming a line of business marks a company.
        assert_eq!(
            kind("Polaris Interactive").as_deref(),
            Some("organization"),
            "{got:?}"
        );
        for firm in ["Osprey Securities", "Tamar Broadcasting"] {
            assert_eq!(kind(firm).as_deref(), Some("organization"), "{got:?}");
        }
    }

    #[test]
    fn a_short_name_is_the_body_not_its_meeting() {
        let docs = docs_from(&[
            "Delegates flew to the Harbour Trust Assembly in Perth on Monday. \
             The Harbour Trust Programme said two staff had died.",
            "Harbour Trust said 900 delegates would attend. \
             The Kestrel League Conference opened on Friday. Kestrel League said it grew.",
        ]);
        let got = names(&EntityIndex::build(&docs));
        let aliases = |name: &str| {
            got.iter()
                .find(|e| e.0 == name)
                .map(|e| e.2.clone())
                .unwrap_or_else(|| panic!("{name}: {got:?}"))
        };
        assert_eq!(
            aliases("Harbour Trust Programme"),
            ["Harbour Trust"],
            "{got:?}"
        );
        assert!(aliases("Harbour Trust Assembly").is_empty(), "{got:?}");
        assert!(aliases("Kestrel League Conference").is_empty(), "{got:?}");
        assert!(aliases("Kestrel League").is_empty(), "{got:?}");
    }

    #[test]
    fn bodies_named_by_a_kind_and_a_country_are_not_one_body() {
        let docs = docs_from(&[
            "Air Fiji bought ten jets on Monday. Air passengers complained about delays.",
            "Air Chile sold five jets on Monday. Air travel rose, officials said.",
            "Air Norway ordered planes, and Air Peru cut routes.",
        ]);
        let got = names(&EntityIndex::build(&docs));
        for airline in ["Air Fiji", "Air Chile", "Air Norway", "Air Peru"] {
            let entity = got.iter().find(|e| e.0 == airline);
            assert!(entity.is_some_and(|e| e.2.is_empty()), "{airline}: {got:?}");
        }
    }

    #[test]
    fn compass_nationalities_airlines_and_possessive_bodies() {
        let docs = docs_from(&[
            "South African officials met Jon Roe in modern Western politics. Kestrel Air grounded its jets.",
            "The People's Assembly of Nordland voted. Jon Roe left.",
            "Peru Air Cargo flew again, and officials said Peru would act.",
        ]);
        let got = names(&EntityIndex::build(&docs));
        let kind = |name: &str| kind_of(&got, name);
        assert_eq!(kind("South African"), None, "{got:?}");
        assert_eq!(kind("Western"), None, "{got:?}");
        // A country's name alone is the country, not a company named after it.
        assert_eq!(kind("Peru").as_deref(), Some("place"), "{got:?}");
        assert_eq!(
            kind("Kestrel Air").as_deref(),
            Some("organization"),
            "{got:?}"
        );
        assert!(
            got.iter().any(|e| e.0 == "People's Assembly of Nordland"),
            "{got:?}"
        );
    }

    #[test]
    fn a_name_with_a_number_or_a_day_is_no_person() {
        let docs = docs_from(&[
            "The pact offers Clause Nine protection. Officials cited Clause Nine again.",
            "Fans cheered Bergen 76ers as Jon Roe spoke. In his Christmas Day message he spoke of peace.",
        ]);
        let got = names(&EntityIndex::build(&docs));
        let kind = |name: &str| kind_of(&got, name);
        assert_eq!(kind("Clause Nine").as_deref(), Some("other"), "{got:?}");
        assert_eq!(kind("Bergen 76ers").as_deref(), Some("other"), "{got:?}");
        assert_eq!(kind("Jon Roe").as_deref(), Some("person"), "{got:?}");
        assert_eq!(kind("Christmas Day").as_deref(), Some("other"), "{got:?}");
    }

    #[test]
    fn an_office_named_for_its_holder_is_one_body() {
        let docs = docs_from(&[
            "The Data Commissioner's Office (DCO) opened an inquiry. The DCO said it would report.",
            "The UK's Office of Fair Trading (OFT) and Nordland's Office of Fair Trading met.",
        ]);
        let got = names(&EntityIndex::build(&docs));
        let kind = |name: &str| kind_of(&got, name);
        assert_eq!(
            got.iter()
                .find(|e| e.0 == "Data Commissioner's Office")
                .map(|e| (e.1.as_str(), e.2.clone())),
            Some(("organization", vec!["DCO".to_string()])),
            "{got:?}"
        );
        assert_eq!(kind("Data Commissioner"), None, "{got:?}");
        // An office with a name of its own is the possessor's: not "UK's Office …".
        assert_eq!(
            kind("Office of Fair Trading").as_deref(),
            Some("organization"),
            "{got:?}"
        );
        assert!(!got.iter().any(|e| e.0.contains("'s Office of")), "{got:?}");
    }

    #[test]
    fn an_acronym_opening_a_sentence_is_a_name() {
        let docs = docs_from(&[
            "The talks ended. NRK state television said the ferry sank. Officials disagreed.",
        ]);
        let got = names(&EntityIndex::build(&docs));
        assert!(got.iter().any(|e| e.0 == "NRK"), "{got:?}");
        // A capitalised word opening a sentence, printed nowhere else, is not.
        assert!(!got.iter().any(|e| e.0 == "Officials"), "{got:?}");
    }

    #[test]
    fn a_full_names_last_word_opening_a_sentence_is_its_short_form() {
        // "Korvin" is printed only opening sentences, and only "Ruth Korvin" in full.
        let docs = docs_from(&[
            "Ruth Korvin has joined the critics of the plan. Korvin said it was too costly. \
             Korvin also criticised the bank. Kessel Street was closed. Street lights were \
             off.",
        ]);
        let index = EntityIndex::build(&docs);
        let mentions = |name: &str| {
            let e = index.resolve(name).unwrap();
            index.mentions.iter().filter(|m| m.entity() == e).count()
        };
        assert_eq!(mentions("Ruth Korvin"), 3);
        // A word of a body or a place ("Street" of "Kessel Street") opening a sentence stays
        // a capital's.
        let got = names(&index);
        assert!(!got.iter().any(|e| e.0 == "Street"), "{got:?}");
    }

    #[test]
    fn gender_from_titles_and_pronouns() {
        let docs = docs_from(&[
            "Mrs Ana Lima spoke at length. She left early. John Roe arrived later. He sat down. Kim Dale waved.",
        ]);
        let index = EntityIndex::build(&docs);
        let g = |name: &str| index.gender[index.resolve(name).unwrap()];
        assert_eq!(g("Ana Lima"), Some(Gender::Female));
        assert_eq!(g("John Roe"), Some(Gender::Male));
        assert_eq!(g("Kim Dale"), None);
        // Not from a pronoun in a quotation; a body named in the next sentence leaves its
        // pronoun to the person.
        let docs = docs_from(&[
            "Rachel Morrow said: “It was an attack on a man with his life ahead of him.”",
            "Police said Marcus Dean had been charged. He will appear before Kessel Court.",
        ]);
        let index = EntityIndex::build(&docs);
        let g = |name: &str| index.gender[index.resolve(name).unwrap()];
        assert_eq!(g("Rachel Morrow"), None);
        assert_eq!(g("Marcus Dean"), Some(Gender::Male));
        let docs = docs_from(&[
            "In 1996 she was reunited with John Carver. At the time of her death she was ill.",
        ]);
        let index = EntityIndex::build(&docs);
        assert_eq!(index.gender[index.resolve("John Carver").unwrap()], None);
    }

    #[test]
    fn ambiguous_surname_is_not_guessed() {
        let docs = docs_from(&["John Smith and Mary Smith arrived. Smith spoke first."]);
        let index = EntityIndex::build(&docs);
        assert_eq!(index.resolve("Smith"), index.by_key.get("smith").copied());
        assert_ne!(index.resolve("John Smith"), index.resolve("Mary Smith"));
        assert_ne!(index.resolve("Smith"), index.resolve("Mary Smith"));
        assert_ne!(index.resolve("Smith"), index.resolve("John Smith"));
    }

    #[test]
    fn a_surname_goes_to_the_person_most_short_mentions_follow() {
        // Two people named Vance, each printed in full twice. Most short mentions follow
        // Mara Vance; one follows her father; the first opens the article before any full
        // name and says nothing either way.
        let docs = docs_from(&[
            "Vance won the vote. Mara Vance thanked voters. Vance said the result was historic. Vance called for unity. Her father, Jon Vance, founded the party. Vance praised him.",
            "Mara Vance spoke in Lyon. Vance left early. Jon Vance stayed.",
        ]);
        let index = EntityIndex::build(&docs);
        assert_eq!(index.resolve("Vance"), index.resolve("Mara Vance"));
        assert_ne!(index.resolve("Jon Vance"), index.resolve("Mara Vance"));
    }

    #[test]
    fn a_short_name_goes_to_the_person_named_just_before() {
        let docs = docs_from(&[
            "Analyst Li Wen praised the plan. Later, Li Ming, the deputy head of the agency, told reporters the plan was sound. Li added that talks would resume.",
        ]);
        let index = EntityIndex::build(&docs);
        assert_eq!(index.resolve("Li"), index.resolve("Li Ming"));
        assert_ne!(index.resolve("Li"), index.resolve("Li Wen"));
    }

    #[test]
    fn resolve_strips_titles_and_case() {
        let docs = docs_from(&["President Ana Lima spoke. Lima left."]);
        let index = EntityIndex::build(&docs);
        let lima = index.resolve("Ana Lima").unwrap();
        assert_eq!(index.resolve("Mr Lima"), Some(lima));
        assert_eq!(index.resolve("lima"), Some(lima));
        assert!(index.is_person(lima));
        // "who" is a pronoun, whatever an acronym "WHO" names ("IT" names no one thing).
        let docs = docs_from(&["The WHO said on Monday who would lead the IT team."]);
        let index = EntityIndex::build(&docs);
        assert!(index.resolve("WHO").is_some());
        assert_eq!(index.resolve("who"), None);
        assert_eq!(index.resolve("IT"), None);
    }

    #[test]
    fn a_country_named_as_a_place_is_no_surname() {
        let docs = docs_from(&[
            "Aero Peru flew again on Monday. Officials in Peru said the airline was safe.",
            "Aero Peru said flights were full. Peru welcomed the news.",
            "The host of Morning Wales, Jo Roe, read the news. Farmers in Wales welcomed it.",
        ]);
        let index = EntityIndex::build(&docs);
        assert!(index.resolve("Peru").is_some());
        assert_ne!(index.resolve("Peru"), index.resolve("Aero Peru"));
        // So are the nations of a union.
        let wales = index.resolve("Wales").expect("Wales is named");
        assert!(index.resolve_exact("Morning Wales").is_some());
        assert_ne!(Some(wales), index.resolve_exact("Morning Wales"));
        assert_eq!(index.entities[wales].kind, "place");
    }

    #[test]
    fn common_words_opening_a_sentence_are_not_names() {
        let docs = docs_from(&[
            "Senior Velcor officials met on Monday. The senior staff agreed with Velcor. Analysts said prices fell.",
            "Two senior managers left. Velcor denied it. He wrote in Top Analysts Weekly that analysts, like most analysts, were wrong about what analysts want.",
        ]);
        let got = names(&EntityIndex::build(&docs));
        // "Senior" leaves the company's name; "Analysts" opening a sentence, printed in
        // lower case thrice for each capital mid-sentence, is no name either.
        assert_eq!(kind_of(&got, "Senior Velcor"), None, "{got:?}");
        assert!(
            got.iter().any(|e| e.0 == "Velcor" && e.2.is_empty()),
            "{got:?}"
        );
        assert_eq!(kind_of(&got, "Analysts"), None, "{got:?}");
        // "Initial" is never a name's own first word, printed in lower case or not.
        let docs = docs_from(&[
            "Initial Velcor Bank officials claimed a deal. Velcor Bank denied it on Monday.",
            "The Velcor Bank said nothing more.",
        ]);
        let got = names(&EntityIndex::build(&docs));
        assert!(
            got.iter().any(|e| e.0 == "Velcor Bank" && e.2.is_empty()),
            "{got:?}"
        );
        // "Shares of Velcor" is Velcor's shares, "its shares" once in lower case.
        let docs = docs_from(&[
            "Velcor launched a phone on Tuesday. Its shares have fallen this year.",
            "Shares of Velcor rose 4% in late trading.",
        ]);
        let got = names(&EntityIndex::build(&docs));
        assert_eq!(kind_of(&got, "Shares of Velcor"), None, "{got:?}");
        assert!(got.iter().any(|e| e.0 == "Velcor"), "{got:?}");
        // A given name that is a common word stays when the rest is a surname ("Mr Roe").
        let docs = docs_from(&[
            "Miles Roe, an analyst, spoke. The road runs for miles and miles. Mr Roe said so.",
        ]);
        let got = names(&EntityIndex::build(&docs));
        assert!(got.iter().any(|e| e.0 == "Miles Roe"), "{got:?}");
        // "Agency director Jo Li": the end of "Elm Weather Agency", never a name alone
        // mid-sentence and printed in lower case, opens the sentence as the common noun.
        let docs = docs_from(&[
            "The Elm Weather Agency lost a satellite. The agency said so. Agency director Jo Li spoke.",
            "Agency director Jo Li said the agency would decide in April. Elm Weather Agency staff agreed.",
        ]);
        let got = names(&EntityIndex::build(&docs));
        assert_eq!(kind_of(&got, "Agency"), None, "{got:?}");
        assert!(got.iter().any(|e| e.0 == "Elm Weather Agency"), "{got:?}");
    }

    #[test]
    fn nationalities_without_the_usual_endings_are_adjectives() {
        let docs = docs_from(&[
            "German officials met Greek and Thai envoys on Monday. The talks were led by Swiss diplomats.",
        ]);
        let got = names(&EntityIndex::build(&docs));
        assert!(got.is_empty(), "{got:?}");
        assert!(is_demonym("Kenyan") && is_demonym("Chilean") && !is_demonym("Kenya"));
        // Nouns for a people too: "Briton Jo Roe" names Jo Roe.
        let docs = docs_from(&["Briton Jo Roe won in Oslo. Two Scots came second."]);
        let got = names(&EntityIndex::build(&docs));
        let named: Vec<&str> = got.iter().map(|e| e.0.as_str()).collect();
        assert_eq!(named, ["Jo Roe", "Oslo"], "{got:?}");
    }

    #[test]
    fn a_national_branch_is_its_body() {
        let docs = docs_from(&[
            "The charity AFTA Italia said four of its staff were aboard. AFTA mourned them.",
            "AFTA UK sent condolences. Acme Bank Italia closed for a day, as Acme Bank did.",
        ]);
        let index = EntityIndex::build(&docs);
        assert_eq!(
            index.resolve_exact("AFTA Italia"),
            index.resolve_exact("AFTA")
        );
        assert_eq!(index.resolve_exact("AFTA UK"), index.resolve_exact("AFTA"));
        assert_eq!(
            index.resolve_exact("Acme Bank Italia"),
            index.resolve_exact("Acme Bank")
        );
        let afta = index.resolve_exact("AFTA").expect("AFTA is named");
        // The body gives the entity its name.
        assert_eq!(index.entities[afta].name, "AFTA");
        assert_eq!(
            index.entities[index.resolve_exact("Acme Bank").unwrap()].name,
            "Acme Bank"
        );
    }
}
