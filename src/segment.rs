//! Segment: paragraphs into sentences with stable anchors `p{n}-s{m}`.
//!
//! The splitter knows the abbreviations news copy is full of (Mr, Dr, U.S., St., a.m., initials)
//! and is quote-aware: a closing mark after the period stays with its sentence, and a closing
//! mark printed where an opening one belongs (`…summit.”We covered`) starts the next sentence.

use crate::clean::{Block, BlockRole};

/// A cleaned article split into paragraphs and sentences.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Doc {
    /// The kept blocks, in reading order.
    pub paragraphs: Vec<Paragraph>,
}

/// One kept block with its sentences.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// 1-based position among the article's kept blocks.
    pub n: usize,
    /// What kind of block it is.
    pub role: BlockRole,
    /// The block's text.
    pub text: String,
    /// Its sentences, in order.
    pub sentences: Vec<Sentence>,
}

impl Paragraph {
    /// The text of one of its sentences (sentences are ranges of the paragraph's text, not
    /// copies of it).
    pub fn text_of(&self, sentence: &Sentence) -> &str {
        &self.text[sentence.start..sentence.end]
    }
}

/// One sentence: a byte range of its paragraph's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Fragment id on the source page, `p{n}-s{m}`.
    pub anchor: String,
    /// Byte offset where it starts in the paragraph.
    pub start: usize,
    /// Byte offset just past its end.
    pub end: usize,
}

/// Splits every block of an article into sentences. The blocks are taken, not copied: their
/// text becomes the paragraphs' (a large story would otherwise hold its text once more).
pub fn segment(blocks: Vec<Block>) -> Doc {
    let paragraphs = blocks
        .into_iter()
        .enumerate()
        .map(|(i, block)| {
            let n = i + 1;
            let ranges = if block.role == BlockRole::Subhead {
                vec![(0, block.text.len())]
            } else {
                split_sentences(&block.text)
            };
            let sentences = ranges
                .into_iter()
                .enumerate()
                .map(|(j, (start, end))| Sentence {
                    anchor: format!("p{}-s{}", n, j + 1),
                    start,
                    end,
                })
                .collect();
            Paragraph {
                n,
                role: block.role,
                text: block.text,
                sentences,
            }
        })
        .collect();
    Doc { paragraphs }
}

/// Abbreviations after which a period does not end a sentence (lower case, no dots).
const ABBREVIATIONS: [&str; 44] = [
    "adm", "al", "apr", "aug", "capt", "cmdr", "co", "col", "corp", "dec", "dept", "dr", "etc",
    "feb", "fig", "gen", "gov", "hon", "inc", "jan", "jr", "jul", "jun", "lt", "ltd", "maj", "mar",
    "mr", "mrs", "ms", "mt", "no", "nov", "oct", "prof", "rep", "rev", "sen", "sept", "sgt", "sr",
    "st", "vs", "sep",
];

fn is_double_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»')
}

fn is_closer(c: char) -> bool {
    is_double_mark(c) || matches!(c, '’' | '\'' | ')' | ']')
}

/// Byte ranges of the sentences of `text`, trimmed of surrounding white space.
///
/// ```
/// let text = "Mr. Smith met Dr. Jones in the U.S. on Friday. “It went well.” They left at 3 p.m. today.";
/// let got: Vec<&str> = briefing::segment::split_sentences(text).into_iter().map(|(a, b)| &text[a..b]).collect();
/// assert_eq!(got, vec!["Mr. Smith met Dr. Jones in the U.S. on Friday.", "“It went well.”", "They left at 3 p.m. today."]);
/// ```
pub fn split_sentences(text: &str) -> Vec<(usize, usize)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut in_quote = false;
    // Where the quotation open at this point began (a byte offset), judged by the marks'
    // shapes rather than by counting them: a story that leaves a quoted paragraph open, as
    // news style does, throws every count after it off.
    let mut quote_from: Option<usize> = None;
    let mut i = 0;
    while i < chars.len() {
        let (_, c) = chars[i];
        if is_double_mark(c) {
            in_quote = !in_quote;
            quote_from = opens_quote(&chars, i).then_some(chars[i].0);
        }
        if !matches!(c, '.' | '!' | '?' | '…') {
            i += 1;
            continue;
        }
        // Run of terminal punctuation, then closing marks.
        let mut j = i + 1;
        while j < chars.len() && matches!(chars[j].1, '.' | '!' | '?' | '…') {
            j += 1;
        }
        let mut k = j;
        while k < chars.len() && is_closer(chars[k].1) {
            k += 1;
        }
        let next = chars.get(k).map(|&(_, c)| c);
        let boundary = match next {
            None => Some(text.len()),
            Some(n) if n.is_whitespace() => {
                let after = chars[k..]
                    .iter()
                    .map(|&(_, c)| c)
                    .find(|c| !c.is_whitespace());
                let starts_new = after.is_none_or(|a| {
                    a.is_uppercase()
                        || a.is_ascii_digit()
                        || is_double_mark(a)
                        || matches!(a, '‘' | '(' | '[' | '\'')
                });
                (starts_new && !(c == '.' && j == i + 1 && is_abbreviation(&chars, i)))
                    .then(|| chars.get(k).map_or(text.len(), |&(b, _)| b))
            }
            Some(n) if n.is_uppercase() && k > j && is_double_mark(chars[j].1) && c != '…' => {
                // `.”Next` — a mark glued to both sentences.
                let closes = (j..k).any(|m| is_double_mark(chars[m].1)) && in_quote;
                Some(if closes { chars[k].0 } else { chars[j].0 })
            }
            _ => None,
        };
        // A short quotation opened inside the sentence runs on: "with the words “Believe in
        // something. Even if it costs everything.”" is one sentence, not a fragment ending in
        // an open quotation.
        let closed_here = (j..k.min(chars.len())).any(|m| is_double_mark(chars[m].1));
        let runs_on = |from: usize| {
            from > start
                && !text[start..from].trim().is_empty()
                && closes_soon(&chars, k.min(chars.len()))
        };
        let boundary = boundary.filter(|_| closed_here || !quote_from.is_some_and(runs_on));
        if let Some(end) = boundary {
            for &(_, m) in &chars[j..k.min(chars.len())] {
                if is_double_mark(m) {
                    in_quote = !in_quote;
                }
            }
            push_trimmed(text, start, end, &mut out);
            start = end;
            i = k;
            continue;
        }
        i = j;
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

/// Words a quotation opened inside a sentence may run on for past a full stop and still be
/// part of that sentence.
const SHORT_QUOTE_WORDS: usize = 12;

/// True when the double quotation mark at `chars[i]` opens a quotation: a mark that opens
/// by its shape, or a straight one at the start of a word.
fn opens_quote(chars: &[(usize, char)], i: usize) -> bool {
    match chars[i].1 {
        '“' | '„' | '«' => true,
        '"' => i == 0 || chars[i - 1].1.is_whitespace() || matches!(chars[i - 1].1, '(' | '['),
        _ => false,
    }
}

/// True when a quotation closes within [`SHORT_QUOTE_WORDS`] words from `chars[from]`, before
/// any other opens.
fn closes_soon(chars: &[(usize, char)], from: usize) -> bool {
    let mut words = 0;
    let mut in_word = false;
    for (m, &(_, c)) in chars.iter().enumerate().skip(from) {
        if is_double_mark(c) {
            return !opens_quote(chars, m);
        }
        if c.is_whitespace() {
            in_word = false;
        } else if !in_word {
            in_word = true;
            words += 1;
            if words > SHORT_QUOTE_WORDS {
                return false;
            }
        }
    }
    false
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let slice = &text[start..end];
    let lead = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    if !trimmed.is_empty() {
        out.push((start + lead, start + lead + trimmed.len()));
    }
}

/// True when the period at `chars[i]` ends an abbreviation or an initial ("U.S.", "Dr.",
/// "J."): `chars` are a text's `char_indices`.
pub(crate) fn is_abbreviation(chars: &[(usize, char)], i: usize) -> bool {
    let mut s = i;
    while s > 0
        && !chars[s - 1].1.is_whitespace()
        && !matches!(chars[s - 1].1, '(' | '"' | '“' | '‘')
    {
        s -= 1;
    }
    let word: String = chars[s..i].iter().map(|&(_, c)| c).collect();
    if word.is_empty() {
        return false;
    }
    let letters: String = word.chars().filter(|c| *c != '.').collect();
    if word.contains('.') {
        // U.S. / a.m. / e.g.
        return letters.chars().all(|c| c.is_alphabetic()) && letters.len() <= 4;
    }
    if letters.chars().count() == 1 && letters.chars().all(|c| c.is_uppercase()) {
        return true;
    }
    let lower = letters.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str()) || dateline_state(chars, s, i, &lower)
}

/// A state's abbreviation after a comma, before the wire or the dash of a dateline:
/// "SPRINGFIELD, Ill. (Wire) — …", "BOISE, Ida. — …". Anywhere else "Ill." and "Miss." may
/// end a sentence.
fn dateline_state(chars: &[(usize, char)], start: usize, dot: usize, lower: &str) -> bool {
    const STATES: [&str; 36] = [
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ida", "ill", "ind",
        "kan", "kans", "ky", "la", "mass", "md", "me", "mich", "minn", "miss", "mo", "mont", "neb",
        "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
    ];
    let after_comma = chars[..start]
        .iter()
        .rev()
        .find(|(_, c)| !c.is_whitespace())
        .is_some_and(|&(_, c)| c == ',');
    let before_wire = chars[dot + 1..]
        .iter()
        .find(|(_, c)| !c.is_whitespace())
        .is_some_and(|&(_, c)| matches!(c, '(' | '—' | '–' | '-'));
    chars[start].1.is_uppercase() && after_comma && before_wire && STATES.contains(&lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        split_sentences(text)
            .into_iter()
            .map(|(a, b)| &text[a..b])
            .collect()
    }

    #[test]
    fn a_states_abbreviation_in_a_dateline_does_not_split() {
        assert_eq!(
            split("ELK CITY, Okla. (Wire One) — A jury convicted him. He left, Ill."),
            vec![
                "ELK CITY, Okla. (Wire One) — A jury convicted him.",
                "He left, Ill."
            ]
        );
        assert_eq!(
            split("She lives in Troy, Ala. She works there."),
            vec!["She lives in Troy, Ala.", "She works there."]
        );
    }

    #[test]
    fn abbreviations_do_not_split() {
        assert_eq!(
            split("Gen. Lee and St. Paul met J. R. Doe. Then they left."),
            vec!["Gen. Lee and St. Paul met J. R. Doe.", "Then they left."]
        );
        assert_eq!(
            split("It rose 3.5 percent. Shares fell."),
            vec!["It rose 3.5 percent.", "Shares fell."]
        );
    }

    #[test]
    fn quotes_stay_with_their_sentence() {
        assert_eq!(
            split("“We will win,” he said. “Soon.” She left."),
            vec!["“We will win,” he said.", "“Soon.”", "She left."]
        );
        assert_eq!(
            split("He called it “historic.” Then he left."),
            vec!["He called it “historic.”", "Then he left."]
        );
    }

    #[test]
    fn a_short_quotation_opened_inside_a_sentence_stays_in_it() {
        assert_eq!(
            split(
                "The ad shows the words “Believe in something. Even if it costs all.” Sales rose."
            ),
            vec![
                "The ad shows the words “Believe in something. Even if it costs all.”",
                "Sales rose."
            ]
        );
        assert_eq!(
            split("She said: \"We are ready. We will act.\" Then she left."),
            vec!["She said: \"We are ready. We will act.\"", "Then she left."]
        );
        // A quotation opening the sentence, one that runs on long, and one that a new
        // quotation follows (news style leaves a quoted paragraph open): split as printed.
        assert_eq!(
            split("“We are ready. We will act,” she said."),
            vec!["“We are ready.", "We will act,” she said."]
        );
        assert_eq!(
            split(
                "He said: “We are ready. We will act on every street and in every town of this land, whatever it costs.”"
            ),
            vec![
                "He said: “We are ready.",
                "We will act on every street and in every town of this land, whatever it costs.”"
            ]
        );
        assert_eq!(
            split("He said: \"We have nothing to fear. \"It is our right to act.\""),
            vec![
                "He said: \"We have nothing to fear.",
                "\"It is our right to act.\""
            ]
        );
    }

    #[test]
    fn closing_mark_used_as_opening_starts_next_sentence() {
        assert_eq!(
            split("He called it unprecedented.”It was a first,” he said."),
            vec!["He called it unprecedented.", "”It was a first,” he said."]
        );
    }

    #[test]
    fn ellipsis_mid_sentence_and_lowercase_continuation() {
        assert_eq!(
            split("The union ... is ready. ok then."),
            vec!["The union ... is ready. ok then."]
        );
    }

    #[test]
    fn anchors_are_stable() {
        use crate::clean::{Article, Block};
        let article = Article {
            file: "a.txt".into(),
            meta: Default::default(),
            dateline: None,
            source_credit: None,
            blocks: vec![
                Block {
                    text: "Heading".into(),
                    role: BlockRole::Subhead,
                    line: 1,
                },
                Block {
                    text: "One. Two.".into(),
                    role: BlockRole::Paragraph,
                    line: 3,
                },
            ],
            removed: vec![],
        };
        let doc = segment(article.blocks);
        let anchors: Vec<&str> = doc
            .paragraphs
            .iter()
            .flat_map(|p| p.sentences.iter().map(|s| s.anchor.as_str()))
            .collect();
        assert_eq!(anchors, vec!["p1-s1", "p2-s1", "p2-s2"]);
    }
}
