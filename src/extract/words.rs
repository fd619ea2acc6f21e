//! Words with their byte offsets, and name runs built from them.
//!
//! Names are found by shape (capitalised words next to each other, with the particles names
//! carry: "von der", "of the") and cut at person titles, so "European Commission President
//! Anna van der Berg" yields an organisation and a person.

use super::lexicon::{
    MONTHS, PERSON_TITLES, ROLE_NOUNS, SENTENCE_OPENERS, is_calendar_word, is_in,
};
use crate::text::is_stopword;

/// A word of a text and where it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'a> {
    /// Byte offset where the word starts.
    pub start: usize,
    /// Byte offset just past it.
    pub end: usize,
    /// The word as printed.
    pub text: &'a str,
}

/// Splits `text` into words: letters and digits, joined by inner `-`, `'`, `’` and `.`
/// (`U.S.` keeps its final period, `Mr.` does not).
///
/// ```
/// let w: Vec<&str> = briefing::extract::words::words("Mr. O’Neil’s U.S.-led talks, 3.5%").iter().map(|w| w.text).collect();
/// assert_eq!(w, vec!["Mr", "O’Neil’s", "U.S.", "led", "talks", "3.5"]);
/// // A space lost after an initialism's stop: two words.
/// let w: Vec<&str> = briefing::extract::words::words("the U.S.to act").iter().map(|w| w.text).collect();
/// assert_eq!(w, vec!["the", "U.S.", "to", "act"]);
/// ```
pub fn words(text: &str) -> Vec<Word<'_>> {
    // Decoded on the fly: this runs on every sentence several times over, and a table of
    // all its characters cost more than the splitting itself.
    let char_at = |b: usize| text[b..].chars().next();
    let mut out = Vec::new();
    let mut pos = 0;
    while let Some(c) = char_at(pos) {
        if !c.is_alphanumeric() {
            pos += c.len_utf8();
            continue;
        }
        let start = pos;
        let mut end = pos + c.len_utf8();
        let mut last = c;
        let mut inner_dot = false;
        loop {
            match char_at(end) {
                Some(n) if n.is_alphanumeric() => {
                    end += n.len_utf8();
                    last = n;
                }
                // "M&S", "AT&T": an ampersand between capitals joins one name.
                Some('&')
                    if last.is_uppercase()
                        && char_at(end + 1).is_some_and(|n| n.is_ascii_uppercase()) =>
                {
                    end += 2;
                    last = char_at(end - 1).unwrap_or(last);
                }
                Some(joiner @ ('-' | '\'' | '’' | '.')) => {
                    let after = end + joiner.len_utf8();
                    match char_at(after) {
                        // "the U.S.to support …": a space lost after an initialism's stop.
                        Some(n) if joiner == '.' && last.is_uppercase() && n.is_lowercase() => {
                            break;
                        }
                        Some(n) if n.is_alphanumeric() => {
                            inner_dot |= joiner == '.';
                            end = after + n.len_utf8();
                            last = n;
                        }
                        _ => break,
                    }
                }
                _ => break,
            }
        }
        // "U.S." keeps the final period when the word already has an inner one.
        if inner_dot && last.is_alphabetic() && char_at(end) == Some('.') {
            end += 1;
        }
        out.push(Word {
            start,
            end,
            text: &text[start..end],
        });
        pos = end;
    }
    out
}

/// True when only spaces stand between two words.
pub fn adjacent(text: &str, a: &Word, b: &Word) -> bool {
    let gap = &text[a.end..b.start];
    // An initial keeps its period inside a name ("Paul F. Tompkins").
    gap.chars().all(|c| c == ' ')
        || gap == ". " && a.text.chars().count() == 1 && a.text.chars().all(char::is_uppercase)
}

/// True for a word that can be part of a name: capitalised, not a calendar word.
pub fn is_name_word(w: &str) -> bool {
    // A surname joined to its particle ("al-Rashid", "el-Sisi") is capitalised after it.
    let capitalised = match w.split_once('-') {
        Some((particle, rest)) if is_surname_particle(particle) => rest,
        _ => w,
    };
    capitalised.chars().next().is_some_and(|c| c.is_uppercase())
        && !is_prefixed_common_word(w)
        && !is_calendar_word(w)
        && !is_party_and_state(w)
        // "I'm", "I’ve": the pronoun, capitalised wherever it stands.
        && !(w.len() > 2 && (w.starts_with("I'") || w.starts_with("I’")))
}

/// A prefix capitalised at a sentence's start before a common word: "Ex-chatshow host",
/// "Anti-war campaigners". ("Anti-Slavery International" is capitalised after it; "Co-" is
/// left out, since "Economic Co-operation" is a name's word.)
fn is_prefixed_common_word(w: &str) -> bool {
    matches!(w.as_bytes().first(), Some(b'E' | b'A' | b'N' | b'P' | b'T'))
        && w.split_once('-').is_some_and(|(prefix, rest)| {
            matches!(prefix, "Ex" | "Anti" | "Non" | "Pro" | "Then")
                && rest.starts_with(char::is_lowercase)
        })
}

/// A US legislator's party and state as news style tags them after the name: "D-N.M.",
/// "R-Texas", "I-Vt." (a party's initial, a hyphen, a capital).
fn is_party_and_state(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 3 && matches!(b[0], b'D' | b'R' | b'I') && b[1] == b'-' && b[2].is_ascii_uppercase()
}

/// An adjective made of a name and a participle that names nothing itself
/// ("Oscar-nominated", "Grammy-winning", "Aids-related"); the modifiers that name their head
/// ("Chicago-based") are [`modifier_suffix`]'s.
fn participle_compound(word: &str) -> bool {
    modifier_suffix(word).is_none()
        && word.rsplit_once('-').is_some_and(|(head, tail)| {
            head.starts_with(char::is_uppercase)
                && tail.len() > 2
                && tail.chars().all(|c| c.is_ascii_lowercase())
                && (tail.ends_with("ed") || tail.ends_with("ing"))
        })
}

/// All letters upper case (an acronym or shouting).
pub fn is_all_caps(w: &str) -> bool {
    let mut letters = 0;
    for c in w.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() {
            return false;
        }
        letters += 1;
    }
    letters >= 2
}

/// Particles of personal names ("von der", "al", "da").
pub fn is_surname_particle(w: &str) -> bool {
    matches!(
        w,
        "von"
            | "van"
            | "der"
            | "den"
            | "de"
            | "da"
            | "di"
            | "du"
            | "la"
            | "le"
            | "al"
            | "bin"
            | "el"
            | "del"
    )
}

/// Particles that may stand inside a name between capitalised words: those of personal names,
/// and "of the" of institutions ("Coalition of the Willing").
fn is_name_particle(w: &str) -> bool {
    is_surname_particle(w) || matches!(w, "of" | "the")
}

/// Strips a possessive ending.
pub fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("’s")
        .or_else(|| w.strip_suffix("'s"))
        .or_else(|| w.strip_suffix('’'))
        .unwrap_or(w)
}

/// A run of name words in a text, with what was seen around it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameRun {
    /// Byte offset where the run starts.
    pub start: usize,
    /// Byte offset just past it.
    pub end: usize,
    /// The printed name, possessive removed.
    pub surface: String,
    /// A person title stood before it (`President`, `envoy`, `Mr`).
    pub titled: bool,
    /// The run starts the sentence (its capital may be only positional).
    pub sentence_initial: bool,
    /// Preceded by a place preposition (`in`, `at`, `from` …), or placed otherwise
    /// ("Rome-based", "Kessel residents").
    pub after_place_preposition: bool,
    /// Preceded by any preposition (`with`, `alongside`, `of` …): not a sentence subject.
    pub after_preposition: bool,
    /// Preceded by "the": an institution or a thing ("the Daily Planet"), not a person.
    pub after_article: bool,
    /// Followed directly by a lower-case word: an adjective use (`Swedish leader`).
    pub before_lowercase: bool,
    /// Next to a noun that says what kind of body it names ("the Green Union party", "the
    /// aid group Red Dawn").
    pub beside_body_noun: bool,
    /// Followed directly by a noun for a kind of product ("the Corvan Atlas models", "Lumo
    /// X2 phones"): a product's name, not a person's.
    pub before_product_noun: bool,
}

/// A figure with its unit written on: "200m", "10km", "5kg", "£3bn", "40mph", "3rd".
fn is_measure(word: &str) -> bool {
    let unit = word.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    matches!(
        unit.to_ascii_lowercase().as_str(),
        "m" | "km"
            | "cm"
            | "mm"
            | "kg"
            | "g"
            | "lb"
            | "lbs"
            | "ft"
            | "mph"
            | "kmh"
            | "mw"
            | "gw"
            | "kw"
            | "ml"
            | "bn"
            | "k"
            | "st"
            | "nd"
            | "rd"
            | "th"
    )
}

/// An abbreviation that can close a name: a generational suffix or a company's legal form.
fn is_name_abbreviation(word: &str) -> bool {
    matches!(word, "Jr" | "Sr" | "Ltd" | "Inc" | "Co" | "Corp" | "Bros")
}

/// How many different names `runs` (a sentence's [`name_runs`]) print where a capital marks
/// a name: past the sentence's opening word, or after a title ("President Jo Li"). Up to
/// three: more tell nothing more of how much a sentence names.
pub fn distinct_names(runs: &[NameRun]) -> u8 {
    let names: std::collections::BTreeSet<&str> = runs
        .iter()
        .filter(|r| !r.sentence_initial || r.titled)
        .map(|r| r.surface.as_str())
        .collect();
    names.len().min(3) as u8
}

/// Name runs of one sentence.
pub fn name_runs(sentence: &str) -> Vec<NameRun> {
    let ws = words(sentence);
    let caps = ws.iter().filter(|w| is_all_caps(w.text)).count();
    // ("STAY TUNED!": a sentence all in capitals is shouting however short.)
    let shouting = caps >= 3 && caps * 2 > ws.len() || caps >= 2 && caps == ws.len();
    let usable = |w: &Word| is_name_word(w.text) && !(shouting && is_all_caps(w.text));
    // "Jan Egeland": a month's abbreviation that is also a given name, before a name and
    // after no word that leads a date ("in Jan", "since Jan").
    let given_name_month = |i: usize| {
        matches!(ws[i].text, "Jan" | "Jun")
            && ws
                .get(i + 1)
                .is_some_and(|n| adjacent(sentence, &ws[i], n) && usable(n))
            && (i == 0
                || !matches!(
                    ws[i - 1].text.to_lowercase().as_str(),
                    "in" | "on"
                        | "since"
                        | "by"
                        | "from"
                        | "until"
                        | "of"
                        | "last"
                        | "next"
                        | "early"
                        | "late"
                        | "mid"
                        | "before"
                        | "after"
                ))
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        if !usable(&ws[i]) && !given_name_month(i) {
            i += 1;
            continue;
        }
        // "Westminster Magistrates' Court", "the Workers' Party", "Veterans' Affairs": a
        // plural possessive before the kind of body it names is inside the name.
        let plural_owner_of_body = |j: usize| {
            let Some(n) = ws.get(j + 1) else {
                return false;
            };
            let gap = &sentence[ws[j].end..n.start];
            let w = ws[j].text;
            let owner = (w.ends_with("s'") || w.ends_with("s’")) && gap == " "
                || w.ends_with('s') && matches!(gap, "' " | "’ ");
            owner
                && matches!(
                    n.text,
                    "Court"
                        | "Union"
                        | "Party"
                        | "Association"
                        | "Federation"
                        | "Alliance"
                        | "Affairs"
                        | "League"
                        | "Guild"
                        | "Council"
                        | "Forum"
                        | "Congress"
                        | "Day"
                )
        };
        let mut j = i;
        loop {
            if plural_owner_of_body(j) {
                j += 1;
                continue;
            }
            if strip_possessive(ws[j].text) != ws[j].text {
                // "King's College London", "the Information Commissioner's Office": a
                // possessive inside an institution's name.
                let institution = ws.get(j + 1).is_some_and(|n| {
                    adjacent(sentence, &ws[j], n)
                        && n.text.starts_with(char::is_uppercase)
                        && matches!(
                            n.text,
                            "College"
                                | "Hospital"
                                | "University"
                                | "Church"
                                | "Cathedral"
                                | "School"
                                | "Representatives"
                                | "Republic"
                                | "Party"
                                | "Army"
                                | "Assembly"
                                | "Congress"
                                | "Liberation"
                                | "Daily"
                        )
                        // (An office with a name of its own belongs to the possessor: "the
                        // FDA's Office of Drug Safety", "the UK's Office of Fair Trading".)
                        || matches!(
                            n.text,
                            "Office" | "Bureau" | "Fund" | "Society" | "Institute" | "Commission"
                        ) && !ws
                            .get(j + 2)
                            .is_some_and(|w| matches!(w.text, "of" | "for"))
                });
                // (Not an acronym's: "UCL's Institute", "the UK's Office".)
                let acronym = strip_possessive(ws[j].text)
                    .chars()
                    .all(|c| c.is_uppercase() || c == '.');
                let institution = institution && !acronym;
                if !institution {
                    break;
                }
                j += 1;
                continue;
            }
            if j + 1 < ws.len() && adjacent(sentence, &ws[j], &ws[j + 1]) && usable(&ws[j + 1]) {
                j += 1;
                continue;
            }
            // "the European commission": a nationality and an institution printed in lower
            // case (a house style) are the institution's name.
            if (j == i || j == i + 1 && ws[i].text == "The")
                && super::entities::is_demonym(ws[j].text)
                && ws.get(j + 1).is_some_and(|n| {
                    adjacent(sentence, &ws[j], n)
                        && matches!(n.text, "commission" | "parliament" | "council" | "court")
                })
            {
                j += 1;
                break;
            }
            // "Elm City 76ers": a word of digits and letters ends a name (not a measure:
            // "Olympic 200m champion", "the Kessel 10km race").
            if j + 1 < ws.len()
                && adjacent(sentence, &ws[j], &ws[j + 1])
                && ws[j + 1].text.starts_with(|c: char| c.is_ascii_digit())
                && ws[j + 1].text.chars().any(char::is_alphabetic)
                && ws[j + 1].text.chars().all(char::is_alphanumeric)
                && !is_measure(ws[j + 1].text)
            {
                j += 1;
                break;
            }
            // "Clause 7", "Route 66": the number of a numbered kind of thing is its
            // name's end ("Clause 7-style" too; not "Acme Flight 9", named by its firm).
            if j == i
                && super::lexicon::is_numbered_kind(ws[j].text)
                && ws.get(j + 1).is_some_and(|n| {
                    adjacent(sentence, &ws[j], n) && thing_number(n.text).is_some()
                })
            {
                j += 1;
                break;
            }
            // "Rothschild & Cie", "Procter & Gamble": an ampersand joins one name.
            if j + 1 < ws.len()
                && sentence[ws[j].end..ws[j + 1].start] == *" & "
                && usable(&ws[j + 1])
            {
                j += 1;
                continue;
            }
            if calendar_name_end(sentence, &ws, j) {
                j += 1;
                continue;
            }
            // particles: "Coalition of the Willing", "Anna van der Berg"
            let mut k = j + 1;
            while k < ws.len()
                && k - j <= 2
                && is_name_particle(ws[k].text)
                && adjacent(sentence, &ws[k - 1], &ws[k])
            {
                k += 1;
            }
            if k > j + 1
                && k < ws.len()
                && adjacent(sentence, &ws[k - 1], &ws[k])
                && usable(&ws[k])
                && !(ws[j + 1].text == "of"
                    && (of_country_apart(sentence, &ws, j, k) || person_of_apart(&ws, i, j, k)))
            {
                j = k;
                continue;
            }
            // "Department for Education", "Office for National Statistics": "for" names a
            // body's field.
            if is_body_head(ws[j].text)
                && ws
                    .get(j + 1)
                    .is_some_and(|f| f.text == "for" && adjacent(sentence, &ws[j], f))
                && ws
                    .get(j + 2)
                    .is_some_and(|n| adjacent(sentence, &ws[j + 1], n) && usable(n))
            {
                j += 2;
                continue;
            }
            if let Some(end) = and_joined_body(sentence, &ws, i, j, &usable) {
                j = end;
                continue;
            }
            break;
        }
        // Three capitalised acronyms in a row is shouting ("BIG NEWS ON TAXES"), not a name;
        // so are capitals that run on across a cry's stops ("BIG WIN. STAY TUNED!").
        let cry_goes_on = |a: usize, b: usize| {
            is_all_caps(ws[a].text)
                && is_all_caps(ws[b].text)
                && sentence[ws[a].end..ws[b].start]
                    .chars()
                    .all(|c| c.is_whitespace() || matches!(c, '.' | '!' | '?'))
        };
        let before = (1..=i)
            .take_while(|&d| cry_goes_on(i - d, i - d + 1))
            .count();
        let after = (j + 1..ws.len())
            .take_while(|&k| cry_goes_on(k - 1, k))
            .count();
        if (i..=j).filter(|&k| is_all_caps(ws[k].text)).count() + before + after < 3 {
            // "High Commissioner for Refugees Jo Li": the word after "for" completes the
            // title; the name follows it.
            // (Not a spokesman's: "a spokesman for Whitlock" speaks for Whitlock.)
            let for_title = i >= 2
                && ws[i - 1].text == "for"
                && is_in(&PERSON_TITLES, &ws[i - 2].text.to_lowercase())
                && !ws[i - 2].text.to_lowercase().starts_with("spokes");
            // "ambassador to Norway Jo Li": the country completes the title and is named
            // itself; the person follows it.
            let to_country = (i >= 2
                && ws[i - 1].text == "to"
                && is_in(&PERSON_TITLES, &ws[i - 2].text.to_lowercase()))
            .then(|| {
                (i..j.min(i + 2))
                    .rev()
                    .find(|&end| names_country(sentence, &ws, i, end))
            })
            .flatten();
            // "Spain, Israel Morocco and Poland": a lost comma between two countries.
            let two_countries = (i..j).find(|&k| {
                names_country(sentence, &ws, i, k) && names_country(sentence, &ws, k + 1, j)
            });
            if for_title {
                if j > i {
                    split_run(sentence, &ws, i + 1, j, true, &mut out);
                }
            } else if let Some(k) = two_countries {
                split_run(sentence, &ws, i, k, false, &mut out);
                split_run(sentence, &ws, k + 1, j, false, &mut out);
            } else if let Some(end) = to_country {
                split_run(sentence, &ws, i, end, false, &mut out);
                split_run(sentence, &ws, end + 1, j, true, &mut out);
            } else {
                split_run(sentence, &ws, i, j, false, &mut out);
            }
        }
        i = j + 1;
    }
    // "the Corvan Atlas and Corvan Breeze models": every name of the list is a product's.
    for k in (1..out.len()).rev() {
        let between = &sentence[out[k - 1].end.min(out[k].start)..out[k].start];
        if out[k].before_product_noun && matches!(between, " and " | " or " | ", ") {
            out[k - 1].before_product_noun = true;
        }
    }
    out
}

/// Heads of a public body's name: "Food and Drug Administration", "Department of Health and
/// Human Services".
fn is_body_head(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "academy"
            | "administration"
            | "agency"
            | "association"
            | "authority"
            | "board"
            | "bureau"
            | "chamber"
            | "center"
            | "centers"
            | "centre"
            | "centres"
            | "commission"
            | "committee"
            | "council"
            | "court"
            | "department"
            | "federation"
            | "foundation"
            | "fund"
            | "guild"
            | "institute"
            | "league"
            | "ministry"
            | "office"
            | "organisation"
            | "organization"
            | "programme"
            | "program"
            | "school"
            | "service"
            | "society"
            | "tribunal"
            | "union"
    )
}

/// Where a body's name that holds "and" ends, when the run `i..=j` is its first part:
/// "Securities and Exchange Commission", "Food and Agriculture Organization" (the words after
/// "and" end in a body's head), "Department for Education and Skills" (the run opens with
/// one and names its field with "of" or "for"). A country or a lone acronym never opens such
/// a name ("Russia and European Union", "BBC and Sky News").
fn and_joined_body(
    sentence: &str,
    ws: &[Word],
    i: usize,
    j: usize,
    usable: &dyn Fn(&Word) -> bool,
) -> Option<usize> {
    let and = ws.get(j + 1)?;
    if and.text != "and" || !adjacent(sentence, &ws[j], and) {
        return None;
    }
    let mut end = j + 1;
    while end + 1 < ws.len()
        && end - (j + 1) < 3
        && adjacent(sentence, &ws[end], &ws[end + 1])
        && usable(&ws[end + 1])
        && strip_possessive(ws[end + 1].text) == ws[end + 1].text
    {
        end += 1;
    }
    if end == j + 1 {
        return None;
    }
    let ends_in_head = j - i < 2
        && is_body_head(ws[end].text)
        && !names_country(sentence, ws, i, j)
        && !(i == j && is_all_caps(ws[i].text));
    let field_of_head = (i..j)
        .any(|k| is_body_head(ws[k].text) && matches!(ws[k + 1].text, "of" | "for"))
        && end - (j + 1) == 1;
    (ends_in_head || field_of_head).then_some(end)
}

/// A word that places what follows: "in", "at", "from", "near" …
fn is_place_preposition(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "in" | "at"
            | "from"
            | "to"
            | "across"
            | "near"
            | "into"
            | "outside"
            | "inside"
            | "toward"
            | "towards"
    )
}

/// True when the name opening at `ws[a]` is one of a list the plural of a kind of body
/// ([`KINDS_OF_BODY`](super::lexicon::KINDS_OF_BODY)) brings in: "the biggest banks, Westmark, Halden Bank and Orrin Savings", "supermarket
/// chains, including Fresco and Barlow's". Only names and the words that join a list may
/// stand between.
fn listed_after_bodies(sentence: &str, ws: &[Word], a: usize) -> bool {
    let mut k = a;
    while k > 0 && a - k < 12 {
        k -= 1;
        let w = ws[k].text;
        let joins = matches!(w, "and" | "or" | "including" | "such" | "as" | "like" | "&");
        if joins || is_name_word(w) {
            continue;
        }
        // (The list set off after the noun: "banks, Westmark", "chains including Fresco";
        // not "banks and Jo Li".)
        let set_off = sentence[ws[k].end..ws[k + 1].start].contains(',')
            || matches!(ws[k + 1].text, "including" | "such" | "like");
        // (The noun in the plural: "banks", "companies", "chains".)
        let kind = |singular: &str| is_in(&super::lexicon::KINDS_OF_BODY, singular);
        return set_off
            && match w.strip_suffix("ies") {
                Some(stem) => kind(&format!("{stem}y")),
                None => w.strip_suffix('s').is_some_and(kind),
            };
    }
    false
}

/// True when the words around the name `ws[a..=b]` (ending at byte `end`) say it names a
/// place: a place preposition before it ("in Velm", "in the Velm"), with a part of the place
/// between ("in northern Velm"); the kind of place before it ("the village of Korun"); a
/// placed name and a comma before it ("in San Jose, California,"); its council, people or
/// kind of land after it ("Kessel council", "Kessel residents", "the Kessel region").
fn named_as_a_place(sentence: &str, ws: &[Word], a: usize, b: usize, end: usize) -> bool {
    let start = ws[a].start;
    let before = |n: usize| (a >= n).then(|| ws[a - n].text.to_lowercase());
    let prev = before(1);
    // (Past a word between, only the commonest prepositions place: not "into the NHS".)
    let placing =
        |w: &str, also: &[&str]| matches!(w, "in" | "at" | "from" | "to") || also.contains(&w);
    // "According to the Daily Ledger", "thanks to Acme": a fixed phrase, no place.
    let fixed_phrase_at = |n: usize| {
        before(n).as_deref() == Some("to")
            && before(n + 1)
                .is_some_and(|w| matches!(w.as_str(), "according" | "thanks" | "due" | "owing"))
    };
    // (Not a name of two words or more owning what a person has: in "in Jo Roe's
    // government" or "at Jo Roe's trial" the preposition places what is owned.)
    let persons_own_after = b > a
        && strip_possessive(ws[b].text) != ws[b].text
        && ws.get(b + 1).is_some_and(|n| {
            adjacent(sentence, &ws[b], n) && is_in(&super::lexicon::PERSONAL_POSSESSIONS, n.text)
        });
    // "married to Jo Roe", "a letter from Jo Roe": "to" and "from" after a word that takes
    // someone name no place.
    let someone_after = matches!(prev.as_deref(), Some("to" | "from"))
        && before(2).is_some_and(|w| is_in(&super::lexicon::TAKING_SOMEONE, &w));
    let after_preposition = prev.as_deref().is_some_and(is_place_preposition)
        && sentence[ws[a - 1].end..start].trim().is_empty()
        && !fixed_phrase_at(1)
        && !persons_own_after
        && !someone_after;
    // "in the Velm", "in northern Velm".
    let after_article_or_part = !fixed_phrase_at(2)
        && before(2).is_some_and(|p2| {
            prev.as_deref() == Some("the") && placing(&p2, &[])
                || prev
                    .as_deref()
                    .is_some_and(super::lexicon::is_compass_adjective)
                    && placing(&p2, &["across"])
        });
    // ("the village of Korun", "the coast of Calverra", "residents of Velm", "the mayor of
    // Velm", "north of …", "the annexation of Korun", "the siege of Velm".)
    let kind_of_place = prev.as_deref() == Some("of")
        && a >= 2
        && matches!(
            ws[a - 2].text,
            "village"
                | "town"
                | "city"
                | "province"
                | "district"
                | "island"
                | "region"
                | "coast"
                | "capital"
                | "outskirts"
                | "residents"
                | "citizens"
                | "people"
                | "mayor"
                | "governor"
                | "north"
                | "south"
                | "east"
                | "west"
                | "annexation"
                | "invasion"
                | "occupation"
                | "liberation"
                | "siege"
        );
    // (One word, or two after a compass word ("West Sussex"), set off by punctuation after
    // it too: not "in London, Jo Li said", nor "her agent in Oslo, Jo Li,".)
    let region_after_comma = a >= 1
        && (a == b
            || b == a + 1 && matches!(ws[a].text, "North" | "South" | "East" | "West" | "New"))
        && sentence[ws[a - 1].end..start] == *", "
        && sentence[end..]
            .trim_start()
            .chars()
            .next()
            .is_none_or(|c| matches!(c, ',' | '.' | ';' | ':' | '(' | ')'))
        && {
            // The placed name before the comma: after a place preposition, or a dateline in
            // capitals ("TARSEN, Velmoria (Wire) -").
            let mut k = a - 1;
            while k > 0 && is_name_word(ws[k - 1].text) && adjacent(sentence, &ws[k - 1], &ws[k]) {
                k -= 1;
            }
            let dateline = k == 0 && (k..a).all(|x| is_all_caps(ws[x].text));
            let placed = k > 0
                && adjacent(sentence, &ws[k - 1], &ws[k])
                && placing(&ws[k - 1].text.to_lowercase(), &["near", "outside"]);
            dateline || placed
        };
    // "Acme's Dublin headquarters", "the firm's Detroit plant": a site a body owns there.
    let its_site_after = a > 0
        && strip_possessive(ws[a - 1].text) != ws[a - 1].text
        && ws.get(b + 1).is_some_and(|n| {
            adjacent(sentence, &ws[b], n)
                && matches!(
                    n.text,
                    "headquarters"
                        | "office"
                        | "offices"
                        | "plant"
                        | "factory"
                        | "branch"
                        | "campus"
                )
        });
    // The word of an area a place is ("the Velm region", "Korun province").
    let is_area = |w: &str| {
        matches!(
            w,
            "region"
                | "regions"
                | "province"
                | "provinces"
                | "district"
                | "districts"
                | "county"
                | "counties"
        )
    };
    let its_people_after = ws.get(b + 1).is_some_and(|n| {
        adjacent(sentence, &ws[b], n)
            && strip_possessive(ws[b].text) == ws[b].text
            && (matches!(
                n.text,
                "council" | "councillors" | "residents" | "villagers" | "townspeople"
            ) || is_area(n.text))
    });
    // "the Tarsen and Korun regions", "Tarsen and Korun province": the word of an area after
    // a pair of names places both.
    let paired_with_area = ws
        .get(b + 1)
        .is_some_and(|n| n.text == "and" && adjacent(sentence, &ws[b], n))
        && {
            let mut k = b + 2;
            while ws
                .get(k)
                .is_some_and(|w| is_name_word(w.text) && adjacent(sentence, &ws[k - 1], w))
            {
                k += 1;
            }
            k > b + 2
                && ws
                    .get(k)
                    .is_some_and(|n| adjacent(sentence, &ws[k - 1], n) && is_area(n.text))
        };
    // "Velmoria's parliament", "Kessel's data regulator", "Velm's energy minister": a place
    // owns the bodies and the ministers that govern it (a word of what they oversee may
    // stand between). (Not a government, a cabinet, an army or voters: a leader has those
    // too, "Blair's government".)
    let its_government_after = strip_possessive(ws[b].text) != ws[b].text && {
        let governs = |w: &Word| {
            matches!(
                w.text,
                "parliament"
                    | "minister"
                    | "regulator"
                    | "watchdog"
                    | "authorities"
                    | "ministry"
                    | "police"
                    | "capital"
                    | "citizens"
                    | "legislature"
            )
        };
        let next = ws.get(b + 1).filter(|n| adjacent(sentence, &ws[b], n));
        next.is_some_and(|n| {
            governs(n)
                || n.text.starts_with(char::is_lowercase)
                    && ws
                        .get(b + 2)
                        .is_some_and(|m| adjacent(sentence, n, m) && governs(m))
        })
    };
    after_preposition
        || after_article_or_part
        || kind_of_place
        || region_after_comma
        || its_people_after
        || paired_with_area
        || its_site_after
        || its_government_after
}

/// A legislator's title before a name: "Sen.", "Rep.", "Congresswoman".
fn is_legislator_title(w: &str) -> bool {
    matches!(
        w.trim_end_matches('.'),
        "Sen" | "Rep" | "Senator" | "Congressman" | "Congresswoman" | "Representative"
    )
}

/// True when "Jo Roe of the Daily Planet" names a person and the body apart: a name of two or
/// three words (or an honorific and one or two: "Professor Jo Roe") before "of", none of
/// which heads a body, a place or a title or is a function or number word ("Royal Bank of
/// Scotland", "Democratic Republic of Congo", "The Phantom of the Opera" stay whole; one
/// word before "of" always does: "Statue of Liberty"), and after
/// it "the" or a body's name ("of Mellon Bank", "of ABN AMRO"), so that titles such as
/// "London School of Economics" or "Bright Side of Life" stay whole too. `k` is where the
/// words after "of" start.
fn person_of_apart(ws: &[Word], i: usize, j: usize, k: usize) -> bool {
    // ("But Jo Roe of the …": a capitalised word that opens the sentence is no part of the
    // name.)
    let i = if i < j && is_stopword(&ws[i].text.to_lowercase()) {
        i + 1
    } else {
        i
    };
    // (A nationality opens no one's name: "British Chambers of Commerce". Not one told by
    // "-ian" alone, which ends given names too: "Rhian", "Julian".)
    // ("Professor Jo Roe of …", "Dr Roe of …": an honorific before the name, then the
    // name. Not "Chief Executive of …", a post, nor "Lord Roe of Elm", a peer's title.)
    // (A legislator's "of" gives the state or district sent from: "Sen. Jo Roe of Ohio".)
    let honorific = |w: &Word| {
        is_legislator_title(w.text)
            || matches!(
                w.text.trim_end_matches('.'),
                "Mr" | "Mrs" | "Ms" | "Miss" | "Dr" | "Prof" | "Professor" | "Sir" | "Dame"
            )
    };
    let titled = j > i && honorific(&ws[i]);
    let start = if titled { i + 1 } else { i };
    let words = if titled { 0..=2 } else { 1..=2 };
    // ("Jo Van den Brul of …": a surname's particles inside the name count for nothing.)
    let inner_particle =
        |k: usize| k > start && k < j && is_surname_particle(&ws[k].text.to_lowercase());
    let particles = (start..=j).filter(|&k| inner_particle(k)).count();
    let person = words.contains(&(j - start - particles))
        && !super::entities::is_surely_demonym(ws[start].text)
        && (start..=j).filter(|&k| !inner_particle(k)).all(|k| {
            let w = &ws[k];
            let l = w.text.to_lowercase();
            is_name_word(w.text)
                && !is_all_caps(w.text)
                && !is_body_head(w.text)
                && !is_stopword(&l)
                && !is_number_word(w.text)
                && !is_in(&super::lexicon::ORG_WORDS, &l)
                && !is_in(&super::lexicon::PLACE_WORDS, &l)
                && !is_in(&PERSON_TITLES, &l)
                && !is_name_particle(w.text)
        });
    // "said Jo Roe of Elm Capital", "analyst Jo Roe of Elm Capital", "Jo Roe of Elm Capital
    // said": a speaker, named with the body she speaks for.
    let speech = |w: &Word| {
        matches!(
            w.text,
            "said" | "says" | "told" | "added" | "adds" | "wrote" | "warned" | "explained"
        )
    };
    let after = ws[k..]
        .iter()
        .position(|w| !is_name_word(w.text))
        .and_then(|n| ws.get(k + n));
    let speaker = i > 0 && (speech(&ws[i - 1]) || is_in(&ROLE_NOUNS, ws[i - 1].text))
        || after.is_some_and(speech);
    // "Book of the Year", "Player of the Year": an award, whole.
    let award = ws.get(k).is_some_and(|w| w.text == "Year");
    let body = !award && matches!(ws[k - 1].text, "the" | "The")
        || ws[k..]
            .iter()
            .take_while(|w| is_name_word(w.text))
            .any(|w| {
                let l = w.text.to_lowercase();
                is_all_caps(w.text)
                    || is_in(&super::lexicon::ORG_WORDS, &l)
                    || is_in(&super::lexicon::INSTITUTION_HEADS, &l)
                    || super::entities::is_legal_form(&l)
            })
        // (After an honorific, a speaker's "of" may give a home town: "said Mr Roe of
        // Elmton". Only a body's own marks set it apart then.)
        || !award && speaker && !titled
        || titled && is_legislator_title(ws[i].text)
        // ("Sen." is a word of its own: its full stop parts it from the name.)
        || i > 0 && is_legislator_title(ws[i - 1].text);
    person && body
}

/// Whether words `a..=b` of a sentence name a country ("Peru", "New Zealand").
fn names_country(sentence: &str, ws: &[Word], a: usize, b: usize) -> bool {
    let key = super::entities::name_key(&sentence[ws[a].start..ws[b].end]);
    super::lexicon::COUNTRIES.contains(&key)
}

/// True when "X of Country" names X and the country apart ("Jo Roe of Peru", "Estimates of
/// Peru"): the country follows "of" at `k`, and the word before it at `j` is not one that
/// heads an institution, a place or a title ("Bank of Peru", "Republic of Peru", "King of
/// Peru").
fn of_country_apart(sentence: &str, ws: &[Word], j: usize, k: usize) -> bool {
    let country = (k..ws.len().min(k + 3)).any(|end| names_country(sentence, ws, k, end));
    let head = ws[j].text.to_lowercase();
    country
        && !is_in(&super::lexicon::ORG_WORDS, &head)
        && !is_in(&super::lexicon::PLACE_WORDS, &head)
        && !is_in(&PERSON_TITLES, &head)
        && !matches!(
            head.as_str(),
            "government"
                | "church"
                | "house"
                | "people"
                | "duke"
                | "duchess"
                | "commonwealth"
                | "emirate"
                | "emirates"
                | "states"
        )
}

/// The capitalised title printed right before a name: `U.N. High Commissioner for Refugees`
/// in "U.N. High Commissioner for Refugees Jo Li said". Two words or more, one of them a
/// person title; `None` otherwise. `start` is where the name begins in `sentence`.
///
/// ```
/// use briefing::extract::words::title_before;
/// let s = "The Acme Chief Executive Officer Jo Li said so.";
/// assert_eq!(title_before(s, 33).as_deref(), Some("Acme Chief Executive Officer"));
/// assert_eq!(title_before("Then Jo Li said so.", 5), None);
/// ```
pub fn title_before(sentence: &str, start: usize) -> Option<String> {
    let head = sentence.get(..start)?;
    let ws = words(head);
    if ws.last().is_none_or(|w| !head[w.end..].trim().is_empty()) {
        return None;
    }
    let mut k = ws.len();
    while k > 0 {
        let w = &ws[k - 1];
        let joined = k == ws.len() || head[w.end..ws[k].start].chars().all(|c| c == ' ');
        let capital = w.text.starts_with(char::is_uppercase);
        if !joined || !(capital || matches!(w.text, "of" | "for" | "the")) {
            break;
        }
        k -= 1;
    }
    while k < ws.len() && (matches!(ws[k].text, "of" | "for" | "the" | "The")) {
        k += 1;
    }
    let title = &ws[k..];
    if title.len() < 2 || !title.iter().any(|w| is_in(&PERSON_TITLES, w.text)) {
        return None;
    }
    Some(head[title[0].start..title[title.len() - 1].end].to_string())
}

/// Cuts a run at person titles and drops leading function words.
fn split_run(
    sentence: &str,
    ws: &[Word],
    i: usize,
    j: usize,
    after_title: bool,
    out: &mut Vec<NameRun>,
) {
    let prev_word = |k: usize| (k > 0).then(|| ws[k - 1].text.to_lowercase());
    let mut seg_start = i;
    // "President Jane Roe", but not "as its new president, Austria has …".
    let mut titled = after_title
        || prev_word(i).is_some_and(|p| is_in(&PERSON_TITLES, &p))
            && sentence[ws[i - 1].end..ws[i].start].trim().is_empty();
    let mut k = i;
    let push_trimmed = |a: usize, b: usize, titled: bool, out: &mut Vec<NameRun>| {
        // trim function words and particles at the ends
        let mut a = a;
        let mut b = b;
        let mut titled = titled;
        // Where a capital may only mark the sentence's start.
        let opens = |k: usize| {
            let before = sentence[..ws[k].start].trim_end();
            before.is_empty()
                || before.ends_with(['"', '“', '”', '‘', '(', '—', '-', '–', ':', '.'])
        };
        let at_start = opens(a);
        // A capital "The" inside a sentence belongs to the name ("as The Economist said").
        let the_in_name = !at_start && ws[a].text == "The" && a < b;
        while a <= b
            && !the_in_name
            && (is_stopword(&ws[a].text.to_lowercase())
                && !is_all_caps(ws[a].text)
                && (at_start || matches!(ws[a].text, "The" | "A" | "An"))
                || is_name_particle(ws[a].text))
        {
            a += 1;
        }
        // "Parisian Jo Li", "Tory Jo Li", "Liberal Democrat Jo Li": a nationality or a
        // party before a person's name describes the person.
        // (All of the words or none: "Lib Dem Treasury spokesman" leaves no name.)
        let describing = (a..=b)
            .take_while(|&k| {
                super::entities::is_demonym(ws[k].text)
                    || is_in(&super::lexicon::PARTY_MEMBERS, ws[k].text)
            })
            .count();
        if describing > 0
            && b > a + describing
            && !(a + describing..=b).any(|k| {
                let l = ws[k].text.to_lowercase();
                is_in(&super::lexicon::ORG_WORDS, &l) || is_in(&super::lexicon::PLACE_WORDS, &l)
            })
        {
            a += describing;
        }
        let title_follows = ws.get(b + 1).is_some_and(|n| is_in(&PERSON_TITLES, n.text));
        // A capital that only marks the sentence start: "Later Jo Li", "Analyst Jo Li",
        // "Special US envoy".
        // (Not before the one word of a body's name: "Home Affairs spokesman Jo Li".)
        while a < b
            && title_follows
            && is_title_modifier(ws[a].text)
            && !(a + 1 == b && is_in(&super::lexicon::ORG_WORDS, ws[b].text))
        {
            a += 1;
        }
        // (Not the opening-word shapes after an occupation: "Striker Kelly Rowe" keeps
        // "Kelly", which ends like an adverb.)
        let mut after_role = false;
        while a < b
            && (is_in(&ROLE_NOUNS, ws[a].text)
                || at_start
                    && !after_role
                    && (is_in(&SENTENCE_OPENERS, ws[a].text)
                        || is_number_word(ws[a].text)
                        || ws[a].text.len() > 4
                            && (ws[a].text.ends_with("ly") || ws[a].text.ends_with("ing"))
                            // (No adverb follows an article: "The Daily Ledger", "The
                            // Evening Standard" open with their names; "The Planning
                            // Minister" names a post.)
                            && !(a > 0
                                && matches!(ws[a - 1].text, "The" | "A" | "An")
                                && !ws.get(a + 1).is_some_and(|n| is_in(&PERSON_TITLES, n.text)))
                            // ("Downing Street", "Ealing Studios": before the word of a
                            // place or a body it is the name's.)
                            && !ws.get(a + 1).is_some_and(|n| {
                                let n = n.text.to_lowercase();
                                is_in(&super::lexicon::PLACE_WORDS, &n)
                                    || is_in(&super::lexicon::ORG_WORDS, &n)
                            })
                        || describes_acronym(ws[a].text, ws[b].text) && a + 1 == b))
        {
            let role = is_in(&ROLE_NOUNS, ws[a].text);
            titled |= role;
            after_role |= role;
            a += 1;
        }
        // ("Millions of Indonesians", "Two of Britain's unions": what follows an opening
        // word left out starts at the name, not at "of".)
        if a < b && ws[a].text == "of" {
            a += 1;
        }
        while b > a
            && (is_name_particle(ws[b].text)
                || is_title_modifier(ws[b].text)
                    && (title_follows
                        || ws.get(b + 1).is_some_and(|n| is_in(&PERSON_TITLES, n.text)))
                || is_in(&PERSON_TITLES, ws[b].text)
                || matches!(
                    ws[b].text,
                    "Says"
                        | "Said"
                        | "Tells"
                        | "Told"
                        | "Adds"
                        | "Added"
                        | "Warns"
                        | "Warned"
                        | "Writes"
                        | "Wrote"
                ))
        {
            b -= 1;
        }
        // "Twitter-like Weibo": a name turned into a modifier by a hyphenated word is not
        // part of the name that follows.
        while a < b && (modifier_suffix(ws[a].text).is_some() || participle_compound(ws[a].text)) {
            a += 1;
        }
        // "Grammy Award-winning composer": the adjective closes no name.
        while b > a && participle_compound(ws[b].text) {
            b -= 1;
        }
        if a == b && participle_compound(ws[a].text) {
            return;
        }
        if a > b || b >= ws.len() || (a..=b).all(|k| is_in(&PERSON_TITLES, ws[k].text)) {
            return;
        }
        // "British Prime Minister, Jo Li": the word opening a title is no name of its own.
        if a == b
            && is_title_modifier(ws[a].text)
            && ws.get(b + 1).is_some_and(|n| is_in(&PERSON_TITLES, n.text))
        {
            return;
        }
        let start = ws[a].start;
        let end_word = ws[b].text;
        // "Chicago-based" names Chicago, "New York-based" New York.
        let end_word = modifier_suffix(end_word)
            .or_else(|| thing_number(end_word))
            .unwrap_or(end_word);
        let end = ws[b].start + strip_possessive(end_word).len();
        // "Jon Roe Jr.", "Acme Ltd.": an abbreviation closing a name keeps its
        // period.
        let end = if is_name_abbreviation(end_word) && sentence[end..].starts_with('.') {
            end + 1
        } else {
            end
        };
        let before = sentence[..start].trim_end();
        // (A straight single quote opens a quotation when nothing is printed before it or a
        // space is: "'Safety is our priority,' she said"; not "the Smiths' Jo Li".)
        let single_quote_opens = before
            .strip_suffix('\'')
            .is_some_and(|b| b.is_empty() || b.ends_with(char::is_whitespace));
        // (A quotation of several sentences is one sentence here: "…: “We apologise to
        // our customers. Safety is …”" opens one after a lower-case word and its stop.)
        let opens_quoted_sentence = before
            .strip_suffix(['.', '!', '?'])
            .and_then(|b| b.rsplit(char::is_whitespace).next())
            .is_some_and(|w| w.len() >= 2 && !w.contains('.') && w.chars().all(char::is_lowercase));
        let sentence_initial = before.is_empty()
            || single_quote_opens
            || opens_quoted_sentence
            || before.ends_with(['"', '“', '”', '‘', '(', '—', '-', '–', ':']);
        let prev = (a > 0).then(|| ws[a - 1].text.to_lowercase());
        let after_place_preposition = named_as_a_place(sentence, ws, a, b, end);
        // A name followed by a lower-case word or a title modifies it ("Swedish leader",
        // "Danish President X").
        let before_lowercase = ws.get(b + 1).is_some_and(|n| {
            adjacent(sentence, &ws[b], n)
                && (n.text.chars().next().is_some_and(|c| c.is_lowercase())
                    || is_in(&PERSON_TITLES, n.text)
                    || is_title_modifier(n.text))
        });
        // (Not after a possessive: "the mayor's party" is hers, not her name.)
        let before_product_noun = ws.get(b + 1).is_some_and(|n| {
            adjacent(sentence, &ws[b], n)
                && strip_possessive(ws[b].text) == ws[b].text
                && is_in(&super::lexicon::PRODUCT_NOUNS, n.text)
        });
        let before_body_noun = ws.get(b + 1).is_some_and(|n| {
            adjacent(sentence, &ws[b], n)
                && strip_possessive(ws[b].text) == ws[b].text
                && matches!(
                    n.text,
                    "party" | "group" | "movement" | "militia" | "company" | "firm" | "agency"
                )
        });
        // "Kessel City have sacked their manager": a club, named as a place is but taking a
        // plural verb as a team does (not one of several names: "Li and Roe have").
        let team = ws.get(b + 1).is_some_and(|n| {
            adjacent(sentence, &ws[b], n)
                && matches!(n.text, "have" | "are" | "were")
                && matches!(
                    ws[b].text,
                    "City"
                        | "Town"
                        | "County"
                        | "Forest"
                        | "Villa"
                        | "Rangers"
                        | "Rovers"
                        | "Athletic"
                        | "Albion"
                        | "Wanderers"
                        | "Argyle"
                        | "Orient"
                        | "Hotspur"
                )
                && !prev
                    .as_deref()
                    .is_some_and(|p| matches!(p, "and" | "or" | "&"))
        });
        // "the aid group Red Dawn" (not "party": "the party Jon Roe leads").
        // ("The water company, Harbour Water, denied it": set off by a comma after "the …".)
        let gap = sentence[ws[a.max(1) - 1].end.min(start)..start].trim();
        let set_off = gap == ","
            && a >= 2
            && ws[a.saturating_sub(4)..a - 1]
                .iter()
                .any(|w| matches!(w.text, "the" | "The" | "a" | "A"));
        let after_body_noun = a > 0
            && (gap.is_empty() || set_off)
            && is_in(&super::lexicon::KINDS_OF_BODY, ws[a - 1].text);
        // "said Jo Roe of Elm Capital": a name set apart after a person's "of" is the body
        // the person speaks for ([`person_of_apart`]; a country is told apart by its name).
        let after_person_of = a >= 3
            && ws[a - 1].text == "of"
            // ("Jo Roe, of Burnley, said": set off by a comma, "of" tells where she is from.)
            && adjacent(sentence, &ws[a - 2], &ws[a - 1])
            && {
            // (The person's name runs two or three words up to "of", from a word that opens
            // it: not "One of Khan's hits" nor "Some of Presley's songs". Particles inside
            // a surname add words: "Jo Van den Brul of Elm Capital".)
            (a.saturating_sub(6)..a - 2).any(|i| {
                (i == 0 || !is_name_word(ws[i - 1].text)) && person_of_apart(ws, i, a - 2, a)
            })
        };
        // "Sen. Jo Roe of New Mexico": a legislator's "of" names the state sent from.
        let after_legislator_of = after_person_of
            && (a.saturating_sub(5)..a - 2).any(|i| is_legislator_title(ws[i].text));
        let after_person_of = after_person_of && !after_legislator_of;
        // "an analyst at Velm Capital", "chief economist at Korun Partners": where someone
        // works, not where someone is. (Not a role held in a place, "fans at Kessel", nor
        // an office, "the mayor at Velm"; nor a name of a place, "staff at Kessel Airport".)
        let works_at = a >= 2
            && prev.as_deref() == Some("at")
            && adjacent(sentence, &ws[a - 2], &ws[a - 1])
            && {
                let role = ws[a - 2].text.trim_end_matches('s');
                is_in(&ROLE_NOUNS, role) && !is_in(&super::lexicon::ROLES_HELD_IN_PLACES, role)
            }
            && !ws[a..=b]
                .iter()
                .any(|w| is_in(&super::lexicon::PLACE_WORDS, w.text));
        let after_place_preposition = (after_place_preposition || after_legislator_of) && !works_at;
        // "with Germany's Jane Roe": a possessive name between the preposition and the name.
        let after_possessive_object =
            a > 0 && strip_possessive(ws[a - 1].text) != ws[a - 1].text && {
                let mut k = a - 1;
                while k > 0 && is_name_word(ws[k - 1].text) {
                    k -= 1;
                }
                k > 0 && is_preposition(ws[k - 1].text)
            };
        out.push(NameRun {
            start,
            end,
            surface: sentence[start..end].to_string(),
            titled,
            sentence_initial,
            after_place_preposition,
            after_preposition: prev.as_deref().is_some_and(is_preposition)
                || after_place_preposition
                || after_possessive_object,
            after_article: prev.as_deref() == Some("the"),
            before_lowercase,
            beside_body_noun: before_body_noun
                || after_body_noun
                || works_at
                || after_person_of
                || team
                || listed_after_bodies(sentence, ws, a),
            before_product_noun,
        });
    };
    // "Rome-based U.N. agency", "Iran-backed militias": the name turned into a modifier
    // is named too, as a run of its own, before the name it modifies.
    let push = |a: usize, b: usize, titled: bool, out: &mut Vec<NameRun>| {
        let mut a = a;
        while a < b && modifier_suffix(ws[a].text).is_some() {
            let before = out.len();
            push_trimmed(a, a, false, out);
            // "Rome-based", "Lagos-born": where something is, as "in Rome" would say.
            let placed = ["-based", "-born", "-headquartered", "-registered"]
                .iter()
                .any(|s| ws[a].text.ends_with(s));
            if let Some(run) = out.get_mut(before).filter(|_| placed) {
                run.after_place_preposition = true;
            }
            a += 1;
        }
        push_trimmed(a, b, titled, out);
    };
    while k <= j {
        let w = ws[k].text.to_lowercase();
        let w = w.trim_end_matches('.');
        // A title word that is also a surname, after a first and middle name, is the
        // surname ("Lena Mae Bishop Jr.", "Billie Jean King").
        let surname = k >= seg_start + 2
            && matches!(
                w,
                "king" | "bishop" | "judge" | "major" | "marshal" | "dean" | "general"
            )
            && (seg_start..k).all(|n| is_name_word(ws[n].text));
        // "General Dynamics", "General Mills Co": a title word opening a company's name
        // (the word after it names a kind of business) is part of the name; so is
        // "General" anywhere before such a word ("Kessel General Hospital", "the General
        // Assembly").
        let company = (k == seg_start || w == "general") && {
            let mut last = j;
            if last > k + 1 && super::entities::is_legal_form(&ws[last].text.to_lowercase()) {
                last -= 1;
            }
            let kind = ws[last].text.to_lowercase();
            last == k + 1
                && (is_in(&super::lexicon::ORG_WORDS, &kind)
                    || is_in(&super::lexicon::INSTITUTION_HEADS, &kind))
        };
        // "the Criminal Justice Act", "the Justice Bill": before the word that closes a
        // law's name, a title word is that name's (not an honorific: "Mr Bill").
        let law = k + 1 == j
            && is_in(&super::lexicon::LAW_HEADS, ws[j].text)
            && (k > seg_start || is_title_modifier(ws[k].text));
        if is_in(&PERSON_TITLES, w) && k < j && !surname && !company && !law {
            // Title modifiers before it (Foreign Minister, Prime Minister) are part of the title.
            let mut t = k;
            // So is a government portfolio before "Secretary" or "Minister" ("Transport
            // Secretary"; not "Duke Energy CEO", where the word is the firm's).
            let minister = matches!(
                w.to_lowercase().as_str(),
                "secretary" | "minister" | "commissioner"
            );
            while t > seg_start
                && (is_title_modifier(ws[t - 1].text) || minister && is_portfolio(ws[t - 1].text))
            {
                t -= 1;
            }
            if t > seg_start {
                push(seg_start, t - 1, titled, out);
            }
            // "Secretary of State Jane Roe": the "of X" belongs to the title; "President of
            // France", "Prime Minister of New Zealand Jo Li": a country completes the title and
            // is named itself.
            let mut n = k + 1;
            if n < j && ws[n].text == "of" {
                let mut c = n + 1;
                while c < j && matches!(ws[c].text, "the" | "The") {
                    c += 1;
                }
                let country_end = (c..=j.min(c + 2))
                    .rev()
                    .find(|&end| names_country(sentence, ws, c, end));
                // "CEO of Nine Line Apparel": a firm's officer is named before, not after,
                // the firm the "of" names in full.
                let firm_officer = matches!(
                    ws[k].text.to_lowercase().as_str(),
                    "ceo" | "chairman" | "chairwoman" | "chair"
                );
                if let Some(end) = country_end {
                    push(c, end, false, out);
                    n = end + 1;
                } else if firm_officer {
                    push(c, j, false, out);
                    n = j + 1;
                } else {
                    n += 2;
                }
                while n <= j && is_name_particle(ws[n].text) {
                    n += 1;
                }
            }
            while n <= j && is_in(&PERSON_TITLES, ws[n].text) {
                n += 1;
            }
            seg_start = n;
            titled = true;
            k = n;
            continue;
        }
        k += 1;
    }
    if seg_start <= j {
        push(seg_start, j, titled, out);
    }
}

/// A word naming what kind of body an acronym after it is, opening a sentence ("Broadcaster
/// NRK said …", "Regulator CAAC ordered …"): an agent noun, capitalised only for its place.
fn describes_acronym(word: &str, next: &str) -> bool {
    word.len() >= 6
        && (word.ends_with("er") || word.ends_with("or"))
        && !is_all_caps(word)
        && is_all_caps(next)
        && (2..=6).contains(&next.chars().filter(|c| c.is_alphabetic()).count())
        && !super::entities::is_legal_form(&next.to_lowercase())
}

/// The number of a numbered thing: "5" of "5" or "5-like" (one to four digits, and only a
/// lower-case modifier after a hyphen).
fn thing_number(word: &str) -> Option<&str> {
    let (number, modifier) = word.split_once('-').unwrap_or((word, "a"));
    ((1..=4).contains(&number.len())
        && number.bytes().all(|b| b.is_ascii_digit())
        && !modifier.is_empty()
        && modifier.bytes().all(|b| b.is_ascii_lowercase()))
    .then_some(number)
}

/// The name in a hyphenated modifier ("Chicago-based" → "Chicago", "Twitter-like" →
/// "Twitter"), when the word is one.
fn modifier_suffix(word: &str) -> Option<&str> {
    let (head, tail) = word.rsplit_once('-')?;
    matches!(
        tail,
        "based"
            | "born"
            | "like"
            | "led"
            | "backed"
            | "owned"
            | "style"
            | "era"
            | "linked"
            | "run"
            | "funded"
            | "made"
            | "bound"
            | "registered"
            | "headquartered"
    )
    .then_some(head)
    .filter(|h| h.starts_with(char::is_uppercase))
}

/// Counting words that open a sentence ("Five Germans", "Hundreds of …").
pub fn is_number_word(w: &str) -> bool {
    super::lexicon::number_word_value(w).is_some()
        || matches!(
            w.to_lowercase().as_str(),
            "hundreds"
                | "thousand"
                | "thousands"
                | "dozens"
                | "millions"
                | "several"
                | "many"
                | "some"
                | "most"
                | "all"
                | "both"
        )
}

/// A month name can end a personal name ("Theresa May") but never starts one or a date.
pub fn calendar_name_end(sentence: &str, ws: &[Word], j: usize) -> bool {
    j + 1 < ws.len()
        && adjacent(sentence, &ws[j], &ws[j + 1])
        && MONTHS.contains(&ws[j + 1].text)
        && is_name_word(ws[j].text)
        && !is_stopword(&ws[j].text.to_lowercase())
        && !is_all_caps(ws[j].text)
        && ws
            .get(j + 2)
            .is_none_or(|n| !n.text.starts_with(|c: char| c.is_ascii_digit()))
}

/// Prepositions: a name after one is an object, not a subject.
pub fn is_preposition(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "with"
            | "to"
            | "for"
            | "by"
            | "of"
            | "from"
            | "in"
            | "on"
            | "at"
            | "alongside"
            | "about"
            | "against"
            | "than"
            | "between"
            | "among"
            | "after"
            | "before"
            | "during"
            | "over"
            | "under"
            | "into"
            | "including"
            | "toward"
            | "towards"
            | "near"
            | "across"
            | "via"
            | "like"
            | "unlike"
            | "behind"
            | "beside"
            | "besides"
            | "outside"
            | "inside"
            | "around"
            | "through"
            | "throughout"
            | "within"
            | "without"
            | "beyond"
            | "amid"
    )
}

/// A government portfolio that names a minister's title with the word after it ("Transport
/// Secretary", "Education Minister").
fn is_portfolio(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "transport"
            | "transportation"
            | "education"
            | "environment"
            | "energy"
            | "culture"
            | "agriculture"
            | "housing"
            | "business"
            | "industry"
            | "science"
            | "technology"
            | "immigration"
            | "commerce"
            | "tourism"
            | "sport"
            | "sports"
            | "welfare"
            | "labour"
            | "labor"
    )
}

/// A word that may open a title ("Deputy", "Foreign", "Assistant" … "Minister"; "Shadow",
/// for an opposition's spokesperson in parliaments on the Westminster model).
pub(crate) fn is_title_modifier(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "prime"
            | "vice"
            | "deputy"
            | "foreign"
            | "defence"
            | "defense"
            | "interior"
            | "finance"
            | "home"
            | "special"
            | "chief"
            | "executive"
            | "first"
            | "senior"
            | "state"
            | "health"
            | "trade"
            | "justice"
            | "economy"
            | "former"
            | "acting"
            | "shadow"
            | "general"
            | "attorney"
            | "high"
            | "assistant"
            | "associate"
            | "principal"
            | "permanent"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn surfaces(s: &str) -> Vec<(String, bool)> {
        name_runs(s)
            .into_iter()
            .map(|r| (r.surface, r.titled))
            .collect()
    }

    /// The names of a sentence's runs, in order.
    fn names(s: &str) -> Vec<String> {
        surfaces(s).into_iter().map(|(n, _)| n).collect()
    }

    #[test]
    fn a_numbered_kind_of_thing_ends_with_its_number() {
        assert_eq!(
            names("Aid came under Clause 7 of the pact."),
            ["Aid", "Clause 7"]
        );
        assert_eq!(names("Some backed Clause 7-like guarantees."), ["Clause 7"]);
        assert_eq!(names("Resolution 2718 passed."), ["Resolution 2718"]);
        assert_eq!(names("She took Acme Flight 9 home."), ["Acme Flight"]);
        assert_eq!(names("It cited Section 12000 twice."), ["Section"]);
    }

    #[test]
    fn a_name_after_an_opening_quantity_starts_after_of() {
        for (text, name) in [
            ("Millions of Norvanians use kerosene.", "Norvanians"),
            ("Two of Norvane's unions may merge.", "Norvane"),
            ("None of Elm Capital's staff came.", "Elm Capital"),
        ] {
            assert_eq!(
                surfaces(text).first().map(|(s, _)| s.as_str()),
                Some(name),
                "{text}"
            );
        }
    }

    #[test]
    fn a_portfolio_before_secretary_or_minister_is_the_title_s() {
        assert_eq!(
            surfaces(
                "Officials said Transport Secretary Laura Benn and Duke Energy CEO Jo Li met."
            ),
            vec![
                ("Officials".to_string(), false),
                ("Laura Benn".to_string(), true),
                ("Duke Energy".to_string(), false),
                ("Jo Li".to_string(), true)
            ]
        );
    }

    #[test]
    fn a_title_word_ending_the_sentence_is_trimmed() {
        // "Trade" can modify a title ("Trade Minister"); here it ends the text, no title
        // follows, and it stays part of the name.
        assert_eq!(
            surfaces("Officials met Jane Roe of Acme Trade"),
            vec![
                ("Officials".to_string(), false),
                ("Jane Roe of Acme Trade".to_string(), false)
            ]
        );
    }

    #[test]
    fn an_attorneys_title_is_no_part_of_the_name() {
        let runs = surfaces("U.S. Attorney Mark Bell met District Attorney Ana Ruiz.");
        assert!(runs.contains(&("Mark Bell".to_string(), true)), "{runs:?}");
        assert!(runs.contains(&("Ana Ruiz".to_string(), true)), "{runs:?}");
    }

    #[test]
    fn a_name_made_a_modifier_is_named_before_the_name_it_modifies() {
        let runs =
            name_runs("Staff at the Oslo-based Nordic Harbour Fund and Acme-backed Weibo left.");
        let named: Vec<&str> = runs.iter().map(|r| r.surface.as_str()).collect();
        assert_eq!(
            named,
            ["Staff", "Oslo", "Nordic Harbour Fund", "Acme", "Weibo"]
        );
        // Where a thing is based reads as where it is; who backs it does not.
        assert!(runs[1].after_place_preposition && !runs[3].after_place_preposition);
    }

    #[test]
    fn a_surname_joined_to_its_particle_is_part_of_the_name() {
        let named =
            |s: &str| -> Vec<String> { name_runs(s).into_iter().map(|r| r.surface).collect() };
        assert_eq!(
            named("Yesterday Karim al-Nouri, the governor, met Omar el-Tahan in Oslo."),
            ["Karim al-Nouri", "Omar el-Tahan", "Oslo"]
        );
        // Not a hyphenated common word ("all-night").
        assert_eq!(named("Nadia Rey held all-night talks."), ["Nadia Rey"]);
    }

    #[test]
    fn an_agent_noun_opening_a_sentence_describes_the_acronym_after_it() {
        let named =
            |s: &str| -> Vec<String> { name_runs(s).into_iter().map(|r| r.surface).collect() };
        assert_eq!(named("Broadcaster NRK said the ferry sank."), ["NRK"]);
        // A company's legal form is part of its name; a name of another shape stays whole.
        assert_eq!(named("Schroder AG said profits rose."), ["Schroder AG"]);
        assert_eq!(named("Harbour NRK said so."), ["Harbour NRK"]);
        // A sportsperson's position is an occupation too; the given name after it stays,
        // however it ends ("-ly" opens a sentence only as its first word).
        assert_eq!(named("Striker Kelly Rowe won the race."), ["Kelly Rowe"]);
        // An "-ing" word opening a sentence is a verb form, unless a place's or a body's
        // word follows it.
        assert_eq!(named("Downing Street said no."), ["Downing Street"]);
        assert_eq!(named("Visiting Jo Li, the mayor said no."), ["Jo Li"]);
    }

    #[test]
    fn runs_cut_at_titles() {
        assert_eq!(
            surfaces(
                "European Commission President Anna van der Berg met Secretary of State Jane Roe in Oslo."
            ),
            vec![
                ("European Commission".to_string(), false),
                ("Anna van der Berg".to_string(), true),
                ("Jane Roe".to_string(), true),
                ("Oslo".to_string(), false)
            ]
        );
    }

    #[test]
    fn possessives_and_calendar_words() {
        assert_eq!(
            surfaces("On Friday, Acme’s chief Bo Li spoke in May."),
            vec![("Acme".to_string(), false), ("Bo Li".to_string(), true)]
        );
        // A plural possessive before the kind of body it names is inside the name.
        assert_eq!(
            surfaces("Bo Li will appear at Elmton Magistrates' Court on Monday."),
            vec![
                ("Bo Li".to_string(), false),
                ("Elmton Magistrates' Court".to_string(), false)
            ]
        );
        assert_eq!(
            surfaces("The Farmers’ Union met."),
            vec![("Farmers’ Union".to_string(), false)]
        );
    }

    #[test]
    fn a_body_name_holding_and_is_one_name() {
        assert_eq!(
            names("Regulators at the Securities and Exchange Commission agreed."),
            ["Regulators", "Securities and Exchange Commission"]
        );
        assert_eq!(
            names("She worked for the Food and Agriculture Organization in Rome."),
            ["Food and Agriculture Organization", "Rome"]
        );
        assert_eq!(
            names("A Department for Education and Skills source spoke."),
            ["Department for Education and Skills"]
        );
        // Countries, and names without a body's head, stay apart.
        assert_eq!(
            names("Talks between Russia and European Union officials ended."),
            ["Talks", "Russia", "European Union"]
        );
        assert_eq!(
            names("Spain, Israel Morocco and Poland each lost two citizens."),
            ["Spain", "Israel", "Morocco", "Poland"]
        );
        assert_eq!(
            names("Acme and Orion Group shares fell."),
            ["Acme", "Orion Group"]
        );
        assert_eq!(
            names("It told the US Food and Drug Administration on Monday."),
            ["US Food and Drug Administration"]
        );
    }

    #[test]
    fn a_name_made_adjective_by_a_participle_is_no_name() {
        assert_eq!(
            surfaces("Celebrating his win, the Oscar-nominated Owen told reporters."),
            vec![
                ("Celebrating".to_string(), false),
                ("Owen".to_string(), false)
            ]
        );
        assert_eq!(
            surfaces("The Grammy Award-winning composer met Aids-related charities."),
            vec![("Grammy".to_string(), false)]
        );
    }

    #[test]
    fn a_country_completing_a_title_is_named() {
        assert_eq!(
            surfaces("Talks were called by the President of France, Jo Roe, on Friday."),
            vec![
                ("Talks".to_string(), false),
                ("France".to_string(), false),
                ("Jo Roe".to_string(), false)
            ]
        );
        assert_eq!(
            surfaces("Prime Minister of New Zealand Ana Li spoke."),
            vec![
                ("New Zealand".to_string(), false),
                ("Ana Li".to_string(), true)
            ]
        );
    }

    #[test]
    fn a_capitalised_prefix_opens_no_name() {
        assert_eq!(names("Ex-chatshow host Jo Roe spoke."), ["Jo Roe"]);
        assert_eq!(names("Anti-war marchers met Jo Roe."), ["Jo Roe"]);
        assert_eq!(
            names("Anti-Slavery International met Jo Roe."),
            ["Anti-Slavery International", "Jo Roe"]
        );
    }

    #[test]
    fn a_shadow_minister_is_a_title_not_a_name() {
        assert_eq!(
            names("Velm Party Shadow chancellor Jo Roe said no."),
            ["Velm Party", "Jo Roe"]
        );
        assert_eq!(names("Shadow chancellor Jo Roe said no."), ["Jo Roe"]);
    }

    #[test]
    fn a_firm_after_its_officers_title_is_named_in_full() {
        assert_eq!(
            surfaces("Jo Roe is the CEO of Nine Line Apparel, which sells shirts."),
            vec![
                ("Jo Roe".to_string(), false),
                ("Nine Line Apparel".to_string(), false)
            ]
        );
    }

    #[test]
    fn a_person_of_a_body_is_named_apart_from_it() {
        assert_eq!(
            surfaces("Critic Ana Lind of the Harbour Gazette liked it."),
            vec![
                ("Ana Lind".to_string(), true),
                ("Harbour Gazette".to_string(), false)
            ]
        );
        assert_eq!(
            surfaces("Shares in Royal Bank of Scotland and the Statue of Liberty rose."),
            vec![
                ("Shares".to_string(), false),
                ("Royal Bank of Scotland".to_string(), false),
                ("Statue of Liberty".to_string(), false)
            ]
        );
    }

    #[test]
    fn an_ampersand_between_capitals_joins_a_name() {
        assert_eq!(
            surfaces("Shoppers at M&S and AT&T stores, said Jo Roe & Co."),
            vec![
                ("Shoppers".to_string(), false),
                ("M&S".to_string(), false),
                ("AT&T".to_string(), false),
                ("Jo Roe & Co.".to_string(), false)
            ]
        );
    }

    #[test]
    fn a_month_abbreviation_can_be_a_given_name() {
        assert_eq!(
            surfaces("Relief chief Jan Voss spoke on Friday."),
            vec![
                ("Relief".to_string(), false),
                ("Jan Voss".to_string(), true)
            ]
        );
        assert_eq!(
            surfaces("Sales have risen since Jan Acme reported."),
            vec![("Sales".to_string(), false), ("Acme".to_string(), false)]
        );
    }

    #[test]
    fn a_closing_abbreviation_keeps_its_period() {
        assert_eq!(
            surfaces("Investors sold Nordlys Air Ltd. shares, said Jon Roe Jr. on Monday."),
            vec![
                ("Investors".to_string(), false),
                ("Nordlys Air Ltd.".to_string(), false),
                ("Jon Roe Jr.".to_string(), false)
            ]
        );
        // Not an abbreviation: the sentence's period stays out of the name.
        assert_eq!(
            surfaces("The deal was signed by Jon Roe."),
            vec![("Jon Roe".to_string(), false)]
        );
    }

    #[test]
    fn a_title_word_before_a_law_s_last_word_is_in_its_name() {
        assert_eq!(
            surfaces("The court applies the Criminal Justice Act, said Justice Jon Roe."),
            vec![
                ("Criminal Justice Act".to_string(), false),
                ("Jon Roe".to_string(), true)
            ]
        );
        assert_eq!(
            surfaces("It passed the Justice Bill, said Mr Bill."),
            vec![
                ("Justice Bill".to_string(), false),
                ("Bill".to_string(), true)
            ]
        );
    }

    #[test]
    fn a_title_word_opening_a_company_name_stays_in_it() {
        assert_eq!(
            surfaces("The engines came from General Dynamics, said General Jon Roe."),
            vec![
                ("General Dynamics".to_string(), false),
                ("Jon Roe".to_string(), true)
            ]
        );
    }

    #[test]
    fn openers_and_modifiers_are_not_part_of_names() {
        assert_eq!(
            surfaces("“Tonight Oslo is watching,” said a New York-based analyst."),
            vec![("Oslo".to_string(), false), ("New York".to_string(), false)]
        );
        // A role opening the sentence describes the person: "Film-maker Jo Lund".
        assert_eq!(
            surfaces("Film-maker Jo Lund says the market is huge."),
            vec![("Jo Lund".to_string(), true)]
        );
    }

    #[test]
    fn a_country_completing_a_title_is_named_apart() {
        assert_eq!(
            surfaces("The ambassador to Norway Jo Li spoke, as did the envoy to Chile."),
            vec![
                ("Norway".to_string(), false),
                ("Jo Li".to_string(), true),
                ("Chile".to_string(), false)
            ]
        );
        assert_eq!(
            surfaces("Then MP Jon Roe spoke."),
            vec![("Jon Roe".to_string(), true)]
        );
    }

    #[test]
    fn a_country_after_of_is_named_apart_unless_it_completes_an_institution() {
        assert_eq!(
            surfaces("He said Jo Roe of Peru would attend."),
            vec![("Jo Roe".to_string(), false), ("Peru".to_string(), false)]
        );
        assert_eq!(
            surfaces("He said the Central Bank of Peru would attend."),
            vec![("Central Bank of Peru".to_string(), false)]
        );
        assert!(!is_name_word("I’m") && !is_name_word("I've") && is_name_word("I"));
    }

    #[test]
    fn a_word_that_only_opens_the_sentence_is_no_part_of_the_name() {
        for opener in ["Sure", "Perhaps", "Maybe", "Later"] {
            let sentence = format!("{opener} Robbie is the better singer.");
            assert_eq!(
                surfaces(&sentence),
                [("Robbie".to_string(), false)],
                "{sentence}"
            );
        }
    }

    #[test]
    fn a_party_before_a_name_describes_the_person() {
        for sentence in [
            "The vote was called by Tory Jo Roe on Monday.",
            "The vote was called by Liberal Democrat Jo Roe on Monday.",
            "The vote was called by Parisian Jo Roe on Monday.",
            "The vote was called by Lib Dem Jo Roe on Monday.",
        ] {
            assert_eq!(
                surfaces(sentence),
                [("Jo Roe".to_string(), false)],
                "{sentence}"
            );
        }
        // The party's own name keeps its word, and a party word before a post is no name.
        assert_eq!(
            surfaces("The vote was called by the Labour Party on Monday."),
            [("Labour Party".to_string(), false)]
        );
        assert_eq!(
            surfaces("The vote was called by Lib Dem Treasury spokesman Jo Roe."),
            [
                ("Lib Dem Treasury".to_string(), false),
                ("Jo Roe".to_string(), true)
            ]
        );
    }

    #[test]
    fn shouting_is_not_names() {
        assert!(surfaces("BIG NEWS FOR ALL OF US TODAY").is_empty());
        assert!(surfaces("KEEP WATCHING!").is_empty());
        assert!(surfaces("He posted: “BIG WIN TODAY. KEEP WATCHING!”").is_empty());
        assert_eq!(
            surfaces("KESSEL (AP) - Jo Li won."),
            [
                ("KESSEL".to_string(), false),
                ("AP".to_string(), false),
                ("Jo Li".to_string(), false)
            ]
        );
        assert_eq!(
            surfaces("The NHS and the BBC agreed."),
            [("NHS".to_string(), false), ("BBC".to_string(), false)]
        );
    }

    #[test]
    fn names_before_a_kind_of_product_name_products() {
        let product = |sentence: &str| -> Vec<(String, bool)> {
            name_runs(sentence)
                .into_iter()
                .map(|r| (r.surface, r.before_product_noun))
                .collect()
        };
        assert_eq!(
            product("It recalled the Orvik Tessa and Orvik Lumen models, Jo Li said."),
            [
                ("Orvik Tessa".into(), true),
                ("Orvik Lumen".into(), true),
                ("Jo Li".into(), false)
            ]
        );
        assert_eq!(
            product("Orvik's cars sold well."),
            [("Orvik".into(), false)]
        );
    }

    #[test]
    fn a_sentence_inside_a_quotation_opens_with_a_positional_capital() {
        let initial = |sentence: &str| -> Vec<(String, bool)> {
            name_runs(sentence)
                .into_iter()
                .map(|r| (r.surface, r.sentence_initial))
                .collect()
        };
        assert_eq!(
            initial("Jo Li said: “We apologise to our customers. Safety is vital.”"),
            [("Jo Li".into(), true), ("Safety".into(), true)]
        );
        // Not after an abbreviation or an initial.
        assert_eq!(
            initial("He met Mr. Smith and the U.S. Senate."),
            [("Smith".into(), false), ("U.S. Senate".into(), false)]
        );
    }

    #[test]
    fn sentence_initial_and_prepositions() {
        let runs = name_runs("The Council of the Willing met in Oslo.");
        assert_eq!(runs[0].surface, "Council of the Willing");
        assert!(runs[1].after_place_preposition);
    }

    #[test]
    fn an_opening_word_like_an_adverb_after_the_is_the_name_s() {
        assert_eq!(name_runs("Finally Jo Li spoke.")[0].surface, "Jo Li");
        assert_eq!(
            name_runs("The Daily Ledger said so.")[0].surface,
            "Daily Ledger"
        );
        assert_eq!(
            name_runs("The Evening Standard said so.")[0].surface,
            "Evening Standard"
        );
        let runs: Vec<String> = name_runs("The Planning Minister said no.")
            .into_iter()
            .map(|r| r.surface)
            .collect();
        assert_eq!(runs, Vec::<String>::new());
    }
}
