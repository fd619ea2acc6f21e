//! Open questions: what the sources say is unresolved, unclear or disputed.
//!
//! A sentence is a candidate when it carries an uncertainty or dispute cue ("remains unclear",
//! "has yet to", "declined to say", "contradicted" …); a bare refusal to comment names
//! nothing open and is dropped. Candidates are clustered across outlets like developments.
//! Questions put to the reader never count: they are removed as boilerplate, and any left
//! are skipped here too.

use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

use regex::Regex;

use super::SourceDoc;
use super::cluster::{StemLists, Unit, vectors};
use super::developments::{RankOptions, rank_clusters};
use super::entities::{EntityIndex, Gender};
use crate::clean::{BlockRole, is_reader_prompt};
use crate::model::OpenQuestion;
use crate::pattern::CaselessPattern;
use crate::text::{content_stems, word_count, word_count_up_to};

// (Both cue lists open on common words: compiled without a literal prefilter, which would
// find a candidate every few bytes of every sentence.)
static CUE: CaselessPattern = CaselessPattern::new(|| {
    CaselessPattern::compile_unfiltered(concat!(
        r"(?-u:\b)(?:",
        r"(?:remains?|remained|is|are|was|were|still|be)\s+(?:still\s+|largely\s+|far\s+from\s+|highly\s+|very\s+|deeply\s+|increasingly\s+)?(?:unclear|unknown|uncertain|unresolved|undecided|unanswered|murky|in doubt|to be (?:seen|determined|decided)|under (?:investigation|review)|a mystery|an open question|not (?:yet )?(?:clear|known|decided|determined))",
        r"|(?:it is|it's|it was)\s+(?:not|n't)\s+(?:yet\s+)?(?:immediately\s+)?(?:clear|known)",
        r"|(?:is|are|was|were)(?:\s+not|n't)\s+(?:yet\s+)?(?:immediately\s+)?(?:clear|known)",
        r"|(?:working|hurrying|trying|scrambling|racing|rushing|struggling)\s+to\s+(?:confirm|determine|establish|identify|verify|find\s+out|understand|piece\s+together)",
        r"|(?:did|does|do)(?:\s+not|n't)\s+(?:say|specify|disclose|reveal)\s+(?:how|what|who|why|when|where|whether)",
        r"|(?:have|has|had)\s+not\s+(?:yet\s+)?been\s+(?:named|identified|released|disclosed|made\s+public)|not\s+(?:releasing|disclosing|naming)",
        r"|(?:unclear|not clear|not known|unknown)\s+(?:whether|why|how|who|what|when|if|where)",
        r"|details\s+(?:(?-u:\w)+\s+){0,3}(?:remain(?:ed)?\s+|are\s+|were\s+)?(?:scarce|sparse|thin|limited|few|unclear|vague)",
        r"|no details|(?:few|scant|limited) details",
        r"|(?:has|have|had)\s+yet\s+to|(?:is|are|was|were)\s+yet\s+to\s+be\s",
        r"|(?:questions?|doubts?)\s+(?:remain|remained|linger|lingered|persist|persisted|still)",
        r"|could\s+not\s+(?:be\s+)?(?:independently\s+)?(?:verify|verified|confirm|confirmed)",
        r"|(?:declined|refused)\s+to\s+(?:comment|say|confirm|elaborate|discuss|specify|give|name|identify|disclose|reveal|provide|detail)",
        r"|did\s+not\s+(?:immediately\s+)?(?:respond|reply)\s+to",
        r"|would\s+not\s+(?:say|comment|confirm|elaborate|disclose|name|identify|reveal)",
        r"|(?:is|are|was|were|been)\s+not\s+(?:yet\s+)?(?:disclosed|revealed|made\s+public)",
        r"|(?:did|does|do)(?:\s+not|n't)\s+(?:disclose|reveal|name|identify)\s+(?:the|its|his|her|their)\s",
        r"|(?:has|have|had)\s+not\s+(?:yet\s+)?(?:said|announced|disclosed|revealed|explained)\s+(?:how|what|who|why|when|where|whether|if)",
        r"|(?:still\s+)?a\s+long\s+ways?\s+(?:off|away|to go)",
        // "Disputed" says a claim is contested; the noun "dispute" mostly names a quarrel,
        // often one told as past, so it counts only where it goes on (here and in PENDING).
        r"|contradict(?:ed|s|ing|ions?)?(?-u:\b)|disputed|(?:is|are|was|were|remains?|still)\s+in\s+dispute|uncertain(?:ty)?|unresolved",
        r"|not\s+(?:yet\s+)?(?:been\s+)?(?:determined|finali[sz]ed|agreed|settled|decided|confirmed)",
        r"|(?:key|major|main)\s+(?:obstacle|sticking point|hurdle)|areas? of disagreement",
        // Open disagreement or doubt is as plain as a dispute: "Not everyone agrees that …",
        // "… was called into question".
        r"|not\s+(?:everyone|everybody|all)\s+(?:agrees?|is\s+convinced|are\s+convinced)|disagrees?\s+(?:over|on|about)\s+(?:whether|if|how|what|why|when|who)",
        r"|(?:is|are|remains?)\s+(?:still\s+|deeply\s+|sharply\s+|bitterly\s+)?(?:divided|split|at\s+odds)\s+(?:over|on|about|as\s+to)|call(?:ed|s)?\s+into\s+question",
        r"|(?:cause|motive)\s+(?:of\s+(?-u:[\w\s]){1,30}\s+)?(?:is|was|remains?)\s+(?:not\s+)?(?:yet\s+)?(?:unknown|unclear|under investigation)",
        r"|(?:investigation|inquiry|probe)\s+(?:is|was|remains?)\s+(?:ongoing|continuing|in (?:its )?early stages|under ?way)",
        r")"
    ))
});

static PENDING: CaselessPattern = CaselessPattern::new(|| {
    CaselessPattern::compile_unfiltered(concat!(
        r"(?-u:\b)(?:",
        r"in limbo|on hold|pending|too early to (?:say|tell)|premature|conflicting (?:accounts|reports)|discrepanc",
        r"|lack of (?:information|clarity)|depends? on whether|remains? (?:an )?open|left open",
        r"|(?:is|are|was|were) (?:scheduled|expected|due|set|slated) to|(?:will|would) (?:also |still |now |first )?(?:have to|face)",
        r"|faces? (?:the |a |an )?(?:challenge|test|scramble|fallout|pressure|questions)",
        r"|(?:a|an|the|faces?|faced|of)\s+possib(?:le|ility)|possibility\s+(?:of|that)|(?:it is|it's|it was)\s+(?:possible|likely|unlikely)|unlikely",
        r"|tipped|raises? the (?:specter|spectre|prospect|question)|follow suit",
        r"|(?:could|might|may|would|will)\s+(?:(?-u:\w)+\s+)?(?:turn\s+out|end\s+up|prove|pay\s+off|backfire)",
        r"|if confirmed|not (?:be )?imminent|far off|still distant|not off the table|could happen",
        r"|(?:cannot|can't|can\s+not|could\s+not|couldn't|would\s+not|wouldn't)\s+be\s+ruled\s+out|(?:has|have|had)\s+not\s+been\s+ruled\s+out",
        r"|(?:cannot|can't|could\s+not|couldn't|did\s+not|didn't|would\s+not|wouldn't|refused\s+to|declined\s+to)\s+(?:yet\s+)?rule\s+out",
        r"|(?:has|have|had)\s+not\s+(?:yet\s+)?ruled\s+out\s+(?:the|a|an|any|further|future|more|new|fresh)\s",
        r"|insist(?:ed|s)? on|demanded|demanding|demands? (?:that|to)|warn(?:ed|s)? (?:of|against|that)",
        r"|(?:dismiss(?:ed|es)?|reject(?:ed|s)?|den(?:ied|ies|y)|disput(?:ed?|es))\s+(?:the\s+|any\s+|a\s+|those\s+|such\s+)?(?:claims?|reports?|allegations?|accusations?|accounts?|suggestions?|prospects?|idea|assertions?|involvement|responsibility|wrongdoing|that)",
        r"|investigating\s+(?:the\s+cause|why|what|how|whether)|investigators\s+(?:are|were|will\s+be)\s+(?:trying|working|seeking|looking)",
        r"|whether|further\s+notice",
        r"|(?:is|are|was|were)\s+still\s+(?:checking|investigating|assessing|examining|reviewing|verifying|counting|searching)",
        r"|(?:ongoing|continuing|unresolved|long-running)\s+(?:(?-u:\w)+\s+)?disputes?|locked\s+in\s+(?:a\s+|an\s+)?(?:(?-u:\w)+\s+)?dispute|(?:will|would|could|can)\s+(?:help\s+)?(?:end|resolve|settle)\s+(?:the|this|their|its)\s+(?:(?-u:\w)+\s+)?dispute",
        r"|could\s+be\s+(?:more|higher|fewer|lower)",
        r"|(?:will|would)\s+(?:notify|inform|decide|announce|determine|assess|review)\s+(?:(?-u:\w)+\s+){0,3}(?:when|whether|if)",
        r")"
    ))
});

static SPECULATIVE: CaselessPattern = CaselessPattern::new(|| {
    CaselessPattern::compile(
        r"(?-u:\b)(?:could|might|may)\s+(?:not\s+)?(?:be|have|become|end|turn|cost|hurt|lead|mean|force|see|take|prove|win|lose|wind|happen)(?-u:\b)|^if(?-u:\b)|(?-u:\b)if (?:he|she|they|it|the)(?-u:\b)",
    )
});

/// How strongly a sentence says something is open: 3 for explicit uncertainty, dispute or
/// disagreement ("remains unclear", "contradicted", "not everyone agrees", "called into
/// question"), 2 for pending matters and contested claims ("on hold",
/// "is expected to", "denied", "whether", "an ongoing dispute", "amid uncertainty over
/// jobs"), 1 for speculation ("could cost", "if he fails") and uncertainty named as a mood
/// ("the uncertainty unleashed by the scandal"), 0 for none.
///
/// ```
/// use briefing::extract::open_questions::cue_strength;
/// assert_eq!(cue_strength("It remains unclear whether the deal will hold."), 3);
/// assert_eq!(cue_strength("The talks are expected to resume on Monday."), 2);
/// assert_eq!(cue_strength("The ban could cost the company billions."), 1);
/// assert_eq!(cue_strength("The deal was signed on Monday."), 0);
/// assert_eq!(cue_strength("The new levy is yet to be imposed."), 3);
/// assert_eq!(cue_strength("Other buyers are yet to receive their cars."), 0);
/// assert_eq!(cue_strength("The deal is unlikely to pass."), 2);
/// assert_eq!(cue_strength("The keeper proved an unlikely hero in the final."), 0);
/// assert_eq!(cue_strength("They were the most heavily-tipped band of the year."), 0);
/// assert_eq!(cue_strength("The minister, tipped to resign, spoke first."), 2);
/// assert_eq!(cue_strength("The keeper tipped the shot over the bar late on."), 0);
/// assert_eq!(cue_strength("Critics tipped Jo Roe for the top prize this year."), 2);
/// assert_eq!(cue_strength("Talks on the disputed region of Velm resumed."), 0);
/// assert_eq!(cue_strength("The result was disputed by the losing side."), 3);
/// assert_eq!(cue_strength("The ban applies to every firm, whether large or small."), 0);
/// assert_eq!(cue_strength("She said that whether Jo or Ann won, the party would lose."), 0);
/// assert_eq!(cue_strength("All firms - whether large or small - pay the levy."), 0);
/// assert_eq!(cue_strength("Analysts asked - whether the levy will rise - on Monday."), 2);
/// assert_eq!(cue_strength("The firm - whether or not it wins - will appeal."), 0);
/// assert_eq!(cue_strength("She warned that families were under strain."), 0);
/// assert_eq!(cue_strength("She warned that families would be under strain."), 2);
/// assert_eq!(cue_strength("Analysts asked whether the firm or its owner would pay."), 2);
/// assert_eq!(cue_strength("Drivers can also check whether their car is affected."), 0);
/// assert_eq!(cue_strength("Owners are urged to check whether their car is affected."), 0);
/// assert_eq!(cue_strength("Inspectors will check whether the dam is safe."), 2);
/// assert_eq!(cue_strength("The talks are due to resume on Monday."), 2);
/// assert_eq!(cue_strength("The rise was due to stronger demand from abroad."), 0);
/// ```
pub fn cue_strength(text: &str) -> u8 {
    // "was unknown until three years ago" tells of obscurity, not of something unresolved;
    // "gave no details" with no subject says less than "no details of the victims".
    let mut bare_details = false;
    // "Uncertainty" named, not said of a matter ("amid uncertainty", "the uncertainty
    // unleashed by the scandal", "an uncertain climate"): talk of a mood, weaker than
    // "remains uncertain" or "uncertainty over whether …".
    let mut uncertainty = Uncertainty::None;
    let explicit = CUE.find_iter(text).any(|m| {
        let after = text[m.end()..].trim_start();
        let found = m.as_str().to_lowercase();
        if found.ends_with("details")
            && !["of ", "on ", "about "]
                .iter()
                .any(|w| after.starts_with(w))
        {
            bare_details = true;
            return false;
        }
        if found.starts_with("uncertain") {
            // (The word as printed: "uncertainties" matched as "uncertain".)
            let rest = &text[m.end()..];
            let word_end = rest
                .find(|c: char| !c.is_alphabetic())
                .unwrap_or(rest.len());
            let said = uncertainty_of(&text[..m.start()], rest[word_end..].trim_start());
            if said != Uncertainty::Open {
                uncertainty = uncertainty.max(said);
                return false;
            }
        }
        // "The disputed region of …", "a disputed border": land long claimed by two sides,
        // named by what it is, not a claim this story contests.
        let territory = found == "disputed"
            && after
                .split(|c: char| !c.is_alphabetic())
                .next()
                .is_some_and(|w| DISPUTED_LAND.contains(&w));
        let obscure = found.ends_with("unknown")
            && ["until", "to ", "outside", "before", "beyond"]
                .iter()
                .any(|w| after.starts_with(w));
        !(territory || obscure)
    });
    // "Even if" concedes a point; it does not speculate (copied only when it occurs).
    let conceding = if text.contains("ven if") {
        std::borrow::Cow::Owned(
            text.replace("even if", "even so")
                .replace("Even if", "Even so"),
        )
    } else {
        std::borrow::Cow::Borrowed(text)
    };
    // "Whether A or B, the club wins" concedes both alternatives: the sentence asks nothing
    // ("whether it will last is another matter" still does).
    let conceded = conceding_alternatives(text);
    let pending = PENDING.find_iter(text).any(|m| {
        Some(m.start()) != conceded
            && !describes_a_thing(text, m.start(), m.as_str())
            && !gives_a_cause(text, m.end(), m.as_str())
            && !warns_of_what_is(text, m.end(), m.as_str())
            && !reader_can_check(text, m.start(), m.as_str())
    });
    // Nor does "may have won, but …" speculate, which grants that it happened, or "could
    // not have played better", which says how well it did (looked for only in a sentence
    // that seems to speculate: this is asked of every sentence).
    if explicit {
        3
    } else if bare_details || pending || uncertainty == Uncertainty::Matter {
        2
    } else if uncertainty == Uncertainty::Mood
        || SPECULATIVE.is_match(&conceding)
            && SPECULATIVE.is_match(&super::questions::without_granted_perfects(&conceding))
    {
        1
    } else {
        0
    }
}

/// What a bare "uncertain" or "uncertainty" says is open, by the words around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Uncertainty {
    /// No such word.
    None,
    /// A mood: "amid uncertainty", "the uncertainty unleashed by the scandal".
    Mood,
    /// A matter: "uncertainty over the plant's future".
    Matter,
    /// An open question: "uncertainty over whether the plant will close".
    Open,
}

/// [`Uncertainty`] of a bare "uncertain" or "uncertainty" between the words `before` and
/// `after` it. Said to exist or to last ("there is uncertainty over …", "uncertainty
/// remains over …"), or of an embedded question, it says something is open.
fn uncertainty_of(before: &str, after: &str) -> Uncertainty {
    let lower = after.to_lowercase();
    let lasts = lower
        .strip_prefix("still ")
        .unwrap_or(&lower)
        .split(|c: char| !c.is_alphabetic())
        .next()
        .is_some_and(|verb| {
            ["remain", "persist", "linger", "continue"].iter().any(|v| {
                verb.strip_prefix(v)
                    .is_some_and(|e| ["", "s", "ed", "d"].contains(&e))
            })
        });
    let mut words = before
        .split_whitespace()
        .rev()
        .map(|w| w.to_lowercase())
        .skip_while(|w| {
            matches!(
                w.as_str(),
                "some" | "considerable" | "great" | "growing" | "much" | "real" | "still"
            )
        });
    let exists = words.next().is_some_and(|verb| {
        matches!(
            verb.as_str(),
            "is" | "was" | "remains" | "remained" | "been"
        )
    }) && words.find(|w| !matches!(w.as_str(), "has" | "have" | "had"))
        == Some("there".into());
    if lasts || exists {
        return Uncertainty::Open;
    }
    let asks = |s: &str| {
        let first = s.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        matches!(
            first,
            "whether" | "if" | "how" | "what" | "who" | "why" | "when" | "where" | "which"
        )
    };
    if asks(&lower) {
        return Uncertainty::Open;
    }
    match ["over ", "about ", "as to ", "surrounding ", "around "]
        .iter()
        .find_map(|w| lower.strip_prefix(w))
    {
        Some(matter) if asks(matter) => Uncertainty::Open,
        Some(_) => Uncertainty::Matter,
        None => Uncertainty::Mood,
    }
}

/// True when the cue word at `start` describes a thing rather than saying an outcome is in
/// doubt: "an unlikely hero", "the most unlikely of winners" (a surprise, already come
/// about), "the most heavily-tipped band" (a ranking), "tipped the ball over" (a movement).
/// "It is unlikely to pass" and "the minister, tipped to resign" still are cues.
fn describes_a_thing(text: &str, start: usize, cue: &str) -> bool {
    if cue.eq_ignore_ascii_case("tipped") {
        // Tipped over, off or wide, or tipping a thing ("tipped the ball over the bar",
        // "tipped a bucket of water"): a movement, not a forecast ("tipped to win",
        // "critics tipped Jo Roe for the prize").
        let next = text[start + cue.len()..]
            .split(|c: char| !c.is_alphabetic())
            .find(|w| !w.is_empty())
            .unwrap_or("")
            .to_lowercase();
        return text[..start].ends_with('-')
            || matches!(
                next.as_str(),
                "off"
                    | "over"
                    | "round"
                    | "around"
                    | "away"
                    | "into"
                    | "onto"
                    | "out"
                    | "up"
                    | "down"
                    | "wide"
                    | "past"
                    | "back"
                    | "the"
                    | "a"
                    | "an"
                    | "his"
                    | "her"
                    | "its"
                    | "their"
            );
    }
    if !cue.eq_ignore_ascii_case("unlikely") {
        return false;
    }
    let mut previous = text[..start]
        .trim_end()
        .rsplit(' ')
        .map(|w| w.to_lowercase());
    let word = match previous.next() {
        Some(w)
            if matches!(
                w.as_str(),
                "most" | "rather" | "very" | "somewhat" | "quite"
            ) =>
        {
            previous.next()
        }
        other => other,
    };
    word.is_some_and(|w| {
        matches!(
            w.as_str(),
            "a" | "an" | "the" | "his" | "her" | "its" | "their" | "our"
        )
    })
}

/// True when the "due to" ending at `end` gives a cause ("the rise was due to stronger
/// demand", "was due to the weather"), not a thing still to come ("is due to resume"): the
/// word after it decides, as [`super::questions::names_a_cause`] reads it.
fn gives_a_cause(text: &str, end: usize, cue: &str) -> bool {
    let cue = cue.as_bytes();
    cue.len() >= 6
        && cue[cue.len() - 6..].eq_ignore_ascii_case(b"due to")
        && text[end..]
            .split_whitespace()
            .next()
            .is_some_and(super::questions::names_a_cause)
}

/// True when a sentence ends with an exclamation mark, inside its closing quotation mark
/// or not ("Recruit the right people, and your time may have come!"): rhetoric, whose
/// "may" or "could" leaves nothing for a briefing to follow up. Not a name's own mark
/// ("the movement En Marche!", "Yahoo!"): the word before it is in lower case.
fn exclaims(text: &str) -> bool {
    text.trim_end()
        .trim_end_matches(['"', '”', '’', '\''])
        .strip_suffix('!')
        .and_then(|before| before.split_whitespace().next_back())
        .is_some_and(|word| word.starts_with(char::is_lowercase))
}

/// A refusal to comment or an unanswered request ("The firm declined to comment", "did not
/// immediately respond to a request for comment"): on its own it says nothing about what is
/// open, so a sentence whose only cue it is raises no question unless it names one ("… on
/// reports that it had hired advisers").
static NO_COMMENT: CaselessPattern = CaselessPattern::new(|| {
    CaselessPattern::compile(
        r"(?-u:\b)(?:(?:declined|refused|(?:has|have|had|is|are|was|were)\s+yet)\s+to\s+(?:comment|respond|reply)|(?:would|will|did|does|do|could)(?:\s+not|n't)\s+(?:immediately\s+)?(?:comment|respond|reply)|no\s+comment|unavailable\s+for\s+comment)",
    )
});

/// True when a sentence's only cue is a refusal to comment: "Rosneft declined to comment."
///
/// ```
/// use briefing::extract::open_questions::only_declines_comment;
/// assert!(only_declines_comment("The bank declined to comment."));
/// assert!(only_declines_comment("Velm Air did not immediately respond to a request for comment."));
/// assert!(only_declines_comment("The club has yet to comment on the matter."));
/// assert!(!only_declines_comment("The bank declined to comment, and it is unclear who will pay."));
/// assert!(!only_declines_comment("Police declined to name the suspect."));
/// ```
pub fn only_declines_comment(text: &str) -> bool {
    let mut rest = String::with_capacity(text.len());
    let mut at = 0;
    for refusal in NO_COMMENT.find_iter(text) {
        rest.push_str(&text[at..refusal.start()]);
        rest.push_str("said");
        at = refusal.end();
    }
    at > 0 && {
        rest.push_str(&text[at..]);
        cue_strength(&rest) == 0
    }
}

static CAN_CHECK: CaselessPattern = CaselessPattern::new(|| {
    CaselessPattern::compile(
        r"(?-u:\b)(?:(?:can|could|may)\s+(?:also\s+|easily\s+|quickly\s+)?|(?:urged|advised|asked|told|encouraged|able|want)\s+to\s+)(?:check|see|find\s+out|look\s+up)\s+$",
    )
});

/// True when the "whether" at `start` tells readers how to find something out, not what
/// the story leaves open: "Drivers can check whether their car is affected on the website",
/// "Owners are urged to check whether …". ("Investigators will check whether the dam is
/// safe" still asks.)
fn reader_can_check(text: &str, start: usize, cue: &str) -> bool {
    cue.eq_ignore_ascii_case("whether") && CAN_CHECK.is_match(&text[..start])
}

/// True when the warning ending at `end` tells how things stand, not what may come: "warned
/// that households were under strain" states a fact; "warned that rates would rise" and
/// "warned that the firm was heading for collapse" look ahead.
fn warns_of_what_is(text: &str, end: usize, cue: &str) -> bool {
    if !cue.to_lowercase().ends_with(" that") {
        return false;
    }
    let clause = text[end..]
        .split([',', ';', '.', ':'])
        .next()
        .unwrap_or_default();
    let mut stands = false;
    for word in clause.split_whitespace().take(8) {
        let word = word
            .trim_matches(|c: char| !c.is_alphabetic() && c != '\'' && c != '’')
            .to_lowercase();
        match word.as_str() {
            "will" | "would" | "could" | "might" | "may" | "can" | "must" | "should" | "'ll"
            | "’ll" | "risk" | "risks" | "face" | "faced" | "faces" | "heading" | "headed"
            | "brink" | "verge" | "likely" | "unlikely" | "soon" | "unless" | "if" => {
                return false;
            }
            "is" | "are" | "was" | "were" | "has" | "have" | "had" => stands = true,
            _ => {}
        }
    }
    stands
}

static EMPTY_IT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^It(?:'s|’s|\s+(?:is|was|remains|remained|seems|seemed|appears|appeared))",
        r"(?:\s+(?:not|still|yet|also|now|immediately|entirely|far|too|as))*",
        // ("It is likely that …"; not "It is likely to …", where "it" was named before.)
        r"\s+(?:clear|unclear|known|unknown|uncertain|early|to\s+be\s+seen|(?:possible|likely|unlikely)\s+that)(?-u:\b)"
    ))
    .unwrap()
});

/// True when a sentence opens with an "it" that stands for nothing before it ("It remains
/// unclear how …", "It is too early to say …"): the sentence raises a matter of its own.
fn opens_with_empty_it(text: &str) -> bool {
    EMPTY_IT.is_match(text)
}

/// Kinds of land named "disputed" for a claim of long standing.
const DISPUTED_LAND: [&str; 12] = [
    "area",
    "border",
    "borders",
    "enclave",
    "island",
    "islands",
    "land",
    "province",
    "region",
    "territories",
    "territory",
    "waters",
];

/// Where a sentence opening "Whether A or B, …" (or a clause after "that", "but", "because"
/// or "so", or an aside after a comma or between dashes) has its "whether": such a sentence
/// concedes the alternatives and goes on to say what holds either way, so that "whether"
/// leaves nothing open.
fn conceding_alternatives(text: &str) -> Option<usize> {
    // "… applies to every firm, whether large or small": after the main clause, the same.
    if let Some(at) = text.find(", whether ") {
        let rest = &text[at + 10..];
        if rest.starts_with("or ") || rest.contains(" or ") {
            return Some(at + 2);
        }
    }
    // "Computers - whether desktops or phones - use …": the same set off by dashes.
    for dash in [" - whether ", " – whether ", " — whether "] {
        if let Some(at) = text.find(dash) {
            let rest = &text[at + dash.len()..];
            let aside = [" - ", " – ", " — "]
                .iter()
                .filter_map(|d| rest.find(d))
                .min()
                .map_or(rest, |end| &rest[..end]);
            if aside.starts_with("or ") || aside.contains(" or ") {
                return Some(at + dash.len() - "whether ".len());
            }
        }
    }
    // "… said that whether A or B, it would …": the same after a conjunction.
    for (at, _) in text.match_indices(" whether ") {
        let before = text[..at].rsplit(' ').next().unwrap_or_default();
        let clause = text[at + 9..].split(',').next().unwrap_or_default();
        if matches!(before, "that" | "but" | "because" | "so")
            && (clause.starts_with("or ") || clause.contains(" or "))
            && clause.len() < text.len() - at - 9
        {
            return Some(at + 1);
        }
    }
    let opened = text.trim_start_matches(|c: char| !c.is_alphanumeric());
    let rest = opened.strip_prefix("Whether ")?;
    let alternatives = rest.starts_with("or ") || rest.contains(" or ");
    (alternatives && rest.contains(',')).then_some(text.len() - opened.len())
}

/// The patterns of this stage, for the build to compile ahead of use: while the files are
/// read, each on whichever core is free.
pub fn patterns() -> Vec<&'static LazyLock<Regex>> {
    vec![
        CUE.compiled(),
        PENDING.compiled(),
        SPECULATIVE.compiled(),
        CAN_CHECK.compiled(),
        NO_COMMENT.compiled(),
        &EMPTY_IT,
    ]
}

/// True when a sentence says something is open.
///
/// ```
/// assert!(briefing::extract::open_questions::has_cue("It remains unclear whether the deal will hold."));
/// assert!(!briefing::extract::open_questions::has_cue("The deal was signed on Monday."));
/// ```
pub fn has_cue(text: &str) -> bool {
    CUE.is_match(text)
}

/// Extracts open questions.
///
/// A cue sentence opening with "he" or "she" is asked of the person the pronoun stands for
/// (`entities` finds them): "He is expected to present his findings in April" asks "Will Jo
/// Li present his findings in April?".
pub fn extract<'a>(docs: &'a [SourceDoc], entities: &EntityIndex) -> Vec<OpenQuestion<'a>> {
    // Per cue sentence: its unit, how plainly it calls the matter open, and the question it
    // leaves open (when one can be put). Each source on its own, in parallel, in source order.
    use rayon::prelude::*;
    let cued: Vec<CueSentence> = docs
        .par_iter()
        .enumerate()
        .flat_map_iter(|(s, doc)| {
            let mut cued = Vec::new();
            for (p, para) in doc.doc.paragraphs.iter().enumerate() {
                if para.role != BlockRole::Paragraph {
                    continue;
                }
                for (si, sentence) in para.sentences.iter().enumerate() {
                    let text = para.text_of(sentence);
                    let cue = cue_strength(text);
                    // Speculation inside a quotation is the speaker's rhetoric, not an open
                    // matter (only asked of speculation: most sentences have no cue at all).
                    let quoted = || super::developments::quoted_share(text) > 0.6;
                    let embedded = super::is_embedded_post(text);
                    if cue == 0
                        || embedded
                        || cue == 1 && quoted()
                        || word_count_up_to(text, 6) < 6
                        || is_reader_prompt(text)
                        || (text.trim_end().ends_with('?') || exclaims(text)) && cue < 3
                    {
                        continue;
                    }
                    let no_name_here = entities.mention_at(s, p, sentence.start).is_none();
                    let common = |w: &str| {
                        printed_in_lower_case(&doc.doc, w)
                            || entities.is_common_opener(w)
                            || no_name_here
                                && (plainly_common(&w.to_lowercase())
                                    || opens_noun_phrase(text, w)
                                        && !capitalised_inside_a_sentence(&doc.doc, w))
                    };
                    // A sentence opening with "He" or "She" is asked of the person meant;
                    // so is one opening with "His" or "Her" ("His place in the final
                    // remains in doubt" → "Will Jo Li's place in the final hold?").
                    // The question with the pronoun `word` at byte `at` put as the person
                    // the text names before the sentence: "He is expected to …", "His place
                    // in the final …" ("Jo Li's place …"), "whether she can …".
                    let named_text = |at: usize, word: &str| {
                        let (gender, owner) = match word {
                            "He" | "She" | "he" | "she" => (Gender::of_pronoun(word)?, false),
                            "His" => (Gender::of_pronoun("He")?, true),
                            "Her" => (Gender::of_pronoun("She")?, true),
                            _ => return None,
                        };
                        let person =
                            entities.pronoun_antecedent(docs, s, p, sentence.start, gender)?;
                        let possessive = match (owner, text.contains('’')) {
                            (false, _) => "",
                            (true, true) => "’s",
                            (true, false) => "'s",
                        };
                        Some(format!(
                            "{}{}{possessive}{}",
                            &text[..at],
                            entities.entities[person].name,
                            &text[at + word.len()..]
                        ))
                    };
                    let with_person = |at: usize, word: &str| {
                        super::questions::question_cased(&named_text(at, word)?, common)
                    };
                    // The sentence with its opening pronoun named, looked up once: asked as
                    // a question first, shown as a statement when no question is put.
                    let opening = std::cell::OnceCell::new();
                    let opening_named = || {
                        opening
                            .get_or_init(|| text.split(' ').next().and_then(|w| named_text(0, w)))
                    };
                    let named =
                        || super::questions::question_cased(opening_named().as_deref()?, common);
                    // "It remains to be seen whether she can win support".
                    let named_within = || {
                        let (at, pronoun) =
                            [" whether she ", " whether he ", " if she ", " if he "]
                                .iter()
                                .find_map(|p| text.find(p).map(|at| (at, *p)))?;
                        let word = pronoun.trim().rsplit(' ').next()?;
                        with_person(at + pronoun.len() - word.len() - 1, word)
                    };
                    // (Asked without a wire's dateline: "KESSEL (Wire) — The talks …".)
                    let asked_of = super::developments::without_dateline(
                        text,
                        doc.article.dateline.as_deref(),
                    );
                    let question = if text.starts_with("His ") || text.starts_with("Her ") {
                        named().or_else(|| super::questions::question_cased(asked_of, common))
                    } else {
                        super::questions::question_cased(asked_of, common)
                            .or_else(named)
                            .or_else(named_within)
                    };
                    // ("Will the firm comment on the matter?" asks nothing either.)
                    let asks_for_comment = |q: &String| {
                        q.split(|c: char| !c.is_alphabetic())
                            .any(|w| matches!(w, "comment" | "respond" | "reply"))
                    };
                    if question.as_ref().is_none_or(asks_for_comment) && only_declines_comment(text)
                    {
                        continue;
                    }
                    let unit = Unit {
                        source: s,
                        paragraph: p,
                        sentence: si,
                        anchor: &sentence.anchor,
                        text,
                    };
                    // The question it leaves open names the matter without the cue's
                    // words, so two outlets' ways of saying "unclear" do not keep one
                    // matter apart.
                    let stems = content_stems(question.as_deref().unwrap_or(text));
                    // Shown as a statement, the sentence names the person its opening
                    // pronoun means ("He is believed to have raised his offer" → "Jo Roe is
                    // believed to have raised his offer"): on its own, "He" names no one.
                    let statement = question
                        .is_none()
                        .then(|| opening_named().clone())
                        .flatten();
                    cued.push(CueSentence {
                        unit,
                        stems,
                        cue,
                        question,
                        statement,
                    });
                }
            }
            cued
        })
        .collect();
    let mut units = Vec::with_capacity(cued.len());
    let mut stems = StemLists::default();
    let mut strength = Vec::with_capacity(cued.len());
    let mut leaves_open: Vec<Option<String>> = Vec::with_capacity(cued.len());
    let mut statements: Vec<Option<String>> = Vec::with_capacity(cued.len());
    for c in cued {
        units.push(c.unit);
        stems.push(c.stems);
        strength.push(c.cue);
        leaves_open.push(c.question);
        statements.push(c.statement);
    }
    let vecs = vectors(&stems);
    drop(stems);
    let options = RankOptions {
        join: 0.2,
        same: 0.4,
        fold_single: 0.3,
        penalty: &[],
        limit: 3 * MAX_ITEMS,
        family: &[],
        news: false,
        printed: None,
    };
    let ranked = rank_clusters(&units, &vecs, &options);
    // Consecutive cue sentences of one paragraph are one matter ("X cautioned that a deal is
    // distant. “We're still a long way off.”"): their clusters join, the higher-ranked first.
    let sentence_no = |m: usize| -> usize {
        units[m]
            .anchor
            .rsplit("-s")
            .next()
            .and_then(|n| n.parse().ok())
            .unwrap_or(0)
    };
    let mut cluster_of: HashMap<(usize, usize, usize), usize> = HashMap::default();
    for (c, cluster) in ranked.iter().enumerate() {
        for &m in &cluster.members {
            cluster_of.insert((units[m].source, units[m].paragraph, sentence_no(m)), c);
        }
    }
    let mut parent: Vec<usize> = (0..ranked.len()).collect();
    fn root(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    // So are a paragraph's last cue sentence and the next paragraph's first, when that one
    // cannot stand alone (a quote or a pronoun carrying the matter on: "“It is not clear
    // what the action item is,” he said.").
    let continues = |s: usize, p: usize, n: usize| -> Option<(usize, usize, usize)> {
        let paragraphs = &docs[s].doc.paragraphs;
        let following = paragraphs.get(p + 1)?;
        let next = following.text_of(following.sentences.first()?);
        (paragraphs[p].sentences.len() == n
            && super::developments::leans_on_context(next)
            && !opens_with_empty_it(next)
            && word_count(next) >= 6)
            .then_some((s, p + 1, 1))
    };
    for (&(s, p, n), &c) in &cluster_of {
        let following = cluster_of
            .get(&(s, p, n + 1))
            .or_else(|| continues(s, p, n).and_then(|k| cluster_of.get(&k)));
        if let Some(&d) = following {
            let (a, b) = (root(&mut parent, c), root(&mut parent, d));
            if a != b {
                parent[a.max(b)] = a.min(b);
            }
        }
    }
    let mut merged: Vec<Option<super::developments::RankedCluster>> =
        ranked.into_iter().map(Some).collect();
    for c in (0..merged.len()).rev() {
        let r = root(&mut parent, c);
        if r != c {
            let moved = merged[c].take().expect("each cluster moves once");
            let home = merged[r].as_mut().expect("roots stay");
            home.members.extend(moved.members);
            home.sources.extend(moved.sources);
        }
    }
    let mut ranked: Vec<super::developments::RankedCluster> =
        merged.into_iter().flatten().collect();
    // Corroboration first, then how plainly the sources call it open. A matter one outlet
    // alone raises in a sentence that puts no question ranks a step lower: the reader is
    // shown the sentence, not a question, and it is most often a passing remark ("He is due
    // to visit Velm on Tuesday").
    let score = |c: &super::developments::RankedCluster| {
        let cue = c.members.iter().map(|&m| strength[m]).max().unwrap_or(0) as f64;
        let unasked = c.sources.len() == 1 && c.members.iter().all(|&m| leaves_open[m].is_none());
        let step_lower = if unasked { 1.0 } else { 0.0 };
        c.sources.len() as f64 + 1.0 * cue + 0.1 * c.score.fract() - step_lower
    };
    ranked.sort_by(|a, b| {
        let settled = super::cluster::settled;
        (settled(score(b)).cmp(&settled(score(a)))).then(a.summary.cmp(&b.summary))
    });
    // The sentence that says it most plainly states the question.
    let mut asked: Vec<Asked> = Vec::new();
    for c in ranked
        .into_iter()
        .filter(|c| c.members.iter().any(|&m| strength[m] >= 2) || c.sources.len() >= 2)
    {
        // The question: the shortest that a member's sentence leaves open, among the members
        // that say it most plainly, the reporter's own words before a quotation's (which
        // leans on them: "“It is not clear what the next step is,” he said."); else the
        // plainest sentence itself.
        let rewritten = c
            .members
            .iter()
            .filter_map(|&m| {
                leaves_open[m].as_ref().map(|q| {
                    (
                        std::cmp::Reverse(strength[m]),
                        super::developments::quoted_share(units[m].text) > 0.6,
                        q.split_whitespace().count().max(6),
                        m,
                        q,
                    )
                })
            })
            .min()
            .map(|(_, _, _, _, q)| q.clone());
        let best = *c
            .members
            .iter()
            .max_by_key(|&&m| {
                (
                    strength[m],
                    std::cmp::Reverse(units[m].paragraph),
                    std::cmp::Reverse(m),
                )
            })
            .unwrap_or(&c.summary);
        let question = rewritten.unwrap_or_else(|| {
            let dateline = docs[units[best].source].article.dateline.as_deref();
            phrase(super::developments::without_dateline(
                statements[best].as_deref().unwrap_or(units[best].text),
                dateline,
            ))
        });
        // Two clusters that ask one question are one: the later joins the earlier.
        let this = Asked {
            stems: matter_stems(&question),
            phrases: common_phrases(&question),
            question,
            members: c.members,
            sources: c.sources,
        };
        match asked.iter().position(|other| this.same_matter(other)) {
            Some(h) => {
                asked[h].members.extend(this.members);
                asked[h].sources.extend(this.sources);
            }
            None if asked.len() < MAX_ITEMS => asked.push(this),
            None => {}
        }
    }
    asked
        .into_iter()
        .enumerate()
        .map(|(i, mut a)| {
            a.members
                .sort_by_key(|&m| (units[m].source, units[m].paragraph, m));
            a.members.dedup();
            // A matter put in no question is shown as its sentence; one that points back
            // ("It remains unclear whether the minister would accept this.") is cited with
            // the sentence before it too, which says what "this" is.
            let unphrased = !a.question.ends_with('?');
            let mut evidence = Vec::with_capacity(a.members.len());
            for &m in &a.members {
                let unit = &units[m];
                let source = &docs[unit.source];
                let context = (unphrased && super::developments::leans_on_context(unit.text))
                    .then(|| sentence_before(source, unit.paragraph, unit.anchor))
                    .flatten()
                    .filter(|(anchor, _)| {
                        !evidence.iter().any(|e: &crate::model::Evidence| {
                            e.anchor == *anchor && e.source == source.id
                        })
                    });
                // (After the sentence itself, which the briefing's citation points at.)
                evidence.push(unit.evidence(docs));
                if let Some((anchor, text)) = context {
                    evidence.push(crate::model::Evidence {
                        source: source.id.as_str().into(),
                        anchor: anchor.into(),
                        text: text.into(),
                    });
                }
            }
            OpenQuestion {
                id: format!("o{}", i + 1),
                question: a.question,
                sources: a.sources.iter().map(|&s| docs[s].id.clone()).collect(),
                evidence,
            }
        })
        .collect()
}

/// The sentence before the one at `anchor` in paragraph `p` of `doc` (the last of the
/// paragraph before, for a paragraph's first), as its anchor and text.
fn sentence_before<'d>(doc: &'d SourceDoc, p: usize, anchor: &str) -> Option<(&'d str, &'d str)> {
    let paragraphs = &doc.doc.paragraphs;
    let para = paragraphs.get(p)?;
    let at = para.sentences.iter().position(|s| s.anchor == anchor)?;
    let (para, sentence) = match at.checked_sub(1) {
        Some(k) => (para, &para.sentences[k]),
        None => {
            let before = paragraphs.get(p.checked_sub(1)?)?;
            (before.role == BlockRole::Paragraph).then_some(())?;
            (before, before.sentences.last()?)
        }
    };
    Some((sentence.anchor.as_str(), para.text_of(sentence)))
}

/// The content stems of a question, with asking for a cause marked alike however it is
/// asked: "What caused the sinking?" and "Why did the vessel sink in calm seas?" both ask
/// why, of a sinking (the cause's own stem is dropped, the mark added).
fn matter_stems(question: &str) -> Vec<String> {
    const WHY: &str = "(why)";
    let mut stems = content_stems(question);
    let lower = question.to_lowercase();
    if lower.starts_with("what caused ") {
        let cause = content_stems("caused");
        if let Some(at) = stems.iter().position(|s| cause.contains(s)) {
            stems.remove(at);
        }
        stems.push(WHY.to_string());
    } else if lower.starts_with("why ") {
        stems.push(WHY.to_string());
    }
    stems
}

/// An open question being assembled: its wording, and the sentences and sources asking it.
struct Asked {
    question: String,
    /// Content stems of the question.
    stems: Vec<String>,
    /// Its lowercase two-word phrases ([`common_phrases`]).
    phrases: Vec<(String, String)>,
    members: Vec<usize>,
    sources: std::collections::BTreeSet<usize>,
}

impl Asked {
    /// Two questions ask one thing when the words of one are all in the other ("What caused
    /// the crash?", "What caused the crash of the plane …?") or they share a phrase.
    fn same_matter(&self, other: &Asked) -> bool {
        let (short, long) = if self.stems.len() <= other.stems.len() {
            (&self.stems, &other.stems)
        } else {
            (&other.stems, &self.stems)
        };
        short.len() >= 2 && short.iter().all(|s| long.contains(s))
            || self.phrases.iter().any(|p| other.phrases.contains(p))
    }
}

/// The lowercase two-word phrases of a question ("parliamentary majority", "data dump"),
/// as stem pairs: two questions sharing one ask about one matter, however differently they
/// are put ("Can he win a parliamentary majority?", "How will he secure a parliamentary
/// majority in June?"). Names are left out: questions about one person can differ.
fn common_phrases(question: &str) -> Vec<(String, String)> {
    let words: Vec<&str> = question
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .filter(|w| !w.is_empty())
        .collect();
    words
        .windows(2)
        .filter(|pair| {
            pair.iter().all(|w| {
                w.len() > 3
                    && w.chars().all(|c| c.is_lowercase() || c == '-')
                    && !crate::text::is_stopword(w)
            })
        })
        .map(|pair| (crate::text::stem(pair[0]), crate::text::stem(pair[1])))
        .collect()
}

/// True when `word` (lower case) is printed in lower case somewhere in the article, as a
/// word of its own: then a capitalised form opening a sentence is a common word, not a name.
fn printed_in_lower_case(doc: &crate::segment::Doc, word: &str) -> bool {
    let is_word_char = |c: char| c.is_alphanumeric() || c == '\'' || c == '-';
    doc.paragraphs.iter().any(|p| {
        p.text.match_indices(word).any(|(at, _)| {
            let before = p.text[..at].chars().next_back();
            let after = p.text[at + word.len()..].chars().next();
            !before.is_some_and(is_word_char) && !after.is_some_and(is_word_char)
        })
    })
}

/// True when `word` opens `sentence` as the first word of a longer subject: "Terms of the
/// deal were …", "Fuller details are …" (not "Lindqvist is …" nor "Lindqvist resigned").
fn opens_noun_phrase(sentence: &str, word: &str) -> bool {
    let ws: Vec<&str> = sentence.split_whitespace().take(3).collect();
    let auxiliary = |w: &str| super::questions::AUXILIARIES.contains(&w);
    ws.first().is_some_and(|w| w.eq_ignore_ascii_case(word))
        && match ws.get(1) {
            Some(&"of") => true,
            Some(next) => {
                next.starts_with(|c: char| c.is_ascii_lowercase())
                    && !auxiliary(next)
                    && ws.get(2).is_some_and(|a| auxiliary(a))
            }
            None => false,
        }
}

/// True when the story prints `word` (capitalised) somewhere other than at the start of a
/// sentence: only there does a capital tell a name ("Fuller details will follow" is no
/// Mr Fuller's, when nothing else prints "Fuller").
fn capitalised_inside_a_sentence(doc: &crate::segment::Doc, word: &str) -> bool {
    let capitalised = {
        let mut c = word.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect::<String>())
            .unwrap_or_default()
    };
    let is_word_char = |c: char| c.is_alphanumeric() || c == '\'' || c == '-';
    doc.paragraphs.iter().any(|p| {
        p.text.match_indices(&capitalised).any(|(at, _)| {
            let after = p.text[at + capitalised.len()..].chars().next();
            let before = p.text[..at].trim_end().chars().next_back();
            !after.is_some_and(is_word_char)
                && before.is_some_and(|c| c.is_alphanumeric() || matches!(c, ',' | ';'))
                && !p.text[..at].ends_with(|c: char| is_word_char(c))
        })
    })
}

/// True for a word that is plainly no name, capitalised only because it opens a sentence:
/// a number word or a quantity ("Three creditors", "Several firms"), or a word with the
/// ending of a common noun or adjective ("Filming", "Performers", "Financial details"),
/// when no name starts there either.
fn plainly_common(word: &str) -> bool {
    // ("One" and "Some" open names: "One Direction", "Some Like It Hot".)
    super::words::is_number_word(word) && !matches!(word, "one" | "some")
        || matches!(word, "few" | "other")
        || word.len() >= 6
            && [
                "ing", "ers", "ors", "ial", "ment", "tion", "sion", "ness", "ity", "ies",
            ]
            .iter()
            .any(|e| word.ends_with(e))
}

/// A sentence that says something is open, as one source's pass finds it.
struct CueSentence<'a> {
    unit: Unit<'a>,
    /// The stems of the matter it raises (of its question when it has one).
    stems: Vec<String>,
    /// How plainly it says so ([`cue_strength`]).
    cue: u8,
    /// The question it leaves open, when one can be put.
    question: Option<String>,
    /// The sentence with its opening pronoun put as the person meant, shown when no
    /// question can be put.
    statement: Option<String>,
}

/// Most open questions listed.
const MAX_ITEMS: usize = 15;

/// A short statement of what is open: the cue sentence without its leading connective, its
/// quotation marks made whole. A sentence from the middle of a quotation prints only one of
/// them ("… by the spring,” the mayor said."); on its own it reads as if cut, so the
/// missing one is put back.
fn phrase(sentence: &str) -> String {
    let trimmed = sentence.trim();
    for lead in [
        "However, ",
        "But ",
        "And ",
        "Still, ",
        "Yet ",
        "Meanwhile, ",
    ] {
        if let Some(rest) = trimmed.strip_prefix(lead) {
            let mut chars = rest.chars();
            if let Some(first) = chars.next() {
                return with_whole_quotes(&first.to_uppercase().chain(chars).collect::<String>());
            }
        }
    }
    with_whole_quotes(trimmed)
}

/// `text` with a closing quotation mark that has no opening one given its opening mark at
/// the start, and an opening one that is never closed given its closing mark at the end.
/// Curly marks say which they are; a straight one opens at the start or after a space or a
/// bracket, and closes elsewhere.
fn with_whole_quotes(text: &str) -> String {
    let (mut open, mut unmatched_close) = (0usize, 0usize);
    let (mut open_straight, mut unmatched_straight) = (0usize, 0usize);
    let mut before = ' ';
    for c in text.chars() {
        match c {
            '“' => open += 1,
            '”' if open > 0 => open -= 1,
            '”' => unmatched_close += 1,
            '"' if before.is_whitespace() || matches!(before, '(' | '[') => open_straight += 1,
            '"' if open_straight > 0 => open_straight -= 1,
            '"' => unmatched_straight += 1,
            _ => {}
        }
        before = c;
    }
    let mut out = String::with_capacity(text.len() + 6);
    out.extend(std::iter::repeat_n('“', unmatched_close));
    out.extend(std::iter::repeat_n('"', unmatched_straight));
    out.push_str(text);
    out.extend(std::iter::repeat_n('"', open_straight));
    out.extend(std::iter::repeat_n('”', open));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tests::docs_from;

    #[test]
    fn he_or_she_opening_a_cue_sentence_is_asked_of_the_person() {
        let asked = |text: &str| {
            let docs = docs_from(&[text]);
            let index = EntityIndex::build(&docs);
            extract(&docs, &index)
                .into_iter()
                .map(|q| q.question)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            asked(
                "Finance minister Jo Li met the bankers on Monday. He is expected to present his findings in April."
            ),
            vec!["Will Jo Li present his findings in April?"]
        );
        // The subject of the sentence before is not named: "he" is not the man it met.
        assert_eq!(
            asked(
                "The visiting president met Prime Minister Jo Li on Monday. He is expected to visit Leeds in April."
            ),
            vec!["He is expected to visit Leeds in April."]
        );
        // The subject of what a named source said.
        assert_eq!(
            asked(
                "Kessel Police said Mr Marcus Dean had been charged with murder. He is due to \
                 appear before Kessel Court on Monday."
            ),
            vec!["Will Marcus Dean appear before Kessel Court on Monday?"]
        );
        // "Mr" Li is a man: "she" stands for no one named, and the sentence stays as printed.
        assert_eq!(
            asked("Mr Jo Li met the bankers on Monday. She is expected to speak in April."),
            vec!["She is expected to speak in April."]
        );
        // After "whether": the person the sentence before names.
        assert_eq!(
            asked(
                "Mayor Ana Ruiz wants a new bridge. It remains to be seen whether she can win \
                 support for the plan."
            ),
            vec!["Can Ana Ruiz win support for the plan?"]
        );
        // "His" and "Her": the person's.
        assert_eq!(
            asked(
                "Striker Tom Reyes pulled out of the match on Sunday with an injury. His place \
                 in the final also remains in doubt."
            ),
            vec!["Will Tom Reyes's place in the final hold?"]
        );
        // A sentence put in no question is shown naming the person too.
        assert_eq!(
            asked(
                "Investor Jo Li made a fresh offer for the club on Monday. He is believed to \
                 have raised his stake, though it is not clear by how much."
            ),
            vec!["Jo Li is believed to have raised his stake, though it is not clear by how much."]
        );
    }

    #[test]
    fn cues_found_and_clustered_across_outlets() {
        let docs = docs_from(&[
            "The bridge opened on Monday. It remains unclear who will pay for the bridge repairs.",
            "Officials have yet to say who will pay for repairs to the bridge. Traffic was light.",
            "Do you think the bridge was worth it? Share your views.",
        ]);
        let qs = extract(&docs, &EntityIndex::build(&docs));
        assert_eq!(qs.len(), 1, "{qs:?}");
        assert_eq!(qs[0].sources, vec!["s1", "s2"]);
        assert_eq!(qs[0].question, "Who will pay for the bridge repairs?");
    }

    #[test]
    fn one_outlets_matter_put_in_no_question_ranks_below_one_that_is() {
        let docs = docs_from(&[
            "Singer Jo Roe will have to spend the weekend in jail because she could not pay the bond.",
            "A hearing with testimony from the club owners could happen at some point next year.",
        ]);
        let qs = extract(&docs, &EntityIndex::build(&docs));
        let asked: Vec<&str> = qs.iter().map(|q| q.question.as_str()).collect();
        assert_eq!(
            asked,
            [
                "Could a hearing with testimony from the club owners happen at some point next year?",
                "Singer Jo Roe will have to spend the weekend in jail because she could not pay the bond.",
            ]
        );
    }

    #[test]
    fn a_wire_dateline_is_not_asked() {
        // (Read as a file is: the dateline is found as the article is cleaned.)
        let raw = crate::ingest::parse_article(
            "a.txt",
            "Vote due\n\nKESSEL (Northgate Wire) — The council approved the plan on Monday, sending it to the assembly, where its fate remains uncertain.\n",
            false,
        )
        .unwrap();
        let docs = crate::prepare(&[raw]);
        let qs: Vec<String> = extract(&docs, &EntityIndex::build(&docs))
            .into_iter()
            .map(|q| q.question)
            .collect();
        assert_eq!(qs.len(), 1, "{qs:?}");
        assert!(qs[0].starts_with("The council approved"), "{qs:?}");
    }

    /// The questions the articles `texts` leave open, in alphabetical order.
    fn sorted_questions(texts: &[&str]) -> Vec<String> {
        let docs = docs_from(texts);
        let mut questions: Vec<String> = extract(&docs, &EntityIndex::build(&docs))
            .into_iter()
            .map(|q| q.question)
            .collect();
        questions.sort();
        questions
    }

    #[test]
    fn a_word_the_article_prints_in_lower_case_is_no_name_in_the_question() {
        assert_eq!(
            sorted_questions(&[
                "Ferry fares are expected to rise sharply in spring. The ferry operator blamed fuel costs.",
                "Lindqvist is expected to resign as harbour master in the autumn.",
            ]),
            vec![
                "Will Lindqvist resign as harbour master in the autumn?",
                "Will ferry fares rise sharply in spring?",
            ]
        );
    }

    #[test]
    fn a_capital_only_a_sentence_opening_gives_is_no_name() {
        assert_eq!(
            sorted_questions(&[
                "Fuller details are due to be unveiled on Monday.",
                "Terms of the sale are expected to be disclosed in May.",
                "Lindqvist is expected to resign as harbour master in the autumn.",
            ]),
            vec![
                "Will Lindqvist resign as harbour master in the autumn?",
                "Will fuller details be unveiled on Monday?",
                "Will terms of the sale be disclosed in May?",
            ]
        );
    }

    #[test]
    fn a_word_other_articles_print_in_lower_case_is_no_name_either() {
        assert_eq!(
            sorted_questions(&[
                "Trade and border security are expected to dominate the talks.",
                "The leaders will focus on trade and border security.",
                "Officials said trade would top the agenda.",
            ]),
            vec!["Will trade and border security dominate the talks?"]
        );
    }

    #[test]
    fn a_number_or_a_common_ending_opening_a_cue_sentence_is_no_name() {
        assert_eq!(
            sorted_questions(&[
                "Filming is expected to start in the hills in April.",
                "Three lenders are expected to back the rescue plan soon.",
                "Coaches named Eli Manning for Sunday. Manning is expected to start against Dallas.",
            ]),
            vec![
                "Will Manning start against Dallas?",
                "Will filming start in the hills in April?",
                "Will three lenders back the rescue plan soon?",
            ]
        );
    }

    #[test]
    fn an_aside_after_a_figure_with_thousands_goes() {
        assert_eq!(
            sorted_questions(&[
                "About 38,000 workers, including signallers and station staff, are expected to take part."
            ]),
            vec!["Will about 38,000 workers take part?"]
        );
    }

    #[test]
    fn a_quote_carrying_the_matter_on_joins_the_paragraph_before() {
        let docs = docs_from(&[
            "Officials said it was unclear what the regulator knew about the valves.\n\n“In this case it is not clear what the next step is,” he said.\n\nThe plant reopened.",
        ]);
        let qs = extract(&docs, &EntityIndex::build(&docs));
        assert_eq!(qs.len(), 1, "{qs:?}");
        assert_eq!(qs[0].evidence.len(), 2);
        assert_eq!(
            qs[0].question,
            "What did the regulator know about the valves?"
        );
    }

    #[test]
    fn a_matter_shown_as_its_sentence_that_points_back_is_cited_with_the_one_before_too() {
        let docs = docs_from(&[
            "The union offered to end the strike in exchange for a seat on the board. It remains \
             unclear whether the company would consider this acceptable.\n\nThe plant reopened.",
        ]);
        let qs = extract(&docs, &EntityIndex::build(&docs));
        assert_eq!(qs.len(), 1, "{qs:?}");
        assert!(!qs[0].question.ends_with('?'), "{qs:?}");
        let cited: Vec<(&str, &str)> = qs[0]
            .evidence
            .iter()
            .map(|e| (&*e.anchor, &*e.text))
            .collect();
        assert_eq!(
            cited,
            [
                (
                    "p1-s2",
                    "It remains unclear whether the company would consider this acceptable."
                ),
                (
                    "p1-s1",
                    "The union offered to end the strike in exchange for a seat on the board."
                ),
            ]
        );
        // A matter put as a question stands alone: its sentence only.
        let docs = docs_from(&[
            "The union met on Monday.\n\nIt remains unclear how much of the money can be recovered.",
        ]);
        let qs = extract(&docs, &EntityIndex::build(&docs));
        assert_eq!(qs[0].question, "How much of the money can be recovered?");
        assert_eq!(qs[0].evidence.len(), 1, "{qs:?}");
    }

    #[test]
    fn an_it_that_stands_for_nothing_opens_a_matter_of_its_own() {
        let docs = docs_from(&[
            "The inquiry goes on, and police have not ruled out further arrests.\n\nIt remains unclear how much of the money can be recovered.\n\nThe plant reopened.",
        ]);
        let qs = extract(&docs, &EntityIndex::build(&docs));
        let asked: Vec<&str> = qs.iter().map(|q| &*q.question).collect();
        assert_eq!(
            asked,
            [
                "How much of the money can be recovered?",
                "Are further arrests possible?"
            ],
            "{qs:?}"
        );
    }

    /// Asserts the cue strength of each sentence.
    fn assert_strength(sentences: &[&str], strength: u8) {
        for s in sentences {
            assert_eq!(cue_strength(s), strength, "{s}");
        }
    }

    #[test]
    fn uncertainty_named_is_weaker_than_uncertainty_said_of_a_matter() {
        // Said to exist or to last, or of an embedded question: explicit.
        assert_strength(
            &[
                "There is uncertainty over whether the plant will close.",
                "There is still considerable uncertainty about the plan.",
                "There has been growing uncertainty over the plan.",
                "Uncertainty remains over the future of the plant.",
                "The housing market outlook remains highly uncertain.",
                "It is uncertain whether the plant will close.",
            ],
            3,
        );
        // Over a matter, in passing: pending.
        assert_strength(
            &[
                "Shoppers cut back amid uncertainty over job security.",
                "The uncertainty surrounding the industry prompted the firm to wait.",
            ],
            2,
        );
        // A mood: speculative at most.
        assert_strength(
            &[
                "The uncertainty unleashed by the scandal prompted agencies to act.",
                "It blamed continuing uncertainties such as fluctuating oil prices.",
                "They arrived to an uncertain British climate that threatened rain.",
            ],
            1,
        );
    }

    #[test]
    fn contradictory_describes_a_thing_and_contradicts_disputes_one() {
        assert_strength(&["Teens have two seemingly contradictory needs."], 0);
        assert_strength(
            &[
                "The figures contradict a survey published last week.",
                "Lawyers pointed to contradictions in the evidence.",
            ],
            3,
        );
    }

    #[test]
    fn due_to_is_pending_before_a_verb_and_a_cause_before_a_noun() {
        assert_strength(
            &[
                "The talks are due to resume on Monday.",
                "The minister was due to address MPs on Friday.",
                "The council is due to bring forward its plans.",
                "The firm is due to proceed with the sale.",
            ],
            2,
        );
        assert_strength(
            &[
                "The delay was due to the weather.",
                "The fall in profit is due to rising costs.",
                "The fall in profit is due to soaring costs.",
                "The slump was due to Brexit, the firm said.",
                "The rise was due to increased demand.",
                "The losses were due to floods in the south.",
                "The rise was due to stronger demand from abroad.",
            ],
            0,
        );
    }

    #[test]
    fn an_exclamation_raises_no_question_unless_it_says_plainly_what_is_open() {
        assert_eq!(
            sorted_questions(&[
                "Recruit the right people, Jo, and your party could be the next government!\n\nThe new plan could cost the town of Velm millions.",
                "Recruit the right people, Jo, and your party could be the next government!\n\nThe new plan could cost the town of Velm millions of euros.",
                "It remains unclear who will pay for the bridge!",
                "Jo Roe could win a majority for her movement Velm Forward!",
                "Jo Roe could win a majority for her movement Velm Forward!",
            ]),
            [
                "Could Jo Roe win a majority for her movement Velm Forward?",
                "Could the new plan cost the town of Velm millions?",
                "Who will pay for the bridge?"
            ]
        );
    }

    #[test]
    fn a_bare_refusal_to_comment_raises_no_question() {
        let docs = docs_from(&[
            "The bank was fined on Monday. The bank declined to comment.\n\nKessel Air did not immediately respond to a request for comment. The club has yet to comment on the matter.\n\nThe insurer declined to comment on reports that it had hired advisers.",
        ]);
        let qs = extract(&docs, &EntityIndex::build(&docs));
        let asked: Vec<&str> = qs.iter().map(|q| &*q.question).collect();
        assert_eq!(asked, ["Had the insurer hired advisers?"], "{qs:?}");
    }

    #[test]
    fn cue_list_covers_common_forms() {
        for s in [
            "Details remain scarce.",
            "The company declined to comment.",
            "The claim could not be independently verified.",
            "A deal is still a long way off.",
            "The account was later contradicted by officials.",
            "The cause of the crash is under investigation.",
            "Police declined to name the suspect.",
            "The firm refused to say whether it would appeal.",
            "The terms of the deal were not disclosed.",
            "The company did not disclose the value of the deal.",
            "The ministry has not said when the road will reopen.",
        ] {
            assert!(has_cue(s), "{s}");
        }
        // A possibility not ruled out is pending.
        assert_strength(
            &[
                "Further rate rises cannot be ruled out.",
                "Foul play has not been ruled out.",
                "The minister did not rule out raising taxes.",
                "The authors could not rule out that older patients fared worse.",
                "Police have not ruled out further arrests.",
                // A check still going on is pending.
                "The weather service is still checking the reading.",
                "Officials were still counting the votes on Monday.",
            ],
            2,
        );
        for s in [
            "The minister will visit on Friday.",
            "Prices could rise next year.",
            "The company did not disclose that it had paid the director's wife.",
        ] {
            assert!(!has_cue(s), "{s}");
        }
    }

    #[test]
    fn a_dispute_is_open_while_it_goes_on_not_as_a_word_for_a_quarrel() {
        for (s, cue) in [
            ("The figures were disputed by the union.", 3),
            ("Ownership of the land is still in dispute.", 3),
            ("The firm disputes the claim.", 2),
            (
                "The two firms are locked in a bitter dispute over royalties.",
                2,
            ),
            ("Talks could end the dispute.", 2),
            ("The deal came three days after a price dispute.", 0),
            (
                "The dispute between the band members was settled in 2002.",
                0,
            ),
            ("He was arrested after an alleged dispute at a hotel.", 0),
        ] {
            assert_eq!(cue_strength(s), cue, "{s}");
        }
    }

    #[test]
    fn a_disagreement_still_going_on_is_a_contested_matter() {
        for (s, cue) in [
            // Open disagreement or doubt says as plainly as "disputed" that it is open.
            ("Not everyone agrees that the bridge should close.", 3),
            ("Not everyone is convinced the plan will work.", 3),
            ("Economists remain divided on whether rates will rise.", 3),
            ("Experts are split over the future of the port.", 3),
            (
                "The two parties disagree over how the money should be spent.",
                3,
            ),
            ("The firm's motives were soon called into question.", 3),
            // A split told as past, a plain disagreement and a wondering aloud leave nothing
            // open by themselves.
            ("The party split over the treaty in 2019.", 0),
            ("He disagreed with the coach.", 0),
            ("Fans wondered why the coach stayed.", 0),
        ] {
            assert_eq!(cue_strength(s), cue, "{s}");
        }
    }

    #[test]
    fn a_perfect_granted_or_denied_by_its_modal_is_no_speculation() {
        for (s, cue) in [
            (
                "The side may have won the cup, but the fans were unhappy.",
                0,
            ),
            (
                "The band might have lost some edge - but none of its flair.",
                0,
            ),
            ("She could not have played any better on the day.", 0),
            ("A faulty sensor may have caused the crash on Monday.", 1),
            // ("nothing but" is "only".)
            ("The firm may have done nothing but wait for the ruling.", 1),
            // Speculation after the granted part still counts.
            (
                "The side may have won, but the fans could lose interest.",
                1,
            ),
        ] {
            assert_eq!(cue_strength(s), cue, "{s}");
        }
        // The question is not put either.
        assert_eq!(
            crate::extract::questions::question("The side may have won, but the fans sulked."),
            None
        );
    }

    #[test]
    fn whether_conceding_both_alternatives_leaves_nothing_open() {
        for (s, cue) in [
            (
                "Whether fans love it or hate it, the club sells more shirts.",
                0,
            ),
            (
                "“Whether or not the bid is attractive, investors hold on.",
                0,
            ),
            (
                "Whether fans love it or hate it, the club is expected to grow.",
                2,
            ),
            ("Whether it will act wisely is another matter.", 2),
            ("Whether the deal, or any deal, survives is unknown.", 3),
            ("Fans wonder whether it will work, or not.", 2),
            ("Phones - whether old or new - use one chip.", 0),
            ("Phones - whether the chip will last - is not yet known.", 3),
            (
                "Analysts asked - whether the levy will rise - on Monday.",
                2,
            ),
        ] {
            assert_eq!(cue_strength(s), cue, "{s}");
        }
    }

    #[test]
    fn questions_sharing_a_phrase_are_one_matter() {
        let docs = docs_from(&[
            "The mayor faces the challenge of trying to win a council majority in June.",
            "She will also have to consider how to secure a council majority for her new party.",
            "The mayor will also have to decide whether the harbour plan goes ahead.",
        ]);
        let qs = extract(&docs, &EntityIndex::build(&docs));
        assert_eq!(qs.len(), 2, "{qs:?}");
        assert_eq!(qs[0].sources, vec!["s1", "s2"]);
        assert_eq!(qs[1].sources, vec!["s3"]);
        assert_eq!(
            common_phrases("How will she secure a council majority for Jane Holt?"),
            vec![("council".to_string(), "major".to_string())]
        );
    }

    #[test]
    fn what_caused_and_why_ask_one_matter() {
        let docs = docs_from(&[
            "Rescuers pulled 120 survivors from the water, officials said. The cause of the \
             sinking is not yet known.",
            "Coastguard divers rescued 120 survivors. It is unclear why the vessel sank in calm \
             seas.",
            "At least 118 survivors were rescued. Investigators have not said what caused the \
             sinking.",
            "The council met on Friday. It is unclear why the mayor resigned last week.",
        ]);
        let qs = extract(&docs, &EntityIndex::build(&docs));
        let asked: Vec<(&str, Vec<&str>)> = qs
            .iter()
            .map(|q| {
                let sources = q.sources.iter().map(String::as_str).collect();
                (q.question.as_str(), sources)
            })
            .collect();
        assert_eq!(
            asked,
            [
                ("What caused the sinking?", vec!["s1", "s2", "s3"]),
                ("Why did the mayor resign last week?", vec!["s4"]),
            ],
            "{qs:?}"
        );
    }

    #[test]
    fn leading_connective_dropped() {
        assert_eq!(
            phrase("However, details remain scarce."),
            "Details remain scarce."
        );
    }

    #[test]
    fn a_sentence_from_inside_a_quotation_gets_its_missing_mark() {
        assert_eq!(
            phrase("It could cost the port millions,” the harbour master said."),
            "“It could cost the port millions,” the harbour master said."
        );
        assert_eq!(
            phrase("“We are still a long way off."),
            "“We are still a long way off.”"
        );
        assert_eq!(
            phrase("Officials said it was “premature” to say."),
            "Officials said it was “premature” to say."
        );
        // Straight marks alike.
        assert_eq!(
            phrase("The rest will have to wait for the autumn.\""),
            "\"The rest will have to wait for the autumn.\""
        );
        assert_eq!(
            phrase("\"We will have to wait, he said."),
            "\"We will have to wait, he said.\""
        );
        assert_eq!(
            phrase("Officials said it was \"premature\" to say."),
            "Officials said it was \"premature\" to say."
        );
    }
}
