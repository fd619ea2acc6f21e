//! Conflicts: the same fact with different figures in different outlets (148 vs 150 aboard),
//! or on different dates (May 14 vs May 15).
//!
//! Within one development, every count is read with the word it counts ("212 people",
//! "nine Danes", "3 percent"), and every date printed in full; when two outlets count the
//! same thing differently, or date it differently, that is a conflict worth showing, with
//! each figure and the outlets that give it.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use regex::Regex;

use crate::model::{Evidence, Figure, FigureConflict};
use crate::pattern::CaselessPattern;
use crate::text::{is_stopword, stem};

/// The patterns of this stage, for the build to compile ahead of use: while the files are
/// read, each on whichever core is free.
pub fn patterns() -> Vec<&'static LazyLock<Regex>> {
    vec![
        COUNT.compiled(),
        PART_OF.compiled(),
        &MONEY,
        &AGE,
        &DIED_AGED,
        &DATE,
        ELLIPTICAL.compiled(),
    ]
}

static COUNT: CaselessPattern = CaselessPattern::new(|| {
    CaselessPattern::compile(
        r"(?-u:\b)(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|eleven|twelve|one|two|three|four|five|six|seven|eight|nine|ten|hundred)\s*(%|per ?cent(?-u:\b)|°?[cf](?-u:\b)|[a-z][a-z'’-]+)",
    )
});

/// A figure and "of" / "out of" right before another figure ("four of six", "six of its
/// nine").
static PART_OF: CaselessPattern = CaselessPattern::new(|| {
    CaselessPattern::compile(
        r"(?-u:\b)(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\s+(?:out\s+)?of\s+(?:(?:the|its|their|his|her|our)\s+)?(?:(?:last|first|next|past|previous)\s+)?$",
    )
});

/// The value of a figure as printed ("1,200", "3.5") or spelled ("twelve").
pub(crate) fn number_value(word: &str) -> Option<f64> {
    super::lexicon::number_word_value(word).or_else(|| word.replace(',', "").parse().ok())
}

/// Counts in a sentence: (what is counted, as a stem; as printed; value).
///
/// ```
/// let got: Vec<(String, f64)> = briefing::extract::conflicts::counts("All 212 people aboard were rescued, including six Danes; prices rose 4 percent.")
///     .into_iter().map(|(stem, _, v)| (stem, v)).collect();
/// assert_eq!(got, vec![("peopl".to_string(), 212.0), ("dane".to_string(), 6.0), ("percent".to_string(), 4.0)]);
/// ```
pub fn counts(sentence: &str) -> Vec<(String, String, f64)> {
    counts_at(sentence)
        .into_iter()
        .map(|c| (c.unit, c.printed, c.value))
        .collect()
}

/// One count in a sentence, as [`counts_at`] reads it.
struct Count {
    /// What is counted, as a stem.
    unit: String,
    /// What is counted, as printed.
    printed: String,
    value: f64,
    /// Where the figure and its word stand in the sentence.
    at: std::ops::Range<usize>,
    /// The whole it is part of: 9 in "six of the nine members".
    whole: Option<f64>,
}

/// [`counts`], each with where the figure and its word stand in the sentence.
fn counts_at(sentence: &str) -> Vec<Count> {
    let mut out = Vec::new();
    for m in COUNT.captures_iter(sentence) {
        // (A number word is a word of its own: not the "ten" of "tenants".)
        let figure = m.get(1).unwrap();
        if figure.as_str().starts_with(char::is_alphabetic)
            && !sentence[figure.end()..].starts_with(char::is_whitespace)
        {
            continue;
        }
        let Some(mut value) = number_value(&m[1]) else {
            continue;
        };
        let mut whole = None;
        // "four of six counts", "3 out of 10 voters": the figure before "of" is the count, the
        // one after it the whole it is part of.
        let before = &sentence[..m.get(1).unwrap().start()];
        if let Some(part) = before
            .contains(" of ")
            .then(|| PART_OF.captures(before))
            .flatten()
        {
            match number_value(&part[1]) {
                Some(v) => (whole, value) = (Some(value), v),
                None => continue,
            }
        }
        // Counted things are common nouns ("people", "jets") or peoples ("Chileans"); a
        // capitalised word after a number is a name or a model ("747 Jumbo").
        let printed = &m[2];
        // A temperature: "41.2C", "106F", "38°C".
        let degrees = matches!(printed.trim_start_matches('°'), "C" | "F");
        let people = printed.len() > 4
            && printed.ends_with('s')
            && !printed.chars().skip(1).any(char::is_uppercase);
        if printed.starts_with(char::is_uppercase) && !people && !degrees {
            continue;
        }
        if sentence[m.get(1).unwrap().end()..].starts_with(['-', '–'])
            || sentence[..m.get(1).unwrap().start()].ends_with(['-', '–', '.', '/'])
            // (After a currency sign it is a sum of money: [`amount_conflict`].)
            || sentence[..m.get(1).unwrap().start()]
                .trim_end()
                .ends_with(['$', '£', '€', '¥'])
        {
            continue;
        }
        // "5 million viewers": the word after a magnitude says what is counted (in millions);
        // a magnitude with nothing counted after it ("$5 million.") counts nothing this can
        // compare.
        let counted_after = if is_magnitude(printed) {
            let rest = &sentence[m.get(0).unwrap().end()..];
            let Some(next) = rest
                .strip_prefix(' ')
                .and_then(|r| r.split(|c: char| !c.is_alphabetic() && c != '-').next())
                .filter(|w| w.len() >= 3 && w.starts_with(char::is_lowercase) && !is_stopword(w))
            else {
                continue;
            };
            Some(next)
        } else {
            None
        };
        // "Her No 2 single", "a 3 bedroom flat": after a whole number above one, a singular
        // noun is a rank or a kind, not what is counted; so is any figure after "number" or
        // "No" ("went to number one", "the No 1 seed").
        let before = sentence[..m.get(1).unwrap().start()].trim_end();
        let last_word = before.rsplit(' ').next().unwrap_or_default();
        let rank =
            last_word.eq_ignore_ascii_case("number") || matches!(last_word, "No" | "No." | "#");
        if rank
            || !degrees
                && counted_after.is_none()
                && value > 1.0
                && value.fract() == 0.0
                && singular(printed)
        {
            continue;
        }
        let counted = counted_after.unwrap_or(printed).to_lowercase();
        let measured = degrees || matches!(counted.as_str(), "%" | "percent" | "per cent");
        if !measured && (is_stopword(&counted) || counted.len() < 3) {
            continue;
        }
        let printed = match counted_after {
            Some(next) => format!("{printed} {next}"),
            None => printed.to_string(),
        };
        let unit = unit_of(&printed);
        // Years, times and ordinals are not counts of things.
        if (1900.0..2100.0).contains(&value) && m[1].len() == 4
            || matches!(
                unit.rsplit(' ').next().unwrap_or_default(),
                "am" | "pm"
                    | "st"
                    | "nd"
                    | "rd"
                    | "th"
                    | "year"
                    | "month"
                    | "day"
                    | "hour"
                    | "minut"
                    | "week"
            )
        {
            continue;
        }
        let at = m.get(0).unwrap().range();
        out.push(Count {
            unit,
            printed,
            value,
            at,
            whole,
        });
    }
    out
}

/// True for a common noun plainly in the singular: lower case, no plural "-s", and none of
/// the plurals English makes otherwise ("people", "children", "staff", "aircraft" …).
fn singular(noun: &str) -> bool {
    const OTHER_PLURALS: &[&str] = &[
        "people",
        "men",
        "women",
        "children",
        "police",
        "staff",
        "crew",
        "personnel",
        "cattle",
        "sheep",
        "fish",
        "aircraft",
        "feet",
        "teeth",
        "mice",
        "geese",
        "data",
        "media",
        "deer",
        // A measure is printed in the singular whatever the figure ("4 percent").
        "percent",
    ];
    // (Abbreviated units, "mph", "kg", are left as they were: short.)
    noun.len() >= 4
        && noun.starts_with(char::is_lowercase)
        && noun.chars().all(char::is_alphabetic)
        && !noun.ends_with('s')
        && !OTHER_PLURALS.contains(&noun)
}

/// What a conflict of calendar dates counts ([`FigureConflict::counted`]).
pub const DATES: &str = "date";

/// What a conflict of sums of money counts ([`FigureConflict::counted`]).
pub const AMOUNTS: &str = "amount";

/// What a conflict of a person's age counts, before the person's name
/// ([`FigureConflict::counted`]: "age of Marcus Dean").
pub const AGE_OF: &str = "age of ";

/// A capitalised word of a name, in the Latin letters news prints names in (as
/// [`crate::text::latin_words`]): all of Unicode's letters made the two patterns below the
/// costliest of the build to compile.
const NAME_WORD: &str = r"[A-Z\u{C0}-\u{DE}][A-Za-z\u{C0}-\u{24F}'’-]+";

/// An age printed with a name: "Marcus Dean, 34, was charged", "Jo Li, aged 61.", "the
/// 17-year-old Liam Carver".
static AGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?P<name>{NAME_WORD}(?: {NAME_WORD}){{0,3}}), (?:aged )?(?P<age>[0-9]{{1,3}})(?:[,.;]| and )|(?-u:\b)(?P<age2>[0-9]{{1,3}})-year-old (?P<name2>{NAME_WORD}(?: {NAME_WORD}){{0,3}})"
    ))
    .unwrap()
});

/// An age at death: "Rosalind Achterberg, the actor …, has died at the age of 84", "Jo
/// Li, who has died aged 83".
static DIED_AGED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?P<name>{NAME_WORD}(?: {NAME_WORD}){{1,3}})[^.;]*?(?-u:\b)(?:died|dies)(?: [a-z]+){{0,3}}? (?:aged|at the age of|at) (?P<age>[0-9]{{1,3}})(?-u:\b)"
    ))
    .unwrap()
});

/// The ages a sentence gives people: (surname, name as printed, age).
fn ages(sentence: &str) -> Vec<(String, String, u32)> {
    // (Not "Jo Li, whose father died aged 84": the age is another's.)
    let at_death = DIED_AGED
        .captures_iter(sentence)
        .filter(|c| !c[0].contains(" whose "));
    AGE.captures_iter(sentence)
        .chain(at_death)
        .filter_map(|c| {
            let name = c.name("name").or(c.name("name2"))?.as_str();
            let age: u32 = c.name("age").or(c.name("age2"))?.as_str().parse().ok()?;
            // (A name of one word opening the sentence may be any capitalised word.)
            let words: Vec<&str> = name.split(' ').collect();
            let surname = words.last()?.to_lowercase();
            (words.len() >= 2 && (1..=110).contains(&age)).then(|| (surname, name.to_string(), age))
        })
        .collect()
}

/// One person given different ages by different outlets ("Marcus Dean, 34" and "Marcus
/// Dean, 33"). An outlet giving one surname two ages names two people: no conflict then.
fn age_conflicts(evidence: &[Evidence]) -> Vec<FigureConflict> {
    // surname → (longest name printed, age → sources)
    let mut given: BTreeMap<String, (String, BTreeMap<u32, BTreeSet<String>>)> = BTreeMap::new();
    for e in evidence {
        for (surname, name, age) in ages(&e.text) {
            let entry = given.entry(surname).or_default();
            if name.len() > entry.0.len() {
                entry.0 = name;
            }
            entry.1.entry(age).or_default().insert(e.source.to_string());
        }
    }
    given
        .into_values()
        .filter(|(_, by_age)| {
            by_age.len() >= 2
                && by_age
                    .values()
                    .enumerate()
                    .all(|(i, a)| by_age.values().skip(i + 1).all(|b| a.is_disjoint(b)))
        })
        .map(|(name, by_age)| FigureConflict {
            counted: format!("{AGE_OF}{name}"),
            figures: by_age
                .into_iter()
                .map(|(age, sources)| Figure {
                    value: age.to_string(),
                    sources: sources.into_iter().collect(),
                })
                .collect(),
        })
        .collect()
}

/// A sum of money: a currency sign, a figure and a magnitude ("$4.2bn", "£3m", "€500,000",
/// "$38").
static MONEY: LazyLock<Regex> = LazyLock::new(|| {
    // (ASCII classes and no case folding: the pattern runs over every development's
    // evidence, and a lean automaton keeps the lazy DFA's memory small.)
    // A sign before the sum ("£14,200", "$3bn"), or the currency named after it, as wires
    // print it ("14,200 pounds", "3 billion euros").
    Regex::new(r"(?:(?P<cur>US\$|[$£€¥]) ?(?P<num>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+(?:\.[0-9]+)?)(?: ?(?P<mag>bn|billion|tn|trillion|mn|m|million|k|thousand)(?-u:\b))?|(?-u:\b)(?P<num2>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+(?:\.[0-9]+)?)(?: (?P<mag2>billion|trillion|million|thousand))? (?P<word>pounds|dollars|euros|yen)(?-u:\b))")
        .unwrap()
});

/// A sum of money in a sentence: its currency sign, its value, how far its printed
/// precision lets it stray ([`amounts`]) and where it stands.
struct Amount {
    currency: String,
    value: f64,
    rounding: f64,
    at: std::ops::Range<usize>,
}

/// The sums of money a sentence prints ([`MONEY`]).
fn amounts(sentence: &str) -> Vec<Amount> {
    MONEY
        .captures_iter(sentence)
        .filter(|c| {
            // "6.5bn euros ($8.6bn; £4.5bn)": a sum in brackets after another is the same
            // sum converted, not a figure of its own.
            let before = &sentence[..c.get(0).map_or(0, |m| m.start())];
            let in_brackets = before
                .rfind('(')
                .is_some_and(|open| before.rfind(')').is_none_or(|close| close < open));
            !(in_brackets && before.trim_end().ends_with(['(', ';', ',']))
        })
        .filter_map(|c| {
            let printed = c.name("num").or(c.name("num2"))?.as_str().replace(',', "");
            let number: f64 = printed.parse().ok()?;
            let scale = match c.name("mag").or(c.name("mag2")).map(|m| m.as_str()) {
                Some("bn" | "billion") => 1e9,
                Some("tn" | "trillion") => 1e12,
                Some("m" | "mn" | "million") => 1e6,
                Some("k" | "thousand") => 1e3,
                _ => 1.0,
            };
            // Half the last printed decimal either way ("$4.2bn" may be $4.24bn); a tenth
            // of a whole figure of millions ("£3m" may be £3.1m, not £3.5m). "$38" is exact.
            let decimals = printed.split_once('.').map_or(0, |(_, d)| d.len()) as i32;
            let rounding = match (scale > 1.0, decimals) {
                (false, _) => 0.0,
                (true, 0) => 0.1 * scale,
                (true, d) => 0.5 * 10f64.powi(-d) * scale,
            };
            let currency = match (
                c.name("cur").map(|m| m.as_str()),
                c.name("word").map(|w| w.as_str()),
            ) {
                (Some("US$"), _) | (_, Some("dollars")) => "$",
                (Some(sign), _) => sign,
                (None, Some("pounds")) => "£",
                (None, Some("euros")) => "€",
                _ => "¥",
            }
            .to_string();
            Some(Amount {
                currency,
                value: number * scale,
                rounding,
                at: c.get(0)?.range(),
            })
        })
        .collect()
}

/// A sum as the conflicts print it: "£3m", "$4.2bn", "$38", "$1,199".
fn amount_label(currency: &str, value: f64) -> String {
    let (scaled, suffix) = if value >= 1e12 {
        (value / 1e12, "tn")
    } else if value >= 1e9 {
        (value / 1e9, "bn")
    } else if value >= 1e6 {
        (value / 1e6, "m")
    } else {
        (value, "")
    };
    // (Rounded to what was printed: no float noise such as "4.2000000001".)
    let scaled = (scaled * 1000.0).round() / 1000.0;
    // ("$1,199", as sums below a million are printed.)
    let number = if scaled.fract() == 0.0 && scaled >= 1000.0 {
        let digits = format_value(scaled);
        let mut grouped = String::new();
        for (i, d) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                grouped.push(',');
            }
            grouped.push(d);
        }
        grouped
    } else {
        format_value(scaled)
    };
    format!("{currency}{number}{suffix}")
}

/// Sums of money that differ between outlets for the same thing ("compensation of about
/// £3m" against "compensation of £4m"). As with shares, the words around two sums must
/// have something in common (a deal's price is not its fee), and as with counts, their
/// sentences must name something in common or say the same was done ("paid £40m"; two
/// films' takings are two facts); the sums must be close (at
/// most 1.6 times apart), in the same currency, from different outlets, and not allowed by
/// each other's wording ("more than $5bn", "about £3m") or rounding; and no outlet may give
/// two close sums itself (then the development holds several sums: a bid and a counter-bid).
fn amount_conflict(evidence: &[Evidence]) -> Option<FigureConflict> {
    // currency → sum as printed → who gives it
    let mut given: BTreeMap<String, BTreeMap<String, Telling>> = BTreeMap::new();
    for e in evidence {
        let found = amounts(&e.text);
        if found.is_empty() {
            continue;
        }
        let printed_names = names(&e.text);
        let name_stems: BTreeSet<String> = printed_names.iter().map(|n| stem(n)).collect();
        for a in &found {
            let (lo, hi) = bounds(&e.text[..a.at.start], a.value);
            let telling = given
                .entry(a.currency.clone())
                .or_default()
                .entry(amount_label(&a.currency, a.value))
                .or_default();
            telling.value = a.value;
            telling.sources.insert(e.source.to_string());
            telling.around.extend(
                words_around(&e.text, a.at.clone())
                    .into_iter()
                    .filter(|w| !name_stems.contains(w) && !is_magnitude(w)),
            );
            telling.names.extend(printed_names.iter().cloned());
            telling.done.extend(word_before(&e.text[..a.at.start]));
            telling.bounds.push((lo - a.rounding, hi + a.rounding));
            if (lo, hi) != (a.value, a.value) {
                telling.worded.push((e.source.to_string(), (lo, hi)));
            }
        }
    }
    let figures: Vec<Figure> = given
        .values()
        .flat_map(|sums| disagreeing(sums, Measure::Amount))
        .collect();
    (figures.len() >= 2).then(|| FigureConflict {
        counted: AMOUNTS.to_string(),
        figures,
    })
}

/// A calendar date printed in full, month and day ("May 14", "14 May", "Sept. 3rd"):
/// what the month and day groups hold.
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    const MONTH: &str = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";
    Regex::new(&format!(
        r"(?-u:\b)(?:(?P<month>{MONTH})\s+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>{MONTH}))(?:st|nd|rd|th)?(?-u:\b)"
    ))
    .unwrap()
});

/// The dates a sentence prints in full, as (month 1–12, day).
fn dates(sentence: &str) -> BTreeSet<(u32, u32)> {
    DATE.captures_iter(sentence)
        .filter_map(|c| {
            let month = c.name("month").or(c.name("month2"))?.as_str();
            let day: u32 = c.name("day").or(c.name("day2"))?.as_str().parse().ok()?;
            let month = super::lexicon::month_number(month)?;
            (1..=31).contains(&day).then_some((month, day))
        })
        .collect()
}

/// True when `sentence` gives one of the figures `conflict` sets against each other, or
/// counts what it counts: the evidence of the open question the conflict raises.
pub fn gives_a_figure_of(conflict: &FigureConflict, sentence: &str) -> bool {
    let values: Vec<&str> = conflict.figures.iter().map(|f| f.value.as_str()).collect();
    if conflict.counted == DATES {
        return dates(sentence)
            .into_iter()
            .any(|date| values.contains(&date_label(date).as_str()));
    }
    if let Some(name) = conflict.counted.strip_prefix(AGE_OF) {
        let surname = name.rsplit(' ').next().unwrap_or(name).to_lowercase();
        return ages(sentence)
            .iter()
            .any(|(s, _, age)| *s == surname && values.contains(&age.to_string().as_str()));
    }
    if conflict.counted == AMOUNTS {
        return amounts(sentence)
            .iter()
            .any(|a| values.contains(&amount_label(&a.currency, a.value).as_str()));
    }
    // (Of the thing counted: "seven million copies" gives no figure of "nominations".)
    let counted = unit_of(&conflict.counted);
    counts(sentence).iter().any(|(unit, printed, _)| {
        printed.eq_ignore_ascii_case(&conflict.counted) || *unit == counted
    })
}

/// The unit a counted thing as printed is compared by: "nominations" → "nomin", "million
/// copies" → "million copi", "per cent" → "percent", "C" → "celsius". [`counts`] reads
/// counts by it, and [`gives_a_figure_of`] a conflict's evidence.
fn unit_of(printed: &str) -> String {
    let lower = printed.to_lowercase();
    let word = |w: &str| stem(w.trim_end_matches(['’', '\'']));
    match lower.as_str() {
        "%" | "percent" | "per cent" => "percent".to_string(),
        "c" | "°c" => "celsius".to_string(),
        "f" | "°f" => "fahrenheit".to_string(),
        _ => match lower.split_once(' ') {
            Some((first, next)) => format!("{first} {}", word(next)),
            None => word(&lower),
        },
    }
}

/// A date as the conflicts print it ("May 14").
fn date_label((month, day): (u32, u32)) -> String {
    format!("{} {day}", super::lexicon::MONTHS[month as usize - 1])
}

/// Calendar dates that differ between outlets for the same fact ("will meet in Geneva on
/// May 14" against "on May 15"). Rivals are at most two days apart (further apart, they are
/// usually two events: a match on the 5th, another on the 12th), and, as with figures,
/// their sentences must name something in common. Only a sentence giving one date is
/// read; and when one outlet gives two such close dates, the development holds several
/// events ("released in the US on 9 November, in the UK two days later"), and no date is
/// a rival of another.
fn date_conflict(evidence: &[Evidence]) -> Option<FigureConflict> {
    const CLOSE_DAYS: i64 = 2;
    let day_of_year = |(m, d): (u32, u32)| i64::from(m * 31 + d);
    let close =
        |a: (u32, u32), b: (u32, u32)| (day_of_year(a) - day_of_year(b)).abs() <= CLOSE_DAYS;
    let mut by_source: BTreeMap<&str, BTreeSet<(u32, u32)>> = BTreeMap::new();
    for e in evidence {
        by_source
            .entry(&e.source)
            .or_default()
            .extend(dates(&e.text));
    }
    let several_events = by_source.values().any(|own| {
        own.iter()
            .any(|&a| own.iter().any(|&b| a != b && close(a, b)))
    });
    if several_events {
        return None;
    }
    // date → (sources giving it, names their sentences print)
    let mut given: BTreeMap<(u32, u32), (BTreeSet<String>, BTreeSet<String>)> = BTreeMap::new();
    for e in evidence {
        let found = dates(&e.text);
        if found.len() != 1 {
            continue;
        }
        let date = *found.first()?;
        let entry = given.entry(date).or_default();
        entry.0.insert(e.source.to_string());
        entry.1.extend(
            names(&e.text)
                .into_iter()
                .filter(|w| !super::lexicon::is_calendar_word(w)),
        );
    }
    let rivals = |a: &(u32, u32), b: &(u32, u32)| {
        let (ga, gb) = (&given[a], &given[b]);
        a != b && ga.0.is_disjoint(&gb.0) && close(*a, *b) && !ga.1.is_disjoint(&gb.1)
    };
    let figures: Vec<Figure> = given
        .keys()
        .filter(|a| given.keys().any(|b| rivals(a, b)))
        .map(|date| Figure {
            value: date_label(*date),
            sources: given[date].0.iter().cloned().collect(),
        })
        .collect();
    (figures.len() >= 2).then(|| FigureConflict {
        counted: DATES.to_string(),
        figures,
    })
}

/// Figures found so far, by what they count: counted stem → (printed word, value → telling).
type Tellings = BTreeMap<String, (String, BTreeMap<String, Telling>)>;

/// The telling of `value` of what `unit` counts in `seen`, with `source` among those giving
/// it (made when new).
fn telling_of<'s>(
    seen: &'s mut Tellings,
    unit: &str,
    printed: &str,
    value: f64,
    source: &str,
) -> &'s mut Telling {
    let entry = seen
        .entry(unit.to_string())
        .or_insert_with(|| (printed.to_string(), BTreeMap::new()));
    let telling = entry.1.entry(format_value(value)).or_default();
    telling.value = value;
    telling.sources.insert(source.to_string());
    telling
}

/// A bare figure after "has", "had", "with" … ending a clause: "while The Aviator has 11."
static ELLIPTICAL: CaselessPattern = CaselessPattern::new(|| {
    CaselessPattern::compile(
        r"(?-u:\b)(?:has|have|had|with|got|gets|received|receives|won|wins)\s+(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s*[.,;]|\s+(?:and|while|but)(?-u:\b)|\s*$)",
    )
});

/// Figures that differ between outlets for the same counted thing among `evidence`,
/// calendar dates (`date_conflict`) and sums of money (`amount_conflict`).
///
/// The sentences giving two rival figures must name something in common ("Acme stock fell
/// 2 percent", "Acme stock fell 3 percent"): two bare counts ("All 212 people were
/// rescued", "The storm killed 240 people") may well be two events a cluster has joined.
pub fn find(evidence: &[Evidence]) -> Vec<FigureConflict> {
    let mut seen = Tellings::new();
    for e in evidence {
        let found = counts_at(&e.text);
        if found.is_empty() {
            continue;
        }
        // "Baby has seven nominations while The Aviator has 11": the bare figure counts what
        // the sentence's one count counts, and the outlet gives both.
        if let Some(only) = found
            .first()
            .filter(|c| found.len() == 1 && c.unit != "percent")
        {
            for v in ELLIPTICAL
                .captures_iter(&e.text)
                .filter_map(|m| number_value(&m[1]))
                .filter(|&v| v != only.value)
            {
                let telling = telling_of(&mut seen, &only.unit, &only.printed, v, &e.source);
                telling.bounds.push((v, v));
            }
        }
        let names = names(&e.text);
        for Count {
            unit,
            printed,
            value,
            at,
            whole,
        } in found
        {
            let allowed = bounds(&e.text[..at.start], value);
            let worded = (allowed != (value, value)).then_some(allowed);
            // A share printed whole is rounded: "54 percent" allows 54.2 (not 55).
            let allowed = if unit == "percent" && value.fract() == 0.0 && allowed == (value, value)
            {
                (value - 0.49, value + 0.49)
            } else {
                allowed
            };
            // (Not the names: a story's every share sits near its names. "Acme shares
            // jumped 24%" and "values Acme at a 27% premium" share only "Acme".)
            let around: BTreeSet<String> = if unit == "percent" {
                let name_stems: BTreeSet<String> = names.iter().map(|n| stem(n)).collect();
                words_around(&e.text, at.clone())
                    .into_iter()
                    .filter(|w| !name_stems.contains(w))
                    .collect()
            } else {
                BTreeSet::new()
            };
            let done = word_before(&e.text[..at.start]);
            let telling = telling_of(&mut seen, &unit, &printed, value, &e.source);
            telling.bounds.push(allowed);
            telling
                .worded
                .extend(worded.map(|bounds| (e.source.to_string(), bounds)));
            telling.names.extend(names.iter().cloned());
            telling.around.extend(around);
            telling.done.extend(done);
            telling.wholes.extend(whole.map(format_value));
        }
    }
    seen.into_iter()
        .filter_map(|(unit, (printed, values))| {
            let measure = if unit == "percent" {
                Measure::Share
            } else {
                Measure::Count
            };
            let figures = disagreeing(&values, measure);
            (figures.len() >= 2).then_some(FigureConflict {
                counted: printed,
                figures,
            })
        })
        .chain(date_conflict(evidence))
        .chain(age_conflicts(evidence))
        .chain(amount_conflict(evidence))
        .collect()
}

/// The outlets giving one figure, and what their sentences say around it.
#[derive(Default)]
struct Telling {
    /// The figure's value.
    value: f64,
    sources: BTreeSet<String>,
    /// The words of the names the sentences print.
    names: BTreeSet<String>,
    /// For a share or a sum, the words around it: what it is a share or a sum of.
    around: BTreeSet<String>,
    /// The content word just before the figure ("destroyed" in "destroyed 52 homes"):
    /// what was done to what is counted.
    done: BTreeSet<String>,
    /// The values each telling allows ("more than 2 percent": 2 and up).
    bounds: Vec<(f64, f64)>,
    /// The outlets whose wording, not only rounding, allows other values ("more than
    /// £12,000"), with the values it allows.
    worded: Vec<(String, (f64, f64))>,
    /// The wholes a part is counted of: "six of the nine members" and "seven of nine
    /// members" count the same body.
    wholes: BTreeSet<String>,
}

/// What a figure measures, which says when two tellings are of the same thing.
#[derive(Clone, Copy)]
enum Measure {
    /// "212 people": the sentences name something in common, say the same was done
    /// ("destroyed 52 homes", "had destroyed 55 homes") or count parts of the same whole.
    Count,
    /// "3 percent": the words around the shares have something in common ("stock fell 2
    /// percent", "stock fell 3 percent"; not "6.4% of the vote" and "a rating of 4%").
    Share,
    /// "£3m": both (a deal's price is not its fee; two films' takings are two facts).
    Amount,
}

/// The figures among `tellings` (one thing's, by value as printed) that outlets disagree
/// on: two figures no outlet gives together, close ([`close`]), that neither's wording
/// allows the other ([`overlapping`]) and of the same thing ([`Measure`]). Far-apart figures
/// (18 / 34 percent) are usually two facts, so a figure with no close rival from another
/// outlet is left out; and one outlet giving two close figures ("growth of 2.5 percent this
/// year and 3.2 percent next") shows the cluster holds several facts: then none is a rival.
fn disagreeing(tellings: &BTreeMap<String, Telling>, measure: Measure) -> Vec<Figure> {
    // An outlet whose words for one figure allow the other gives one fact, not two.
    let agrees = |a: &Telling, b: &Telling| {
        a.worded
            .iter()
            .any(|(source, (lo, hi))| b.sources.contains(source) && (*lo..=*hi).contains(&b.value))
    };
    let several_facts = tellings.values().enumerate().any(|(i, a)| {
        tellings.values().skip(i + 1).any(|b| {
            close(a.value, b.value)
                    && !a.sources.is_disjoint(&b.sources)
                    // ("More than £12,000" and "£12,400" from one outlet agree.)
                    && !agrees(a, b)
                    && !agrees(b, a)
        })
    });
    if several_facts {
        return Vec::new();
    }
    let named_alike =
        |a: &Telling, b: &Telling| !a.names.is_disjoint(&b.names) || !a.done.is_disjoint(&b.done);
    let rivals = |a: &Telling, b: &Telling| {
        let same = match measure {
            // (Parts of different wholes, "eight of their last 13" and "nine of their 14",
            // are two counts.)
            Measure::Count => {
                let wholes_differ =
                    !a.wholes.is_empty() && !b.wholes.is_empty() && a.wholes.is_disjoint(&b.wholes);
                (named_alike(a, b) || !a.wholes.is_disjoint(&b.wholes)) && !wholes_differ
            }
            Measure::Share => !a.around.is_disjoint(&b.around),
            Measure::Amount => !a.around.is_disjoint(&b.around) && named_alike(a, b),
        };
        a.sources.is_disjoint(&b.sources)
            && close(a.value, b.value)
            && !overlapping(&a.bounds, &b.bounds)
            && same
    };
    tellings
        .iter()
        .filter(|(_, mine)| tellings.values().any(|other| rivals(mine, other)))
        .map(|(value, telling)| Figure {
            value: value.clone(),
            sources: telling.sources.iter().cloned().collect(),
        })
        .collect()
}

/// True when two figures are close enough to be one fact told differently (148 / 150, 2 / 3
/// percent): at most 1.6 times apart. Far-apart ones (18 / 34 percent) are usually two facts.
fn close(a: f64, b: f64) -> bool {
    let (lo, hi) = if a < b { (a, b) } else { (b, a) };
    lo > 0.0 && hi / lo <= 1.6
}

/// True when two tellings agree: some value one allows, the other allows too ("more than 2
/// percent" and "3 percent"; [`bounds`]).
fn overlapping(a: &[(f64, f64)], b: &[(f64, f64)]) -> bool {
    a.iter()
        .any(|&(lo_a, hi_a)| b.iter().any(|&(lo_b, hi_b)| lo_a <= hi_b && lo_b <= hi_a))
}

/// The values a figure allows, given the words printed before it (`before`, up to the
/// figure): a floor after "more than", "over" or "at least"; a ceiling after "less than",
/// "under" or "up to"; a little below after "nearly" or "almost"; a little either side after
/// "about" or "around"; else the figure alone.
///
/// ```text
/// bounds("fell more than ", 2.0) = (2.0, ∞)    bounds("nearly ", 150.0) = (135.0, 150.0)
/// bounds("carried ", 148.0) = (148.0, 148.0)   bounds("about ", 150.0) = (142.5, 157.5)
/// ```
fn bounds(before: &str, value: f64) -> (f64, f64) {
    let words: Vec<String> = before
        .split_whitespace()
        .rev()
        .take(3)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    // The currency or unit sign sits between the qualifier and the figure ("over $5bn").
    let last = |n: usize| -> String {
        let mut taken: Vec<&str> = words
            .iter()
            .map(String::as_str)
            .filter(|w| !w.is_empty())
            .take(n)
            .collect();
        taken.reverse();
        taken.join(" ")
    };
    let (one, two) = (last(1), last(2));
    let is = |list: &[&str]| list.contains(&one.as_str()) || list.contains(&two.as_str());
    if is(&[
        "more than",
        "over",
        "at least",
        "upwards of",
        "above",
        "exceeding",
    ]) {
        (value, f64::INFINITY)
    } else if is(&[
        "less than",
        "fewer than",
        "under",
        "up to",
        "at most",
        "below",
        "much as",
        "many as",
    ]) {
        (0.0, value)
    } else if is(&["nearly", "almost", "close to"]) {
        (value * 0.9, value)
    } else if is(&[
        "about",
        "around",
        "roughly",
        "approximately",
        "some",
        "an estimated",
    ]) {
        (value * 0.95, value * 1.05)
    } else {
        (value, value)
    }
}

/// The stem of the content word just before a figure, past a qualifier or a sign ("had
/// destroyed about 52" → "destroy"); none when a function word comes first ("to 52").
fn word_before(before: &str) -> Option<String> {
    let words: Vec<String> = crate::text::folded_tokens(&crate::text::fold(before))
        .map(str::to_string)
        .collect();
    words
        .iter()
        .rev()
        .take(4)
        .find(|w| {
            !matches!(
                w.as_str(),
                "about"
                    | "around"
                    | "some"
                    | "nearly"
                    | "almost"
                    | "roughly"
                    | "than"
                    | "more"
                    | "over"
                    | "least"
                    | "at"
                    | "up"
                    | "an"
                    | "estimated"
                    | "approximately"
            )
        })
        .filter(|w| !is_stopword(w) && !w.chars().any(|c| c.is_ascii_digit()))
        .map(|w| stem(w))
}

/// Words either side of a figure that say what it measures.
const AROUND: usize = 4;

/// The stems of the content words within [`AROUND`] words either side of `at` (numbers
/// left out: they are the figures being compared).
fn words_around(sentence: &str, at: std::ops::Range<usize>) -> BTreeSet<String> {
    let content =
        |w: &&str| !w.is_empty() && !w.chars().any(|c| c.is_ascii_digit()) && !is_stopword(w);
    let words = |text: &str| -> Vec<String> {
        crate::text::folded_tokens(&crate::text::fold(text))
            .map(str::to_string)
            .collect()
    };
    let before = words(&sentence[..at.start]);
    let after = words(&sentence[at.end..]);
    before
        .iter()
        .rev()
        .take(AROUND)
        .chain(after.iter().take(AROUND))
        .map(String::as_str)
        .filter(content)
        .map(stem)
        .collect()
}

/// The words of the names a sentence prints, lower case; a function word or connective
/// capitalised only for opening the sentence ("All", "The", "Later") is not one.
fn names(sentence: &str) -> BTreeSet<String> {
    let opener = |w: &str| {
        crate::text::is_stopword(&w.to_lowercase())
            || super::lexicon::is_in(&super::lexicon::SENTENCE_OPENERS, w)
    };
    super::words::name_runs(sentence)
        .into_iter()
        .filter(|r| {
            !r.sentence_initial || r.titled || r.surface.contains(' ') || !opener(&r.surface)
        })
        .flat_map(|r| {
            r.surface
                .split_whitespace()
                .map(str::to_lowercase)
                .collect::<Vec<_>>()
        })
        .collect()
}

/// A word scaling the number before it ("5 million").
fn is_magnitude(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "thousand" | "million" | "billion" | "trillion"
    )
}

fn format_value(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev<'a>(source: &'a str, text: &'a str) -> Evidence<'a> {
        Evidence {
            source: source.into(),
            anchor: "p1-s1".into(),
            text: text.into(),
        }
    }

    /// A conflict's figures as (value, sources).
    fn figures(conflict: &FigureConflict) -> Vec<(&str, Vec<&str>)> {
        conflict
            .figures
            .iter()
            .map(|f| {
                (
                    f.value.as_str(),
                    f.sources.iter().map(String::as_str).collect(),
                )
            })
            .collect()
    }

    #[test]
    fn sums_of_money_for_the_same_thing_conflict() {
        let found = find(&[
            ev(
                "s1",
                "Feld is entitled to compensation of about £3m, the club said.",
            ),
            ev(
                "s2",
                "The club could have to pay compensation of £4m to Feld.",
            ),
            ev("s3", "Ferrant agreed to a $4.2bn takeover by Halbrook."),
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].counted, AMOUNTS);
        assert_eq!(
            figures(&found[0]),
            vec![("£3m", vec!["s1"]), ("£4m", vec!["s2"])]
        );
        assert!(gives_a_figure_of(&found[0], "It owes him £4 million."));
        assert!(!gives_a_figure_of(&found[0], "It owes him £5m."));
    }

    #[test]
    fn one_person_given_two_ages_is_a_conflict() {
        let found = find(&[
            ev("s1", "Marcus Dean, 34, was charged late on Sunday."),
            ev(
                "s2",
                "A man was charged. Marcus Dean, 33, will appear in court.",
            ),
            ev(
                "s3",
                "The 34-year-old Marcus Dean was charged, police said.",
            ),
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].counted, "age of Marcus Dean");
        assert_eq!(
            figures(&found[0]),
            vec![("33", vec!["s2"]), ("34", vec!["s1", "s3"])]
        );
        assert!(gives_a_figure_of(&found[0], "Marcus Dean, 33, was named."));
        assert!(!gives_a_figure_of(&found[0], "Jo Roe, 33, was named."));
        // One outlet giving a surname two ages names two people; a place and a count are
        // no age.
        assert!(
            find(&[
                ev("s1", "Tom Dean, 34, and Ann Dean, 31, were hurt."),
                ev("s2", "Tom Dean, 33, was hurt in Kessel, 12 people said."),
            ])
            .is_empty()
        );
    }

    #[test]
    fn a_currency_named_after_the_sum_and_a_bound_beside_a_figure_still_conflict() {
        let found = find(&[
            ev(
                "s1",
                "Jo Venn resigned after reports that she claimed £14,200 in rent for the flat.",
            ),
            ev(
                "s2",
                "Jo Venn claimed more than £12,000 in rent for the flat, £12,400 in all.",
            ),
            ev(
                "s3",
                "Reports said Venn claimed 14,200 pounds in rent for the flat.",
            ),
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            figures(&found[0]),
            vec![("£12,400", vec!["s2"]), ("£14,200", vec!["s1", "s3"])]
        );
    }

    #[test]
    fn sums_allowed_by_rounding_wording_or_meaning_do_not_conflict() {
        let quiet = [
            // Rounding: "$4.2bn" is $4.15bn to $4.25bn.
            [
                "Halbrook will pay $4.2bn for the pump maker.",
                "Halbrook will pay $4.24 billion for the pump maker.",
            ],
            // Wording: "more than".
            [
                "The fee was more than £40m, the club said.",
                "The club paid a fee of £45m.",
            ],
            // Another currency.
            [
                "The club paid a fee of £40m.",
                "The club paid a fee of €45m.",
            ],
            // Nothing in common around them: a price and a fee.
            [
                "Halbrook will pay $38 a share in cash.",
                "Advisers earned $45 in fees per deal, filings show.",
            ],
        ];
        for [a, b] in quiet {
            assert_eq!(find(&[ev("s1", a), ev("s2", b)]), vec![], "{a} / {b}");
        }
        // Two films' takings; a sum converted in brackets.
        assert_eq!(
            find(&[
                ev(
                    "s1",
                    "Elm Park took second place with $17m (£9m) in its third week."
                ),
                ev(
                    "s2",
                    "Harbour Lights fell to third place, with $12.5m (£6.5m)."
                ),
            ]),
            vec![]
        );
        assert_eq!(
            amounts("It cut taxes by 6.5bn euros ($8.6bn; £4.5bn) and paid $2m (£1m).")
                .iter()
                .map(|a| amount_label(&a.currency, a.value))
                .collect::<Vec<_>>(),
            vec!["$2m"]
        );
        assert_eq!(
            amounts("It costs $1,199, or £999, or $250,000 with support.")
                .iter()
                .map(|a| amount_label(&a.currency, a.value))
                .collect::<Vec<_>>(),
            vec!["$1,199", "£999", "$250,000"]
        );
        // A sum after a currency sign is no count of what follows ("$4 billion deal").
        assert_eq!(
            find(&[
                ev("s1", "Acme agreed a $4 billion deal with Elm."),
                ev("s2", "Acme agreed a $4.5 billion deal with Elm."),
            ])
            .iter()
            .map(|c| c.counted.as_str())
            .collect::<Vec<_>>(),
            vec![AMOUNTS]
        );
    }

    #[test]
    fn different_counts_of_the_same_thing_conflict() {
        let found = find(&[
            ev("s1", "The Baltic Star carried 148 passengers when it sank."),
            ev(
                "s2",
                "All 150 passengers were rescued from the Baltic Star.",
            ),
            ev(
                "s3",
                "The ferry Baltic Star, carrying 148 passengers, sank in 2019.",
            ),
        ]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].counted, "passengers");
        assert_eq!(
            figures(&found[0]),
            vec![("148", vec!["s1", "s3"]), ("150", vec!["s2"])]
        );
        // Its evidence gives a figure of passengers: not any figure of those values.
        assert!(gives_a_figure_of(
            &found[0],
            "Only 150 passengers had tickets."
        ));
        assert!(!gives_a_figure_of(
            &found[0],
            "The Baltic Star had sold 148 tickets."
        ));
    }

    #[test]
    fn an_age_at_death_is_the_person_s_age() {
        let found = find(&[
            ev(
                "s1",
                "Ada Kerran, the actor who ran a studio, has died at the age of 84.",
            ),
            ev(
                "s2",
                "Tributes were paid to Ada Kerran, who has died aged 83.",
            ),
            ev("s3", "Jo Vell, whose father died aged 90, spoke."),
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].counted, format!("{AGE_OF}Ada Kerran"));
        assert_eq!(
            figures(&found[0]),
            vec![("83", vec!["s2"]), ("84", vec!["s1"])]
        );
    }

    #[test]
    fn temperatures_in_degrees_conflict() {
        assert_eq!(
            counts("It reached 41.2C (106.2F) at Kessock Airport, beating 38°C.")
                .into_iter()
                .map(|(unit, _, v)| (unit, v))
                .collect::<Vec<_>>(),
            vec![
                ("celsius".to_string(), 41.2),
                ("fahrenheit".to_string(), 106.2),
                ("celsius".to_string(), 38.0)
            ]
        );
        let found = find(&[
            ev(
                "s1",
                "The thermometer at Kessock Airport reached 41.2C on Tuesday.",
            ),
            ev("s2", "A record of 41.3C was set at Kessock Airport."),
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            figures(&found[0]),
            vec![("41.2", vec!["s1"]), ("41.3", vec!["s2"])]
        );
        assert_eq!(
            found[0].describe(|s: &str| s.to_string(), " vs "),
            "41.2C (s1) vs 41.3C (s2)"
        );
    }

    #[test]
    fn counts_in_words_up_to_ninety_nine() {
        let found = find(&[
            ev(
                "s1",
                "The bill passed, with 17 Republicans joining Democrats.",
            ),
            ev(
                "s2",
                "Eighteen Republicans voted with Democrats to pass the bill.",
            ),
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            figures(&found[0]),
            vec![("17", vec!["s1"]), ("18", vec!["s2"])]
        );
        // A number word is a word of its own: "tenants" counts no ants.
        assert!(
            counts("The tenants and thirty-one owners met.")
                .iter()
                .all(|(unit, _, v)| unit != "ant" && (unit != "owner" || *v == 31.0))
        );
        assert_eq!(counts("The tenants and thirty-one owners met.").len(), 1);
    }

    #[test]
    fn a_bare_figure_after_a_count_counts_the_same_thing() {
        // "… while Red Tide has 11": the outlet gives both figures, two facts.
        let found = find(&[
            ev(
                "s1",
                "Blue Field has seven nominations while Red Tide has 11.",
            ),
            ev("s2", "Red Tide leads the field with 11 nominations."),
        ]);
        assert!(found.is_empty(), "{found:?}");
        // Without it, seven and 11 nominations are rivals.
        let found = find(&[
            ev(
                "s1",
                "Blue Field has seven nominations, more than Red Tide.",
            ),
            ev("s2", "Red Tide leads the field with 11 nominations."),
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn different_dates_for_the_same_event_conflict() {
        let found = find(&[
            ev(
                "s1",
                "The two leaders will meet in Geneva on May 14, officials said.",
            ),
            ev("s2", "The leaders will hold talks in Geneva on 15 May."),
            ev("s3", "The summit in Geneva opens on May 14th."),
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].counted, DATES);
        assert_eq!(
            figures(&found[0]),
            vec![("May 14", vec!["s1", "s3"]), ("May 15", vec!["s2"])]
        );
        assert!(gives_a_figure_of(
            &found[0],
            "Talks open in Geneva on 15 May."
        ));
        assert!(!gives_a_figure_of(
            &found[0],
            "Talks open in Geneva on 16 May."
        ));
    }

    #[test]
    fn dates_of_two_events_do_not_conflict() {
        // A sentence giving two dates tells two events; so do dates days apart, and close
        // dates from one outlet; sentences naming nothing in common may tell of different
        // things.
        for evidence in [
            vec![
                ev(
                    "s1",
                    "The leaders met in Geneva on May 14 and again on May 21.",
                ),
                ev("s2", "The leaders met in Geneva on May 15."),
            ],
            vec![
                ev("s1", "The leaders met in Geneva on May 14."),
                ev("s2", "The leaders met in Geneva on May 17."),
            ],
            vec![
                ev("s1", "The game was released in the US on May 14."),
                ev("s1", "It came out in the UK on May 15."),
                ev("s2", "The game was released in the UK on May 16."),
            ],
            vec![
                ev("s1", "The leaders met in Geneva on May 14."),
                ev("s2", "The ministers met in Oslo on May 15."),
            ],
        ] {
            assert!(find(&evidence).is_empty(), "{evidence:?}");
        }
    }

    #[test]
    fn a_figure_given_as_a_floor_or_a_round_number_allows_the_other() {
        let pair = |a: &str, b: &str| find(&[ev("s1", a), ev("s2", b)]);
        assert!(
            pair(
                "Acme stock fell more than 2 percent on Tuesday.",
                "Acme stock fell 3 percent on the news."
            )
            .is_empty()
        );
        assert!(
            pair(
                "The Baltic Star carried about 150 passengers.",
                "The Baltic Star carried 148 passengers."
            )
            .is_empty()
        );
        // A floor the other figure falls short of is still a disagreement.
        let found = pair(
            "The Baltic Star carried more than 150 passengers.",
            "The Baltic Star carried 148 passengers.",
        );
        assert_eq!(
            figures(&found[0]),
            vec![("148", vec!["s2"]), ("150", vec!["s1"])]
        );
    }

    #[test]
    fn counts_of_what_was_done_alike_conflict_without_a_name() {
        let evidence = [
            ev(
                "s1",
                "The fire has burned about 21,000 acres and destroyed 52 homes.",
            ),
            ev(
                "s2",
                "The fire, which started on Sunday, had destroyed 55 homes by Wednesday.",
            ),
        ];
        assert_eq!(find(&evidence).len(), 1);
        // Nothing named, nothing alike done: two facts.
        let evidence = [
            ev(
                "s1",
                "Sales fell to 1.25 million vehicles from a year earlier.",
            ),
            ev(
                "s2",
                "The market will grow, reaching 1.6 million vehicles by 2030.",
            ),
        ];
        assert!(find(&evidence).is_empty());
    }

    #[test]
    fn a_share_printed_whole_allows_its_decimals() {
        let evidence = [
            ev(
                "s1",
                "The Acme party won 54.2% of the vote, the commission said.",
            ),
            ev("s2", "The Acme party won 54 percent of the vote."),
        ];
        assert!(find(&evidence).is_empty());
        let evidence = [
            ev(
                "s1",
                "The Acme party won 53.6% of the vote, the commission said.",
            ),
            ev("s2", "The Acme party won 55 percent of the vote."),
        ];
        assert_eq!(find(&evidence).len(), 1);
    }

    #[test]
    fn shares_near_the_same_name_but_of_different_things_do_not_conflict() {
        let evidence = [
            ev("s1", "Acme shares jumped 24% in early trading."),
            ev(
                "s2",
                "The offer values Acme at a 27 percent premium to its last price.",
            ),
        ];
        assert!(find(&evidence).is_empty());
        let evidence = [
            ev("s1", "Acme shares jumped 24% in early trading."),
            ev("s2", "Acme shares jumped 27 percent on Wednesday."),
        ];
        assert_eq!(find(&evidence).len(), 1);
    }

    #[test]
    fn a_part_of_a_whole_counts_the_part() {
        let got: Vec<(String, f64)> = counts("She was convicted on four of six counts.")
            .into_iter()
            .map(|(stem, _, v)| (stem, v))
            .collect();
        assert_eq!(got, vec![("count".to_string(), 4.0)]);
        let evidence = [
            ev(
                "s1",
                "The jury convicted Jo Roe on 4 out of 6 counts of fraud.",
            ),
            ev("s2", "A jury found Jo Roe guilty on four counts of fraud."),
        ];
        assert!(find(&evidence).is_empty());
        // A determiner may stand between the part and the whole.
        let evidence = [
            ev("s1", "Six of its nine members voted for the rise."),
            ev("s2", "Seven of the nine members backed the increase."),
        ];
        let values: Vec<(String, Vec<String>)> = find(&evidence)
            .iter()
            .map(|c| {
                let figures = c.figures.iter().map(|v| v.value.clone()).collect();
                (c.counted.clone(), figures)
            })
            .collect();
        assert_eq!(
            values,
            vec![(
                "members".to_string(),
                vec!["6".to_string(), "7".to_string()]
            )]
        );
        // Parts of two different wholes are two counts.
        let evidence = [
            ev("s1", "Kessel have lost eight of their last 13 matches."),
            ev("s2", "Kessel have lost nine of their 14 matches."),
        ];
        assert!(find(&evidence).is_empty());
    }

    #[test]
    fn agreeing_counts_and_years_do_not() {
        assert!(
            find(&[
                ev("s1", "It killed 212 people in 2019."),
                ev("s2", "All 212 people died in 2018.")
            ])
            .is_empty()
        );
    }

    #[test]
    fn a_far_apart_figure_is_another_fact_and_is_left_out() {
        let found = find(&[
            ev("s1", "Shares in Harbour Lines fell 2 percent on Tuesday."),
            ev(
                "s1",
                "Harbour Lines ticket sales dropped 10 percent last year.",
            ),
            ev("s2", "Harbour Lines shares fell 3 percent after the news."),
        ]);
        assert_eq!(
            figures(&found[0]),
            vec![("2", vec!["s1"]), ("3", vec!["s2"])]
        );
    }

    #[test]
    fn shares_of_different_things_do_not_conflict() {
        // Both percentages, close and about one person: but one is of a vote, the other a
        // rating.
        assert!(
            find(&[
                ev(
                    "s1",
                    "Dana Holt's party won just 6.4% of the first-round vote."
                ),
                ev("s2", "Holt left office with an approval rating of 4%."),
            ])
            .is_empty()
        );
    }

    #[test]
    fn bare_counts_with_no_name_in_common_do_not_conflict() {
        assert!(
            find(&[
                ev("s1", "All 212 people on the ferry were rescued."),
                ev("s2", "The storm killed 240 people."),
            ])
            .is_empty()
        );
    }

    #[test]
    fn a_singular_noun_after_a_number_is_a_rank_or_a_kind_not_a_count() {
        let got: Vec<(String, f64)> = counts(
            "Her No 2 single sold 300 copies in a 3 bedroom flat; 4 people, 1 child and 2 crew \
             watched, sales rose 5 percent, and a number one hit and a No. 1 seed played.",
        )
        .into_iter()
        .map(|(stem, _, v)| (stem, v))
        .collect();
        assert_eq!(
            got,
            vec![
                ("copi".to_string(), 300.0),
                ("peopl".to_string(), 4.0),
                ("child".to_string(), 1.0),
                ("crew".to_string(), 2.0),
                ("percent".to_string(), 5.0),
            ]
        );
    }

    #[test]
    fn a_magnitude_counts_the_word_after_it() {
        let got: Vec<(String, String, f64)> =
            counts("About 5 million viewers watched, and $8 million was raised.");
        assert_eq!(
            got,
            vec![(
                "million viewer".to_string(),
                "million viewers".to_string(),
                5.0
            )]
        );
    }

    #[test]
    fn an_outlet_giving_two_close_figures_shows_two_facts() {
        // s1 gives growth for two years; s2 one of them: no outlet contradicts another.
        assert!(
            find(&[
                ev(
                    "s1",
                    "Varnholm growth will slow to 2.5 percent this year from 3.2 percent."
                ),
                ev("s2", "Varnholm growth was 3 percent, the bank said."),
            ])
            .is_empty()
        );
    }
}
