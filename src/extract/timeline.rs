//! Timeline: day references resolved against each source's publication date.
//!
//! General-purpose date parsers resolve a bare weekday forward; news written in the past tense
//! means the most recent one. So the tense around the reference decides: future cues ("will",
//! "is scheduled to", "next") resolve forward, anything else back. A reference that cannot be
//! anchored keeps its words and a null date.

use rustc_hash::FxHashMap as HashMap;
use std::collections::BTreeMap;
use std::sync::LazyLock;

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use regex::Regex;

use super::SourceDoc;
use super::cluster::{StemLists, Unit, vectors};
use super::lexicon::{CLAUSE_WORDS, WEEKDAYS, is_in, month_number};
use super::words::is_preposition;
use crate::clean::BlockRole;
use crate::model::TimelineEvent;
use crate::pattern::CaselessPattern;
use crate::text::content_stems;

const MONTH: &str = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)";

/// The patterns of this stage, for the build to compile ahead of use: while the files are
/// read, each on whichever core is free.
pub fn patterns() -> Vec<&'static LazyLock<Regex>> {
    vec![
        &DAY_REF,
        FUTURE.compiled(),
        PAST.compiled(),
        SCHEDULED.compiled(),
        ANY_PAST.compiled(),
        &LIST_JOIN,
        WOULD.compiled(),
        APPOINTED.compiled(),
    ]
}

static DAY_REF: LazyLock<Regex> = LazyLock::new(|| {
    let m = MONTH;
    Regex::new(&[
        r"(?-u:\b)(?:(?P<lead>(?i:on|last|next|this|by|until|since|from|before|after|early|late))\s+)?(?:",
        r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s)?",
        &format!(r"(?:,?\s+(?P<wd_month>{m})\s+(?P<wd_day>\d{{1,2}}))?"),
        &format!(r"|(?P<month>{m})\s+(?P<mday>\d{{1,2}})(?:st|nd|rd|th)?(?-u:\b)(?:,?\s*(?P<myear>\d{{4}}))?"),
        &format!(r"|(?P<dday>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<dmonth>{m})(?:,?\s+(?P<dyear>\d{{4}}))?"),
        &format!(r"|(?:mid-)?(?P<ym_month>{m})\s+(?P<ym_year>(?:19|20)\d\d)(?-u:\b)"),
        r"|(?P<iso>\d{4}-\d{2}-\d{2})",
        r"|(?P<rel>(?i:today|yesterday|tomorrow|tonight|this (?:morning|afternoon|evening)))",
        r"|(?P<relyear>(?i:(?:last|next|this) year|a year ago))",
        r"|(?P<relmonth>(?i:(?:last|next|this) month))",
        r")(?-u:\b)",
        &format!(r"|(?-u:\b)(?P<mlead>(?i:in|since|by|until|from|early|late|during|before|after|mid-|last|next|this))\s?(?:-\s?)?(?P<bare_month>{m})(?:['’]s)?(?:\s+(?:of\s+)?(?P<bm_year>(?:19|20)\d\d))?(?-u:\b)"),
        r"|(?-u:\b)(?P<ylead>(?i:in|since|from|by|until|during|before|after|of|the|early|late|mid-))\s?(?P<year>(?:19|20)\d\d)(?-u:\b)",
    ]
    .concat())
    .unwrap()
});
static FUTURE: CaselessPattern = CaselessPattern::new(|| {
    CaselessPattern::compile(
        r"(?-u:\b)(?:will|shall|'ll|’ll|is (?:scheduled|expected|due|set|slated|going|forecast|predicted) to|are (?:scheduled|expected|due|set|slated|going|forecast|predicted) to|(?:is|are) (?:scheduled|expected|due|set|slated|forecast|predicted) (?:on|for|by)|due to (?:be|receive|arrive|start|begin|open|close|meet|hold|return|launch|take|sign|vote|visit|leave|land|fly|finish|end|resume)|plans? to|planned|upcoming|next|scheduled for|to (?:host|meet|visit|hold|travel)|begins|opens|starts|kicks off|resumes|returns|meets|arrives|faces|hosts|plays)(?-u:\b)",
    )
});

/// A summons to appear: "summoned to appear", "bailed to appear", "called to testify".
static APPOINTED: CaselessPattern = CaselessPattern::new(|| {
    CaselessPattern::compile(
        r"(?-u:\b)(?:summoned|called|invited|ordered|asked|required|subpoenaed|bailed)\s+to\s+(?:appear|testify|attend|give\s+evidence)(?-u:\b)",
    )
});

/// "would" and the verb after it (reported speech's "will").
static WOULD: CaselessPattern = CaselessPattern::new(|| {
    CaselessPattern::compile(r"(?-u:\b)(?:would|'d|’d)\s+(?:not\s+)?(?P<verb>[a-z]+)")
});

/// A schedule just before a day reference: "scheduled for", "set for", "due on", "set
/// sentencing for", "scheduled the vote for" ….
static SCHEDULED: CaselessPattern = CaselessPattern::new(|| {
    CaselessPattern::compile(
        r"(?-u:\b)(?:scheduled|planned|set|slated|due|expected)\s+(?:(?:[a-z]+\s+){0,3}for\s+)?$",
    )
});

/// Any past-looking form: a word in "-ed", a perfect.
static ANY_PAST: CaselessPattern = CaselessPattern::new(|| {
    CaselessPattern::compile(r"(?-u:\b)(?:(?-u:[a-z]){2,}ed|have|has|had)(?-u:\b)")
});

/// What joins the days of a list: "Thursday, Sunday and Monday".
static LIST_JOIN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:\s*,\s*|\s+and\s+|\s+or\s+|\s*,\s*(?:and|or)\s+)$").unwrap());

static PAST: CaselessPattern =
    CaselessPattern::new(|| CaselessPattern::compile(r"(?-u:\b)(?:had|was|were|did|ago)(?-u:\b)"));

/// A day reference found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayRef {
    /// The words as printed.
    pub when: String,
    /// ISO 8601 at the precision the text gives: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub date: Option<String>,
}

impl DayRef {
    /// The day it stands for, when the text gives one to the day.
    fn day(&self) -> Option<NaiveDate> {
        NaiveDate::parse_from_str(self.date.as_deref()?, "%Y-%m-%d").ok()
    }
}

fn weekday_of(name: &str) -> Weekday {
    let i = WEEKDAYS.iter().position(|d| *d == name).unwrap_or(0);
    [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ][i]
}

/// The year of a month (and day) given without one: the latest such date on or before
/// publication, or the next one after it when the text speaks of the future.
fn year_for(published: NaiveDate, month: u32, day: u32, future: bool) -> i32 {
    let this = (month, day);
    let now = (published.month(), published.day());
    match (future, this <= now) {
        (false, true) | (true, false) => published.year(),
        (false, false) => published.year() - 1,
        (true, true) => published.year() + i32::from(this < now),
    }
}

/// Finds and resolves the day references of a sentence against a publication date.
///
/// ```
/// use chrono::NaiveDate;
/// let sunday = NaiveDate::from_ymd_opt(2024, 3, 10);
/// let refs = briefing::extract::timeline::day_refs("Talks held on Friday ended; he will fly home Monday.", sunday);
/// let got: Vec<(String, Option<String>)> = refs.into_iter().map(|r| (r.when, r.date)).collect();
/// assert_eq!(got, vec![("on Friday".into(), Some("2024-03-08".into())), ("Monday".into(), Some("2024-03-11".into()))]);
/// ```
pub fn day_refs(sentence: &str, published: Option<NaiveDate>) -> Vec<DayRef> {
    let mut out = Vec::new();
    // The last reference read: where it ended, and whether it looked back or ahead.
    let mut previous: Option<(usize, bool, bool)> = None;
    // The day the last weekday read stood for.
    let mut previous_day: Option<NaiveDate> = None;
    let found: Vec<regex::Captures> = DAY_REF.captures_iter(sentence).collect();
    // A day inside a quotation is the speaker's ("on his big win today"): when the sentence
    // also dates the words outside the quotation ("wrote on Sunday"), that date stands and
    // the quoted one is not read against the article's date.
    let quoted: Vec<bool> = if found.len() > 1 {
        let spans = super::quotes::find_spans(sentence);
        found
            .iter()
            .map(|m| {
                let r = m.get(0).unwrap().range();
                spans
                    .iter()
                    .any(|s| !s.title && s.start <= r.start && r.end <= s.end)
            })
            .collect()
    } else {
        vec![false; found.len()]
    };
    let dated_outside = quoted.contains(&false) && quoted.contains(&true);
    for (m, &in_quote) in found.iter().zip(&quoted) {
        if dated_outside && in_quote {
            continue;
        }
        let whole = m.get(0).unwrap();
        // A bare month followed by a number is a day reference caught elsewhere or a count.
        if m.name("bare_month").is_some()
            && sentence[whole.end()..]
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit())
        {
            continue;
        }
        let lead = m
            .name("lead")
            .or(m.name("mlead"))
            .map(|l| l.as_str().to_lowercase());
        if m.name("weekday").is_some() && lead.is_none() && names_a_thing(sentence, whole) {
            continue;
        }
        // "The ambassador, born in 1951, …": a birth date dates a person, not an event of
        // the story.
        if sentence[..whole.start()]
            .trim_end()
            .to_lowercase()
            .ends_with("born")
        {
            continue;
        }
        // Tense: future cues in the words around the reference.
        let clause_start = sentence[..whole.start()]
            .rfind([',', ';', '.'])
            .map_or(0, |i| i + 1);
        let clause_end = sentence[whole.end()..]
            .find([',', ';', '.'])
            .map_or(sentence.len(), |i| whole.end() + i);
        let clause = &sentence[clause_start..clause_end];
        // Of a past form and a "will" both before the reference, the nearer governs it
        // ("Fans who were angry will protest on Monday"). (A schedule told in the past,
        // "was cancelling an event scheduled for Wednesday", is read below.)
        let before = &sentence[clause_start..whole.start()];
        let will = FUTURE.find_iter(before).filter(|f| {
            let f = f.as_str().to_lowercase();
            ["will", "shall", "'ll", "’ll"].contains(&f.as_str()) || f.contains("going to")
        });
        // Reported speech puts "will" as "would": "said he would start on Saturday" looks
        // ahead ("would have started" does not).
        let would = WOULD
            .captures_iter(before)
            .filter(|c| !c["verb"].eq_ignore_ascii_case("have"))
            .filter_map(|c| c.get(0))
            .last();
        // "has been summoned to appear before a committee on Wednesday": the day is the
        // appearance's, ahead, whenever the summons was.
        let appointed = APPOINTED.find_iter(before).last().map(|a| a.start());
        let future_at = will
            .last()
            .map(|f| f.start())
            .max(would.map(|w| w.start()))
            .max(appointed);
        // "she will lose the medal she won in March": a past after a pronoun (a relative
        // clause's own verb) is as past as "was".
        let past_at = PAST
            .find_iter(before)
            .last()
            .map(|p| p.start())
            .max(pronoun_then_past(before));
        let nearer_future = match (past_at, future_at) {
            (Some(p), Some(f)) => Some(f > p),
            _ => None,
        };
        // "The schools closed on Tuesday are expected to reopen": a past participle right
        // before the day dates what it tells, whatever the clause's verb says (not "will be
        // closed on Tuesday", nor a schedule: "expected on Monday").
        let done_that_day = {
            // (The match holds its "on".)
            let mut words = sentence[..whole.start()].split_whitespace().rev();
            let verb = words.next().map(str::to_lowercase);
            let before = words.next().map(str::to_lowercase);
            verb.is_some_and(|v| {
                (v.ends_with("ed") && v.len() > 4 || super::lexicon::irregular_past(&v).is_some())
                    && !matches!(
                        v.as_str(),
                        "expected" | "scheduled" | "planned" | "slated" | "timed" | "booked"
                    )
            }) && !before.is_some_and(|b| {
                matches!(
                    b.as_str(),
                    "be" | "been" | "being" | "to" | "will" | "would" | "'ll" | "’ll" | "get"
                )
            })
        };
        let past = matches!(lead.as_deref(), Some("since" | "last"))
            || done_that_day
            || nearer_future.map_or_else(|| PAST.is_match(clause), |f| !f);
        // A day listed after another ("on Thursday, Sunday and Monday") is read as that one.
        let listed_after = previous.filter(|&(end, _, _)| {
            end <= whole.start() && LIST_JOIN.is_match(&sentence[end..whole.start()])
        });
        // "Flights halt from Tuesday": a start, like "by" and "until" an end, is ahead
        // unless the clause says otherwise.
        // A clause with no tense of its own takes the sentence's ("In the coming weeks he
        // will face a scramble …, or lose the majority in June's elections").
        // Only a sentence with no past in it at all: no "-ed" form, no irregular past, no
        // perfect ("may have won Sunday's election, but will …" is told of the past).
        let sentence_future = || {
            FUTURE.is_match(sentence)
                && !PAST.is_match(sentence)
                && !ANY_PAST.is_match(sentence)
                && !sentence
                    .split(|c: char| !c.is_alphabetic())
                    .any(|w| super::lexicon::irregular_past(&w.to_lowercase()).is_some())
        };
        // "Strikes in January could not be ruled out", "talks on Monday may resume": a modal
        // after the day, not of a perfect ("could have"), tells of what may come. Only the
        // day's own clause counts: in "raised rates on Wednesday and signalled that more
        // may be needed" the modal belongs to what was signalled.
        let modal_after = {
            let mut after = sentence[whole.end()..clause_end]
                .split_whitespace()
                .map(|w| w.to_lowercase())
                .take_while(|w| !matches!(w.as_str(), "and" | "but" | "that" | "which" | "while"));
            after.any(|w| matches!(w.as_str(), "could" | "may" | "might" | "can" | "should"))
                && after.next().is_none_or(|w| w != "have")
        };
        let future = matches!(lead.as_deref(), Some("next"))
            || !past
                && (FUTURE.is_match(clause)
                    || would.is_some()
                    || appointed.is_some()
                    || modal_after
                    || matches!(lead.as_deref(), Some("by" | "until" | "from"))
                    || sentence_future());
        let (past, future) = match listed_after {
            Some((_, listed_past, listed_future)) if lead.is_none() => (listed_past, listed_future),
            _ => (past, future),
        };
        let listed = listed_after.is_some();
        previous = Some((whole.end(), past, future));
        // "Cancelling an event scheduled for Wednesday": a schedule told in the past tense
        // may lie either side of the day the article appeared; the nearer day is meant.
        let scheduled = !future && SCHEDULED.is_match(&sentence[clause_start..whole.start()]);
        // "… will pay $38, a premium to the closing price on Tuesday": an aside with no verb
        // of its own takes no tense from the sentence's; the nearer day is meant.
        let verbless_aside = clause_start > 0
            && !listed
            && clause.split_whitespace().all(|w| {
                let w = w
                    .trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase();
                !super::questions::verb_form(&w)
            });
        let scheduled = scheduled || verbless_aside && matches!(lead.as_deref(), None | Some("on"));
        let num = |name: &str| m.name(name).and_then(|v| v.as_str().parse::<i32>().ok());
        let day_string = |d: Option<NaiveDate>| d.map(|d| d.to_string());
        let date = if let Some(wd) = m.name("weekday") {
            match (
                m.name("wd_month").and_then(|mo| month_number(mo.as_str())),
                num("wd_day"),
                published,
            ) {
                (Some(mo), Some(d), Some(p)) => day_string(NaiveDate::from_ymd_opt(
                    year_for(p, mo, d as u32, future),
                    mo,
                    d as u32,
                )),
                (_, _, Some(p)) if scheduled => {
                    Some(nearest_weekday(p, weekday_of(wd.as_str())).to_string())
                }
                (_, _, Some(p)) => {
                    let day = resolve_weekday(p, weekday_of(wd.as_str()), future, lead.as_deref());
                    // A list runs forward: "on Thursday, Sunday and Monday" in Monday's
                    // paper ends on the Monday after that Sunday.
                    let day = match previous_day {
                        Some(before) if listed && future && day <= before => {
                            day + Duration::days(7)
                        }
                        _ => day,
                    };
                    previous_day = Some(day);
                    Some(day.to_string())
                }
                _ => None,
            }
        } else if let (Some(mo), Some(d)) = (
            m.name("month")
                .or(m.name("dmonth"))
                .and_then(|mo| month_number(mo.as_str())),
            num("mday").or(num("dday")),
        ) {
            let year = num("myear").or(num("dyear")).or_else(|| {
                published.map(|p| {
                    if scheduled {
                        nearest_year(p, mo, d as u32)
                    } else {
                        year_for(p, mo, d as u32, future)
                    }
                })
            });
            year.and_then(|y| day_string(NaiveDate::from_ymd_opt(y, mo, d as u32)))
        } else if let (Some(mo), Some(y)) = (
            m.name("ym_month").and_then(|mo| month_number(mo.as_str())),
            num("ym_year"),
        ) {
            Some(format!("{y:04}-{mo:02}"))
        } else if let Some(mo) = m
            .name("bare_month")
            .and_then(|mo| month_number(mo.as_str()))
        {
            let year = num("bm_year").or_else(|| {
                published.map(|p| year_for(p, mo, 31, future || lead.as_deref() == Some("next")))
            });
            year.map(|y| format!("{y:04}-{mo:02}"))
        } else if let Some(y) = num("year") {
            // A bare number is a year only where years stand: "in 2014", "the 2014 vote".
            Some(format!("{y:04}"))
        } else if let Some(iso) = m.name("iso") {
            Some(iso.as_str().to_string())
        } else if let Some(rel) = m.name("rel") {
            published.map(|p| {
                match rel.as_str().to_lowercase().as_str() {
                    "yesterday" => p - Duration::days(1),
                    "tomorrow" => p + Duration::days(1),
                    _ => p,
                }
                .to_string()
            })
        } else if let Some(rel) = m.name("relyear") {
            published.map(|p| {
                let y = match rel.as_str().to_lowercase().as_str() {
                    "next year" => p.year() + 1,
                    "this year" => p.year(),
                    _ => p.year() - 1,
                };
                format!("{y:04}")
            })
        } else if let Some(rel) = m.name("relmonth") {
            published.and_then(|p| {
                let first = NaiveDate::from_ymd_opt(p.year(), p.month(), 1)?;
                let d = match rel.as_str().to_lowercase().as_str() {
                    "next month" => first.checked_add_months(chrono::Months::new(1))?,
                    "this month" => first,
                    _ => first.checked_sub_months(chrono::Months::new(1))?,
                };
                Some(format!("{:04}-{:02}", d.year(), d.month()))
            })
        } else {
            None
        };
        out.push(DayRef {
            when: whole.as_str().trim().to_string(),
            date,
        });
    }
    out
}

/// The event a possessive day names, with the day: "Friday’s talks at a base in Velm" of
/// "Jo Roe, an envoy at Friday’s talks at a base in Velm, said …". The sentence dates what
/// its clause tells by a day that owns a noun; the event on that day is the noun's phrase,
/// not what the sentence says of it (the envoy spoke later). `None` when `when` is no
/// possessive or no noun phrase follows it.
///
/// ```
/// use briefing::extract::timeline::named_event;
/// let s = "Jo Roe, an envoy at Friday’s talks at a base in Velm, said the deal held.";
/// assert_eq!(named_event(s, "Friday’s"), Some("Friday’s talks at a base in Velm"));
/// assert_eq!(named_event("He said Monday's vote ended in a tie.", "Monday's"), Some("Monday's vote"));
/// assert_eq!(named_event("But Monday's vote ended in a tie.", "Monday's"), None);
/// assert_eq!(named_event("Monday's vote ended in a tie.", "Monday's"), None);
/// assert_eq!(
///     named_event("He was hurt in Friday's game at Velm Park, which went on.", "in Friday's"),
///     Some("Friday's game at Velm Park")
/// );
/// assert_eq!(named_event("He said Friday's game got the go-ahead.", "Friday's"), Some("Friday's game"));
/// assert_eq!(named_event("They met at Sunday's awards in LA.", "at Sunday's"), Some("Sunday's awards in LA"));
/// assert_eq!(
///     named_event("After Friday's vote they left the U.S. for good.", "After Friday's"),
///     Some("Friday's vote")
/// );
/// assert_eq!(
///     named_event("The plan was set out in October's £3.6bn. budget", "in October's"),
///     Some("October's £3.6bn")
/// );
/// assert_eq!(
///     named_event("It was raised at Monday’s talks between Velm and Kessel.", "Monday’s"),
///     Some("Monday’s talks between Velm and Kessel")
/// );
/// assert_eq!(named_event("They met on Monday.", "on Monday"), None);
/// ```
pub fn named_event<'t>(sentence: &'t str, when: &str) -> Option<&'t str> {
    if !(when.ends_with("’s") || when.ends_with("'s")) {
        return None;
    }
    let at = sentence.find(when)?;
    let rest = &sentence[at + when.len()..];
    // ("on Friday's vote" is "Friday's vote".)
    let start = match when.split_once(' ') {
        Some((lead, _))
            if is_preposition(lead)
                || matches!(lead.to_lowercase().as_str(), "until" | "since") =>
        {
            at + lead.len() + 1
        }
        _ => at,
    };
    // A sentence opening on the day's noun ("Saturday's speech comes days after …", "But
    // Thursday's figures offer …") is about that event: the sentence tells it best.
    // (Not after a preposition: "After Friday's vote, …" is of the vote.)
    let before = sentence[..start].trim_start_matches(['“', '"', '‘', '\'']);
    if start == at && !before.trim_end().contains(' ') {
        return None;
    }
    let rest = rest.strip_prefix(' ')?;
    let phrase = noun_phrase(rest)?;
    let end = sentence.len() - rest.len() + phrase.len();
    Some(&sentence[start..end])
}

/// The noun phrase `text` opens with: up to a stop, a word opening a clause (auxiliaries,
/// conjunctions, pronouns: [`CLAUSE_WORDS`]) or a lower-case past form after the noun ("vote
/// ended", "game got the go-ahead"), without a preposition or article left open at its end.
/// `None` past sixteen words (a run that long is no noun phrase) or when it opens with a
/// function word.
fn noun_phrase(text: &str) -> Option<&str> {
    let mut end = None;
    let mut between = false;
    let offsets = text.split(' ').scan(0, |offset, w| {
        let at = *offset;
        *offset += w.len() + 1;
        Some((at, w))
    });
    for (words, (at, word)) in offsets.enumerate() {
        if words == 16 {
            return None;
        }
        // ("U.S." keeps its stop, unless it ends the sentence.)
        let abbreviation = word.len() > 2
            && at + word.len() < text.len()
            && word[..word.len() - 1]
                .split('.')
                .all(|part| (1..=2).contains(&part.len()) && part.chars().all(char::is_alphabetic))
            && word.ends_with('.');
        let bare = if abbreviation {
            word
        } else {
            word.trim_end_matches(|c: char| !c.is_alphanumeric())
        };
        let lower = bare.to_lowercase();
        // ("Talks between Velm and Kessel": the "and" of "between" joins inside the phrase.)
        let joins_pair = lower == "and" && std::mem::take(&mut between);
        // ("Fed" is a name.)
        let verb = words > 0
            && bare.starts_with(|c: char| c.is_ascii_lowercase())
            && (lower.ends_with("ed")
                || super::lexicon::IRREGULAR_PAST
                    .iter()
                    .any(|&(past, _)| past == lower));
        if bare.is_empty()
            || is_in(&CLAUSE_WORDS, &lower) && !joins_pair
            || verb
            || word.starts_with(['“', '"', '('])
        {
            break;
        }
        between |= lower == "between";
        end = Some(at + bare.len());
        if bare.len() < word.len() {
            break;
        }
    }
    let mut phrase = &text[..end?];
    while let Some((head, last)) = phrase.rsplit_once(' ') {
        if is_preposition(last) || matches!(last, "the" | "a" | "an" | "its" | "their") {
            phrase = head;
        } else {
            break;
        }
    }
    let first = phrase.split(' ').next()?;
    (!is_preposition(first) && !crate::text::is_stopword(&first.to_lowercase())).then_some(phrase)
}

/// Where the last pronoun followed by a past form stands in `text` ("she won", "they
/// raised"): a clause of its own told in the past.
fn pronoun_then_past(text: &str) -> Option<usize> {
    let words: Vec<(usize, &str)> = text
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .collect();
    words.windows(2).rev().find_map(|pair| {
        let [(at, pronoun), (_, verb)] = pair else {
            return None;
        };
        let verb = verb.to_lowercase();
        let past = verb.len() > 4 && verb.ends_with("ed")
            || super::lexicon::irregular_past(&verb).is_some();
        (matches!(
            pronoun.to_lowercase().as_str(),
            "he" | "she" | "they" | "we" | "i" | "who"
        ) && past)
            .then_some(*at)
    })
}

/// True when a weekday printed without "on", "last" … is part of a name or a noun phrase, not
/// a date: a named day ("Black Friday", "Super Tuesday") or a weekday before a capitalised
/// word ("Sunday Herald"). ("The Sunday morning flight" is a date: an article alone says
/// nothing.)
fn names_a_thing(sentence: &str, weekday: regex::Match) -> bool {
    let before = sentence[..weekday.start()]
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase();
    let adjacent_before = sentence[..weekday.start()].ends_with(' ');
    let named_day = matches!(
        before.as_str(),
        "black"
            | "good"
            | "super"
            | "bloody"
            | "ash"
            | "cyber"
            | "easter"
            | "palm"
            | "maundy"
            | "holy"
            | "shrove"
            | "fat"
            | "giving"
    );
    let before_name = sentence[weekday.end()..]
        .strip_prefix(' ')
        .is_some_and(|rest| rest.starts_with(char::is_uppercase));
    adjacent_before && named_day || before_name || ends_quoted_title(sentence, weekday)
}

/// True when a weekday closes a title in quotation marks, each of its words capitalised
/// ("said on “Harbour Report Sunday.”", "told \"Meet the Nation Sunday\""): a programme's name,
/// not a date.
fn ends_quoted_title(sentence: &str, weekday: regex::Match) -> bool {
    let closed = sentence[weekday.end()..]
        .trim_start_matches(['.', ',', '!', '?'])
        .starts_with(['”', '"', '’']);
    let Some(open) = sentence[..weekday.start()].rfind(['“', '"', '‘']) else {
        return false;
    };
    let open_len = sentence[open..].chars().next().map_or(1, char::len_utf8);
    let title = &sentence[open + open_len..weekday.start()];
    closed
        && !title.trim().is_empty()
        && title.split_whitespace().all(|w| {
            w.starts_with(char::is_uppercase) || matches!(w, "the" | "of" | "and" | "in" | "on")
        })
}

/// The weekday nearest the publication date in the direction the tense points.
fn resolve_weekday(
    published: NaiveDate,
    day: Weekday,
    future: bool,
    lead: Option<&str>,
) -> NaiveDate {
    let from = published.weekday().num_days_from_monday() as i64;
    let to = day.num_days_from_monday() as i64;
    if future {
        // News style names today by its weekday: "will meet on Monday" in Monday's paper is
        // that day; "next Monday" is a week on.
        let mut ahead = (to - from).rem_euclid(7);
        if ahead == 0 && lead == Some("next") {
            ahead = 7;
        }
        published + Duration::days(ahead)
    } else {
        let mut back = (from - to).rem_euclid(7);
        if back == 0 && lead == Some("last") {
            back = 7;
        }
        published - Duration::days(back)
    }
}

/// The occurrence of `day` nearest to `published`, the later one when both are as near.
fn nearest_weekday(published: NaiveDate, day: Weekday) -> NaiveDate {
    let from = published.weekday().num_days_from_monday() as i64;
    let to = day.num_days_from_monday() as i64;
    let (ahead, back) = ((to - from).rem_euclid(7), (from - to).rem_euclid(7));
    if ahead <= back {
        published + Duration::days(ahead)
    } else {
        published - Duration::days(back)
    }
}

/// The year that puts a month and day nearest `published`: what a schedule told in the past
/// tense ("sentencing was set for June 18") means, ahead or behind.
fn nearest_year(published: NaiveDate, month: u32, day: u32) -> i32 {
    let y = published.year();
    (y - 1..=y + 1)
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day).map(|d| (y, d)))
        .min_by_key(|(_, d)| (*d - published).num_days().abs())
        .map_or(y, |(y, _)| y)
}

/// The day an article's relative dates are read against: its publication date, or the
/// latest day a post embedded in it was posted when that is later (the article was updated
/// after it first appeared: "… on Wednesday, in a post …" with the post dated Wednesday, in
/// an article dated Tuesday). A post's date is never ahead of the writing; other dates in
/// the text can be.
fn as_of(doc: &SourceDoc, published: Option<NaiveDate>) -> Option<NaiveDate> {
    let posted = doc
        .doc
        .paragraphs
        .iter()
        .filter(|para| para.role == BlockRole::Paragraph)
        .flat_map(|para| para.sentences.iter().map(|s| para.text_of(s)))
        .filter(|text| super::is_embedded_post(text))
        .flat_map(|text| day_refs(text, published))
        .filter_map(|r| r.day())
        .max();
    match (published, posted) {
        (Some(p), Some(q)) => Some(p.max(q)),
        (p, _) => p,
    }
}

/// The day references of a sentence read against `published`; where the story runs on to a
/// later `story_date`, a weekday told in the past that would lie five days or more before
/// `published` is read against `story_date` instead, when that puts it between the two. An
/// article dated Sunday that says "the airline said Monday" was updated after it was dated:
/// its Monday is the next day, not six days before.
fn later_reading(
    published: Option<NaiveDate>,
    story_date: Option<NaiveDate>,
) -> impl Fn(&str) -> Vec<DayRef> {
    move |text: &str| {
        let mut refs = day_refs(text, published);
        let (Some(published), Some(story)) = (published, story_date) else {
            return refs;
        };
        let stale = |r: &DayRef| {
            WEEKDAYS.iter().any(|d| r.when.contains(d))
                && r.day().is_some_and(|d| (published - d).num_days() >= 5)
        };
        if story <= published || !refs.iter().any(stale) {
            return refs;
        }
        let again = day_refs(text, Some(story));
        for (r, a) in refs.iter_mut().zip(again) {
            let fits = a.day().is_some_and(|d| d > published && d <= story);
            if stale(r) && fits {
                r.date = a.date;
            }
        }
        refs
    }
}

/// Extracts dated events, merged across sources, in date order (undated last).
pub fn extract(docs: &[SourceDoc], story_date: Option<NaiveDate>) -> Vec<TimelineEvent<'_>> {
    struct Found<'a> {
        unit: Unit<'a>,
        when: String,
        date: Option<String>,
        /// The event the day's possessive names ("Friday’s summit in Velm"), else `None`:
        /// the sentence tells it.
        named: Option<&'a str>,
    }
    // A source without a date is read against the story's date: the configured one, else
    // the latest publication date among the sources.
    let story_date =
        story_date.or_else(|| docs.iter().filter_map(|d| d.article.meta.published).max());
    // Each source's dated sentences are found on its own (in parallel), in source order.
    use rayon::prelude::*;
    let found: Vec<Found> = docs
        .par_iter()
        .enumerate()
        .flat_map_iter(|(s, doc)| {
            let published = as_of(doc, doc.article.meta.published.or(story_date));
            let updated = later_reading(published, story_date);
            let mut found = Vec::new();
            for (p, para) in doc.doc.paragraphs.iter().enumerate() {
                if para.role != BlockRole::Paragraph {
                    continue;
                }
                for (si, sentence) in para.sentences.iter().enumerate() {
                    let text = para.text_of(sentence);
                    // A question states no event ("What did the council decide on Monday?"),
                    // nor does a word to the reader ("Thanks for following us today.").
                    if text.trim_end().ends_with('?')
                        || super::developments::addresses_someone(text)
                    {
                        continue;
                    }
                    for r in updated(text) {
                        found.push(Found {
                            named: named_event(text, &r.when),
                            unit: Unit {
                                source: s,
                                paragraph: p,
                                sentence: si,
                                anchor: &sentence.anchor,
                                text,
                            },
                            when: r.when,
                            date: r.date,
                        });
                    }
                }
            }
            found
        })
        .collect();
    // Events are compared by what they name: the day's noun phrase where it has one.
    let stems: Vec<Vec<String>> = found
        .par_iter()
        .map(|f| content_stems(f.named.unwrap_or(f.unit.text)))
        .collect();
    let stems: StemLists = stems.into_iter().collect();
    let vecs = vectors(&stems);
    drop(stems);
    // Same date and similar words (from another source): one event. A sentence joins the
    // earliest such event. Only sentences sharing a word can be similar: each sentence's
    // cosine to those is summed through an index of each date's words so far (term by term
    // in the order of the vectors, so the sum is the cosine to the last bit).
    let mut events: Vec<Vec<usize>> = Vec::new();
    let mut event_of: Vec<usize> = Vec::with_capacity(found.len());
    // Per date: for each word, the sentences holding it with its weight in each.
    type WordIndex = HashMap<u32, Vec<(usize, f32)>>;
    let mut by_date: BTreeMap<Option<String>, WordIndex> = BTreeMap::new();
    let mut dot = vec![0.0f64; found.len()];
    let mut seen = vec![false; found.len()];
    let mut touched: Vec<usize> = Vec::new();
    for (i, f) in found.iter().enumerate() {
        let words = by_date.entry(f.date.clone()).or_default();
        let mut home: Option<usize> = None;
        if f.date.is_some() {
            for &(t, w) in &vecs[i] {
                for &(j, x) in words.get(&t).into_iter().flatten() {
                    if !seen[j] {
                        seen[j] = true;
                        touched.push(j);
                    }
                    dot[j] += f64::from(w) * f64::from(x);
                }
            }
            for &j in &touched {
                let cosine = std::mem::take(&mut dot[j]);
                seen[j] = false;
                if found[j].unit.source != f.unit.source && cosine >= 0.3 {
                    home = Some(home.map_or(event_of[j], |h| h.min(event_of[j])));
                }
            }
            touched.clear();
            for &(t, w) in &vecs[i] {
                words.entry(t).or_default().push((i, w));
            }
        }
        match home {
            Some(e) => {
                events[e].push(i);
                event_of.push(e);
            }
            None => {
                event_of.push(events.len());
                events.push(vec![i]);
            }
        }
    }
    let mut ordered: Vec<(Option<String>, usize)> = events
        .iter()
        .enumerate()
        .map(|(e, m)| (found[m[0]].date.clone(), e))
        .collect();
    ordered.sort_by(|a, b| (a.0.is_none(), &a.0, a.1).cmp(&(b.0.is_none(), &b.0, b.1)));
    ordered
        .into_iter()
        .enumerate()
        .map(|(i, (date, e))| {
            let first = &found[events[e][0]];
            TimelineEvent {
                id: format!("t{}", i + 1),
                date,
                when: first.when.clone(),
                event: first.named.unwrap_or(first.unit.text).into(),
                evidence: events[e]
                    .iter()
                    .map(|&m| found[m].unit.evidence(docs))
                    .collect(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    fn dates(s: &str, p: Option<NaiveDate>) -> Vec<Option<String>> {
        day_refs(s, p).into_iter().map(|r| r.date).collect()
    }

    fn some(s: &str) -> Option<String> {
        Some(s.to_string())
    }

    #[test]
    fn past_goes_back_future_goes_forward() {
        let sunday = d(2024, 3, 10);
        assert_eq!(
            dates("The summit held on Friday ended.", sunday),
            vec![some("2024-03-08")]
        );
        assert_eq!(
            dates("She spoke on Sunday.", sunday),
            vec![some("2024-03-10")]
        );
        assert_eq!(
            dates("They will meet on Monday.", sunday),
            vec![some("2024-03-11")]
        );
        assert_eq!(
            dates("Monday's meeting is expected to run late.", sunday),
            vec![some("2024-03-11")]
        );
        assert_eq!(
            dates("He arrived last Sunday.", sunday),
            vec![some("2024-03-03")]
        );
        // Today is named by its weekday; "next" is a week on.
        assert_eq!(
            dates("The flags will fly on Sunday.", sunday),
            vec![some("2024-03-10")]
        );
        assert_eq!(
            dates("They will meet next Sunday.", sunday),
            vec![some("2024-03-17")]
        );
        // A forecast looks ahead.
        assert_eq!(
            dates("More rain is forecast for Wednesday.", sunday),
            vec![some("2024-03-13")]
        );
        // A modal after the day looks ahead (not a perfect), unless a past verb dates it.
        assert_eq!(
            dates("Talks on Monday may resume.", sunday),
            vec![some("2024-03-11")]
        );
        assert_eq!(
            dates("Police said on Friday the man could face charges.", sunday),
            vec![some("2024-03-08")]
        );
        assert_eq!(
            dates(
                "She said further strikes in April could not be ruled out.",
                sunday
            ),
            vec![some("2024-04")]
        );
        assert_eq!(
            dates(
                "Union leaders said strikes in January could not be ruled out.",
                d(2026, 12, 2)
            ),
            vec![some("2027-01")]
        );
        assert_eq!(
            dates("The talks in February could have collapsed.", sunday),
            vec![some("2024-02")]
        );
        // The modal of what was said after the day is not the day's.
        assert_eq!(
            dates(
                "The bank raised rates on Wednesday and signalled that more rises may follow.",
                sunday
            ),
            vec![some("2024-03-06")]
        );
        // Reported speech's "would" looks ahead; "would have" does not.
        assert_eq!(
            dates("The coach said he would start on Saturday.", sunday),
            vec![some("2024-03-16")]
        );
        assert_eq!(
            dates("She said she would have resigned on Friday.", sunday),
            vec![some("2024-03-08")]
        );
    }

    #[test]
    fn a_day_in_an_aside_without_a_verb_is_the_nearer() {
        let wednesday = d(2026, 10, 14);
        assert_eq!(
            dates(
                "Acme will pay $38 a share, a premium to its closing price on Tuesday.",
                wednesday
            ),
            vec![some("2026-10-13")]
        );
        // The sentence's own clause still looks ahead.
        assert_eq!(
            dates("Acme will pay $38 a share on Tuesday.", wednesday),
            vec![some("2026-10-20")]
        );
    }

    #[test]
    fn a_past_participle_before_a_day_dates_what_was_done() {
        let thursday = d(2026, 7, 9);
        assert_eq!(
            dates(
                "The schools closed on Tuesday are expected to reopen on Monday.",
                thursday
            ),
            vec![some("2026-07-07"), some("2026-07-13")]
        );
        // Not a participle after "be", nor a schedule.
        assert_eq!(
            dates("The schools will be closed on Tuesday.", thursday),
            vec![some("2026-07-14")]
        );
        assert_eq!(
            dates("A verdict is expected on Monday.", thursday),
            vec![some("2026-07-13")]
        );
    }

    #[test]
    fn a_past_told_in_a_relative_clause_after_a_future_stays_past() {
        let june = d(2029, 6, 5);
        // The medal was won in March; the loss lies ahead.
        assert_eq!(
            dates(
                "Her results have been annulled, meaning she will lose the medal she won at the championships in March.",
                june
            ),
            vec![some("2029-03")]
        );
        assert_eq!(
            dates("She will defend the title in March.", june),
            vec![some("2030-03")]
        );
    }

    #[test]
    fn a_summons_to_appear_looks_ahead_whenever_it_was_served() {
        let monday = d(2026, 7, 13);
        // Summoned in the past (a perfect, a past), to appear on a day to come.
        assert_eq!(
            dates(
                "The director has been summoned to appear before a committee on Wednesday.",
                monday
            ),
            vec![some("2026-07-15")]
        );
        assert_eq!(
            dates("He was bailed to appear in court on Friday.", monday),
            vec![some("2026-07-17")]
        );
        // The day of the summons itself is behind.
        assert_eq!(
            dates(
                "He was summoned on Friday to appear before the panel.",
                monday
            ),
            vec![some("2026-07-10")]
        );
    }

    #[test]
    fn a_schedule_told_in_the_past_is_the_nearest_such_day() {
        let march = d(2026, 3, 13);
        assert_eq!(
            dates("The judge scheduled sentencing for June 18.", march),
            vec![some("2026-06-18")]
        );
        assert_eq!(
            dates("Sentencing was set for 18 June.", march),
            vec![some("2026-06-18")]
        );
        assert_eq!(
            dates("The hearing was scheduled for March 2.", march),
            vec![some("2026-03-02")]
        );
        // Not a schedule: the last June 18 before publication.
        assert_eq!(
            dates("The judge ruled on June 18.", march),
            vec![some("2025-06-18")]
        );
    }

    #[test]
    fn a_quoted_day_gives_way_to_the_sentence_s_own() {
        let monday = d(2017, 5, 8);
        assert_eq!(
            dates(
                "He wrote on Sunday: \u{201c}Congratulations on your big win today.\u{201d}",
                monday
            ),
            vec![some("2017-05-07")]
        );
        assert_eq!(
            dates("\u{201c}We won today,\u{201d} she said.", monday),
            vec![some("2017-05-08")]
        );
    }

    #[test]
    fn an_article_telling_of_the_day_after_its_date_was_updated() {
        let (sunday, monday) = (d(2024, 3, 10), d(2024, 3, 11));
        let read = later_reading(sunday, monday);
        let dates =
            |s: &str| -> Vec<Option<String>> { read(s).into_iter().map(|r| r.date).collect() };
        assert_eq!(
            dates("The recorders were found, the airline said Monday."),
            vec![some("2024-03-11")]
        );
        // Friday two days before: as dated.
        assert_eq!(
            dates("The talks ended on Friday."),
            vec![some("2024-03-08")]
        );
        // No later story date: as dated.
        let alone = later_reading(sunday, sunday);
        assert_eq!(
            alone("The airline said Monday.")
                .into_iter()
                .map(|r| r.date)
                .collect::<Vec<_>>(),
            vec![some("2024-03-04")]
        );
    }

    #[test]
    fn a_start_looks_forward_and_a_past_schedule_takes_the_nearer_day() {
        let monday = d(2019, 3, 11);
        assert_eq!(
            dates(
                "A carrier due to receive its first jet in April declined to comment.",
                monday
            ),
            vec![some("2019-04")]
        );
        assert_eq!(
            dates(
                "The regulator ordered airlines to halt the flights from Tuesday.",
                monday
            ),
            vec![some("2019-03-12")]
        );
        assert_eq!(
            dates(
                "Acme said it was cancelling an event scheduled for Wednesday.",
                monday
            ),
            vec![some("2019-03-13")]
        );
        // The nearer of a past form and a "will" governs, and a list of days reads as one.
        assert_eq!(
            dates(
                "Fans who were angry will protest on Thursday, Sunday and Monday.",
                monday
            ),
            vec![some("2019-03-14"), some("2019-03-17"), some("2019-03-18")]
        );
        let friday = d(2019, 3, 15);
        assert_eq!(
            dates(
                "The vote was scheduled for Wednesday but was postponed.",
                friday
            ),
            vec![some("2019-03-13")]
        );
        assert_eq!(
            dates("The office was closed from Monday to Wednesday.", friday),
            vec![some("2019-03-11"), some("2019-03-13")]
        );
    }

    #[test]
    fn a_clause_without_tense_takes_the_sentence_s_future_but_never_over_a_past() {
        let may = d(2017, 5, 8);
        assert_eq!(
            dates(
                "In the coming weeks, the mayor will face a test, and a vote in June.",
                may
            ),
            vec![some("2017-06")]
        );
        assert_eq!(
            dates(
                "The mayor, who will retire next year, won the vote in June.",
                may
            ),
            vec![some("2018"), some("2016-06")]
        );
    }

    #[test]
    fn an_article_is_read_as_of_the_latest_post_it_embeds() {
        let mut docs = crate::extract::tests::docs_from(&[concat!(
            "The mayor opened the bridge on Monday.\n\n",
            "She returned to the subject on Wednesday, in a post on the bridge.\n\n",
            "A fine day for a bridge! — Ann Lee (@annlee) March 13, 2019",
        )]);
        docs[0].article.meta.published = d(2019, 3, 12);
        let dated: Vec<(String, Option<String>)> = extract(&docs, None)
            .into_iter()
            .map(|e| (e.event.into_owned(), e.date))
            .collect();
        assert_eq!(
            dated,
            vec![
                (
                    "The mayor opened the bridge on Monday.".to_string(),
                    some("2019-03-11")
                ),
                (
                    "She returned to the subject on Wednesday, in a post on the bridge."
                        .to_string(),
                    some("2019-03-13")
                ),
                (
                    "A fine day for a bridge! — Ann Lee (@annlee) March 13, 2019".to_string(),
                    some("2019-03-13")
                ),
            ]
        );
    }

    #[test]
    fn a_question_is_no_event() {
        let docs = crate::extract::tests::docs_from(&[
            "What did the council decide on Sunday?\n\nThe council approved the bridge on Sunday. Thanks for following our coverage today.",
        ]);
        let events = extract(&docs, d(2019, 3, 11));
        let texts: Vec<&str> = events.iter().map(|e| &*e.event).collect();
        assert_eq!(texts, vec!["The council approved the bridge on Sunday."]);
        assert_eq!(events[0].date.as_deref(), Some("2019-03-10"));
    }

    #[test]
    fn a_possessive_day_names_its_event_across_outlets() {
        let docs = crate::extract::tests::docs_from(&[
            "Jo Roe, an envoy at Friday’s talks at a base in Velm, said the deal held. The council met on Saturday.",
            "Ann Lee, speaking after Friday’s summit in Velm, said little. Prices rose on Saturday.",
            "The ferry sailed on Thursday.",
        ]);
        let events = extract(&docs, d(2024, 3, 10));
        let friday: Vec<(&str, usize)> = events
            .iter()
            .filter(|e| e.date.as_deref() == Some("2024-03-08"))
            .map(|e| (&*e.event, e.evidence.len()))
            .collect();
        assert_eq!(friday, vec![("Friday’s talks at a base in Velm", 2)]);
        // A day's noun opening the sentence: the sentence is about the event.
        let docs = crate::extract::tests::docs_from(&["Friday’s talks in Velm ended early."]);
        let events = extract(&docs, d(2024, 3, 10));
        assert_eq!(&*events[0].event, "Friday’s talks in Velm ended early.");
    }

    #[test]
    fn a_birth_date_is_no_event() {
        assert!(
            day_refs(
                "The envoy, born in 1951, was a seasoned expert.",
                d(2019, 3, 11)
            )
            .is_empty()
        );
        assert!(day_refs("Lima, born on 5 May 1960, spoke.", d(2019, 3, 11)).is_empty());
        assert_eq!(
            dates(
                "The envoy, who was sworn in in 1991, spoke.",
                d(2019, 3, 11)
            ),
            vec![some("1991")]
        );
    }

    #[test]
    fn explicit_and_relative_dates() {
        let p = d(2019, 3, 11);
        assert_eq!(
            dates("The jet crashed on March 10, 2019, killing all aboard.", p),
            vec![some("2019-03-10")]
        );
        assert_eq!(dates("It flew on 9 March.", p), vec![some("2019-03-09")]);
        assert_eq!(
            dates("Shares fell today and yesterday.", p),
            vec![some("2019-03-11"), some("2019-03-10")]
        );
        assert_eq!(dates("It happened on Friday.", None), vec![None]);
        // Named days and weekdays inside names or noun phrases are no dates.
        assert_eq!(
            dates("Black Friday sales rose, the Sunday Herald said.", p),
            Vec::<Option<String>>::new()
        );
        assert_eq!(dates("Sales rose Friday.", p), vec![some("2019-03-08")]);
        // So is one closing a programme's title; not one after a name out of quotation
        // marks, nor one in a quotation.
        assert_eq!(
            dates("“We agreed,” he said on “Harbour Report Sunday.”", p),
            Vec::<Option<String>>::new()
        );
        assert_eq!(
            dates("He told Reuters Sunday that it would fly.", p),
            vec![some("2019-03-10")]
        );
        assert_eq!(
            dates("He said: “We met Sunday.”", p),
            vec![some("2019-03-10")]
        );
        assert_eq!(
            dates("It crashed on Oct. 29 off the coast.", p),
            vec![some("2018-10-29")]
        );
        assert_eq!(
            dates("It was attacked on September 11,2001 in the city.", p),
            vec![some("2001-09-11")]
        );
    }

    #[test]
    fn months_and_years_at_their_precision() {
        let p = d(2019, 3, 11);
        assert_eq!(
            dates("In October, another jet crashed.", p),
            vec![some("2018-10")]
        );
        assert_eq!(dates("Changes are due by April.", p), vec![some("2019-04")]);
        assert_eq!(
            dates("The last time was in January 2013.", p),
            vec![some("2013-01")]
        );
        assert_eq!(
            dates(
                "The model entered service in 2017 and the 2014 crisis followed.",
                p
            ),
            vec![some("2017"), some("2014")]
        );
        assert_eq!(
            dates(
                "Voters left the union last year; elections come next month.",
                p
            ),
            vec![some("2018"), some("2019-04")]
        );
        assert!(dates("More than 2000 people and 300 jets.", p).is_empty());
    }
}
