//! Text helpers shared by the stages: folding for comparison, tokens, stems, stop words.
//!
//! Comparison always happens on a folded form (lower case, no accents, one kind of quote mark
//! and dash); what is shown to readers is always the printed text.

use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};

/// `pattern` with each `\w` narrowed from every script's word characters to those English
/// news prints words and names in: ASCII letters and digits, "_", and the Latin letters with
/// diacritics (U+00C0–U+024F: "François", "Łukasz"). Unicode's `\w` compiles to a large
/// automaton, and a pattern repeating it ("[\w.'-]+ [\w.'-]+ …") took milliseconds to
/// compile, on the critical path of every build; narrowed, a fraction of one. Not for a
/// pattern with `\w` in an ASCII group (`(?-u:\w)`): that one is narrow already.
///
/// ```
/// use briefing::text::latin_words;
/// assert_eq!(latin_words(r"[\w.-]+"), r"[A-Za-z0-9_\u{C0}-\u{24F}.-]+");
/// assert_eq!(latin_words(r"by \w+"), r"by [A-Za-z0-9_\u{C0}-\u{24F}]+");
/// let byline = regex::Regex::new(&latin_words(r"^By [A-Z][\w'-]+ [A-Z][\w'-]+$")).unwrap();
/// assert!(byline.is_match("By François Müller-Łoś"));
/// ```
pub fn latin_words(pattern: &str) -> String {
    const LETTERS: &str = r"A-Za-z0-9_\u{C0}-\u{24F}";
    debug_assert!(
        !pattern.contains(r"(?-u:\w") && !pattern.contains(r"(?-u:["),
        "an ASCII group's \\w is narrow already"
    );
    let mut out = String::with_capacity(pattern.len() + 64);
    let (mut in_class, mut chars) = (false, pattern.chars().peekable());
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('w') if in_class => out.push_str(LETTERS),
                Some('w') => {
                    out.push('[');
                    out.push_str(LETTERS);
                    out.push(']');
                }
                Some(escaped) => {
                    out.push('\\');
                    out.push(escaped);
                }
                None => out.push('\\'),
            },
            '[' if !in_class => {
                in_class = true;
                out.push(c);
                // A "]" or "^]" opening a class is a member, not its end.
                if chars.peek() == Some(&'^') {
                    out.push(chars.next().unwrap_or('^'));
                }
                if chars.peek() == Some(&']') {
                    out.push(chars.next().unwrap_or(']'));
                }
            }
            ']' if in_class => {
                in_class = false;
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// Lower-cases, strips accents and folds quote marks and dashes to ASCII.
///
/// ```
/// assert_eq!(briefing::text::fold("Kowalczik’s “Café” – Ok"), "kowalczik's \"cafe\" - ok");
/// ```
pub fn fold(text: &str) -> String {
    // Most text is all ASCII: lower-cased in one pass, with nothing to decompose.
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        // ASCII, most of any English text, needs no decomposition.
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        // Decomposing one character at a time equals decomposing the text: the only
        // difference, the order of combining marks, is dropped with the marks.
        unicode_normalization::char::decompose_compatible(c, |d| {
            if !unicode_normalization::char::is_combining_mark(d) {
                out.extend(fold_mark(d).to_lowercase());
            }
        });
    }
    out
}

/// Maps typographic quote marks and dashes to their ASCII forms; other characters unchanged.
pub fn fold_mark(c: char) -> char {
    match c {
        '‘' | '’' | '‚' | '‛' | '′' | '`' | '´' => '\'',
        '“' | '”' | '„' | '‟' | '«' | '»' | '″' => '"',
        '–' | '—' | '‒' | '−' | '―' => '-',
        '\u{a0}' => ' ',
        _ => c,
    }
}

/// Number words folded to digits, so "Chapter Five" and "Chapter 5" compare equal.
fn number_word(word: &str) -> Option<&'static str> {
    Some(match word {
        "one" => "1",
        "two" => "2",
        "three" => "3",
        "four" => "4",
        "five" => "5",
        "six" => "6",
        "seven" => "7",
        "eight" => "8",
        "nine" => "9",
        "ten" => "10",
        _ => return None,
    })
}

/// Folded alphanumeric tokens, number words as digits.
///
/// ```
/// assert_eq!(briefing::text::tokens("Chapter Five-like, U.S."), vec!["chapter", "5", "like", "u", "s"]);
/// ```
pub fn tokens(text: &str) -> Vec<String> {
    folded_tokens(&fold(text)).map(str::to_string).collect()
}

/// The tokens of text already [`fold`]ed, borrowed from it: [`tokens`] without an allocation
/// per token, for passes over every word of every article.
///
/// A point or comma between digits stays inside the number: "2.1%" is "2.1", not "2" and
/// "1" (which would match the "1" of "1 million").
///
/// ```
/// let t: Vec<&str> = briefing::text::folded_tokens("fell 2.1% to 14,200, then 3. later").collect();
/// assert_eq!(t, vec!["fell", "2.1", "to", "14,200", "then", "3", "later"]);
/// ```
pub fn folded_tokens(folded: &str) -> impl Iterator<Item = &str> {
    let bytes = folded.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        // (Scanned as bytes, ASCII directly; a multi-byte character is read whole.)
        let word_char_at = |i: usize| -> Option<(bool, usize)> {
            let b = bytes[i];
            if b.is_ascii() {
                return Some((b.is_ascii_alphanumeric(), 1));
            }
            let c = folded[i..].chars().next()?;
            Some((c.is_alphanumeric(), c.len_utf8()))
        };
        while at < bytes.len() {
            let (word, len) = word_char_at(at)?;
            if word {
                break;
            }
            at += len;
        }
        if at >= bytes.len() {
            return None;
        }
        let start = at;
        while at < bytes.len() {
            let (word, len) = word_char_at(at)?;
            let inside_number = matches!(bytes[at], b'.' | b',')
                && at > start
                && bytes[at - 1].is_ascii_digit()
                && bytes.get(at + 1).is_some_and(u8::is_ascii_digit);
            if !word && !inside_number {
                break;
            }
            at += len;
        }
        let token = &folded[start..at];
        Some(number_word(token).unwrap_or(token))
    })
}

/// FNV-1a of a token: stable across runs and platforms, so anything keyed on it (syndication
/// families, shingle look-ups) never changes between builds.
pub fn token_hash(token: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in token.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Order-sensitive combination of token hashes (each step rotates, mixes in the next token
/// and multiplies by an odd constant), so "a b" and "b a" differ.
pub fn shingle_hash(tokens: &[u64]) -> u64 {
    tokens.iter().fold(0x9e37_79b9_7f4a_7c15, |h: u64, &t| {
        (h.rotate_left(23) ^ t).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Words as a reader would count them: runs of characters between white space that hold a
/// letter or a digit ("3.5%" is a word, "—" is not).
///
/// ```
/// assert_eq!(briefing::text::word_count("Velm’s “plan” — 3.5% up"), 4);
/// ```
pub fn word_count(text: &str) -> usize {
    word_count_up_to(text, usize::MAX)
}

/// [`word_count`], counting no further than `limit`: `min(word_count(text), limit)`, found
/// without reading past the word that reaches it. A line is often asked only whether it has
/// at most a few dozen words, and most lines are long paragraphs.
///
/// ```
/// use briefing::text::word_count_up_to;
/// assert_eq!(word_count_up_to("one two three four", 2), 2);
/// assert_eq!(word_count_up_to("one two — three", 9), 3);
/// ```
pub fn word_count_up_to(text: &str, limit: usize) -> usize {
    // One pass, no splitting: this runs on every line of every article several times. ASCII
    // text, nearly all of it, is read byte by byte.
    let (mut count, mut in_word, mut has_alnum) = (0, false, false);
    // (True once the count reaches the limit: nothing after it can change the answer.)
    let mut step = |space: bool, alnum: bool| {
        if space {
            count += usize::from(in_word && has_alnum);
            (in_word, has_alnum) = (false, false);
            count >= limit
        } else {
            in_word = true;
            has_alnum |= alnum;
            false
        }
    };
    let reached = if text.is_ascii() {
        text.as_bytes().iter().any(|&b| {
            // Unicode's white space within ASCII: tab to carriage return (0x0B too), space.
            step(
                b.is_ascii_whitespace() || b == 0x0B,
                b.is_ascii_alphanumeric(),
            )
        })
    } else {
        text.chars()
            .any(|c| step(c.is_whitespace(), c.is_alphanumeric()))
    };
    if !reached {
        step(true, false);
    }
    count.min(limit)
}

static STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

thread_local! {
    /// Stems already computed on this thread: a story repeats its vocabulary many times over,
    /// and Snowball stemming costs far more than a lookup.
    static STEMS: std::cell::RefCell<rustc_hash::FxHashMap<Box<str>, Box<str>>> =
        Default::default();
}

/// Stems kept per thread before the memo starts over (bounds its memory on huge inputs).
const STEM_MEMO_LIMIT: usize = 200_000;

/// The English Snowball stem of a folded token, British and American spellings of a word
/// given one stem ([`one_spelling`]).
pub fn stem(token: &str) -> String {
    STEMS.with_borrow_mut(|memo| {
        if let Some(s) = memo.get(token) {
            return s.to_string();
        }
        let s = STEMMER.stem(&one_spelling(token)).into_owned();
        if memo.len() >= STEM_MEMO_LIMIT {
            memo.clear();
        }
        memo.insert(token.into(), s.as_str().into());
        s
    })
}

/// A folded word in one spelling where British and American English differ in a regular
/// way, so that outlets on either side of the Atlantic compare equal: "-ise" as "-ize"
/// ("criticised", "criticized"), "-our" as "-or" ("labour", "labor"), "-tre"/"-bre" as
/// "-ter"/"-ber" ("centre", "center"), "-ence" as "-ense" in "defence", "offence",
/// "licence" and "pretence", and a doubled "l" before "-ed"/"-ing" where American English
/// keeps one ("travelled", "cancelled"), "-yse" as "-yze" ("analysed"), and single words
/// either side spells its own way or clips ("tyre", "grey", "advert" for "ad"). Every form
/// is rewritten, whichever side uses it, so a word both sides spell alike still meets
/// itself ("surprise" becomes "surprize" everywhere).
///
/// ```
/// use briefing::text::one_spelling;
/// assert_eq!(one_spelling("criticised"), one_spelling("criticized"));
/// assert_eq!(one_spelling("labour"), "labor");
/// assert_eq!(one_spelling("centres"), "centers");
/// assert_eq!(one_spelling("cancelled"), "canceled");
/// assert_eq!(one_spelling("metres"), "meters");
/// assert_eq!(one_spelling("hours"), "hours");
/// assert_eq!(one_spelling("adverts"), one_spelling("ads"));
/// assert_eq!(one_spelling("analysed"), "analyzed");
/// assert_eq!(one_spelling("tyre"), "tire");
/// ```
pub fn one_spelling(word: &str) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    // Words, not endings: a British form or a clipping with its American or full form.
    let whole = match word {
        "advert" | "advertisement" => "ad",
        "adverts" | "advertisements" => "ads",
        "aeroplane" => "airplane",
        "aeroplanes" => "airplanes",
        "tyre" => "tire",
        "tyres" => "tires",
        "grey" => "gray",
        "kerb" => "curb",
        "mum" => "mom",
        "mums" => "moms",
        "maths" => "math",
        "ageing" => "aging",
        "judgement" => "judgment",
        "judgements" => "judgments",
        "learnt" => "learned",
        "burnt" => "burned",
        "spelt" => "spelled",
        "towards" => "toward",
        "catalogue" => "catalog",
        "dialogue" => "dialog",
        "jewellery" => "jewelry",
        "aluminium" => "aluminum",
        "pyjamas" => "pajamas",
        "sceptic" => "skeptic",
        "sceptics" => "skeptics",
        "sceptical" => "skeptical",
        "scepticism" => "skepticism",
        _ => "",
    };
    if !whole.is_empty() {
        return Cow::Borrowed(whole);
    }
    if word.len() < 5 || !word.is_ascii() {
        return Cow::Borrowed(word);
    }
    // Endings spelt two ways, with the shortest root each is an ending of: "-ise" with what
    // follows it ("criticised", "organisations"), "-tre" and "-bre" ("centre", "fibres").
    for (british, american, shortest_root) in [
        ("ise", "ize", 3),
        ("ised", "ized", 3),
        ("ising", "izing", 3),
        ("ises", "izes", 3),
        ("isation", "ization", 3),
        ("isations", "izations", 3),
        ("yse", "yze", 3),
        ("ysed", "yzed", 3),
        ("ysing", "yzing", 3),
        ("tre", "ter", 2),
        ("tres", "ters", 2),
        ("bre", "ber", 2),
        ("bres", "bers", 2),
    ] {
        if let Some(root) = word.strip_suffix(british) {
            if root.len() >= shortest_root {
                return Cow::Owned(format!("{root}{american}"));
            }
        }
    }
    // "-our" after a consonant, with its inflections: "labour", "favoured", "honours".
    for ending in [
        "our", "ours", "oured", "ouring", "ourite", "ourites", "ourable",
    ] {
        if let Some(root) = word.strip_suffix(ending) {
            let consonant = root
                .bytes()
                .last()
                .is_some_and(|b| b.is_ascii_alphabetic() && !b"aeiouy".contains(&b));
            if consonant && root.len() >= 3 {
                return Cow::Owned(format!("{root}or{}", &ending[3..]));
            }
        }
    }
    if let Some(ending) = word.strip_prefix("programme") {
        return Cow::Owned(format!("program{ending}"));
    }
    for root in ["defen", "offen", "licen", "preten"] {
        if let Some(rest) = word.strip_prefix(root) {
            if let Some(ending) = rest.strip_prefix("ce") {
                if ["", "s"].contains(&ending) {
                    return Cow::Owned(format!("{root}se{ending}"));
                }
            }
        }
    }
    // A doubled "l" in the verbs that double it only in British English.
    for verb in [
        "travel", "cancel", "label", "model", "fuel", "level", "signal", "total", "counsel",
        "channel", "marvel", "tunnel", "quarrel", "equal", "dial", "duel",
    ] {
        if let Some(rest) = word.strip_prefix(verb) {
            if let Some(ending) = rest.strip_prefix('l') {
                if ["ed", "ing", "er", "ers"].contains(&ending) {
                    return Cow::Owned(format!("{verb}{ending}"));
                }
            }
        }
    }
    Cow::Borrowed(word)
}

/// A word with its first letter in upper case and the rest in lower case: "ARE" → "Are",
/// "zürich" → "Zürich".
///
/// ```
/// assert_eq!(briefing::text::capitalise("ST."), "St.");
/// ```
pub fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |first| {
        first
            .to_uppercase()
            .chain(chars.flat_map(char::to_lowercase))
            .collect()
    })
}

/// Stems of the content words (no stop words, no single letters).
pub fn content_stems(text: &str) -> Vec<String> {
    folded_tokens(&fold(text))
        .filter(|t| (t.len() > 1 || t.chars().all(|c| c.is_ascii_digit())) && !is_stopword(t))
        .map(stem)
        .collect()
}

/// Function words and reporting filler that carry no claim.
pub fn is_stopword(word: &str) -> bool {
    // Asked of every token of every article: one hash and one comparison, where a binary
    // search over the sorted list makes seven or eight.
    static SET: LazyLock<rustc_hash::FxHashSet<&'static str>> =
        LazyLock::new(|| STOPWORDS.iter().copied().collect());
    SET.contains(word)
}

static STOPWORDS: [&str; 148] = [
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "even",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "last",
    "may",
    "me",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "myself",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "said",
    "same",
    "say",
    "says",
    "shall",
    "she",
    "should",
    "since",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "yet",
    "you",
    "your",
    "yours",
    "yourself",
    "yourselves",
];

/// Edit distance between two names (Levenshtein, a swap of two neighbouring letters counting
/// as one edit), for spelling variants.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // Three rows: the one before the previous gives a swap of two neighbours its cost of one
    // (a typist's "Toutai" for "Touati").
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                cur[j] = cur[j].min(before[j - 2] + 1);
            }
        }
        std::mem::swap(&mut before, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// A URL- and file-safe slug: lower-case ASCII letters and digits joined by `-`.
///
/// ```
/// assert_eq!(briefing::text::slug("Über News: 2024/05 edition.txt"), "uber-news-2024-05-edition-txt");
/// ```
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in fold(text).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// A slug of `name` not yet in `taken` (adding `-2`, `-3` … on a clash), recorded in `taken`;
/// `fallback` when the name has no letters or digits.
pub fn unique_slug(
    name: &str,
    fallback: &str,
    taken: &mut std::collections::BTreeSet<String>,
) -> String {
    let base = match slug(name) {
        s if s.is_empty() => fallback.to_string(),
        s => s,
    };
    let mut candidate = base.clone();
    let mut n = 2;
    while !taken.insert(candidate.clone()) {
        candidate = format!("{base}-{n}");
        n += 1;
    }
    candidate
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_words_narrows_word_classes_and_nothing_else() {
        const L: &str = r"A-Za-z0-9_\u{C0}-\u{24F}";
        // A "]" opening a class is a member; escapes other than "\w" stay as written.
        assert_eq!(latin_words(r"[]\w]"), format!("[]{L}]"));
        assert_eq!(latin_words(r"[^\w\s]\b\.\w"), format!(r"[^{L}\s]\b\.[{L}]"));
        assert_eq!(latin_words(r"(?-u:\b)x\\w"), r"(?-u:\b)x\\w");
        // Narrowed, the class still takes Latin names, and no longer other scripts.
        let name = regex::Regex::new(&latin_words(r"^\w+$")).unwrap();
        assert!(name.is_match("Ólafsdóttir"));
        assert!(!name.is_match("Ольга"));
    }

    #[test]
    fn word_count_matches_the_unicode_rule() {
        let general = |t: &str| {
            t.split_whitespace()
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .count()
        };
        for t in [
            "",
            "  ",
            "one",
            " two  words ",
            "a - b -- c",
            "tab\tand\u{0B}vertical\u{0C}feed\r\nlines",
            "3.5% of $10, (ok) ... !",
            "end.",
            "«Oui» — dit-il\u{a0}hier, à 3\u{2009}h — “ok” …",
            "\u{3000}全角 空白 — ",
            "Velm’s “plan” — 3.5% up",
            "’ ’x é\u{85}ü",
        ] {
            assert_eq!(word_count(t), general(t), "{t:?}");
            for limit in 0..6 {
                assert_eq!(
                    word_count_up_to(t, limit),
                    general(t).min(limit),
                    "{t:?} {limit}"
                );
            }
        }
    }

    #[test]
    fn stopwords_are_sorted_for_binary_search() {
        let mut sorted = STOPWORDS;
        sorted.sort_unstable();
        assert_eq!(sorted, STOPWORDS);
        assert!(is_stopword("the") && !is_stopword("bridge"));
    }

    #[test]
    fn content_stems_drop_function_words() {
        assert_eq!(
            content_stems("The ministers were agreeing on 5 guarantees"),
            vec!["minist", "agre", "5", "guarante"]
        );
    }

    #[test]
    fn edit_distance_counts_changes() {
        assert_eq!(edit_distance("kowalczyk", "kowalczik"), 1);
        assert_eq!(edit_distance("touati", "toutai"), 1);
        assert_eq!(edit_distance("maori", "moore"), 2);
        assert_eq!(edit_distance("", "abc"), 3);
    }
}
