//! Timeline: day references resolved against each source's publication date.
//!
//! General-purpose date parsers resolve a bare weekday forward; news written in the past tense
//! means the most recent one. So the tense around the reference decides: future cues ("will",
//! "is scheduled to", "next") resolve forward, anything else back. A reference that cannot be
//! anchored keeps its words and a null date.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use regex::Regex;

use super::SourceDoc;
use super::cluster::{Unit, cosine, vectors};
use super::lexicon::{MONTHS, WEEKDAYS};
use crate::clean::BlockRole;
use crate::model::{Evidence, TimelineEvent};
use crate::text::content_stems;

static DAY_REF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"\b(?:(?P<lead>on|last|next|this|by|until|since|from|before|after|early|late)\s+)?",
        r"(?:(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s)?",
        r"(?:,?\s+(?P<wd_month>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?P<wd_day>\d{1,2}))?",
        r"|(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+(?P<mday>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<myear>\d{4}))?",
        r"|(?P<dday>\d{1,2})(?:st|nd|rd|th)?\s+(?P<dmonth>January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?P<dyear>\d{4}))?",
        r"|(?P<iso>\d{4}-\d{2}-\d{2})",
        r"|(?P<rel>today|yesterday|tomorrow|tonight|this (?:morning|afternoon|evening)))\b",
    ))
    .unwrap()
});

static FUTURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:will|shall|'ll|’ll|is (?:scheduled|expected|due|set|slated|going) to|are (?:scheduled|expected|due|set|slated|going) to|plans? to|planned|upcoming|next|scheduled for|to (?:host|meet|visit|hold|travel))\b").unwrap()
});

/// A day reference found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayRef {
    /// The words as printed.
    pub when: String,
    pub date: Option<NaiveDate>,
}

fn month_number(name: &str) -> Option<u32> {
    let key = name.trim_end_matches('.').to_lowercase();
    MONTHS
        .iter()
        .position(|m| m.to_lowercase().starts_with(&key) && key.len() >= 3)
        .map(|i| i as u32 + 1)
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

/// Finds and resolves the day references of a sentence against a publication date.
///
/// ```
/// use chrono::NaiveDate;
/// let sunday = NaiveDate::from_ymd_opt(2024, 3, 10);
/// let refs = briefing::extract::timeline::day_refs("Talks held on Friday ended; he will fly home Monday.", sunday);
/// let got: Vec<(String, Option<String>)> = refs.into_iter().map(|r| (r.when, r.date.map(|d| d.to_string()))).collect();
/// assert_eq!(got, vec![("on Friday".into(), Some("2024-03-08".into())), ("Monday".into(), Some("2024-03-11".into()))]);
/// ```
pub fn day_refs(sentence: &str, published: Option<NaiveDate>) -> Vec<DayRef> {
    let mut out = Vec::new();
    for m in DAY_REF.captures_iter(sentence) {
        let whole = m.get(0).unwrap();
        let lead = m.name("lead").map(|l| l.as_str().to_lowercase());
        // Tense: future cues in the words around the reference.
        let clause_start = sentence[..whole.start()]
            .rfind([',', ';', '.'])
            .map_or(0, |i| i + 1);
        let clause_end = sentence[whole.end()..]
            .find([',', ';', '.'])
            .map_or(sentence.len(), |i| whole.end() + i);
        let future =
            lead.as_deref() == Some("next") || FUTURE.is_match(&sentence[clause_start..clause_end]);
        let date = if let Some(wd) = m.name("weekday") {
            match (m.name("wd_month"), m.name("wd_day"), published) {
                (Some(mo), Some(d), Some(p)) => month_number(mo.as_str())
                    .and_then(|mo| NaiveDate::from_ymd_opt(p.year(), mo, d.as_str().parse().ok()?)),
                (_, _, Some(p)) => Some(resolve_weekday(
                    p,
                    weekday_of(wd.as_str()),
                    future,
                    lead.as_deref(),
                )),
                _ => None,
            }
        } else if let Some(mo) = m.name("month") {
            let year = m
                .name("myear")
                .and_then(|y| y.as_str().parse().ok())
                .or(published.map(|p| p.year()));
            year.and_then(|y| {
                NaiveDate::from_ymd_opt(
                    y,
                    month_number(mo.as_str())?,
                    m.name("mday")?.as_str().parse().ok()?,
                )
            })
        } else if let Some(mo) = m.name("dmonth") {
            let year = m
                .name("dyear")
                .and_then(|y| y.as_str().parse().ok())
                .or(published.map(|p| p.year()));
            year.and_then(|y| {
                NaiveDate::from_ymd_opt(
                    y,
                    month_number(mo.as_str())?,
                    m.name("dday")?.as_str().parse().ok()?,
                )
            })
        } else if let Some(iso) = m.name("iso") {
            NaiveDate::parse_from_str(iso.as_str(), "%Y-%m-%d").ok()
        } else if let Some(rel) = m.name("rel") {
            published.map(|p| match rel.as_str().to_lowercase().as_str() {
                "yesterday" => p - Duration::days(1),
                "tomorrow" => p + Duration::days(1),
                _ => p,
            })
        } else {
            None
        };
        out.push(DayRef {
            when: whole.as_str().to_string(),
            date,
        });
    }
    out
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
        let mut ahead = (to - from).rem_euclid(7);
        if ahead == 0 {
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

/// Extracts dated events, merged across sources, in date order (undated last).
pub fn extract(docs: &[SourceDoc], story_date: Option<NaiveDate>) -> Vec<TimelineEvent> {
    struct Found {
        unit: Unit,
        when: String,
        date: Option<NaiveDate>,
    }
    let mut found = Vec::new();
    for (s, doc) in docs.iter().enumerate() {
        let published = doc.article.meta.published.or(story_date);
        for (p, para) in doc.doc.paragraphs.iter().enumerate() {
            if para.role != BlockRole::Paragraph {
                continue;
            }
            for sentence in &para.sentences {
                for r in day_refs(&sentence.text, published) {
                    found.push(Found {
                        unit: Unit {
                            source: s,
                            paragraph: p,
                            anchor: sentence.anchor.clone(),
                            text: sentence.text.clone(),
                            stems: content_stems(&sentence.text),
                        },
                        when: r.when,
                        date: r.date,
                    });
                }
            }
        }
    }
    let units: Vec<Unit> = found.iter().map(|f| f.unit.clone()).collect();
    let vecs = vectors(&units);
    // Same date and similar words: one event.
    let mut events: Vec<Vec<usize>> = Vec::new();
    let mut by_date: BTreeMap<Option<NaiveDate>, Vec<usize>> = BTreeMap::new();
    for (i, f) in found.iter().enumerate() {
        let slot = by_date.entry(f.date).or_default();
        let home = slot.iter().copied().find(|&e| {
            f.date.is_some()
                && events[e].iter().any(|&j| {
                    cosine(&vecs[i], &vecs[j]) >= 0.3 && found[j].unit.source != f.unit.source
                })
        });
        match home {
            Some(e) => events[e].push(i),
            None => {
                slot.push(events.len());
                events.push(vec![i]);
            }
        }
    }
    let mut ordered: Vec<(Option<NaiveDate>, usize)> = events
        .iter()
        .enumerate()
        .map(|(e, m)| (found[m[0]].date, e))
        .collect();
    ordered.sort_by_key(|&(d, e)| (d.is_none(), d, e));
    ordered
        .into_iter()
        .enumerate()
        .map(|(i, (date, e))| {
            let first = &found[events[e][0]];
            TimelineEvent {
                id: format!("t{}", i + 1),
                date: date.map(|d| d.to_string()),
                when: first.when.clone(),
                event: first.unit.text.clone(),
                evidence: events[e]
                    .iter()
                    .map(|&m| Evidence {
                        source: docs[found[m].unit.source].id.clone(),
                        anchor: found[m].unit.anchor.clone(),
                        text: found[m].unit.text.clone(),
                    })
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

    fn dates(s: &str, p: Option<NaiveDate>) -> Vec<Option<NaiveDate>> {
        day_refs(s, p).into_iter().map(|r| r.date).collect()
    }

    #[test]
    fn past_goes_back_future_goes_forward() {
        let sunday = d(2024, 3, 10);
        assert_eq!(
            dates("The summit held on Friday ended.", sunday),
            vec![d(2024, 3, 8)]
        );
        assert_eq!(dates("She spoke on Sunday.", sunday), vec![d(2024, 3, 10)]);
        assert_eq!(
            dates("They will meet on Monday.", sunday),
            vec![d(2024, 3, 11)]
        );
        assert_eq!(
            dates("Monday's meeting is expected to run late.", sunday),
            vec![d(2024, 3, 11)]
        );
        assert_eq!(
            dates("He arrived last Sunday.", sunday),
            vec![d(2024, 3, 3)]
        );
    }

    #[test]
    fn explicit_and_relative_dates() {
        let p = d(2019, 3, 11);
        assert_eq!(
            dates("The jet crashed on March 10, 2019, killing all aboard.", p),
            vec![d(2019, 3, 10)]
        );
        assert_eq!(dates("It flew on 9 March.", p), vec![d(2019, 3, 9)]);
        assert_eq!(
            dates("Shares fell today and yesterday.", p),
            vec![d(2019, 3, 11), d(2019, 3, 10)]
        );
        assert_eq!(dates("It happened on Friday.", None), vec![None]);
    }
}
