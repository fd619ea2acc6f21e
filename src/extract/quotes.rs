//! Quotes: every direct quotation, its speaker and venue, merged across outlets.
//!
//! Three steps. *Spans*: quote marks are paired per paragraph by their context (a mark after a
//! space opens, a mark before a space or punctuation closes), so straight, curly, doubled `''`
//! and misused marks all work; a quote left open at a paragraph's end continues into the next
//! paragraph. Titles of shows and articles (all words capitalised) are not speech.
//! *Attribution*: the words after the closing mark (`"…," X said` / `"…," said X`), then the
//! words before the opening mark (`X said: "…"`), then the previous sentence (`X warned. "…"`),
//! then the previous quote (a paragraph that is only a quote continues its speaker). Pronouns
//! resolve to the most recent person named before them. *Merging*: occurrences that share
//! word shingles, or are contained in a longer one, by the same (or an unknown) speaker become
//! one quote with one evidence entry per printing.

use rustc_hash::FxHashMap as HashMap;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use regex::Regex;

use super::SourceDoc;
use super::entities::{EntityIndex, Gender, Mention, name_key};
use super::lexicon::{
    PERSON_TITLES, ROLE_NOUNS, SENTENCE_OPENERS, is_in, person_pronoun, speech_verb,
};
use super::words::{Word, is_name_word, is_preposition, is_surname_particle, name_runs, words};
use crate::clean::BlockRole;
use crate::model::{Evidence, Quote};
use crate::text::{is_stopword, tokens, word_count, word_count_up_to};

/// A quoted span of one paragraph (byte offsets into the paragraph text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// Where the opening mark starts.
    pub open: usize,
    /// The quoted words.
    pub start: usize,
    /// Just past the quoted words.
    pub end: usize,
    /// Just after the closing mark (the paragraph's end when unclosed).
    pub close_end: usize,
    /// True when a closing mark ends it.
    pub closed: bool,
    /// A title of a show or article, not speech.
    pub title: bool,
}

fn is_double_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '‟' | '«' | '»')
}

/// Finds the quoted spans of a paragraph.
///
/// ```
/// let t = "“We won,” she said on “Morning Show.” He called it ''historic'' and ”glad.";
/// let spans = briefing::extract::quotes::find_spans(t);
/// let got: Vec<(&str, bool, bool)> = spans.iter().map(|s| (&t[s.start..s.end], s.closed, s.title)).collect();
/// assert_eq!(got, vec![("We won,", true, false), ("Morning Show.", true, true), ("historic", true, false), ("glad.", false, false)]);
/// ```
pub fn find_spans(text: &str) -> Vec<Span> {
    // Every double mark is `"`, a doubled `'` or `` ` ``, `«`/`»` (0xC2 lead byte) or one of
    // U+201C–U+201F (0xE2 0x80 lead bytes): found by their first bytes without decoding the
    // text, which matters because every sentence is scanned several times.
    let bytes = text.as_bytes();
    let mut marks: Vec<(usize, usize)> = Vec::new(); // (byte start, byte end)
    let mut free = 0; // the first byte not inside a mark found
    for b in mark_bytes(bytes, &[b'"', b'\'', 0xE2], &[b'`', 0xC2]) {
        if b < free {
            continue;
        }
        let width = match bytes[b] {
            b'"' => 1,
            q @ (b'\'' | b'`') if bytes.get(b + 1) == Some(&q) => 2,
            0xC2 if matches!(bytes.get(b + 1), Some(0xAB | 0xBB)) => 2,
            0xE2 if bytes.get(b + 1) == Some(&0x80)
                && matches!(bytes.get(b + 2), Some(0x9C..=0x9F)) =>
            {
                3
            }
            _ => continue,
        };
        marks.push((b, b + width));
        free = b + width;
    }
    let prev_char = |start_byte: usize| -> Option<char> { text[..start_byte].chars().next_back() };
    let next_char = |end_byte: usize| -> Option<char> { text[end_byte..].chars().next() };
    let mut spans = Vec::new();
    let mut open: Option<(usize, usize)> = None; // (mark start, inner start)
    for &(mb, me) in &marks {
        let prev = prev_char(mb);
        let next = next_char(me);
        let opener_ctx = next.is_some_and(|n| !n.is_whitespace())
            && prev.is_none_or(|p| {
                p.is_whitespace()
                    || "([{—–-/:".contains(p)
                    || (",.;!?".contains(p) && next.is_some_and(|n| n.is_alphanumeric()))
            });
        let closer_ctx = prev.is_some_and(|p| !p.is_whitespace())
            && next.is_none_or(|n| {
                n.is_whitespace()
                    || ",.;:!?)]}—–-".contains(n)
                    || is_double_mark(n)
                    || n == '\''
                    || n == '’'
            });
        match open {
            None => {
                if opener_ctx || !closer_ctx {
                    open = Some((mb, me));
                }
            }
            Some((o, s)) => {
                if closer_ctx || !opener_ctx {
                    spans.push(make_span(text, o, s, mb, me, true));
                    open = None;
                } else {
                    // A new opening mark while one is open: the first was never closed.
                    spans.push(make_span(text, o, s, mb, mb, false));
                    open = Some((mb, me));
                }
            }
        }
    }
    if let Some((o, s)) = open {
        spans.push(make_span(text, o, s, text.len(), text.len(), false));
    }
    // A lone hashtag or handle in quote marks is a label, not speech.
    spans.retain(|s| {
        let inner = &text[s.start..s.end];
        s.end > s.start
            && inner.chars().any(|c| c.is_alphanumeric())
            && (!inner.starts_with(['#', '@']) || inner.contains(' '))
    });
    spans.extend(single_quote_spans(text, &spans));
    spans.sort_by_key(|s| s.open);
    spans
}

fn make_span(
    text: &str,
    open: usize,
    inner_start: usize,
    inner_end: usize,
    close_end: usize,
    closed: bool,
) -> Span {
    let inner = &text[inner_start..inner_end];
    let lead = inner.len() - inner.trim_start().len();
    let start = inner_start + lead;
    let end = start + inner.trim().len();
    let title = closed && is_title(&text[start..end]);
    Span {
        open,
        start,
        end,
        close_end,
        closed,
        title,
    }
}

/// All significant words capitalised and not shouting: the name of a show, book or article.
fn is_title(inner: &str) -> bool {
    let ws = words(inner);
    if ws.len() < 2 || ws.len() > 16 {
        return false;
    }
    if inner
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase)
    {
        return false;
    }
    ws.iter().all(|w| {
        w.text
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            || is_stopword(&w.text.to_lowercase()) && w.text.len() <= 4
    })
}

/// Single-quoted spans outside double-quoted ones (`said ‘no deal’ was reached`).
fn single_quote_spans(text: &str, doubles: &[Span]) -> Vec<Span> {
    let inside = |b: usize| doubles.iter().any(|s| b >= s.open && b < s.close_end);
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut free = 0; // the first byte past the last mark read or span found
    for b in mark_bytes(bytes, &[b'\'', 0xE2], &[]) {
        if b < free {
            continue;
        }
        // An opening mark is `'` or `‘` (bytes E2 80 98); the text is decoded only around one.
        let width = match bytes[b] {
            b'\'' => 1,
            0xE2 if bytes.get(b + 1) == Some(&0x80) && bytes.get(b + 2) == Some(&0x98) => 3,
            _ => continue,
        };
        let prev = text[..b].chars().next_back();
        let opens = !inside(b)
            && prev.is_none_or(|p| p.is_whitespace() || "([—–".contains(p))
            && text[b + width..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric);
        if !opens {
            free = b + width;
            continue;
        }
        let inner_start = b + width;
        let mut found = None;
        // The character before each candidate closing mark (first, the opening mark).
        let mut before = '\'';
        let mut rest = text[inner_start..].char_indices().peekable();
        while let Some((offset, c)) = rest.next() {
            let at = inner_start + offset;
            if inside(at) {
                break;
            }
            let next = rest.peek().map(|&(_, n)| n);
            if matches!(c, '’' | '\'')
                && !before.is_whitespace()
                && next.is_none_or(|n| !n.is_alphanumeric())
            {
                found = Some((at, c));
                break;
            }
            before = c;
        }
        if let Some((inner_end, mark)) = found {
            let close_end = inner_end + mark.len_utf8();
            if word_count(&text[inner_start..inner_end]) >= 2 {
                out.push(make_span(text, b, inner_start, inner_end, close_end, true));
                free = close_end;
                continue;
            }
        }
        free = b + width;
    }
    out
}

/// The positions of `bytes` holding one of `common` or `rare` (up to three and two bytes),
/// in order. Found with `memchr`'s vector search rather than read one by one; a text holding
/// none of the `rare` bytes (nearly every text) is searched for the common ones only, and
/// any other gives every position, to be read one by one.
fn mark_bytes<'b>(
    bytes: &'b [u8],
    common: &[u8],
    rare: &[u8],
) -> Box<dyn Iterator<Item = usize> + 'b> {
    let has_rare = match *rare {
        [] => false,
        [a] => memchr::memchr(a, bytes).is_some(),
        [a, b, ..] => memchr::memchr2(a, b, bytes).is_some(),
    };
    match *common {
        _ if has_rare => Box::new(0..bytes.len()),
        [a] => Box::new(memchr::memchr_iter(a, bytes)),
        [a, b] => Box::new(memchr::memchr2_iter(a, b, bytes)),
        [a, b, c, ..] => Box::new(memchr::memchr3_iter(a, b, c, bytes)),
        [] => Box::new(std::iter::empty()),
    }
}

/// Who said it, and where.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct QuoteAttribution {
    /// Index into the entity index, when resolved.
    pub entity: Option<usize>,
    /// A speaker printed but not found among the entities (kept as printed).
    pub printed: Option<String>,
    /// Where it was said ("at a rally", "on Twitter"), when printed.
    pub venue: Option<String>,
    /// The text attributes the words to someone it does not name ("one employee told …"):
    /// unattributed on purpose, so no earlier speaker is carried over.
    pub anonymous: bool,
    /// The words are from a claim the sentence reports about its subject ("shrugged off
    /// claims from Jo Roe that …"): the claimant says them, but the story goes on about
    /// the subject, so they set no speaker for the pronouns and quotes after them.
    pub claim: bool,
}

/// One printing of a quote in one source.
#[derive(Debug, Clone)]
struct Occurrence<'a> {
    source: usize,
    anchor: std::borrow::Cow<'a, str>,
    text: &'a str,
    attribution: QuoteAttribution,
    /// How many words (tokens) the quotation has; the words themselves are read again from
    /// `text` when printings are merged, so a large story does not hold them all.
    length: usize,
}

/// Extracts and merges the quotes of all sources.
pub fn extract<'a>(docs: &'a [SourceDoc], entities: &EntityIndex) -> Vec<Quote<'a>> {
    use rayon::prelude::*;
    // Each source's quotes are found independently (in parallel); the merge is one pass.
    let mut occurrences: Vec<Occurrence> = docs
        .par_iter()
        .enumerate()
        .flat_map_iter(|(s, doc)| doc_quotes(s, doc, entities))
        .collect();
    // A word or two in quote marks that nobody is said to have said is a scare quote or a
    // label ("the so-called “swamp”"), not a quotation.
    occurrences.retain(|o| {
        o.length >= 4 || o.attribution.entity.is_some() || o.attribution.printed.is_some()
    });
    merge(occurrences, docs, entities)
}

fn doc_quotes<'a>(s: usize, doc: &'a SourceDoc, entities: &EntityIndex) -> Vec<Occurrence<'a>> {
    let mut out = Vec::new();
    // The speaker of the last quote and where it was (paragraph index).
    let mut last: Option<(usize, QuoteAttribution)> = None;
    let mut carried_open = false;
    let mut recent_speaker: Option<(usize, usize, usize)> = None; // (paragraph, offset, entity)
    let spans_of: Vec<Vec<Span>> = doc
        .doc
        .paragraphs
        .iter()
        .map(|para| find_spans(&para.text))
        .collect();
    // Names inside quotation marks are never a pronoun's antecedent.
    let quoted: Vec<Vec<(usize, usize)>> = spans_of
        .iter()
        .map(|spans| spans.iter().map(|sp| (sp.start, sp.end)).collect())
        .collect();
    for (p, para) in doc.doc.paragraphs.iter().enumerate() {
        if para.role != BlockRole::Paragraph {
            continue;
        }
        let text = para.text.as_str();
        let spans = &spans_of[p];
        let speech: Vec<&Span> = spans.iter().filter(|s| !s.title).collect();
        let starts_with_quote = speech.first().is_some_and(|sp| sp.open == 0);
        let mut prev_in_para: Option<QuoteAttribution> = None;
        for (k, span) in speech.iter().enumerate() {
            let next_start = speech.get(k + 1).map_or(text.len(), |n| n.open);
            let prev_end = if k == 0 { 0 } else { speech[k - 1].close_end };
            let ctx = Ctx {
                s,
                p,
                text,
                entities,
                recent_speaker,
                quoted: &quoted,
                paras: &doc.doc.paragraphs,
                nested: false,
            };
            // `“… winners.” He added: “…”`: a sentence of its own ending in a colon introduces
            // the next quote.
            let introduces_next = k + 1 < speech.len() && {
                let between = text[span.close_end..next_start].trim();
                let own_sentence = text[span.start..span.end]
                    .trim_end()
                    .ends_with(['.', '!', '?'])
                    || between.starts_with(['.', '!', '?']);
                let words = between.trim_start_matches(['.', '!', '?']);
                own_sentence
                    && words.ends_with(':')
                    && !words.contains(['.', '!', '?', '“', '”', '"'])
            };
            let after = after_attribution(&ctx, span.close_end, next_start);
            // `“… demanding.” The company also said 12 executives had …`: after a quote that
            // closes its own sentence, a sentence reporting more of its own is a new report,
            // not this quote's attribution; the quote goes on from the one before it.
            // (Only a quote standing as a sentence of its own, opened by nothing: "Mr Blair
            // replied: “…”" is his whatever follows.)
            // (`“… country. “Parts of …`: a quote run on from the one before, that one left
            // open, opens a sentence when the one before ended one.)
            let goes_on = prev_in_para.as_ref().filter(|_| {
                let between = text[prev_end..span.open]
                    .trim_end()
                    .trim_end_matches(['"', '”', '’', '\'']);
                let opens_sentence = if between.trim().is_empty() && k > 0 {
                    text[speech[k - 1].start..speech[k - 1].end]
                        .trim_end()
                        .ends_with(['.', '!', '?'])
                } else {
                    between.ends_with(['.', '!', '?'])
                };
                opens_sentence
                    && text[span.start..span.end]
                        .trim_end()
                        .ends_with(['.', '!', '?'])
                    && reports_more(&text[span.close_end..next_start])
            });
            let weak_after = is_according_to(&text[span.close_end..next_start]);
            // `Jo Roe told crowds: “We will win.” Ann Lee, in Leeds, said …`: a quote a colon
            // introduces and that ends its own sentence is the introducer's; the name after it
            // opens the next sentence.
            // (When the introduction names nobody — "the report warned:" — the name after
            // it may still be the quote's.)
            // (Read once: it is asked again below when nothing after the quote attributes it.)
            let mut before = None;
            let mut attribution_before = || {
                before
                    .get_or_insert_with(|| before_attribution(&ctx, prev_end, span.open))
                    .clone()
            };
            let introduced = text[prev_end..span.open].trim_end().ends_with(':')
                && ends_with_terminal(&text[span.start..span.end])
                && attribution_before().is_some_and(|b| b.entity.is_some() || b.printed.is_some());
            let after = after.filter(|_| !introduced);
            // `He said he hoped to lead. “That is time enough.” But a party spokesman said
            // that would be impossible.`: a quotation that is a sentence of its own, followed
            // by a new sentence reporting something else, is the one the text before it
            // credits, when it credits someone.
            let credited_after = after.clone().filter(|_| !introduces_next);
            let new_report = goes_on.is_none() && credited_after.is_some() && !weak_after && {
                let region = &text[span.close_end..next_start];
                ends_with_terminal(&text[span.start..span.end])
                    && region.trim_start().starts_with(char::is_uppercase)
                    && reports_more(region)
                    && attribution_before()
                        .is_some_and(|b| b.entity.is_some() || b.printed.is_some())
            };
            let mut attribution = match (goes_on, credited_after) {
                (Some(previous), _) => Some(previous.clone()),
                (None, Some(a)) if !weak_after && !new_report => Some(a),
                (None, other) => attribution_before().or(other),
            }
            .unwrap_or_default();
            // `“…” Sir Jo added: “…”`: who adds to a quote said the one before, when nothing
            // else names its speaker.
            let adds = introduces_next
                && words(&text[span.close_end..next_start])
                    .iter()
                    .any(|w| matches!(w.text, "added" | "continued"));
            if adds && attribution.entity.is_none() && attribution.printed.is_none() {
                attribution = after.unwrap_or_default();
            }
            // A quote that ends its paragraph, credited in a line of its own below it
            // ("-- Jane Doe, aviation analyst").
            let ends_paragraph = k + 1 == speech.len()
                && text[span.close_end..]
                    .chars()
                    .all(|c| c.is_whitespace() || c.is_ascii_punctuation());
            // Words printed in an advertisement ("An Acme ad featured … the words “…”") are the
            // advertiser's.
            if attribution.entity.is_none() && attribution.printed.is_none() {
                if let Some(ad) = displayed_words(&ctx, prev_end, span.open) {
                    attribution = ad;
                }
            }
            if attribution.entity.is_none() && attribution.printed.is_none() && ends_paragraph {
                if let Some(credit) = credit_line(&ctx, p + 1) {
                    attribution = credit;
                }
            }
            let quoted_words = word_count(&text[span.start..span.end]);
            let heading_like = quoted_words < 4 || is_shouting(&text[span.start..span.end]);
            // The previous quote of the same sentence ("… “a” and “b”") shares its speaker.
            let same_sentence =
                k > 0 && !text[speech[k - 1].close_end..span.open].contains(['.', '!', '?']);
            if attribution.entity.is_none()
                && attribution.printed.is_none()
                && !attribution.anonymous
                && (!heading_like || same_sentence)
            {
                if let Some(prev) = &prev_in_para {
                    attribution = prev.clone();
                } else if k == 0 && (starts_with_quote || carried_open) {
                    // A quote paragraph with no attribution continues the previous quote's
                    // speaker, or the speaker the previous paragraph reported ("X said …").
                    let reported = (!carried_open)
                        .then(|| reported_speaker(s, doc, p, entities, &quoted, recent_speaker))
                        .flatten();
                    let previous = last
                        .as_ref()
                        .filter(|(lp, _)| p - lp <= 1)
                        .map(|(_, la)| la.clone());
                    if let Some(a) = previous.filter(|_| carried_open).or(reported).or_else(|| {
                        last.as_ref()
                            .filter(|(lp, _)| p - lp <= 2)
                            .map(|(_, la)| la.clone())
                    }) {
                        attribution = a;
                    }
                }
            }
            if let Some(e) = attribution.entity.filter(|_| !attribution.claim) {
                recent_speaker = Some((p, span.open, e));
            }
            let quoted = &text[span.start..span.end];
            if is_label(text, span) {
                continue;
            }
            let anchor = para
                .sentences
                .iter()
                .find(|st| span.start < st.end)
                .map(|st| std::borrow::Cow::Borrowed(st.anchor.as_str()))
                .unwrap_or_else(|| format!("p{}-s1", para.n).into());
            out.push(Occurrence {
                source: s,
                anchor,
                text: quoted,
                length: crate::text::folded_tokens(&crate::text::fold(quoted)).count(),
                attribution: attribution.clone(),
            });
            if (attribution.entity.is_some() || attribution.printed.is_some()) && !attribution.claim
            {
                prev_in_para = Some(attribution.clone());
                last = Some((p, attribution));
            }
        }
        carried_open = speech.last().is_some_and(|sp| !sp.closed);
    }
    out
}

/// A capitalised word or two in quote marks standing as a modifier after an article
/// ("promised a “Frexit” referendum"), or any after "so-called": a label or a coined term,
/// not words anyone is quoted as saying, whoever the sentence is about.
fn is_label(text: &str, span: &Span) -> bool {
    if !span.closed || word_count(&text[span.start..span.end]) > 2 {
        return false;
    }
    // (Read from the end: the paragraph before a quote can be long.)
    let before = text[..span.open]
        .split_whitespace()
        .next_back()
        .map(str::to_lowercase);
    // The next word a noun it qualifies ("referendum"), not a function word or a verb
    // going on with the sentence ("had a “fine record” with …", "his “deep regret” and …",
    // "a “major factor” affecting …").
    let next = text[span.close_end..]
        .strip_prefix(' ')
        .and_then(|rest| rest.split(|c: char| !c.is_alphabetic()).next())
        .unwrap_or("");
    let modifies_next = next.starts_with(|c: char| c.is_lowercase())
        && !crate::text::is_stopword(next)
        && super::lexicon::speech_verb(next).is_none()
        // "would be a “major factor” affecting …": a participle goes on with what was said.
        && !next.ends_with("ing")
        && !next.ends_with("ed");
    // A coined term is capitalised ("a “Frexit” vote"); a plain word in quote marks before a
    // noun ("saw a “vast” change") is usually the speaker's own word, reported.
    let coined = text[span.start..span.end].starts_with(|c: char| c.is_uppercase());
    match before.as_deref() {
        Some("so-called") => true,
        Some("a" | "an" | "the" | "its" | "his" | "her" | "their" | "our") => {
            coined && modifies_next
        }
        _ => false,
    }
}

/// The speaker of the last sentence of the paragraph before `p`, when that sentence reports
/// speech (`X said last week's debate went wrong.`).
fn reported_speaker(
    s: usize,
    doc: &SourceDoc,
    p: usize,
    entities: &EntityIndex,
    quoted: &[Vec<(usize, usize)>],
    recent_speaker: Option<(usize, usize, usize)>,
) -> Option<QuoteAttribution> {
    let prev = p.checked_sub(1)?;
    let para = &doc.doc.paragraphs[prev];
    if para.role != BlockRole::Paragraph || !find_spans(&para.text).iter().all(|s| s.title) {
        return None;
    }
    let sentence = para.sentences.last()?;
    let ctx = Ctx {
        s,
        p: prev,
        text: &para.text,
        entities,
        recent_speaker,
        quoted,
        paras: &doc.doc.paragraphs,
        nested: false,
    };
    let ws = words(para.text_of(sentence));
    let v = ws.iter().position(|w| is_speech(w.text))?;
    before_attribution(&ctx, sentence.start, sentence.start + ws[v].end)
        .filter(|a| a.entity.is_some_and(|e| entities.is_person(e)))
}

#[derive(Clone, Copy)]
struct Ctx<'a> {
    s: usize,
    p: usize,
    text: &'a str,
    entities: &'a EntityIndex<'a>,
    recent_speaker: Option<(usize, usize, usize)>,
    /// Quoted byte ranges of every paragraph of the source.
    quoted: &'a [Vec<(usize, usize)>],
    /// The source's paragraphs, for looking back at earlier reporting sentences.
    paras: &'a [crate::segment::Paragraph],
    /// True inside a look-back, so a look-back never starts another.
    nested: bool,
}

impl Ctx<'_> {
    fn in_quote(&self, m: &Mention) -> bool {
        self.quoted[m.paragraph()]
            .iter()
            .any(|&(a, b)| m.offset() >= a && m.offset() < b)
    }
}

/// Words that may stand between a speaker and the verb: adverbs, auxiliaries, and the words of
/// "in a statement" ("Acme in a statement said …").
fn is_adverb_or_aux(w: &str) -> bool {
    let l = w.to_lowercase();
    matches!(
        l.as_str(),
        "also"
            | "later"
            | "then"
            | "again"
            | "further"
            | "previously"
            | "has"
            | "had"
            | "have"
            | "was"
            | "is"
            | "were"
            | "would"
            | "will"
            | "once"
            | "earlier"
            | "in"
            | "a"
            | "statement"
    ) || l.ends_with("ly")
        && l.len() > 4
        && !w.starts_with(char::is_uppercase)
        && !matches!(
            l.as_str(),
            "family" | "rally" | "assembly" | "supply" | "reply" | "monopoly" | "anomaly"
        )
    // (Capitalised, a word in "-ly" is a name: "Home Secretary Ruth Kelly has said"; some
    // in lower case are nouns: "Liam's family said".)
}

/// `"…," X said` / `"…," said X` / `"…," according to X`.
fn after_attribution(ctx: &Ctx, from: usize, to: usize) -> Option<QuoteAttribution> {
    if let Some(a) = after_attribution_head(ctx, from, to) {
        return Some(a);
    }
    let region = cut_at_sentence_end(&ctx.text[from..to]);
    // `"…" — Jane Doe, chief executive of Acme`: a credit after a dash.
    if let Some(a) = dash_credit(ctx, from, region) {
        return Some(a);
    }
    // `"…" and fled the scene, quoted X as saying.` / `… with 8,000 hours, the airline said.`
    if let Some(m) = QUOTED_AS_SAYING.captures(region) {
        let name = m.get(1).unwrap();
        return Some(resolve(ctx, from + name.start(), name.as_str(), region));
    }
    // `"…," Jane Doe, a former inspector, told CNN.` — a name, an appositive, then the verb.
    let ws = words(region);
    // (The comma after the name: a leading one before it closes the quotation.)
    let comma_after = |first: &Word| region[first.end..].find(',').map(|k| first.end + k);
    if let Some((first, c1)) = ws.first().and_then(|f| Some((f, comma_after(f)?))) {
        if is_name_word(first.text)
            && region[..first.start]
                .trim()
                .chars()
                .all(|c| ",;:—–-".contains(c))
        {
            let name_ok = || {
                words(&region[first.start..c1])
                    .iter()
                    .all(|w| is_name_word(w.text) || is_surname_particle(w.text))
            };
            let surface = region[first.start..c1].trim();
            if let Some(c2) = region[c1 + 1..].find(',').map(|k| c1 + 1 + k) {
                let verb_next = words(&region[c2..])
                    .iter()
                    .find(|w| !is_adverb_or_aux(w.text))
                    .is_some_and(|w| is_speech(w.text));
                if name_ok() && verb_next {
                    return Some(resolve(ctx, from + first.start, surface, &region[c2..]));
                }
            } else {
                // `"…," Jane Doe, its economy minister added.` — the comma that closes the
                // appositive left out: the verb ends the sentence, a few words on.
                let tail = words(&region[c1..]);
                let verb_last = tail.last().is_some_and(|w| is_speech(w.text))
                    && (2..=8).contains(&tail.len())
                    && !tail[..tail.len() - 1].iter().any(|w| is_speech(w.text));
                if verb_last && name_ok() {
                    let verb = tail[tail.len() - 1].start;
                    return Some(resolve(
                        ctx,
                        from + first.start,
                        surface,
                        &region[c1 + verb..],
                    ));
                }
            }
        }
    }
    // `… with 8,000 hours in the air, the airline said.` — the attribution closes the sentence.
    let comma = region.rfind(',')?;
    after_attribution_head(ctx, from + comma, from + region.len()).filter(|_| {
        let tail = words(&region[comma..]);
        tail.first().is_some_and(|w| !is_speech(w.text))
    })
}

/// True when the sentence opening `region` has a speech verb among its first eight words
/// followed by a report of its own: "that …", a figure, or four words or more that are not
/// where or to whom it was said ("The company also said 12 executives had agreed").
fn reports_more(region: &str) -> bool {
    let sentence = cut_at_sentence_end(region);
    let ws = words(sentence);
    let Some(v) = (0..ws.len().min(8)).find(|&i| speech_verb(ws[i].text).is_some()) else {
        return false;
    };
    let rest = &ws[v + 1..];
    rest.first().is_some_and(|w| {
        w.text == "that"
            || w.text.starts_with(|c: char| c.is_ascii_digit())
            || rest.len() >= 4
                && !is_preposition(w.text)
                && !matches!(
                    w.text,
                    "reporters" | "journalists" | "the" | "a" | "an" | "when" | "while" | "as"
                )
    })
}

/// A short paragraph `p` that only credits the quote above it: `— Jane Doe, analyst`.
fn credit_line(ctx: &Ctx, p: usize) -> Option<QuoteAttribution> {
    let para = ctx.paras.get(p)?;
    let text = para.text.as_str();
    if para.role != BlockRole::Paragraph || word_count_up_to(text, 13) > 12 {
        return None;
    }
    dash_credit(&Ctx { p, text, ..*ctx }, 0, text)
}

/// The name credited after a dash that opens `region` (which starts at byte `from` of the
/// paragraph): `— Jane Doe, analyst`, `-- Jo Li`.
fn dash_credit(ctx: &Ctx, from: usize, region: &str) -> Option<QuoteAttribution> {
    let opened = region.trim_start();
    let rest = opened
        .strip_prefix(['—', '–'])
        .or_else(|| opened.strip_prefix("--"))?;
    let rest_start = from + (region.len() - rest.len());
    let (at, surface) = subject_after_verb(rest, &words(rest))?;
    Some(resolve(ctx, rest_start + at, &surface, ""))
}

static QUOTED_AS_SAYING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&crate::text::latin_words(
        r"(?-u:\b)quoted ((?:[A-Z][\w'’.-]*\s?){1,4}) as (?:saying|telling)",
    ))
    .unwrap()
});

fn after_attribution_head(ctx: &Ctx, from: usize, to: usize) -> Option<QuoteAttribution> {
    let region = &ctx.text[from..to];
    let region = cut_at_sentence_end(region);
    let ws = words(region);
    if ws.is_empty()
        || !region[..ws[0].start]
            .trim()
            .chars()
            .all(|c| ",;:—–-".contains(c))
    {
        return None;
    }
    if ws.len() > 2 && ws[0].text.eq_ignore_ascii_case("according") && ws[1].text == "to" {
        let subject = subject_after_verb(region, &ws[2..])?;
        return Some(resolve(ctx, from + subject.0, &subject.1, region));
    }
    // `… a “sense of belonging” in Britain, telling them …`: a quotation inside its
    // sentence, which goes on with a preposition, is followed by no attribution.
    if is_preposition(ws[0].text)
        && !runs_on_from_quotation(ctx, from, region, &[',', '?', '!', '.'])
    {
        return None;
    }
    let limit = ws.len().min(8);
    let v = (0..limit).find(|&i| speech_verb(ws[i].text).is_some())?;
    let clause = region;
    if v == 0 {
        // "said X": subject follows the verb
        let rest = &ws[1..];
        let subject = subject_after_verb(region, rest)?;
        return Some(resolve(ctx, from + subject.0, &subject.1, clause));
    }
    let subject_words = &ws[..v];
    let kept: Vec<&Word> = subject_words
        .iter()
        .filter(|w| !is_adverb_or_aux(w.text))
        .collect();
    // The subject must read as one: a name, a pronoun, a title or "the <role>" — not the rest
    // of a sentence that happens to reach a speech verb.
    if kept.is_empty() || kept.len() > 8 {
        return None;
    }
    // "…," her lawyer, Jo Li, said / his spokesman Tom Bell said / the firm's lawyer said:
    // someone described by whom they act for. The name given is the speaker; with none, the
    // speaker is not named (the one they act for did not say it), unless they speak for it
    // ("its spokesman said", "the council's ruling said": the body speaks).
    // (Only when the description opens the attribution, the whom-for first or after "the"
    // or the name it belongs to, "Jo Li's lawyer": not "Jo Li, Acme's chief, said", where
    // the name before the comma speaks; and only right after the quotation, which ends in
    // a comma: after a full stop a new sentence starts, "… man." His nephew Jo Li said …)
    let opens = |p: usize| {
        !region[kept[0].start..kept[p].start].contains(',')
            && kept[..p]
                .iter()
                .all(|w| w.text.eq_ignore_ascii_case("the") || is_name_word(w.text))
    };
    let right_after = runs_on_from_quotation(ctx, from, region, &[',', '?', '!']);
    let described_by_whom = kept
        .iter()
        .take(3)
        .position(|w| is_possessive(w.text))
        .filter(|&p| right_after && opens(p));
    if let Some(p) = described_by_whom {
        if p + 1 < kept.len() {
            if let Some(q) = (p + 1..kept.len()).find(|&q| is_name_word(kept[q].text)) {
                let surface = region[kept[q].start..kept[kept.len() - 1].end].trim_end_matches(',');
                return Some(resolve(ctx, from + kept[q].start, surface, clause));
            }
            let speaks_for = kept[p + 1..].iter().any(|w| {
                matches!(
                    w.text.to_lowercase().as_str(),
                    "spokesman"
                        | "spokeswoman"
                        | "spokesperson"
                        | "representative"
                        | "statement"
                        | "ruling"
                        | "report"
                        | "letter"
                        | "website"
                        | "filing"
                        | "announcement"
                )
            });
            if !speaks_for {
                return Some(QuoteAttribution {
                    anonymous: true,
                    venue: venue(region),
                    ..Default::default()
                });
            }
        }
    }
    if !kept.iter().all(|w| subject_word(ctx, w.text)) {
        // "…," the minister for civil aviation Praful Patel said: a description, then the
        // name it describes (never the object of a preposition: "the head of Acme said").
        let mut n = kept.len();
        while n > 0 && is_name_word(kept[n - 1].text) {
            n -= 1;
        }
        // "…," prosecutor Alice Martin told the court, "…," RICS housing spokesman Ian Perry
        // said: a short description, then a full name.
        let role_then_name = kept.len() - n >= 2
            && n <= 4
            // (the quote ends in a comma: the sentence goes on to name its speaker)
            && runs_on_from_quotation(ctx, from, region, &[','])
            && kept[..n]
                .iter()
                .all(|w| !is_stopword(&w.text.to_lowercase()) && !w.text.ends_with("'s"));
        let described = n >= 1
            && n < kept.len()
            && (n >= 2 && matches!(kept[0].text.to_lowercase().as_str(), "the" | "a" | "an")
                || role_then_name)
            && kept[n - 1].text.starts_with(char::is_lowercase)
            && !is_preposition(kept[n - 1].text)
            && !is_stopword(&kept[n - 1].text.to_lowercase())
            && !region[kept[0].start..kept[kept.len() - 1].end].contains([',', '(']);
        if described {
            let surface = &region[kept[n].start..kept[kept.len() - 1].end];
            return Some(resolve(ctx, from + kept[n].start, surface, clause));
        }
        // "…," one current employee told reporters: a speaker the text does not name.
        let np = &region[kept[0].start..kept[kept.len() - 1].end];
        let head = kept[kept.len() - 1].text.to_lowercase();
        let indefinite = matches!(
            kept[0].text.to_lowercase().as_str(),
            "one" | "a" | "an" | "another" | "some" | "two" | "three" | "several" | "many"
        );
        if indefinite
            && !np.contains(',')
            && (is_in(&ROLE_NOUNS, &head) || is_in(&PERSON_TITLES, &head))
        {
            return Some(QuoteAttribution {
                anonymous: true,
                venue: venue(region),
                ..Default::default()
            });
        }
        return None;
    }
    let first = kept[0];
    let surface = &region[first.start..kept[kept.len() - 1].end];
    // "…," Jo Li, a U.S. official, said / Jo Li, Acme spokesman, said: the name before the
    // appositive is the speaker.
    let surface = match surface.find(',') {
        Some(c)
            if is_name_word(first.text)
                && (words(&surface[c..])
                    .first()
                    .is_some_and(|w| matches!(w.text, "a" | "an" | "the"))
                    || ctx
                        .entities
                        .resolve(&surface[..c])
                        .is_some_and(|e| ctx.entities.is_person(e))) =>
        {
            &surface[..c]
        }
        _ => surface,
    };
    Some(resolve(ctx, from + first.start, surface, clause))
}

/// True when the attribution `region` (at byte `from`) carries on the quotation's sentence:
/// the quotation closed on one of `endings` ("…,” she said) or a comma follows it. After a
/// full stop a new sentence starts.
fn runs_on_from_quotation(ctx: &Ctx, from: usize, region: &str, endings: &[char]) -> bool {
    region.trim_start().starts_with(',')
        || ctx.text[..from]
            .trim_end_matches(['"', '”', '’', '\'', ' '])
            .ends_with(endings)
}

/// "her", "his", "their", "its" or a name with "'s": whom a described speaker acts for.
fn is_possessive(w: &str) -> bool {
    matches!(w.to_lowercase().as_str(), "her" | "his" | "their" | "its")
        || w.ends_with("'s")
        || w.ends_with("’s")
}

/// A word that can be part of a speaker's description.
fn subject_word(ctx: &Ctx, w: &str) -> bool {
    let lower = w.to_lowercase();
    is_name_word(w)
        || person_pronoun(w)
        || is_in(&PERSON_TITLES, &lower)
        || is_in(&ROLE_NOUNS, &lower)
        || is_org_noun(&lower)
        || matches!(
            lower.as_str(),
            "the"
                | "a"
                | "an"
                | "it"
                | "von"
                | "der"
                | "de"
                | "van"
                | "al"
                | "of"
                | "officials"
                | "official"
                | "spokesman"
                | "spokeswoman"
                | "spokesperson"
                | "source"
                | "sources"
                | "statement"
        )
        || lower.len() >= 4 && ctx.entities.resolve(&lower).is_some()
        // "the 47-year-old director": an age describes the speaker.
        || lower.ends_with("-year-old")
        // "May wrote": a surname spelt like a month, when someone of that name is named.
        || w.starts_with(char::is_uppercase)
            && super::lexicon::is_calendar_word(w)
            && ctx.entities.resolve(w).is_some()
}

/// Bodies of a state that a story names by their own noun ("the Velm government", "the
/// High Court"): "the government" is no party or firm named before it.
fn is_state_body(lower: &str) -> bool {
    matches!(
        lower,
        "government" | "court" | "police" | "military" | "army" | "embassy"
    )
}

fn is_org_noun(lower: &str) -> bool {
    let one = lower
        .strip_suffix('s')
        .filter(|w| !w.ends_with('s'))
        .unwrap_or(lower);
    matches!(
        one,
        "company"
            | "airline"
            | "carrier"
            | "ministry"
            | "agency"
            | "regulator"
            | "government"
            | "department"
            | "firm"
            | "group"
            | "organisation"
            | "organization"
            | "bank"
            | "court"
            | "police"
            | "military"
            | "army"
            | "office"
            | "manufacturer"
            | "maker"
            | "authority"
            | "authoritie"
            | "administration"
            | "commission"
            | "council"
            | "committee"
            | "board"
            | "embassy"
            | "union"
            | "party"
            | "federation"
            | "association"
            | "institute"
            | "university"
            | "foundation"
            | "league"
            | "service"
            | "watchdog"
            | "planemaker"
            | "automaker"
            | "broadcaster"
            | "newspaper"
    )
}

/// The speaker named after a verb: `said he`, `said Jane Doe, a spokeswoman`, `said the
/// president of the assembly, Jane Doe`, `said aviation expert Jo Li`. The first name run within
/// the clause wins, skipping adjectives (`Chilean mining expert`); with no name, a noun phrase
/// (`the company`) is returned for resolution.
fn subject_after_verb(region: &str, rest: &[Word]) -> Option<(usize, String)> {
    let first = rest.first()?;
    if person_pronoun(first.text) {
        return Some((first.start, first.text.to_string()));
    }
    let mut commas = 0;
    let mut i = 0;
    while i < rest.len().min(14) {
        if i > 0 {
            let gap = &region[rest[i - 1].end..rest[i].start];
            // ("said Dr. Jo Li": a title's period ends nothing.)
            let title_period =
                gap.trim_end() == "." && is_in(&PERSON_TITLES, &rest[i - 1].text.to_lowercase());
            if gap.contains(['.', ';', ':', '(', '"', '“', '”']) && !title_period {
                break;
            }
            if gap.contains(',') {
                commas += 1;
                if commas > 1 {
                    break;
                }
            }
        }
        if is_name_word(rest[i].text) && !is_in(&PERSON_TITLES, &rest[i].text.to_lowercase()) {
            let mut j = i;
            while j + 1 < rest.len()
                && region[rest[j].end..rest[j + 1].start]
                    .chars()
                    .all(|c| c == ' ')
                && (is_name_word(rest[j + 1].text) || is_surname_particle(rest[j + 1].text))
            {
                j += 1;
            }
            // "Chilean mining expert Jo Li", "Fox Sports commentator Jo Li": a name used as
            // a modifier is not the speaker.
            let adjective = rest.get(j + 1).is_some_and(|n| {
                let lower = n.text.to_lowercase();
                region[rest[j].end..n.start].chars().all(|c| c == ' ')
                    && n.text.chars().next().is_some_and(char::is_lowercase)
                    && !is_speech(n.text)
                    && (j == i || is_in(&ROLE_NOUNS, &lower) || is_in(&PERSON_TITLES, &lower))
            });
            if !adjective {
                return Some((
                    rest[i].start,
                    region[rest[i].start..rest[j].end].to_string(),
                ));
            }
            i = j + 1;
            continue;
        }
        i += 1;
    }
    // No name: "the company", "a spokesman".
    let nouns: Vec<&Word> = rest
        .iter()
        .take(4)
        .take_while(|w| !is_speech(w.text))
        .collect();
    let last = nouns.iter().rposition(|w| {
        let l = w.text.to_lowercase();
        is_org_noun(&l) || is_in(&ROLE_NOUNS, &l) || is_in(&PERSON_TITLES, &l)
    })?;
    Some((
        nouns[0].start,
        region[nouns[0].start..nouns[last].end].to_string(),
    ))
}

fn is_speech(w: &str) -> bool {
    speech_verb(w).is_some()
}

/// `X said: "…"`, `X described it as "…"`, `…, stating, "…"`.
fn before_attribution(ctx: &Ctx, from: usize, to: usize) -> Option<QuoteAttribution> {
    let region = &ctx.text[from..to];
    // `… the words of Jane Doe: "…"` — a name right before the colon.
    if let Some(head) = region.trim_end().strip_suffix(':') {
        let ws = words(head);
        let mut k = ws.len();
        if ws
            .last()
            .is_some_and(|w| matches!(head[w.end..].trim(), "" | "."))
        {
            while k > 0
                && (is_name_word(ws[k - 1].text) || is_surname_particle(ws[k - 1].text))
                && (k == ws.len() || head[ws[k - 1].end..ws[k].start].chars().all(|c| c == ' '))
            {
                k -= 1;
            }
        }
        if k < ws.len()
            && ctx
                .entities
                .resolve(&head[ws[k].start..ws[ws.len() - 1].end])
                .is_some_and(|e| ctx.entities.is_person(e))
        {
            let surface = &head[ws[k].start..ws[ws.len() - 1].end];
            return Some(resolve(ctx, from + ws[k].start, surface, ""));
        }
    }
    let sentence_start = last_sentence_start(region);
    let mut sentence = &region[sentence_start..];
    let mut base = from + sentence_start;
    // "According to Jo Roe, a partner at Acme, the trend has one upside: “…”": the source
    // the sentence opens with speaks.
    // (The same reading as "…,” according to Jo Roe" after a quote; a speech verb in the
    // sentence names the speaker instead: "According to the FT, Jo Roe said …".)
    let sentence_words = words(sentence);
    if let [according, to, rest @ ..] = sentence_words.as_slice() {
        if according.text.eq_ignore_ascii_case("according")
            && to.text == "to"
            && sentence[..according.start].trim().is_empty()
            && !rest.iter().any(|w| speech_verb(w.text).is_some())
        {
            if let Some((at, name)) = subject_after_verb(sentence, rest) {
                return Some(resolve(ctx, base + at, &name, ""));
            }
        }
    }
    if sentence.trim().is_empty() {
        // The quote opens its sentence: look at the sentence before it, when it attributes.
        let before = region[..sentence_start].trim_end();
        if before.is_empty() {
            return None;
        }
        let prev_start =
            last_sentence_start(before.trim_end_matches(['.', ':', '!', '?', '"', '”']));
        sentence = &before[prev_start..];
        base = from + prev_start;
    }
    // "… shrugged off claims from party leader Jo Roe that he led a “grubby government”":
    // the quotation is inside the claim, and the claim is Jo Roe's.
    if let Some(claimant) = claim_from(ctx, base, sentence) {
        return Some(claimant);
    }
    // Words inside quote marks (a title, a nested quote) are never the speaker.
    let masked = mask_quoted(sentence);
    let sentence = masked.as_str();
    let ws = words(sentence);
    // (Not a verb set against another: "… to create jobs rather than respond to need".)
    let set_against = |i: usize| i > 0 && ws[i - 1].text == "than";
    let v = (0..ws.len()).rev().find(|&i| {
        speech_verb(ws[i].text).is_some()
            && !speech_noun(sentence, &ws, i)
            && !names_a_thing(&ws, i)
            && !set_against(i)
    })?;
    if v == 0 {
        return None;
    }
    // "…, including Acme Air, which said it had …": the relative clause's antecedent speaks.
    let mut r = v;
    while r > 0 && is_adverb_or_aux(ws[r - 1].text) {
        r -= 1;
    }
    if r >= 2 && matches!(ws[r - 1].text, "which" | "who") {
        // The name run right before "which"/"who" (a comma may stand between).
        let last = r - 2;
        let mut k = last;
        while k > 0
            && (is_name_word(ws[k - 1].text) || is_surname_particle(ws[k - 1].text))
            && sentence[ws[k - 1].end..ws[k].start]
                .chars()
                .all(|c| c == ' ')
        {
            k -= 1;
        }
        let after_place = k > 0 && matches!(ws[k - 1].text, "in" | "at" | "from" | "to" | "near");
        if is_name_word(ws[k].text) && is_name_word(ws[last].text) && !after_place {
            let surface = &sentence[ws[k].start..ws[last].end];
            let clause = &sentence[ws[v].start..];
            return Some(resolve(ctx, base + ws[k].start, surface, clause));
        }
    }
    // "…, and said: “…”": a second verb of the subject that opens the sentence.
    let coordinated =
        r >= 1 && ws[r - 1].text == "and" && sentence[..ws[r - 1].start].trim_end().ends_with(',');
    let participle = ws[v].text.ends_with("ing") || coordinated;
    // "It says the ambassador was …", "It added that …, and said": the institution that
    // spoke in an earlier sentence.
    let it_opens =
        (participle && ws.len() > 1 && ws[0].text == "It" && is_speech(ws[1].text)).then_some(0);
    let it_before_verb = (r >= 1
        && ws[r - 1].text.eq_ignore_ascii_case("it")
        && (r == 1 || ws[r - 2].text == "and"))
        .then(|| r - 1);
    if let Some(it) = it_before_verb.or(it_opens) {
        let found = recent_reporter(ctx, base + ws[it].start, None, false);
        return Some(found.unwrap_or(QuoteAttribution {
            anonymous: true,
            ..Default::default()
        }));
    }
    if !participle {
        if let Some((at, np)) = noun_phrase_subject(sentence, &ws[..v], ws[v].start) {
            let clause = &sentence[ws[v].start..];
            return Some(resolve_noun_phrase(ctx, base + at, &np, clause));
        }
    }
    let candidates = subject_candidates(sentence, &ws[..v], ws[v].start);
    if candidates.is_empty() {
        // "His supporters gathered …, waved flags and sang": a group of people speaks.
        if let Some(group) = group_subject(ctx, base, sentence, &ws[..v]) {
            return Some(group);
        }
    }
    // A participle ("…, saying") takes the sentence's subject, which opens the sentence; a
    // title set off by a name ("The Aid Commissioner, Jo Roe, was quoted as saying") is that
    // name's.
    let chosen = if participle {
        let opening = candidates
            .iter()
            .position(|c| ws.iter().take(4).any(|w| w.start == c.0));
        opening.map(|k| match candidates.get(k + 1) {
            Some(next) if titled_by(sentence, &candidates[k], next) => next,
            _ => &candidates[k],
        })
    } else {
        // "Ana Lima, Velcor's chief executive, said": the body owns the title set off after
        // the name; the name speaks.
        match candidates.as_slice() {
            [.., (name_at, name), (owner_at, _)]
                if name.contains(' ')
                    && sentence[name_at + name.len()..*owner_at].trim() == ","
                    && is_title_a_body_owns(&sentence[*owner_at..ws[v].start]) =>
            {
                candidates.get(candidates.len() - 2)
            }
            _ => candidates.last(),
        }
    }?;
    let clause = &sentence[ws[v].start..];
    Some(resolve(ctx, base + chosen.0, &chosen.1, clause))
}

/// Nouns of a claim someone makes, which "from" or "by" attributes: "claims from Jo Roe".
const CLAIM_NOUNS: &[&str] = &[
    "claim",
    "claims",
    "allegation",
    "allegations",
    "accusation",
    "accusations",
    "charge",
    "charges",
    "suggestion",
    "suggestions",
    "warning",
    "warnings",
    "criticism",
    "complaint",
    "complaints",
];

/// The speaker of a claim reported as a noun, when `sentence` (at byte `base`) ends inside
/// its "that" clause: "claims from Jo Roe that …", "allegations by the Velm Party that …".
fn claim_from(ctx: &Ctx, base: usize, sentence: &str) -> Option<QuoteAttribution> {
    let ws = words(sentence);
    let i = ws.iter().rposition(|w| CLAIM_NOUNS.contains(&w.text))?;
    if !matches!(ws.get(i + 1)?.text, "from" | "by") {
        return None;
    }
    let that = (i + 2..ws.len()).find(|&k| ws[k].text == "that")?;
    // The name runs up to "that": "from Conservative leader Jo Roe that".
    let mut first = that;
    while first > i + 2 && is_name_word(ws[first - 1].text) {
        first -= 1;
    }
    if first == that || sentence[ws[i].end..ws[that].start].contains([',', ';', ':']) {
        return None;
    }
    let surface = &sentence[ws[first].start..ws[that - 1].end];
    let found = resolve(ctx, base + ws[first].start, surface, "");
    (found.entity.is_some() || found.printed.is_some()).then_some(QuoteAttribution {
        claim: true,
        ..found
    })
}

/// True for "Velcor's chief executive," set off after a name: the owner's name, its "'s",
/// then a title of one to three lower-case words and a comma.
fn is_title_a_body_owns(text: &str) -> bool {
    let title = text.trim_end();
    let after_owner = title
        .split_once("'s ")
        .or_else(|| title.split_once("’s "))
        .map(|(_, t)| t.trim_end_matches(','));
    title.ends_with(',')
        && after_owner.is_some_and(|t| {
            (1..=3).contains(&t.split_whitespace().count())
                && t.split_whitespace()
                    .all(|w| w.starts_with(char::is_lowercase))
        })
}

/// A speech verb's bare form used as a noun: capitalised inside a sentence ("Islamic State",
/// "the Post"), or after a determiner ("the Portuguese state would", "a brief note").
fn speech_noun(sentence: &str, ws: &[Word], i: usize) -> bool {
    let w = ws[i].text;
    // "… with the quip: “…”": the noun introduces the quote as its verb would.
    if sentence[ws[i].end..].trim_start().starts_with(':') {
        return false;
    }
    // "… told Velm News that reports of job cuts were “…”": a plural after a determiner,
    // then "of", is a noun.
    let plural_of = w.ends_with('s')
        && ws.get(i + 1).is_some_and(|n| n.text == "of")
        && i >= 1
        && matches!(
            ws[i - 1].text.to_lowercase().as_str(),
            "that" | "the" | "these" | "those" | "its" | "their" | "his" | "her" | "our"
        );
    if plural_of {
        return true;
    }
    // Inflected forms are verbs even in headline case ("Acme Says it's “…”").
    if speech_verb(w) != Some(w.to_lowercase().as_str()) {
        return false;
    }
    if i > 0 && w.starts_with(char::is_uppercase) {
        return true;
    }
    let determiner = |k: usize| {
        matches!(
            ws[k].text.to_lowercase().as_str(),
            "the"
                | "a"
                | "an"
                | "this"
                | "that"
                | "its"
                | "their"
                | "his"
                | "her"
                | "our"
                | "whose"
        )
    };
    i >= 1 && determiner(i - 1) || i >= 2 && determiner(i - 2) && !ws[i - 1].text.ends_with('s')
}

/// True when the naming verb at `i` tells what a thing is called, not what anyone said:
/// "handheld computers called E-slates", "a firm named Acme", where a common noun comes
/// before it and a name after. ("The minister called Jo Roe a liar", "she dubbed it …" and
/// "was called Kessel" keep it a verb.)
fn names_a_thing(ws: &[Word], i: usize) -> bool {
    let naming = matches!(
        speech_verb(ws[i].text),
        Some("call" | "name" | "dub" | "term" | "bill" | "style")
    );
    let before = i.checked_sub(1).map(|k| ws[k].text);
    let after = ws.get(i + 1).map(|w| w.text);
    naming
        && after.is_some_and(|w| w.starts_with(char::is_uppercase))
        // (A common noun before it, not a pronoun, an auxiliary or another function word:
        // "they called Jo", "was called Kessel".)
        && before.is_some_and(|w| {
            w.chars().all(char::is_lowercase)
                && !is_stopword(w)
                && !is_in(&PERSON_TITLES, w)
                && !is_in(&ROLE_NOUNS, w)
                && !w.ends_with("ly")
        })
}

/// The body a spokesman's phrase names ("A US Embassy spokesman", "A Department for Media,
/// Culture and Sport spokeswoman"): the entity of that name, else the name as printed. A
/// single word stands for an entity only under its own name, never as another's short form
/// (a "Five spokesman" is not the band "Jackson Five").
fn spoken_for(ctx: &Ctx, np: &str) -> Option<QuoteAttribution> {
    let ws = words(np);
    let first = ws
        .iter()
        .position(|w| is_name_word(w.text) && !matches!(w.text, "A" | "An" | "The"))?;
    let last = ws.iter().rposition(|w| is_name_word(w.text))?;
    let span = super::words::strip_possessive(&np[ws[first].start..ws[last].end]);
    let own_name = |e: usize| name_key(&ctx.entities.entities[e].name) == name_key(span);
    let whole = ctx
        .entities
        .resolve_exact(span)
        .filter(|&e| span.contains(' ') || own_name(e));
    Some(match whole {
        Some(e) => QuoteAttribution {
            entity: Some(e),
            ..Default::default()
        },
        None => QuoteAttribution {
            printed: Some(span.to_string()),
            ..Default::default()
        },
    })
}

/// The body whose spokesperson a pronoun at `offset` stands for: "A Velm Party spokesman
/// (or a spokesman for the Velm Party) said the party avoided such calls. “We have legal
/// advice,” he said." The spokesperson is named in the same paragraph, at most two
/// sentences before the pronoun's, with no person named between, and the pronoun fits the
/// word ("spokeswoman" is "she").
fn spokesperson_before(
    ctx: &Ctx,
    offset: usize,
    gender: Option<Gender>,
) -> Option<QuoteAttribution> {
    let before = &ctx.text[..offset];
    let (at, word) = ["spokesman", "spokeswoman", "spokesperson"]
        .iter()
        .filter_map(|w| before.rfind(w).map(|at| (at, *w)))
        .max()?;
    // ("A spokeswoman said …, he said": "he" is someone else.)
    if matches!(
        (word, gender),
        ("spokesman", Some(Gender::Female)) | ("spokeswoman", Some(Gender::Male))
    ) {
        return None;
    }
    // (At most two full stops between: the spokesperson's sentence and one more.)
    let between = &before[at..];
    if between.matches(". ").count() + between.matches(".\u{201d} ").count() > 2 {
        return None;
    }
    let someone_between = ctx
        .entities
        .mentions_between(ctx.s, ctx.p, (ctx.p, offset))
        .iter()
        .any(|m| m.offset() > at && ctx.entities.is_person(m.entity()));
    if someone_between {
        return None;
    }
    let head = &before[..at];
    let ws = words(head);
    let opening = ws
        .iter()
        .rposition(|w| matches!(w.text, "A" | "a" | "An" | "an" | "The" | "the"))?;
    // "Jo Roe, a spokesman for Velm Air, said …": the person set off before it speaks.
    if head[..ws[opening].start].trim_end().ends_with(',') {
        return None;
    }
    // "A spokesman for the Velm Party": the name after "for".
    let after = words(&before[at..]);
    if opening + 1 == ws.len() && after.get(1).is_some_and(|w| w.text == "for") {
        let from = if after.get(2).is_some_and(|w| w.text == "the") {
            3
        } else {
            2
        };
        let run = after[from..]
            .iter()
            .take_while(|w| is_name_word(w.text))
            .count();
        return (run > 0)
            .then(|| {
                let np = &before[at + after[from].start..at + after[from + run - 1].end];
                spoken_for(ctx, np)
            })
            .flatten();
    }
    // The phrase from its article: "A Velm Party spokesman".
    if ws.len() - opening > 6 || !ws[opening + 1..].iter().all(|w| is_name_word(w.text)) {
        return None;
    }
    // "The Velm Party spokesman" may be someone named before ("Jo Roe, the party's
    // spokesman, …"): the body speaks only when nobody was named in this paragraph or the
    // one before.
    let definite = ws[opening].text.eq_ignore_ascii_case("the");
    let named_before = || {
        ctx.entities
            .mentions_between(ctx.s, ctx.p.saturating_sub(1), (ctx.p, at))
            .iter()
            .any(|m| ctx.entities.is_person(m.entity()))
    };
    if definite && named_before() {
        return None;
    }
    spoken_for(ctx, &head[ws[opening].start..])
}

/// Whether `name` is the appositive naming the holder of the title `titled` ends with:
/// "Aid Commissioner, Jo Roe, …".
fn titled_by(sentence: &str, titled: &(usize, String), name: &(usize, String)) -> bool {
    let end = titled.0 + titled.1.len();
    let last = titled.1.rsplit(' ').next().unwrap_or("").to_lowercase();
    (is_in(&PERSON_TITLES, &last) || is_in(&ROLE_NOUNS, &last))
        && sentence[end..name.0].trim() == ","
        && sentence[name.0 + name.1.len()..]
            .trim_start()
            .starts_with(',')
}

/// A sentence that opens with a group of people as its subject ("Protesters chanted", "Her
/// supporters sang"): the group, named after the person a possessive pronoun stands for.
fn group_subject(
    ctx: &Ctx,
    base: usize,
    sentence: &str,
    before: &[Word],
) -> Option<QuoteAttribution> {
    let first = before.first()?;
    if !sentence[..first.start].trim().is_empty() {
        return None;
    }
    let owner = match first.text.to_lowercase().as_str() {
        "his" => Some(Some(Gender::Male)),
        "her" => Some(Some(Gender::Female)),
        "their" => Some(None),
        "the" | "many" | "some" | "hundreds" | "thousands" => None,
        _ => {
            if is_group_noun(first.text) {
                return Some(QuoteAttribution {
                    printed: Some(first.text.to_string()),
                    ..Default::default()
                });
            }
            return None;
        }
    };
    let noun = before.get(1)?;
    if !is_group_noun(noun.text) || !sentence[first.end..noun.start].trim().is_empty() {
        return None;
    }
    let printed = match owner {
        Some(gender) => {
            let e = pronoun_referent(ctx, base + first.start, gender)?;
            format!("{}'s {}", ctx.entities.entities[e].name, noun.text)
        }
        None => noun.text.to_string(),
    };
    Some(QuoteAttribution {
        printed: Some(printed),
        ..Default::default()
    })
}

/// Plural nouns for crowds of people who may chant or sing together.
fn is_group_noun(w: &str) -> bool {
    let l = w.to_lowercase();
    matches!(
        l.as_str(),
        "supporters"
            | "protesters"
            | "protestors"
            | "demonstrators"
            | "fans"
            | "crowds"
            | "crowd"
            | "marchers"
            | "activists"
            | "voters"
            | "residents"
            | "students"
            | "workers"
            | "followers"
            | "mourners"
            | "onlookers"
            | "spectators"
    )
}

/// A common-noun subject right before the verb: `The airline statement said`, `Germany's
/// foreign ministry says`. None when a name or pronoun stands there instead.
fn noun_phrase_subject(
    sentence: &str,
    before: &[Word],
    verb_start: usize,
) -> Option<(usize, String)> {
    let mut end = before.len();
    // "in a statement" stands between a subject and its verb; "The statement also says" has
    // the statement as its subject.
    let subject_statement = |end: usize| {
        before[end - 1].text == "statement"
            && end >= 2
            && !(end >= 3 && before[end - 3].text == "in")
    };
    while end > 0 && is_adverb_or_aux(before[end - 1].text) && !subject_statement(end) {
        end -= 1;
    }
    let last = before.get(end.checked_sub(1)?)?;
    // An appositive's last word ("…, a former inspector, told", "… - its largest investor -
    // said") is not the subject.
    if sentence[last.end..verb_start].contains([',', ';', ':', '-', '–', '—']) {
        return None;
    }
    // "A spokesman for the UK Film Council said": the phrase runs on past its head noun to
    // the body it speaks for.
    if is_name_word(last.text) {
        let mut k = end - 1;
        while k > 0 && is_name_word(before[k - 1].text) {
            k -= 1;
        }
        if k > 0 && before[k - 1].text == "the" {
            k -= 1;
        }
        let spoke_for = k >= 2
            && matches!(before[k - 1].text, "for" | "of" | "at")
            && matches!(
                before[k - 2].text.to_lowercase().as_str(),
                "spokesman" | "spokeswoman" | "spokesperson" | "representative"
            )
            && sentence[before[k - 2].end..last.end]
                .chars()
                .all(|c| c != ',');
        if spoke_for {
            end = k - 1;
        }
    }
    let head = before.get(end.checked_sub(1)?)?;
    let lower = head.text.to_lowercase();
    if !head.text.starts_with(char::is_lowercase)
        || person_pronoun(head.text)
        || !(is_org_noun(&lower)
            || is_in(&ROLE_NOUNS, &lower)
            || is_in(&PERSON_TITLES, &lower)
            || matches!(
                lower.as_str(),
                "statement"
                    | "post"
                    | "spokesman"
                    | "spokeswoman"
                    | "spokesperson"
                    | "source"
                    | "officials"
                    | "office"
                    | "tweet"
                    | "report"
                    | "campaign"
                    | "team"
            )
            || is_kin_noun(&lower))
    {
        return None;
    }
    // Walk back over the noun phrase: lower-case words and possessive names, to a determiner.
    let mut start = end - 1;
    let mut joined = false;
    while start > 0 {
        let prev = &before[start - 1];
        let gap = &sentence[prev.end..before[start].start];
        // "Media, Culture and Sport": a comma inside a body's name that "and" closes.
        let listed = gap.trim() == ","
            && joined
            && is_name_word(prev.text)
            && is_name_word(before[start].text);
        if !gap.chars().all(|c| c == ' ') && !listed {
            break;
        }
        let pl = prev.text.to_lowercase();
        // "A Department for Education and Skills spokeswoman", "A Top of the Pops
        // spokesperson": a body's name with its joining words, between capitalised words.
        let joins_name = match pl.as_str() {
            "and" | "for" | "of" | "&" => {
                (is_name_word(before[start].text) || before[start].text == "the")
                    && start >= 2
                    && is_name_word(before[start - 2].text)
            }
            "the" => {
                start >= 2 && before[start - 2].text == "of" && is_name_word(before[start].text)
            }
            _ => false,
        };
        if !joins_name
            && matches!(
                pl.as_str(),
                "the" | "a" | "an" | "its" | "their" | "his" | "her"
            )
        {
            start -= 1;
            break;
        }
        let possessive = super::words::strip_possessive(prev.text) != prev.text;
        // "the 47-year-old director": an age describes the person.
        let age = pl.ends_with("-year-old");
        if !(prev.text.starts_with(char::is_lowercase) && !is_stopword(&pl)
            || age
            || possessive
            || joins_name
            || is_name_word(prev.text) && (end - start <= 3 || joined))
        {
            break;
        }
        joined |= joins_name;
        start -= 1;
    }
    Some((
        before[start].start,
        sentence[before[start].start..last.end].to_string(),
    ))
}

/// A noun-phrase subject: the organisation it stands for, the person a definite title names,
/// or, for an institution named by a possessive ("Germany's foreign ministry"), the phrase.
fn resolve_noun_phrase(ctx: &Ctx, offset: usize, np: &str, clause: &str) -> QuoteAttribution {
    let venue = venue(clause);
    let ws: Vec<String> = np
        .split_whitespace()
        .map(|w| super::words::strip_possessive(w).to_lowercase())
        .collect();
    let head = ws.last().cloned().unwrap_or_default();
    let named_possessive = np
        .split_whitespace()
        .any(|w| super::words::strip_possessive(w) != w && w.starts_with(char::is_uppercase));
    let mut a = QuoteAttribution {
        venue,
        ..Default::default()
    };
    // "Prime Minister Jo Li's office says": the person, through their office.
    let through = matches!(
        head.as_str(),
        "office"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "aide"
            | "aides"
            | "team"
            | "campaign"
            | "lawyer"
            | "lawyers"
    );
    // The person a possessive in the phrase names: "Jo Li's office", "Jo Li's family".
    let owner = || {
        let at = np
            .split_whitespace()
            .position(|w| super::words::strip_possessive(w) != w)?;
        let name: Vec<&str> = np.split_whitespace().take(at + 1).collect();
        let name = super::words::strip_possessive(&name.join(" ")).to_string();
        ctx.entities
            .resolve(&name)
            .filter(|&e| ctx.entities.is_person(e))
    };
    if through {
        if let Some(e) = owner() {
            a.entity = Some(e);
            return a;
        }
    }
    // "Liam's family said": the family of the person named speaks, as a speaker of its own.
    if let Some(e) = is_kin_noun(&head).then(owner).flatten() {
        let apostrophe = if np.contains('’') { '’' } else { '\'' };
        let person = &ctx.entities.entities[e].name;
        a.printed = Some(format!("{person}{apostrophe}s {head}"));
        return a;
    }
    if head == "source" {
        // "A Department for Education source said": the body named, else nobody named.
        if let Some(body) = spoken_for(ctx, np) {
            a.entity = body.entity;
            a.printed = body.printed;
        }
    } else if matches!(head.as_str(), "spokesman" | "spokeswoman" | "spokesperson") {
        // "A US Embassy spokesman said": the organisation the phrase names; "But a spokesman
        // added:": the organisation last named speaks through its spokesman.
        match spoken_for(ctx, np) {
            Some(body) => {
                a.entity = body.entity;
                a.printed = body.printed;
            }
            None => a.entity = noun_referent(ctx, offset, &head),
        }
    } else if is_in(&PERSON_TITLES, &head) || is_in(&ROLE_NOUNS, &head) {
        // "the US president": someone already named; "one employee": nobody named.
        if ws.first().is_some_and(|w| w == "the") {
            a.entity = ctx
                .entities
                .holder_of_title(np)
                .or_else(|| pronoun_referent(ctx, offset, None));
        } else {
            a.anonymous = true;
        }
    } else if named_possessive && is_org_noun(&head) {
        // "Norway's health ministry": the institution named elsewhere as "Health Ministry
        // of Norway", or else the phrase as printed.
        a.entity = possessive_as_of(np).and_then(|name| ctx.entities.resolve_exact(&name));
        if a.entity.is_none() {
            a.printed = Some(np.to_string());
        }
    } else if ws.iter().any(|w| {
        is_org_noun(w)
            || matches!(
                w.as_str(),
                "statement" | "spokesman" | "spokeswoman" | "spokesperson" | "officials"
            )
    }) {
        // "A State Department statement": the name inside. "The ministry said": the
        // ministry that spoke last; "a statement": whoever last reported; else the
        // organisation last named.
        // ("A spokesman for Whitlock": a person's surname is enough.)
        let inner_name = name_runs(np).iter().rev().find_map(|r| {
            ctx.entities.resolve_exact(&r.surface).or_else(|| {
                let surname = name_key(&r.surface);
                ctx.entities.resolve(&r.surface).filter(|&e| {
                    ctx.entities.is_person(e)
                        && name_key(&ctx.entities.entities[e].name)
                            .ends_with(&format!(" {surname}"))
                })
            })
        });
        let definite = ws.first().is_some_and(|w| w == "the") && ws.len() <= 3;
        let wanted = (definite && is_org_noun(&head)).then_some(head.as_str());
        let earlier = inner_name
            .map(|e| QuoteAttribution {
                entity: Some(e),
                ..Default::default()
            })
            .or_else(|| {
                (wanted.is_some() || head == "statement" && ws.len() <= 3)
                    .then(|| recent_reporter(ctx, offset, wanted, true))
                    .flatten()
            });
        match earlier {
            Some(found) => {
                a.entity = found.entity;
                a.printed = found.printed;
            }
            // Looking back for who "it" is, an unowned statement tells nothing.
            None if ctx.nested && head == "statement" => {}
            None => {
                let named = noun_referent(ctx, offset, "statement");
                // "The government says …" where no government is named: the body as
                // printed, not the last one named (a party, a firm). ("The company said"
                // stands for the last firm named, whatever its name.)
                match (wanted, named) {
                    (Some(h), Some(e))
                        if is_state_body(h) && !same_head(&ctx.entities.entities[e].name, h) =>
                    {
                        a.printed = Some(np.to_string());
                    }
                    _ => a.entity = named,
                }
            }
        }
    }
    // A subject the text gives but we cannot name: unattributed, not someone earlier.
    a.anonymous |= a.entity.is_none() && a.printed.is_none();
    a
}

/// The kin who speak for a person named before them ("Liam's family said"), in lower case.
fn is_kin_noun(lower: &str) -> bool {
    matches!(
        lower,
        "family" | "relatives" | "parents" | "widow" | "widower"
    )
}

/// "Norway's health ministry" → "health ministry of Norway": the other way an institution
/// is named, to look up in the entity index.
fn possessive_as_of(np: &str) -> Option<String> {
    let parts: Vec<&str> = np.split_whitespace().collect();
    let owner = parts
        .iter()
        .position(|w| super::words::strip_possessive(w) != *w)?;
    if owner + 1 >= parts.len() {
        return None;
    }
    let first = if parts[0].eq_ignore_ascii_case("the") {
        1
    } else {
        0
    };
    let owner_name = parts[first..=owner].join(" ");
    Some(format!(
        "{} of {}",
        parts[owner + 1..].join(" "),
        super::words::strip_possessive(&owner_name)
    ))
}

/// Same head noun, singular or plural: "airline" names "Acme Airlines".
fn same_head(name: &str, head: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or(name).to_lowercase();
    let one = |w: &str| w.strip_suffix('s').unwrap_or(w).to_string();
    one(&last) == one(head)
}

/// The speaker of the latest earlier sentence that reports speech (`Germany's foreign ministry
/// says …`, `A statement by Jo Li says …`): what "the ministry", "the statement" or "it" in a
/// later sentence stands for. With `head`, only a speaker named by that noun; `people` allows
/// a person (a statement has an author, "it" does not).
fn recent_reporter(
    ctx: &Ctx,
    offset: usize,
    head: Option<&str>,
    people: bool,
) -> Option<QuoteAttribution> {
    if ctx.nested {
        return None;
    }
    // A head noun ("the ministry") names its speaker surely enough to look further back.
    let (paragraphs, sentences) = if head.is_some() { (3, 6) } else { (2, 3) };
    let mut looked = 0;
    for p in (ctx.p.saturating_sub(paragraphs)..=ctx.p).rev() {
        let para = &ctx.paras[p];
        if para.role != BlockRole::Paragraph {
            continue;
        }
        for st in para.sentences.iter().rev() {
            if p == ctx.p && st.end > offset {
                continue;
            }
            looked += 1;
            if looked > sentences {
                return None;
            }
            let masked = mask_quoted(para.text_of(st));
            let ws = words(&masked);
            let Some(v) = (0..ws.len()).find(|&i| speech_verb(ws[i].text).is_some()) else {
                continue;
            };
            let inner = Ctx {
                p,
                text: &para.text,
                nested: true,
                ..*ctx
            };
            // "“…,” said the broadcaster." names its speaker after the verb.
            let opens_with_quote = ws[..v].iter().all(|w| is_adverb_or_aux(w.text));
            let found = before_attribution(&inner, st.start, st.start + ws[v].end).or_else(|| {
                opens_with_quote
                    .then(|| after_attribution(&inner, st.start + ws[v].start, st.end))
                    .flatten()
            });
            let Some(found) = found else {
                continue;
            };
            let fits = |name: &str| head.is_none_or(|h| same_head(name, h));
            if let Some(e) = found.entity {
                let entity = &ctx.entities.entities[e];
                let person = ctx.entities.is_person(e);
                if fits(&entity.name) && (people || !person) {
                    return Some(found);
                }
            } else if found.printed.as_deref().is_some_and(fits) {
                return Some(found);
            }
        }
    }
    None
}

/// The text with every quoted span blanked out (same byte length, so offsets hold).
fn mask_quoted(text: &str) -> String {
    let mut out = text.to_string();
    for span in find_spans(text) {
        let blank: String = text[span.start..span.end]
            .chars()
            .map(|c| " ".repeat(c.len_utf8()))
            .collect();
        out.replace_range(span.start..span.end, &blank);
    }
    out
}

/// Name runs and pronouns before a verb that are not objects of a preposition and not inside
/// an appositive between commas.
fn subject_candidates(sentence: &str, ws: &[Word], verb_start: usize) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let w = &ws[i];
        // "A statement by Jo Li says": the author is the subject, though after "by".
        let authored = i > 1
            && matches!(ws[i - 1].text, "by" | "from")
            && matches!(
                ws[i - 2].text.to_lowercase().as_str(),
                "statement" | "letter" | "post" | "tweet" | "message" | "video"
            );
        // "outside the Grand Hotel", "in the town hall": a determiner may stand between.
        let after_prep = i > 0
            && (is_preposition(ws[i - 1].text)
                || i > 1
                    && matches!(ws[i - 1].text, "the" | "a" | "an")
                    && is_preposition(ws[i - 2].text))
            && !authored;
        if person_pronoun(w.text) {
            if !after_prep {
                out.push((w.start, w.text.to_string()));
            }
            i += 1;
            continue;
        }
        // "the president continued", "the Bishop said": a definite description of someone
        // already named. (A capital only on a title: "the Senate said" is no one's.)
        if w.text.eq_ignore_ascii_case("the") && !after_prep {
            if let Some(n) = ws.get(i + 1) {
                let lower = n.text.to_lowercase();
                if (is_in(&PERSON_TITLES, &lower)
                    || n.text.chars().next().is_some_and(char::is_lowercase)
                        && is_in(&ROLE_NOUNS, &lower))
                    && ws.get(i + 2).is_none()
                {
                    out.push((w.start, sentence[w.start..n.end].to_string()));
                    i += 2;
                    continue;
                }
            }
        }
        // "May wrote": a surname spelt like a month, right before the verb (a month is no
        // one's subject).
        if i + 1 == ws.len()
            && !after_prep
            && super::lexicon::is_calendar_word(w.text)
            && w.text.starts_with(char::is_uppercase)
            && sentence[w.end..verb_start].chars().all(|c| c == ' ')
        {
            out.push((w.start, w.text.to_string()));
            i += 1;
            continue;
        }
        if is_name_word(w.text) || is_in(&PERSON_TITLES, &w.text.to_lowercase()) {
            let mut j = i;
            while j + 1 < ws.len()
                && (sentence[ws[j].end..ws[j + 1].start]
                    .chars()
                    .all(|c| c == ' ')
                    && (is_name_word(ws[j + 1].text)
                        || is_surname_particle(ws[j + 1].text)
                        || matches!(ws[j + 1].text, "of" | "the")
                        || ws[j + 1].text == "for"
                            && ws.get(j + 2).is_some_and(|n| {
                                is_name_word(n.text)
                                    || n.text == "the"
                                        && ws.get(j + 3).is_some_and(|n| is_name_word(n.text))
                            })
                        || is_in(&PERSON_TITLES, &ws[j + 1].text.to_lowercase()))
                    || super::words::calendar_name_end(sentence, ws, j))
            {
                j += 1;
            }
            let mut first = i;
            while first < j
                && (is_stopword(&ws[first].text.to_lowercase())
                    || is_in(&SENTENCE_OPENERS, ws[first].text)
                    || super::words::is_number_word(ws[first].text)
                    || first == 0 && ws[first].text.ends_with("ing"))
            {
                first += 1;
            }
            // ("Writing his column, the minister said": an opening participle before its
            // object, not a name; "Boeing itself said", "Boeing on Monday said" keep theirs.)
            let participle = j == 0
                && ws[j].text.ends_with("ing")
                && ws.get(1).is_some_and(|n| {
                    matches!(
                        n.text,
                        "the"
                            | "a"
                            | "an"
                            | "his"
                            | "her"
                            | "their"
                            | "its"
                            | "our"
                            | "my"
                            | "this"
                    )
                });
            if first == j
                && (is_in(&SENTENCE_OPENERS, ws[j].text)
                    || j == 0 && ws[j].text.ends_with("ly")
                    || participle)
            {
                i = j + 1;
                continue;
            }
            let surface = &sentence[ws[first].start..ws[j].end];
            if first == j && is_stopword(&ws[j].text.to_lowercase()) {
                i = j + 1;
                continue;
            }
            let only_title = (i..=j).all(|k| is_in(&PERSON_TITLES, &ws[k].text.to_lowercase()))
                || super::words::strip_possessive(ws[j].text) != ws[j].text;
            // "waved Chilean flags": a nationality before a common noun describes it.
            let adjective = first == j
                && super::entities::is_demonym(ws[j].text)
                && ws.get(j + 1).is_some_and(|n| {
                    n.text.starts_with(char::is_lowercase) && !is_adverb_or_aux(n.text)
                });
            // "his Christmas message", "her Velm home": a name after a possessive
            // determiner describes what someone has; it is no subject. ("Her director Jo
            // Roe" is: a title stands between.)
            let possessed = first > 0
                && sentence[ws[first - 1].end..ws[first].start]
                    .trim()
                    .is_empty()
                && matches!(
                    ws[first - 1].text.to_lowercase().as_str(),
                    "his" | "her" | "its" | "their" | "our" | "my" | "your"
                )
                && !is_in(&PERSON_TITLES, &ws[first].text.to_lowercase())
                && !is_in(&ROLE_NOUNS, &ws[first].text.to_lowercase());
            if !after_prep && !only_title && !adjective && !possessed {
                out.push((ws[first].start, surface.to_string()));
            }
            i = j + 1;
            continue;
        }
        i += 1;
    }
    // Drop candidates inside an appositive: a comma-delimited segment that opens with a
    // lower-case word (", a farmer on whose land…,", ", speaking in Oslo with X,") and closes
    // before the verb.
    // Segments run up to the verb, so an appositive's closing comma counts. Dashes set one
    // off as commas do ("Mr Roe - himself a former executive at Acme - said").
    let verb_at = verb_start;
    let mut segments: Vec<(usize, usize)> = Vec::new();
    let mut seg_start = 0;
    for (k, c) in sentence[..verb_at].char_indices() {
        let dash = matches!(c, '—' | '–')
            || c == '-' && sentence[..k].ends_with(' ') && sentence[k + 1..].starts_with(' ');
        if c == ',' || dash {
            segments.push((seg_start, k));
            seg_start = k + c.len_utf8();
        }
    }
    let appositive = |pos: usize| {
        segments.iter().skip(1).any(|&(a, b)| {
            pos >= a
                && pos < b
                && sentence[a..b]
                    .trim_start()
                    .chars()
                    .next()
                    .is_some_and(char::is_lowercase)
        })
    };
    // "Jo Roe, who presents The Velm Hour tells …": a relative clause whose closing comma
    // was left out still runs up to the verb; its names are no subject when one comes
    // before it.
    // (The relative word is the clause's subject, a verb after it: not "which Jo Li
    // described as", where the name is the subject of the speech verb.)
    let relative = words(&sentence[seg_start..verb_at]);
    let open_relative = seg_start > 0
        && matches!(relative.first().map(|w| w.text), Some("who" | "which"))
        && relative.get(1).is_some_and(|w| {
            w.text.starts_with(char::is_lowercase)
                && !person_pronoun(w.text)
                && !is_stopword(w.text)
        });
    let kept: Vec<(usize, String)> = out
        .into_iter()
        .filter(|(pos, _)| !appositive(*pos))
        .collect();
    if open_relative && kept.iter().any(|(pos, _)| *pos < seg_start) {
        return kept
            .into_iter()
            .filter(|(pos, _)| *pos < seg_start)
            .collect();
    }
    kept
}

fn resolve(ctx: &Ctx, offset: usize, surface: &str, clause: &str) -> QuoteAttribution {
    let venue = venue(clause);
    let first = surface.split_whitespace().next().unwrap_or("");
    let lower = surface.to_lowercase();
    // ("the 36-year-old said": an age stands for someone named before, as a title does.)
    let definite_person = lower.strip_prefix("the ").is_some_and(|rest| {
        let last = rest.rsplit(' ').next().unwrap_or(rest);
        is_in(&PERSON_TITLES, last) || is_in(&ROLE_NOUNS, last) || last.ends_with("-year-old")
    });
    let entity = if definite_person {
        // "the Bishop said": the person last named with that title ("the Bishop of Velm,
        // Jo Roe"), else whoever was talked about last.
        let title = lower.rsplit(' ').next().unwrap_or(&lower);
        titled_referent(ctx, offset, title).or_else(|| pronoun_referent(ctx, offset, None))
    } else if person_pronoun(first) {
        if let Some(body) = spokesperson_before(ctx, offset, Gender::of_pronoun(first)) {
            return QuoteAttribution { venue, ..body };
        }
        pronoun_referent(ctx, offset, Gender::of_pronoun(first))
    } else {
        // The name as its own article resolves it ("Lee" after "Spike Lee"), else as the
        // story does.
        let single_name = !surface.trim().contains(' ');
        single_name
            .then(|| ctx.entities.mention_at(ctx.s, ctx.p, offset))
            .flatten()
            .or_else(|| ctx.entities.resolve(surface))
            .or_else(|| noun_referent(ctx, offset, surface))
    };
    let printed = if entity.is_none()
        && !person_pronoun(first)
        && words(surface)
            .iter()
            .any(|w| is_name_word(w.text) && !is_stopword(&w.text.to_lowercase()))
    {
        Some(surface.trim_start_matches("The ").to_string())
    } else {
        None
    };
    QuoteAttribution {
        entity,
        printed,
        venue,
        anonymous: false,
        claim: false,
    }
}

/// The most recent person named (or quoted) before `offset` in this or the two paragraphs
/// before it.
/// The person last named, before `offset` in this or the two paragraphs before, right after
/// `title` ("Bishop Jo Roe", "the Bishop of Velm, the Rev Jo Roe": only names and "of"
/// between), outside quotations. Not after a title of another office: "the chancellor" is
/// not "shadow chancellor Jo Roe", nor "former chancellor Jo Roe".
fn titled_referent(ctx: &Ctx, offset: usize, title: &str) -> Option<usize> {
    const REACH: usize = 60;
    let window = ctx
        .entities
        .mentions_between(ctx.s, ctx.p.saturating_sub(2), (ctx.p, offset));
    let titled = |m: &Mention| -> Option<bool> {
        let text = ctx.paras.get(m.paragraph())?.text.as_str();
        let mut from = m.offset().saturating_sub(REACH);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let words: Vec<&str> = text
            .get(from..m.offset())?
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .collect();
        let at = words.iter().rposition(|w| w.eq_ignore_ascii_case(title))?;
        let between_names = words[at + 1..]
            .iter()
            .all(|w| matches!(*w, "of" | "the") || w.starts_with(char::is_uppercase));
        let other_office = at > 0
            && matches!(
                words[at - 1].to_lowercase().as_str(),
                "shadow" | "former" | "ex" | "deputy" | "vice" | "assistant" | "junior"
            );
        Some(between_names && !other_office)
    };
    window.iter().rev().find_map(|m| {
        (ctx.entities.is_person(m.entity()) && !ctx.in_quote(m) && titled(m) == Some(true))
            .then(|| m.entity())
    })
}

fn pronoun_referent(ctx: &Ctx, offset: usize, gender: Option<Gender>) -> Option<usize> {
    pronoun_referent_except(ctx, offset, gender, None)
}

/// [`pronoun_referent`], never answering `except`.
fn pronoun_referent_except(
    ctx: &Ctx,
    offset: usize,
    gender: Option<Gender>,
    except: Option<usize>,
) -> Option<usize> {
    // The subject of the latest sentence that names a person: its first person mention that
    // is not the object of a preposition ("Speaking alongside X, she said" is not X).
    let window = ctx
        .entities
        .mentions_between(ctx.s, ctx.p.saturating_sub(2), (ctx.p, offset));
    // A name in the possessive is what someone has ("Li's film … says Jo Roe"): the
    // sentence's subject only when no other name there could be.
    let possessive = |m: &Mention| {
        ctx.paras.get(m.paragraph()).is_some_and(|para| {
            para.text
                .get(m.end()..)
                .is_some_and(|after| after.starts_with(['\'', '’']))
        })
    };
    // A name after "he" or "she" in its sentence is not that sentence's subject: the
    // pronoun is, and it stands for someone named before ("Jo Roe says the film will fail.
    // But he believes Li's film is too political. … he said": Roe). (Not a pronoun inside a
    // quotation: "“He will lose,” Jo Roe said.")
    let after_pronoun = |m: &Mention| {
        let (start, words) = sentence_before(ctx, m);
        let quoted = |at: usize| {
            ctx.quoted[m.paragraph()]
                .iter()
                .any(|&(a, b)| (a..b).contains(&at))
        };
        words
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !quoted(start + (w.as_ptr() as usize - words.as_ptr() as usize)))
            .filter_map(|w| match w {
                "he" | "He" => Gender::of_pronoun("he"),
                "she" | "She" => Gender::of_pronoun("she"),
                _ => None,
            })
            .any(|g| gender.is_none_or(|wanted| wanted == g))
    };
    // A name that only describes the person named after it ("Velm Party chairman Jo Roe")
    // is not the sentence's subject: that person is.
    let describes_next = |m: &Mention| {
        let Some(after) = ctx
            .paras
            .get(m.paragraph())
            .and_then(|p| p.text.get(m.end()..))
        else {
            return false;
        };
        let ws = words(after);
        let role = ws.iter().take(3).position(|w| {
            let lower = w.text.to_lowercase();
            w.text.starts_with(char::is_lowercase)
                && (is_in(&ROLE_NOUNS, &lower) || is_in(&PERSON_TITLES, &lower))
        });
        role.is_some_and(|r| {
            ws[..r]
                .iter()
                .all(|w| w.text.starts_with(char::is_lowercase))
                && after.starts_with(' ')
                && !after[..ws[r].start].contains(|c: char| c.is_ascii_punctuation())
                && ws.get(r + 1).is_some_and(|n| is_name_word(n.text))
                && after[ws[r].end..ws[r + 1].start].trim().is_empty()
        })
    };
    // "Asked if Jo Roe could return, he replied": whom the question was about is not
    // who answers it.
    let asked_about = |m: &Mention| {
        let (_, opening) = sentence_before(ctx, m);
        opening.starts_with("Asked ") && !opening.contains([',', ';', ':'])
    };
    // "The minister shrugged off claims from party leader Jo Roe that …": the claimant is
    // not the sentence's subject.
    let claimant = |m: &Mention| {
        let (_, opening) = sentence_before(ctx, m);
        let ws = words(opening);
        // ("from party leader Jo Roe": a few words of description may stand between.)
        let by = (ws.len().saturating_sub(5)..ws.len())
            .rev()
            .find(|&k| matches!(ws[k].text, "from" | "by"));
        by.is_some_and(|k| {
            k >= 1
                && CLAIM_NOUNS.contains(&ws[k - 1].text)
                && !opening[ws[k].end..].contains([',', ';', ':', '.'])
        })
    };
    // (The cheap tests first: the others read the text around each mention.)
    let before = |m: &&Mention| {
        (m.paragraph() < ctx.p || m.end() <= offset)
            && Some(m.entity()) != except
            && ctx.entities.is_person(m.entity())
            && !m.after_preposition
            && !matches!((gender, ctx.entities.gender[m.entity()]), (Some(a), Some(b)) if a != b)
            && !ctx.in_quote(m)
            && !describes_next(m)
            && !asked_about(m)
            && !claimant(m)
            && !after_pronoun(m)
    };
    let subject = super::entities::latest_sentence_subject_preferring(
        window,
        |m| before(&m),
        |m| !possessive(m),
    );
    // "Smith appointed him minister but he left": the named subject cannot be "him", and the
    // "he" that follows continues "him" — the person already talked about before that sentence.
    if let (Some(m), Some(g), false) = (subject, gender, ctx.nested) {
        if let Some(object) = object_pronoun_referent(ctx, m, g) {
            return Some(object);
        }
    }
    let speaker = ctx
        .recent_speaker
        .filter(|&(_, _, e)| Some(e) != except)
        // ("He said" is never the organisation quoted last, unless it spoke through a
        // spokesman; "the spokesman said" may be.)
        .filter(|&(p, o, e)| {
            gender.is_none()
                || !matches!(
                    ctx.entities.entities[e].kind.as_str(),
                    "organization" | "place"
                )
                || gender.is_some_and(|g| spoke_through(ctx, p, o, g))
        })
        .filter(|(p, o, _)| *p < ctx.p || *p == ctx.p && *o <= offset)
        .filter(|(p, _, _)| ctx.p - p <= 2)
        .filter(
            |(_, _, e)| !matches!((gender, ctx.entities.gender[*e]), (Some(a), Some(b)) if a != b),
        );
    match (subject, speaker) {
        (Some(m), Some((p, o, e))) => Some(if (p, o) > (m.paragraph(), m.offset()) {
            e
        } else {
            m.entity()
        }),
        (Some(m), None) => Some(m.entity()),
        (None, Some((_, _, e))) => Some(e),
        (None, None) => None,
    }
}

/// The start of the sentence of mention `m` in its paragraph, and the sentence's text before
/// the mention.
fn sentence_before<'t>(ctx: &Ctx<'t>, m: &Mention) -> (usize, &'t str) {
    let Some(para) = ctx.paras.get(m.paragraph()) else {
        return (0, "");
    };
    let start = para.sentences.get(m.sentence()).map_or(0, |s| s.start);
    (start, para.text.get(start..m.offset()).unwrap_or_default())
}

/// True when the sentence at byte `offset` of paragraph `p` names a spokesperson the
/// pronoun of gender `gender` can stand for: a body's quote given by "a spokeswoman" goes on
/// with "she added".
fn spoke_through(ctx: &Ctx, p: usize, offset: usize, gender: Gender) -> bool {
    let Some(para) = ctx.paras.get(p) else {
        return false;
    };
    let Some(sentence) = para.sentences.iter().find(|s| offset < s.end) else {
        return false;
    };
    let text = para
        .text
        .get(sentence.start..sentence.end)
        .unwrap_or_default();
    let word = match gender {
        Gender::Female => "spokeswoman",
        Gender::Male => "spokesman",
    };
    text.contains(word) || text.contains("spokesperson")
}

/// When the sentence of `subject` goes on to refer to someone else of the pronoun's gender as
/// an object ("X appointed him", "X thanked her."), the person that object pronoun stands for:
/// the referent before that sentence, other than `subject`.
fn object_pronoun_referent(ctx: &Ctx, subject: &Mention, gender: Gender) -> Option<usize> {
    let para = ctx.paras.get(subject.paragraph())?;
    let sentence = para.sentences.get(subject.sentence())?;
    let end = if subject.paragraph() == ctx.p {
        sentence.end.min(ctx.text.len())
    } else {
        sentence.end
    };
    let tail = para.text.get(subject.end()..end)?;
    let object = words(tail).iter().any(|w| match (w.text, gender) {
        ("him", Gender::Male) => true,
        ("her", Gender::Female) => {
            // "her" as an object, not a possessive: punctuation or a preposition follows.
            let rest = tail[w.end..].trim_start();
            rest.is_empty()
                || rest.starts_with([',', '.', ';', ':'])
                || matches!(
                    rest.split_whitespace().next(),
                    Some("to" | "as" | "for" | "with" | "in" | "on" | "at" | "after" | "and")
                )
        }
        _ => false,
    });
    if !object {
        return None;
    }
    let inner = Ctx {
        p: subject.paragraph(),
        nested: true,
        ..*ctx
    };
    pronoun_referent_except(&inner, sentence.start, Some(gender), Some(subject.entity()))
}

/// True when `ws` ends by naming words on display rather than a speaker: "with the slogan",
/// "and the words", "its tagline". A quotation after them is printed text (an advert's
/// slogan, a banner), not a remark.
pub(crate) fn ends_naming_displayed_words(ws: &[Word]) -> bool {
    match ws {
        [.., det, noun] => {
            matches!(det.text, "the" | "its" | "a")
                && matches!(
                    noun.text,
                    "slogan" | "words" | "tagline" | "caption" | "message" | "text" | "line"
                )
        }
        _ => false,
    }
}

/// The venue given to words an advertisement displays.
const AD_VENUE: &str = "advertisement";

/// Words shown in an advertisement or campaign ("The Acme ads show the runner with the slogan:
/// “…”", "A new Acme billboard reads “…”"): the advertiser speaks, in the advertisement. The
/// advertiser is the name before the ad noun, or the organisation named last.
fn displayed_words(ctx: &Ctx, from: usize, to: usize) -> Option<QuoteAttribution> {
    let region = &ctx.text[from..to];
    let start = last_sentence_start(region);
    let sentence = &region[start..];
    let ws = words(sentence);
    let last = ws.last()?;
    if !sentence[last.end..]
        .chars()
        .all(|c| matches!(c, ':' | ',' | ' ' | '—' | '-'))
    {
        return None;
    }
    let shown = matches!(last.text, "reads" | "read" | "reading" | "saying")
        || ends_naming_displayed_words(&ws);
    if !shown {
        return None;
    }
    let ad = ws.iter().position(|w| {
        matches!(
            w.text.to_lowercase().as_str(),
            "ad" | "ads"
                | "advert"
                | "adverts"
                | "advertisement"
                | "advertisements"
                | "commercial"
                | "commercials"
                | "campaign"
                | "billboard"
                | "billboards"
                | "poster"
                | "posters"
        )
    })?;
    // The name run right before the ad noun: "The Acme Sports campaign", "Acme's ad".
    let mut k = ad;
    while k > 0 && is_name_word(ws[k - 1].text) {
        k -= 1;
    }
    // A name printed before the ad noun is the advertiser whatever its kind ("a Smith
    // campaign ad" is the candidate's), unless it is a place; "The ad is …": the
    // organisation, or a brand the entity pass could not place, named last.
    let entity = (k < ad)
        .then(|| {
            let surface = super::words::strip_possessive(&sentence[ws[k].start..ws[ad - 1].end]);
            ctx.entities.resolve(surface)
        })
        .flatten()
        .filter(|&e| ctx.entities.entities[e].kind != "place")
        .or_else(|| {
            named_last(ctx, from + start + ws[ad].start, |kind| {
                matches!(kind, "organization" | "other")
            })
        })?;
    Some(QuoteAttribution {
        entity: Some(entity),
        printed: None,
        venue: Some(AD_VENUE.to_string()),
        anonymous: false,
        claim: false,
    })
}

/// The entity of one of the accepted kinds mentioned last before `offset` in this source.
fn named_last(ctx: &Ctx, offset: usize, kind: impl Fn(&str) -> bool) -> Option<usize> {
    ctx.entities
        .mentions_between(ctx.s, 0, (ctx.p, offset))
        .iter()
        .filter(|m| m.paragraph() < ctx.p || m.end() <= offset)
        .filter(|m| kind(&ctx.entities.entities[m.entity()].kind))
        .max_by_key(|m| (m.paragraph(), m.offset()))
        .map(|m| m.entity())
}

/// "the company said" → the organisation most recently named.
fn noun_referent(ctx: &Ctx, offset: usize, surface: &str) -> Option<usize> {
    let last = surface.split_whitespace().last()?.to_lowercase();
    // A spokesman, officials or a statement speak for the organisation last named.
    let org_noun = is_org_noun(&last)
        || matches!(
            last.as_str(),
            "statement" | "spokesman" | "spokeswoman" | "spokesperson" | "officials" | "it"
        );
    if !org_noun {
        return None;
    }
    named_last(ctx, offset, |kind| kind == "organization")
}

/// The patterns of this stage, for the build to compile ahead of use: while the files are
/// read, each on whichever core is free.
pub fn patterns() -> Vec<&'static LazyLock<Regex>> {
    vec![&VENUE, &QUOTED_AS_SAYING]
}

static VENUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&crate::text::latin_words(concat!(
        r"(?:(?-u:\b)[Ii]n (?:(?:an? |the |his |her |their |its )(?:[a-z]+(?:-[a-z]+)? )??)?(?P<kind>interview|post|tweet|statement|video|speech|briefing|press release|news conference|press conference|op-ed|letter|blog post|podcast|broadcast|message|memo|email|e-mail|note|column|essay|filing)",
        r"(?: (?P<prep>on|with|to) (?P<with>(?:[A-Z][\w.]*(?:['’]s)?\s?)+(?:[“\u0022][^”\u0022]+[”\u0022])?))?)",
        r"|(?-u:\b)(?:at|told|addressing) an? (?P<event>news conference|press conference|briefing|rally|summit|hearing|meeting|event)",
        r"|(?-u:\b)on (?P<on>(?:[A-Z][\w.]*['’]s\s)?(?:[“\u0022][^”\u0022]+[”\u0022]|[A-Z][\w.]*(?:\s(?:[A-Z][\w.]*|of|the))*)|social media)",
        r"|(?-u:\b)told (?P<told>(?:the\s)?[A-Z][\w.]*(?:\s[A-Z][\w.]*)*)",
        r"|(?-u:\b)(?:told|addressing|speaking to) (?:reporters|journalists|the media|supporters|crowds?) (?P<place>(?:outside|at|in) (?:the )?(?:[A-Z][\w'’.-]*(?: (?:of )?[A-Z][\w'’.-]*)*|[a-z]{4,}))",
    )))
    .unwrap()
});

/// Where something was said, when the attribution says so. "On Thursday", "on March 4" say
/// when, not where.
pub fn venue(clause: &str) -> Option<String> {
    let m = VENUE.captures_iter(clause).find(|m| {
        m.name("on").is_none_or(|on| {
            let first = on.as_str().split_whitespace().next().unwrap_or("");
            !super::lexicon::is_calendar_word(first) && !super::lexicon::is_day_word(first)
        })
    })?;
    let raw = if let Some(kind) = m.name("kind") {
        match m.name("with") {
            Some(w) => format!(
                "{} {} {}",
                kind.as_str(),
                m.name("prep").map_or("", |p| p.as_str()),
                w.as_str().trim()
            ),
            None => kind.as_str().to_string(),
        }
    } else if let Some(e) = m.name("event") {
        e.as_str().to_string()
    } else if let Some(o) = m.name("on") {
        o.as_str().to_string()
    } else if let Some(place) = m.name("place") {
        place.as_str().to_string()
    } else {
        m.name("told")?.as_str().to_string()
    };
    let cleaned: String = raw
        .chars()
        .filter(|c| !matches!(c, '“' | '”' | '"'))
        .collect();
    let cleaned = cleaned
        .trim()
        .trim_end_matches(['.', ',', ';'])
        .trim()
        .to_string();
    (!cleaned.is_empty()).then_some(cleaned)
}

/// `"…," according to X`: a source more often than a speaker when a verb came before.
fn is_according_to(after: &str) -> bool {
    after
        .trim_start_matches(|c: char| c.is_whitespace() || ",;:".contains(c))
        .to_lowercase()
        .starts_with("according to")
}

fn cut_at_sentence_end(region: &str) -> &str {
    let bytes: Vec<(usize, char)> = region.char_indices().collect();
    for (i, &(b, c)) in bytes.iter().enumerate() {
        // ("…," Assistant U.S. Attorney Jo Li said: an abbreviation's period ends nothing.)
        let abbreviation = c == '.'
            && bytes.get(i + 1).is_none_or(|&(_, n)| n != '.')
            && crate::segment::is_abbreviation(&bytes, i);
        if matches!(c, '.' | '!' | '?') && !abbreviation {
            let mut k = i + 1;
            while k < bytes.len() && matches!(bytes[k].1, '"' | '”' | '’' | '\'') {
                k += 1;
            }
            if k >= bytes.len() || bytes[k].1.is_whitespace() {
                let _ = b;
                return &region[..bytes.get(k).map_or(region.len(), |&(x, _)| x)];
            }
        }
    }
    region
}

/// Byte offset where the last sentence of `region` starts.
fn last_sentence_start(region: &str) -> usize {
    let spans = crate::segment::split_sentences(region);
    spans.last().map_or(region.len(), |&(s, e)| {
        // A region ending mid-sentence: the last span is that sentence.
        if region[e..].trim().is_empty() && ends_with_terminal(&region[s..e]) {
            region.len()
        } else {
            s
        }
    })
}

fn ends_with_terminal(s: &str) -> bool {
    s.trim_end_matches(['"', '”', '’', '\'', ' '])
        .ends_with(['.', '!', '?'])
}

/// Merges occurrences into utterances.
///
/// 1. A source printing the same long passage twice (a pull-quote, then the quote in the text)
///    keeps one printing: its longest, the later on a tie.
/// 2. Candidate pairs across sources, scored: shared four-word shingles (or a short phrase
///    contained in a longer quote), and — for the same known speaker — shared content stems,
///    which catches translations of one remark ("the leading opposition force" / "the biggest
///    opposition force").
/// 3. Pairs join best first, and a group never takes two printings from one source, so a long
///    quote cannot chain two separate remarks of another outlet into one.
fn merge<'a>(
    occ: Vec<Occurrence<'a>>,
    docs: &'a [SourceDoc],
    entities: &EntityIndex,
) -> Vec<Quote<'a>> {
    const N: usize = 4;
    let n = occ.len();
    // Words as numbers, so shingles and runs compare and hash as small arrays, not strings.
    let mut word_ids: HashMap<String, u32> = HashMap::default();
    let words: Vec<Vec<u32>> = occ
        .iter()
        .map(|o| {
            tokens(o.text)
                .into_iter()
                .map(|t| {
                    let next = word_ids.len() as u32;
                    *word_ids.entry(t).or_insert(next)
                })
                .collect()
        })
        .collect();
    // (Only the numbers are compared from here on: the table of words goes.)
    let word_count = word_ids.len();
    drop(word_ids);
    // A shingle: N words in a row, or the whole of a shorter quote. Its length is part of
    // it, so a short quote never equals the start of a longer one's shingle. Made from the
    // words when needed, not held: a large story has millions.
    let shingle = |w: &[u32]| -> ([u32; N], u32) {
        let mut key = [u32::MAX; N];
        key[..w.len()].copy_from_slice(w);
        (key, w.len() as u32)
    };
    let shingles_of = |i: usize| {
        let w = words[i].as_slice();
        let whole = (w.len() < N).then(|| shingle(w));
        whole.into_iter().chain(w.windows(N).map(shingle))
    };
    let shingle_count = |i: usize| words[i].len().saturating_sub(N - 1).max(1);
    // The occurrences holding each shingle (once per time they hold it).
    let mut shingle_ids: HashMap<([u32; N], u32), u32> = HashMap::default();
    for i in 0..n {
        for s in shingles_of(i) {
            let next = shingle_ids.len() as u32;
            shingle_ids.entry(s).or_insert(next);
        }
    }
    let shingle_postings = Postings::new(shingle_ids.len(), n, |i| {
        shingles_of(i).map(|s| shingle_ids[&s] as usize)
    });
    let holding_shingle = |s: &([u32; N], u32)| -> &[u32] {
        shingle_ids
            .get(s)
            .map_or(&[], |&id| shingle_postings.of(id as usize))
    };
    // Shared shingles (or stems) per other occurrence: a tree of counts per occurrence cost
    // more than all the rest of the merge.
    let mut tally = Tally::new(n);
    let speaker_of = |o: &Occurrence| o.attribution.entity;
    // The same words from two speakers in two kinds of venue (an advertiser's slogan, a post
    // of it by the athlete) are two acts, never one quote.
    let venue_kinds: Vec<Option<String>> = occ
        .iter()
        .map(|o| o.attribution.venue.as_deref().map(venue_kind))
        .collect();
    let separate_acts = |a: usize, b: usize| {
        matches!((speaker_of(&occ[a]), speaker_of(&occ[b])), (Some(x), Some(y)) if x != y)
            && matches!((&venue_kinds[a], &venue_kinds[b]), (Some(x), Some(y)) if x != y)
    };
    // Occurrences by source, and by word: look-ups never scan every occurrence, which would
    // make merging quadratic in the size of the build.
    let mut by_source: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, o) in occ.iter().enumerate() {
        by_source.entry(o.source).or_default().push(i);
    }
    // The occurrences holding each word (once each).
    let word_postings = Postings::new(word_count, n, |i| {
        let w = &words[i];
        w.iter()
            .enumerate()
            .filter(|&(k, x)| !w[..k].contains(x))
            .map(|(_, &x)| x as usize)
    });
    // The occurrences holding every word of `words`: the shortest posting list of its words.
    let holding = |words: &[u32]| -> &[u32] {
        words
            .iter()
            .map(|&w| word_postings.of(w as usize))
            .min_by_key(|p| p.len())
            .unwrap_or(&[])
    };

    // 1. Repeats within a source.
    let mut alive = vec![true; n];
    for i in 0..n {
        let t = &words[i];
        if t.len() < 6 {
            // "hope and renewed confidence" after the full sentence that holds it, or the
            // same short phrase quoted twice.
            let repeated = by_source[&occ[i].source].iter().any(|&j| {
                j != i
                    && (words[j].len() > t.len() && t.len() >= 3 || words[j] == *t && j < i)
                    && words[j].windows(t.len()).any(|w| w == t.as_slice())
                    && (speaker_of(&occ[i]).is_none()
                        || speaker_of(&occ[j]).is_none()
                        || speaker_of(&occ[i]) == speaker_of(&occ[j]))
            });
            if repeated {
                alive[i] = false;
            }
            continue;
        }
        for s in shingles_of(i) {
            for j in holding_shingle(&s).iter().map(|&j| j as usize) {
                if j != i && occ[j].source == occ[i].source {
                    tally.add(j);
                }
            }
        }
        tally.drain(|j, shared| {
            let longer = occ[j].length > occ[i].length || occ[j].length == occ[i].length && j > i;
            if longer && shared * 10 >= shingle_count(i) * 6 {
                alive[i] = false;
            }
        });
    }

    // 2. Candidate pairs across sources.
    // (Indices as `u32`: a large story has hundreds of thousands of pairs.)
    let mut pairs: Vec<(f64, u32, u32)> = Vec::new();
    let term = |a: usize, b: usize| occ[a].length < 6 && nested_term(occ[b].text, occ[a].text);
    for i in (0..n).filter(|&i| alive[i]) {
        for s in shingles_of(i) {
            for j in holding_shingle(&s).iter().map(|&j| j as usize) {
                if j > i && alive[j] && occ[j].source != occ[i].source {
                    tally.add(j);
                }
            }
        }
        // Pairs are ordered by score and index before use: the order found does not matter.
        tally.drain(|j, shared| {
            let smaller = shingle_count(i).min(shingle_count(j)).max(1);
            // Outlets may disagree on who said it: long shared wording still merges (the
            // majority speaker wins and the disagreement is shown); short phrases need the
            // same speaker, since common phrases recur in different mouths.
            let substantial = occ[i].length.min(occ[j].length) >= 6;
            let compatible = match (speaker_of(&occ[i]), speaker_of(&occ[j])) {
                (Some(a), Some(b)) => a == b || substantial && !separate_acts(i, j),
                _ => true,
            };
            if compatible && shared * 2 >= smaller && !term(i, j) && !term(j, i) {
                pairs.push((1.0 + shared as f64 / smaller as f64, i as u32, j as u32));
            }
        });
        // A short phrase joins a longer quote containing it only when that cannot be wrong:
        // the same speaker, or (speaker unknown) a single candidate. A single word in quote
        // marks ("patriots") is a label the speaker uses, not a piece of one remark.
        if occ[i].length < N && occ[i].length >= 2 {
            let containing: Vec<usize> = holding(&words[i])
                .iter()
                .map(|&j| j as usize)
                .filter(|&j| {
                    alive[j]
                        && occ[j].source != occ[i].source
                        && occ[j].length > occ[i].length
                        && words[j]
                            .windows(words[i].len())
                            .any(|w| w == words[i].as_slice())
                        && !nested_term(occ[j].text, occ[i].text)
                })
                .collect();
            let chosen: Vec<usize> = match speaker_of(&occ[i]) {
                Some(e) => containing
                    .into_iter()
                    .filter(|&j| speaker_of(&occ[j]) == Some(e))
                    .collect(),
                None if containing.len() == 1 => containing,
                None => Vec::new(),
            };
            for j in chosen {
                pairs.push((1.5, i.min(j) as u32, i.max(j) as u32));
            }
        }
    }
    // The shingle and word tables are done with: freed before the stems are numbered, so
    // the two sets of tables are never held together.
    drop((shingle_ids, shingle_postings, word_postings));
    // Same speaker, same content words: one remark in two translations.
    // Stems as numbers: sequences for runs, sorted sets for overlaps (counted by an index).
    let mut stem_ids: HashMap<String, u32> = HashMap::default();
    let stem_seqs: Vec<Vec<u32>> = occ
        .iter()
        .map(|o| {
            crate::text::content_stems(o.text)
                .into_iter()
                .map(|st| {
                    let next = stem_ids.len() as u32;
                    *stem_ids.entry(st).or_insert(next)
                })
                .collect()
        })
        .collect();
    drop(stem_ids);
    let stems: Vec<Vec<u32>> = stem_seqs
        .iter()
        .map(|s| {
            let mut set = s.clone();
            set.sort_unstable();
            set.dedup();
            set
        })
        .collect();
    let mut by_speaker: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in (0..n).filter(|&i| alive[i]) {
        if let Some(e) = speaker_of(&occ[i]) {
            by_speaker.entry(e).or_default().push(i);
        }
    }
    // Only printings sharing a content word can qualify: each is compared with those, found
    // through the speaker's own index of stems, not with every other printing of the speaker.
    for members in by_speaker.values() {
        let mut holders: HashMap<u32, Vec<usize>> = HashMap::default();
        for (a, &i) in members.iter().enumerate() {
            for &stem in &stems[i] {
                holders.entry(stem).or_default().push(a);
            }
        }
        for (a, &i) in members.iter().enumerate() {
            for stem in &stems[i] {
                for &b in holders[stem].iter().filter(|&&b| b > a) {
                    tally.add(members[b]);
                }
            }
            // The stems are sets: each count is an overlap.
            tally.drain(|j, shared| {
                let one_word_label =
                    (occ[i].length < 2 || occ[j].length < 2) && words[i] != words[j];
                if occ[i].source == occ[j].source || one_word_label {
                    return;
                }
                let smaller = stems[i].len().min(stems[j].len());
                // Half the content words, or a run of three in the same order ("defend the
                // spirit of the Enlightenment" inside two different translations).
                if (shared * 2 >= smaller && (shared >= 2 || smaller == 1)
                    || shares_run(&stem_seqs[i], &stem_seqs[j], 3))
                    && !term(i, j)
                    && !term(j, i)
                {
                    pairs.push((shared as f64 / smaller as f64, i as u32, j as u32));
                }
            });
        }
    }

    // 3. Join best pairs first, one printing per source in a group.
    drop((stem_seqs, stems, by_speaker, tally));
    // (An unstable sort, which needs no buffer: pairs that tie on score and on both indices
    // are equal, so their order cannot show.)
    pairs.sort_unstable_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut group_of: Vec<usize> = (0..n).collect();
    let mut members: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    for (i, j) in pairs.into_iter().map(|(_, i, j)| (i as usize, j as usize)) {
        let (gi, gj) = (group_of[i], group_of[j]);
        if gi == gj {
            continue;
        }
        let sources_i: BTreeSet<usize> = members[gi].iter().map(|&m| occ[m].source).collect();
        // Two short pieces of one sentence from one speaker ("inflation was 'too high' and
        // 'more persistent than we expected'") are one remark, both inside its full printing.
        let pieces_of_one_sentence = |one: &[usize], group: &[usize]| {
            one.len() == 1
                && occ[one[0]].length < N
                && group.iter().all(|&m| {
                    occ[m].source != occ[one[0]].source
                        || occ[m].anchor == occ[one[0]].anchor
                            && speaker_of(&occ[m]).is_some()
                            && speaker_of(&occ[m]) == speaker_of(&occ[one[0]])
                })
        };
        // Nor are the parts of a quotation an attribution splits ("“We will not pay,” she
        // said. “Our focus is on services.”"), when another outlet prints it whole: a part
        // joins the group holding the whole when the group's other parts from its source
        // stand in the same paragraph in the same speaker's mouth.
        let paragraph_of = |m: usize| occ[m].anchor.split_once("-s").map(|(p, _)| p);
        let part_of_one_quotation = |one: &[usize], group: &[usize]| {
            let [part] = one else {
                return false;
            };
            let (part, speaker) = (*part, speaker_of(&occ[*part]));
            speaker.is_some()
                && !words[part].is_empty()
                && group.iter().all(|&m| {
                    occ[m].source != occ[part].source
                        || paragraph_of(m) == paragraph_of(part) && speaker_of(&occ[m]) == speaker
                })
                && group.iter().any(|&m| {
                    occ[m].source != occ[part].source
                        && words[m].len() > words[part].len()
                        && words[m]
                            .windows(words[part].len())
                            .any(|w| w == words[part].as_slice())
                })
        };
        if members[gj]
            .iter()
            .any(|&m| sources_i.contains(&occ[m].source))
            && !pieces_of_one_sentence(&members[gj], &members[gi])
            && !pieces_of_one_sentence(&members[gi], &members[gj])
            && !part_of_one_quotation(&members[gj], &members[gi])
            && !part_of_one_quotation(&members[gi], &members[gj])
        {
            continue;
        }
        // A printing with no speaker must not bridge two acts the pair test kept apart.
        if members[gi]
            .iter()
            .any(|&a| members[gj].iter().any(|&b| separate_acts(a, b)))
        {
            continue;
        }
        let (keep, gone) = (gi.min(gj), gi.max(gj));
        let moved = std::mem::take(&mut members[gone]);
        for &m in &moved {
            group_of[m] = keep;
        }
        members[keep].extend(moved);
    }
    let groups: BTreeMap<usize, Vec<usize>> = members
        .into_iter()
        .enumerate()
        .filter(|(_, m)| !m.is_empty())
        .map(|(g, mut m)| {
            m.retain(|&x| alive[x]);
            m.sort_unstable();
            (g, m)
        })
        .filter(|(_, m)| !m.is_empty())
        .collect();
    let mut quotes: Vec<Quote> = groups
        .values()
        .map(|members| {
            let longest = *members
                .iter()
                .max_by_key(|&&m| (occ[m].length, std::cmp::Reverse(m)))
                .unwrap();
            let mut votes: BTreeMap<usize, usize> = BTreeMap::new();
            for &m in members {
                if let Some(e) = occ[m].attribution.entity {
                    *votes.entry(e).or_default() += 1;
                }
            }
            let speaker = votes
                .iter()
                .max_by_key(|(e, n)| (**n, std::cmp::Reverse(**e)))
                .map(|(e, _)| entities.entities[*e].name.clone())
                .or_else(|| {
                    members
                        .iter()
                        .find_map(|&m| occ[m].attribution.printed.clone())
                });
            let other_speakers: Vec<String> = votes
                .keys()
                .map(|e| entities.entities[*e].name.clone())
                .filter(|n| Some(n) != speaker.as_ref())
                .collect();
            let venue = members
                .iter()
                .find_map(|&m| occ[m].attribution.venue.clone());
            // (A quotation broken off by its attribution keeps the comma that led into it
            // in the source: "… agree to that," he said. Shown alone, it ends without it.)
            let text = occ[longest]
                .text
                .trim_end_matches([',', ';', ' '])
                .to_string();
            let fragment = is_fragment(&text);
            let mut evidence: Vec<Evidence> = members
                .iter()
                .map(|&m| Evidence {
                    source: docs[occ[m].source].id.as_str().into(),
                    anchor: occ[m].anchor.clone(),
                    text: occ[m].text.into(),
                })
                .collect();
            evidence.dedup();
            let mut wordings: Vec<String> = members
                .iter()
                .filter(|&&m| occ[m].length * 2 > occ[longest].length)
                .map(|&m| {
                    crate::text::fold(occ[m].text)
                        .trim_end_matches(|c: char| !c.is_alphanumeric())
                        .to_string()
                })
                .collect();
            wordings.sort();
            wordings.dedup();
            Quote {
                id: String::new(),
                text,
                speaker,
                venue,
                fragment,
                evidence,
                wording_differs: wordings.len() > 1,
                other_speakers,
            }
        })
        .collect();
    // Most corroborated first, then reading order of the first printing.
    quotes.sort_by(|a, b| {
        b.evidence
            .len()
            .cmp(&a.evidence.len())
            .then_with(|| (a.fragment).cmp(&b.fragment))
    });
    for (i, q) in quotes.iter_mut().enumerate() {
        q.id = format!("q{}", i + 1);
    }
    quotes
}

/// The kind of a venue, so "a tweet" and "Twitter", or "a news conference" and "a briefing",
/// count as one place.
fn venue_kind(venue: &str) -> String {
    let v = venue.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| v.contains(w));
    if has(&[
        "twitter",
        "tweet",
        "facebook",
        "instagram",
        "social media",
        "post",
        "blog",
        "x.com",
    ]) {
        "social".into()
    } else if has(&["conference", "briefing"]) {
        "press".into()
    } else if has(&["statement", "press release", "letter"]) {
        "statement".into()
    } else if v == AD_VENUE {
        "ad".into()
    } else {
        v
    }
}

/// Counts for the items one pass touches, in a table as long as all the items that is reset
/// as it is read out: a pass costs what it touches, never the length of the table.
/// The items holding each key, in one table: each key's run of items, found through where
/// the runs start. A list per key (a `Vec` per word or per shingle of a large story's
/// quotes) took more memory than anything else the merge held.
struct Postings {
    starts: Vec<u32>,
    items: Vec<u32>,
}

impl Postings {
    /// The postings of `items` items over `keys` keys, `keys_of(i)` giving item `i`'s keys
    /// (an item listed once per time it yields a key). Two passes: one counts, one fills.
    fn new<I: Iterator<Item = usize>>(
        keys: usize,
        items: usize,
        keys_of: impl Fn(usize) -> I,
    ) -> Postings {
        let mut starts = vec![0u32; keys + 1];
        for i in 0..items {
            for key in keys_of(i) {
                starts[key + 1] += 1;
            }
        }
        for key in 0..keys {
            starts[key + 1] += starts[key];
        }
        let mut listed = vec![0u32; starts[keys] as usize];
        let mut next_free = starts[..keys].to_vec();
        for i in 0..items {
            for key in keys_of(i) {
                listed[next_free[key] as usize] = i as u32;
                next_free[key] += 1;
            }
        }
        Postings {
            starts,
            items: listed,
        }
    }

    /// The items holding `key`, in item order.
    fn of(&self, key: usize) -> &[u32] {
        &self.items[self.starts[key] as usize..self.starts[key + 1] as usize]
    }
}

struct Tally {
    counts: Vec<usize>,
    touched: Vec<usize>,
}

impl Tally {
    fn new(items: usize) -> Tally {
        Tally {
            counts: vec![0; items],
            touched: Vec::new(),
        }
    }

    /// Counts one more for `item`.
    fn add(&mut self, item: usize) {
        if self.counts[item] == 0 {
            self.touched.push(item);
        }
        self.counts[item] += 1;
    }

    /// Hands each touched item to `each` with its count, in the order first touched, and
    /// starts the counts over.
    fn drain(&mut self, mut each: impl FnMut(usize, usize)) {
        for &item in &self.touched {
            each(item, std::mem::take(&mut self.counts[item]));
        }
        self.touched.clear();
    }
}

/// True when `a` and `b` share `n` consecutive items in the same order.
fn shares_run<T: PartialEq>(a: &[T], b: &[T], n: usize) -> bool {
    a.len() >= n && b.len() >= n && a.windows(n).any(|w| b.windows(n).any(|v| v == w))
}

/// True when `phrase` stands inside `quote` in quote marks of its own (`the ‘Coalition of the
/// willing’`): a name the speaker used, which another outlet quoting it is not quoting them.
fn nested_term(quote: &str, phrase: &str) -> bool {
    let q = crate::text::fold(quote);
    let p = crate::text::fold(phrase);
    let p = p.trim_matches(|c: char| !c.is_alphanumeric());
    ["'", "\""].iter().any(|m| q.contains(&format!("{m}{p}")))
}

/// All letters upper case: a sign or a heading, not speech.
fn is_shouting(text: &str) -> bool {
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 4 && letters.iter().all(|c| c.is_uppercase())
}

/// A short partial phrase: under six words and not a complete sentence of its own.
pub fn is_fragment(text: &str) -> bool {
    let n = word_count(text);
    let complete = text.chars().next().is_some_and(|c| c.is_uppercase())
        && text.trim_end().ends_with(['.', ',', '!', '?']);
    n < 6 && !complete
}

#[cfg(test)]
mod tests;
