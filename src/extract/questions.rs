//! Turning a sentence that says something is open into the question it leaves open.
//!
//! "It is not yet clear what caused the crash" leaves "What caused the crash?"; "Officials have
//! yet to say who will pay" leaves "Will officials say who will pay?". The rewriting is shallow
//! syntax — an embedded question's subject and auxiliary swapped, a subject moved behind
//! "will" — and gives up (returns `None`) wherever the sentence does not fit one of its
//! shapes, so a reader never sees a garbled question.

use std::sync::LazyLock;

use regex::Regex;

/// (A pattern ending in `(?P<rest>.+)` needs no `$`: sentences hold no line breaks, so the
/// greedy `.+` reaches the end anyway, and a pattern anchored only at its end is searched
/// backwards from there, building reverse automaton states for every sentence. Dropping the
/// `$` from three of them cut the instructions of a 500-article edition build by 1.6 %.)
///
/// A pattern of this module, its lazy automaton's cache held to 1 MiB (half the default):
/// the three dozen patterns run on cue sentences only, and at the default size their
/// caches held megabytes for the rest of a build. (At 256 KiB a large story's build took
/// 4 % longer; at 1 MiB no measurable time.)
fn small_regex(pattern: &str) -> Result<Regex, regex::Error> {
    regex::RegexBuilder::new(pattern)
        .dfa_size_limit(1 << 20)
        .build()
}

/// [`small_regex`] for a [`CaselessPattern`].
fn small_caseless(pattern: &str) -> Regex {
    CaselessPattern::compile_with(pattern, |builder| builder.dfa_size_limit(1 << 20))
}

use super::lexicon::{ORG_WORDS, PERSON_TITLES, PLACE_WORDS, is_in};
use super::words::is_preposition;
use crate::pattern::CaselessPattern;

/// Auxiliaries that move in front of the subject of a question.
pub(crate) const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "will", "would", "can", "could", "has", "have", "had", "should",
    "may", "might", "must", "did", "does", "do",
];

/// Words that open a subordinate clause or an adverbial phrase: a clause that starts with
/// one has no plain subject to invert.
const SUBORDINATORS: &[&str] = &[
    "while", "if", "unless", "although", "though", "because", "as", "when", "since", "once",
    "after", "before", "in", "on", "at", "for", "with", "despite", "given",
];

/// Words of degree that "how" takes into its phrase ("how many", "how long", "how far").
const HOW_DEGREE: &[&str] = &[
    "many", "much", "long", "far", "soon", "often", "big", "large", "serious", "severe", "badly",
    "widely", "deep", "high", "old", "quickly", "fast",
];

/// Irregular past participles that follow "has" or "had" as an auxiliary, beside the past
/// forms of the lexicon ("had paid", "has kept"), with their base forms.
const IRREGULAR_PARTICIPLES: &[(&str, &str)] = &[
    ("paid", "pay"),
    ("kept", "keep"),
    ("done", "do"),
    ("seen", "see"),
    ("gone", "go"),
    ("known", "know"),
    ("shown", "show"),
    ("become", "become"),
    ("put", "put"),
    ("set", "set"),
    ("cut", "cut"),
    ("hit", "hit"),
    ("built", "build"),
    ("meant", "mean"),
    ("heard", "hear"),
    ("laid", "lay"),
    ("begun", "begin"),
    ("forgotten", "forget"),
    ("understood", "understand"),
    ("withdrawn", "withdraw"),
];

/// Words that open a noun phrase: a subject begins here, so the word after a wh-phrase that
/// is one of these starts the embedded clause's subject.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
    "your", "some", "any", "each", "every", "it", "he", "she", "they", "we", "i", "you",
];

static EMBEDDED: CaselessPattern = CaselessPattern::new(|| {
    small_caseless(concat!(
        r"(?-u:\b)(?:unclear|not\s+(?:yet\s+)?(?:immediately\s+)?(?:clear|known)|unknown|uncertain",
        r"|too\s+early\s+to\s+(?:say|tell)|(?:yet\s+|remains\s+)?to\s+be\s+(?:seen|determined|decided)",
        r"|undecided|no\s+word\s+on|declined\s+to\s+(?:say|specify|confirm|disclose|reveal)",
        r"|(?:would|could|did)\s+not\s+(?:say|confirm|specify|reveal)|(?:do|does|did)\s+not\s+(?:yet\s+)?know|don't\s+know",
        r"|(?:has|have|had)\s+not\s+(?:yet\s+)?(?:announced|revealed|disclosed|explained|confirmed)",
        r"|(?:didn't|wouldn't|couldn't|doesn't)\s+(?:say|confirm|specify)|(?:doesn't|didn't|don't)\s+know",
        r"|(?:does|do)\s+not\s+say|(?:has|have|had)\s+not\s+(?:yet\s+)?said",
        r"|(?:has|have|had)\s+not\s+(?:yet\s+)?been\s+(?:determined|decided|established|confirmed|disclosed|announced)",
        r"|(?:isn't|wasn't|aren't)\s+(?:yet\s+)?(?:immediately\s+)?(?:clear|known)",
        r"|(?:working|trying|hurrying|scrambling|racing|seeking|struggling)\s+to\s+(?:confirm|determine|establish|find\s+out|verify|learn|understand)",
        r"|questions?\s+(?:remain|linger)s?\s+(?:about|over|as\s+to)|no\s+(?:one|clarity\s+on)",
        r"|questioned|(?:looking|look|looks)\s+into|investigating|examining",
        r"|refused\s+to\s+(?:say|confirm|disclose|specify|reveal)|(?:no\s+one|nobody)\s+(?:yet\s+)?knows",
        r"|(?:(?:declined|refused)\s+to|(?:would|will|did|could)\s+not|(?:wouldn't|won't|didn't|couldn't))\s+comment\s+on",
        r"|depends?\s+on|(?:hinges?|hinged|depended)\s+on",
        r"|no\s+(?:further\s+|more\s+)?details?(?:\s+(?:on|about|of|as\s+to))?",
        r"|(?:raises?|raised|poses?|posed|leaves?|left)\s+(?:open\s+)?the\s+question(?:\s+of)?",
        r"|(?:uncertainty|doubts?|debate|speculation)\s+(?:about|over|as\s+to|on)",
        r"|(?:has|have|had)\s+not\s+(?:yet\s+)?decided|(?:has|have|had)\s+yet\s+to\s+decide",
        r"|(?:is|are|was|were)\s+(?:still\s+|now\s+)?(?:considering|weighing|deciding|debating)",
        r"|questions?|questioning|wonders?|wondered|wondering",
        r"|(?:divided|split|disagree(?:s|d)?|at\s+odds|argu(?:e|es|ed|ing))\s+(?:over|on|about|as\s+to)",
        r"|(?:will|would)\s+(?:later\s+|soon\s+)?(?:decide|determine|announce|assess|review)",
        r")\s+(?:yet\s+)?(?:exactly\s+)?(?P<wh>whether|if|why|how|who|what|when|where|which)\s+(?P<rest>.+)"
    ))
});

/// A clause someone cannot yet confirm, or warns, doubts or leaves open: its yes-or-no
/// question ("working to confirm that five citizens are among the dead" → "Are five citizens
/// among the dead?").
static THAT_CLAUSE: CaselessPattern = CaselessPattern::new(|| {
    small_caseless(concat!(
        r"(?-u:\b)(?:(?:working|trying|hurrying|scrambling|racing|seeking)\s+to\s+(?:confirm|verify|establish)",
        r"|premature\s+to\s+(?:say|declare|conclude|assume)|too\s+early\s+to\s+(?:say|declare|conclude)",
        r"|(?:left|leaves|leave|raises?|raised)\s+open\s+the\s+(?:possibility|question)|(?:raises?|raised)\s+the\s+(?:possibility|prospect)",
        r"|(?:warn(?:ed|s|ing)?|cautioned)(?:\s+(?:last|this|on)\s+(?-u:\w)+)?|doubt(?:ed|s)?|disput(?:e|es|ed|ing)|contest(?:s|ed|ing)?",
        r"|(?:cannot|can't|could\s+not|couldn't|did\s+not|didn't|would\s+not|wouldn't)\s+rule\s+out",
        r"|(?:fears?|concerns?|worries)",
        r"|not\s+(?:everyone|everybody|all)\s+agrees?(?:\s+with\s+[^,;:]{1,80}?)?",
        r"|(?:is|was|seems|seemed|looks|looked)\s+(?:very\s+|highly\s+|increasingly\s+)?(?:unlikely|likely|possible|probable|doubtful)",
        r")\s+that\s+(?P<rest>.+)",
        r"|(?-u:\b)(?:(?:do|does|did)\s+not\s+(?:believe|think|expect)|not\s+(?:everyone|everybody|all)\s+(?:is|are)\s+convinced)\s+(?:that\s+)?(?P<rest2>.+)"
    ))
});

/// Accounts that disagree: "Witnesses have given conflicting accounts of the final moments".
static CONFLICTING: CaselessPattern = CaselessPattern::new(|| {
    small_caseless(
        r"(?-u:\b)(?:conflicting|contradictory|differing)\s+(?P<kind>accounts|reports|versions|claims)\s+(?:of|about|on)\s+(?P<topic>.+)",
    )
});

/// A task ahead of someone: "the governor faces the challenge of trying to win a majority",
/// "she will have to consider how to frame her relations with …".
static TASK: LazyLock<Regex> = LazyLock::new(|| {
    small_regex(concat!(
        r"^(?P<subject>.+?)\s+(?:faces|face|faced|will\s+face|will\s+(?:also\s+)?have)\s+",
        r"(?:the\s+(?:challenge|task)\s+of\s+(?:trying\s+)?|a\s+(?:scramble|struggle|battle|fight)\s+|an\s+uphill\s+(?:battle|struggle)\s+)",
        r"to\s+(?P<rest>[a-z].+)$",
        r"|^(?P<subject2>.+?)\s+will\s+(?:also\s+)?(?:have|need)\s+to\s+(?:consider|decide|work\s+out|figure\s+out|determine",
        r"|(?:tackle|address|answer|confront|resolve|face)\s+the\s+question\s+of)\s+",
        r"(?P<wh>how|whether|when|where)\s+to\s+(?P<rest2>[a-z].+)$"
    ))
    .unwrap()
});

/// Trouble that may follow: "the mayor faces possible fallout from the audit".
static FACES: LazyLock<Regex> = LazyLock::new(|| {
    small_regex(concat!(
        r"^(?P<subject>.+?)\s+(?:faces|face|could\s+face|may\s+face|might\s+face|will\s+face)\s+",
        r"(?:possible\s+|potential\s+|further\s+)?(?P<what>fallout|consequences|questions|pressure|criticism|scrutiny|sanctions|legal\s+challenges)",
        r"\s+(?P<rest>(?:from|over|about|on)\s.+)$"
    ))
    .unwrap()
});

/// A telling yet to come, of a wh-clause: "say when the schools will reopen".
static YET_TO_TELL: LazyLock<Regex> = LazyLock::new(|| {
    small_regex(concat!(
        r"^(?:say|announce|reveal|disclose|explain|confirm|specify)\s+(?:exactly\s+)?",
        r"(?P<wh>whether|if|why|how|who|what|when|where|which)\s+(?P<clause>.+)"
    ))
    .unwrap()
});

static YET_TO: LazyLock<Regex> = LazyLock::new(|| {
    small_regex(r"^(?P<subject>.+?)\s+(?:has|have|had)\s+(?:still\s+)?yet\s+to\s+(?P<rest>.+)$")
        .unwrap()
});

static NOT_KNOWN: CaselessPattern = CaselessPattern::new(|| {
    small_caseless(concat!(
        r"^(?P<subject>the\s+(?P<noun>[a-z]+)\s+(?P<prep>of|for|behind)\s+.+?)\s+(?P<verb>is|are|was|were|remains?|remained)",
        r"(?:n't\s+(?:yet\s+)?(?:immediately\s+)?(?:known|clear)|\s+(?:still\s+|also\s+)?",
        r"(?:not\s+(?:yet\s+)?(?:immediately\s+)?(?:known|clear)|unknown|unclear|under\s+investigation|a\s+mystery))",
        r"(?:\s+(?:in|amid|after|as|given|because|at\s+this)\s.*)?$"
    ))
});

static CONTESTED: LazyLock<Regex> = LazyLock::new(|| {
    small_regex(concat!(
        r"^(?P<subject>.+?)\s+(?P<verb>is|are|was|were|has\s+been|have\s+been|had\s+been)\s+",
        r"(?:later\s+|since\s+|also\s+|swiftly\s+|quickly\s+)?(?:contradicted|disputed|denied|challenged|questioned)(?-u:\b)"
    ))
    .unwrap()
});

/// A claim someone denies: "The minister denied reports that she had resigned", "The club
/// has rejected claims that the coach was sacked".
static DENIED: LazyLock<Regex> = LazyLock::new(|| {
    small_regex(concat!(
        r"^(?P<subject>.+?)\s+(?:also\s+)?(?:has\s+|have\s+|had\s+)?(?:(?:angrily|strongly|flatly|firmly|categorically|repeatedly)\s+)?",
        r"(?:(?:denied|denies)\s+that\s+|(?:denied|denies|rejected|rejects|dismissed|dismisses)\s+",
        r"(?:the\s+|any\s+|a\s+|media\s+|newspaper\s+|press\s+)?(?:claims?|reports?|allegations?|accusations?|suggestions?|speculation)\s+",
        r"(?:that\s+|claiming\s+(?:that\s+)?|suggesting\s+(?:that\s+)?)?)(?P<rest>.+)$"
    ))
    .unwrap()
});

/// Something put in doubt: "The firm's sincerity was called into question".
static IN_DOUBT: LazyLock<Regex> = LazyLock::new(|| {
    small_regex(concat!(
        r"^(?P<subject>.+?)\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+",
        r"(?:(?:immediately|quickly|now|also|since|repeatedly|increasingly|further)\s+)?",
        r"(?:called|brought|thrown|cast)\s+into\s+(?:question|doubt)(?-u:\b)"
    ))
    .unwrap()
});

static FAR_OFF: LazyLock<Regex> = LazyLock::new(|| {
    small_regex(concat!(
        r"^(?P<subject>.+?)\s+(?P<verb>is|are|was|were|remains?|remained|seems?|appears?)\s+",
        r"(?:still\s+)?(?:a\s+long\s+ways?\s+(?:off|away)|far\s+off|not\s+imminent|still\s+distant|distant)(?-u:\b)"
    ))
    .unwrap()
});

static UNSETTLED: LazyLock<Regex> = LazyLock::new(|| {
    small_regex(concat!(
        r"^(?P<subject>.+?)\s+(?:also\s+|still\s+)?(?P<verb>remains?|remained|is|are|was|were)\s+(?:still\s+|largely\s+|also\s+)?",
        r"(?P<state>unresolved|unsettled|undecided|up\s+in\s+the\s+air|in\s+limbo|on\s+hold|uncertain|in\s+doubt)",
        r"(?:\s+(?:amid|after|as|given|because|following|despite|at\s+this)\s.*)?$"
    ))
    .unwrap()
});

static UNVERIFIED: LazyLock<Regex> = LazyLock::new(|| {
    small_regex(concat!(
        r"^(?P<subject>.+?)\s+could\s+not\s+be\s+(?:independently\s+)?(?:verified|confirmed)(?-u:\b)",
        // "The ministry could not confirm the reports": what was not confirmed is asked.
        r"|^.+?\s+(?:could\s+not|couldn't|was\s+unable\s+to|were\s+unable\s+to)\s+(?:independently\s+)?",
        r"(?:verify|confirm)\s+(?P<object>(?:the|these|those|such|his|her|their|its)\s+[^,;:.]+?)\s*(?:[,;:.]|$)"
    ))
    .unwrap()
});

/// Something not known, whatever its subject: "Their motives are still unclear".
static UNKNOWN: LazyLock<Regex> = LazyLock::new(|| {
    small_regex(concat!(
        r"^(?P<subject>.+?)\s+(?P<verb>is|are|was|were|remains?|remained)\s+(?:still\s+|also\s+)?",
        r"(?:unclear|unknown|not\s+(?:yet\s+)?(?:immediately\s+)?(?:known|clear)|a\s+mystery)",
        r"(?:\s+(?:in|amid|after|as|given|because|following|despite|at\s+this)\s.*)?$"
    ))
    .unwrap()
});

/// Doubt hanging over a named thing: "Uncertainty remains over the future of the plant".
static LINGERING: CaselessPattern = CaselessPattern::new(|| {
    small_caseless(concat!(
        r"^(?:(?:some|many|key|serious|big)\s+)?(?:uncertainty|doubts?|questions?)\s+(?:still\s+)?",
        r"(?:remains?|remained|lingers?|lingered|persists?|persisted|hangs?|hung)\s+(?:over|about|around|as\s+to|on)\s+",
        r"(?P<topic>the\s+(?P<noun>[a-z]+)\s+(?:of|for|behind)\s.+)$"
    ))
});

/// A prospect raised: "The grounding raises the specter of other countries following suit".
static PROSPECT: CaselessPattern = CaselessPattern::new(|| {
    small_caseless(concat!(
        r"(?-u:\b)(?:raises?|raised|raising|heightens?|heightened)\s+the\s+",
        r"(?:specter|spectre|prospect|possibility|likelihood|risk)\s+of\s+",
        r"(?P<subject>[^,;]+?)\s+(?P<verb>[a-z]+ing)(?P<rest>\s[^,;]+)?$"
    ))
});

/// Nouns of what is not yet known about a thing: "the future of", "the cost of".
const UNKNOWN_ASPECTS: &[&str] = &[
    "future", "fate", "outcome", "cause", "identity", "status", "timing", "cost", "size", "scale",
    "source", "origin", "extent", "nature", "impact", "value", "role", "motive", "motives",
];

/// What a decision or disclosure still to come is said not to have been yet ([`NOT_DONE`],
/// [`WH_SUBJECT_UNKNOWN`]).
macro_rules! done_words {
    () => {
        r"(?P<done>agreed|decided|confirmed|announced|released|disclosed|revealed|determined|finali[sz]ed|identified|resolved|settled|approved|named|set|established|explained|made\s+public)"
    };
}

/// A wh-clause opening a sentence as its subject, said to be unknown, undecided or under
/// study: "Whether the talks will resume remains to be seen", "How the plant will reopen is
/// unclear", "Why the plane crashed is under investigation", "Whether the mill will close
/// has not been decided".
static WH_SUBJECT_UNKNOWN: LazyLock<Regex> = LazyLock::new(|| {
    small_regex(concat!(
        r"^(?P<wh>[Ww]hether|[Hh]ow|[Ww]hat|[Ww]hen|[Ww]here|[Ww]hy|[Ww]ho|[Ww]hich)\s+(?P<clause>.+?)\s+(?:",
        r"(?:remains?|remained|is|are|was|were)\s+(?:still\s+|yet\s+|far\s+from\s+)?",
        r"(?:to\s+be\s+(?:seen|determined|decided|confirmed|established)|unclear|uncertain|unknown",
        r"|not\s+(?:yet\s+)?(?:clear|known|certain)|an\s+open\s+question|a\s+mystery|in\s+doubt",
        r"|anyone['’]s\s+guess|another\s+(?:matter|question)",
        r"|under\s+(?:investigation|review|discussion)|being\s+(?:investigated|examined|studied))",
        r"|(?:(?:has|have|had)\s+(?:not\s+(?:yet\s+)?been|yet\s+to\s+be)\s+",
        r"|(?:is|are|was|were)\s+(?:not\s+(?:yet\s+)?|(?:still\s+)?(?:yet\s+)?to\s+be\s+))",
        done_words!(),
        r")(?-u:\b)"
    ))
    .unwrap()
});

/// A decision or disclosure still to come: "The route has not yet been decided", "The
/// price is yet to be announced".
static NOT_DONE: LazyLock<Regex> = LazyLock::new(|| {
    small_regex(concat!(
        r"^(?P<subject>.+?)\s+(?:(?:is|are|was|were)\s+(?:still\s+yet|still|yet)\s+to\s+be\s+(?P<due>[a-z]+(?:ed|en|wn|ne|lt|pt|ught|id|et))|(?:(?:has|have|had)\s+not\s+(?:yet\s+)?been|(?P<plain>(?:is|are|was|were)\s+not\s+(?:yet\s+)?))\s*",
        done_words!(),
        r")(?P<rest>\s.+)?$"
    ))
    .unwrap()
});

/// Something kept back: "Police declined to name the suspect", "The firm did not disclose
/// the price". The question asks for the thing withheld.
static WITHHELD: LazyLock<Regex> = LazyLock::new(|| {
    small_regex(concat!(
        r"(?-u:\b)(?:declined|refused|(?:would|will|did|does|do)\s+not|(?:is|are|was|were)\s+not)\s+(?:to\s+)?",
        r"(?P<verb>name|identify|disclose|reveal|release|specify|naming|identifying|disclosing|revealing|releasing)\s+",
        r"(?P<object>(?:the|its|his|her|their)\s+[^,;:.]+?)",
        r"\s*(?:[,;:.]|$|\s(?:but|and|as|because|citing|saying|until|after|before|while|pending|to\s+protect|for\s+(?:legal|privacy|security))\s)"
    ))
    .unwrap()
});

/// Speculation: "The levee could fail", "Prices may rise further".
static MODAL: LazyLock<Regex> = LazyLock::new(|| {
    small_regex(concat!(
        r"^(?P<subject>.+?)\s+(?P<modal>could|may|might)\s+(?:well\s+|also\s+|still\s+|eventually\s+|soon\s+)?",
        r"(?P<rest>[a-z][a-z'’-]*(?:\s.+)?)(?:,\s.+)?$"
    ))
    .unwrap()
});

/// Something expected to happen: "The talks are expected to resume on Monday", "Sales are set
/// to double", "Rates will probably stay on hold"; and a decision to come: "The board will
/// decide next week whether to sell".
static EXPECTED: LazyLock<Regex> = LazyLock::new(|| {
    small_regex(concat!(
        r"^(?P<subject>.+?)\s+(?:(?:is|are|has\s+been|have\s+been)\s+(?:(?:widely|now|also|still|currently|heavily|thought|seen|considered|believed)\s+){0,2}",
        r"(?:expected|set|due|scheduled|likely|unlikely|poised|tipped|slated)",
        r"(?:\s+by\s+[^,]{1,40}?\s+as\s+|\s+as\s+)?(?:(?:the\s+)?(?:clear\s+)?(?:favourite|favorite|front-?runner)\s+)?\s*to",
        r"|(?:will|would)\s+(?:probably|likely|most\s+likely|almost\s+certainly|very\s+likely)",
        r"|(?:(?:will|would|must|is\s+to|are\s+to|has\s+to|have\s+to)\s+(?:decide|determine|choose|consider)",
        r"|(?:is|are)\s+(?:still\s+|now\s+)?(?:considering|weighing|deciding|debating)",
        r"|(?:has|have)\s+(?:not\s+(?:yet\s+)?decided|yet\s+to\s+decide))\s+(?:[^,]{0,40}?\s)?whether\s+to)",
        r"\s+(?P<rest>[a-z][a-z'’-]*(?:\s.+)?)(?:,\s.+)?$"
    ))
    .unwrap()
});

/// A step still to be passed, asked as whether it will be: "The deal will still have to be
/// approved by shareholders" → "Will the deal be approved by shareholders?", "The club will
/// have to win its last game". Only a thing to be done to the subject, or an outcome in
/// doubt: "Fans will have to wait until May" is a fact, not a question. (After
/// [`EXPECTED`]: "will have to decide whether to sell" asks about the sale.)
static OBLIGED: LazyLock<Regex> = LazyLock::new(|| {
    small_regex(concat!(
        r"^(?P<subject>.+?)\s+will\s+(?:still\s+|also\s+|now\s+|first\s+|then\s+)?(?:have|need)\s+to",
        r"\s+(?P<rest>(?:be\s+[a-z]+(?:ed|en|wn|id|lt|nt|ld|ne)|win|beat|overcome|pass|secure|persuade|convince|prove|raise|repay|survive|find)(?-u:\b)(?:\s.+)?)$"
    ))
    .unwrap()
});

/// A course not ruled out: "The minister did not rule out raising taxes", "The club has
/// refused to rule out the possibility of selling its star" → "Will the minister raise
/// taxes?".
static NOT_RULED_OUT: LazyLock<Regex> = LazyLock::new(|| {
    small_regex(concat!(
        r"^(?P<subject>.+?)\s+(?:(?:has|have|had|did|does|do|would|will|could|can)\s+not|(?:hasn't|haven't|didn't|doesn't|don't|wouldn't|won't|couldn't|can't|cannot)",
        r"|(?:has\s+|have\s+)?(?:refused|declined)\s+to)\s+(?:yet\s+)?(?:rule|ruled)\s+out\s+",
        r"(?:the\s+(?:possibility|prospect|option)\s+of\s+)?(?P<verb>[a-z]+ing)\s+(?P<rest>[a-z0-9].*)$"
    ))
    .unwrap()
});

/// A thing not ruled out, named after it: "The minister refused to rule out future tax
/// rises" → "Are future tax rises possible?"; "Police have not ruled out further arrests".
static RULED_OUT_OBJECT: LazyLock<Regex> = LazyLock::new(|| {
    small_regex(concat!(
        r"(?:(?:(?:cannot|can't|could\s+not|couldn't|did\s+not|didn't|would\s+not|wouldn't|will\s+not|won't)",
        r"|(?:refused|declined)\s+to)\s+(?:yet\s+)?rule\s+out",
        r"|(?:has|have|had)\s+not\s+(?:yet\s+)?ruled\s+out)\s+",
        r"(?P<object>(?:the|a|an|any|further|future|more|new|fresh)\s+[a-z][a-z -]{2,60}?)",
        r"(?:[.,;:]|\s+(?:if|but|and|as|after|because|in|for|this|next|before|until)\s|$)"
    ))
    .unwrap()
});

/// A possibility not excluded: "Further rate rises cannot be ruled out" → "Are further
/// rate rises possible?".
static CANNOT_BE_RULED_OUT: LazyLock<Regex> = LazyLock::new(|| {
    small_regex(concat!(
        r"^(?P<subject>[^,;]+?)\s+(?:cannot|can't|can\s+not|could\s+not|couldn't|would\s+not|wouldn't",
        r"|(?:has|have|had)\s+not\s+been)\s+(?:be\s+)?ruled\s+out(?:[.!]|,\s.+)?$"
    ))
    .unwrap()
});

/// A course being weighed: "The carmaker is considering building a plant in India".
static CONSIDERING: LazyLock<Regex> = LazyLock::new(|| {
    small_regex(concat!(
        r"^(?P<subject>.+?)\s+(?:is|are)\s+(?:still\s+|now\s+|also\s+)?(?:considering|weighing|mulling|exploring|contemplating)\s+",
        r"(?P<verb>[a-z]+ing)\s+(?P<rest>[a-z0-9].*)$"
    ))
    .unwrap()
});

/// A second clause with a verb of its own: "Demand is set to rise and the firm will gain".
static SECOND_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    small_regex(concat!(
        r"\s(?:and|or)\s+(?:\S+\s+){0,6}?(?:will|would|is|are|was|were|has|have|had|did|does|can|could|may|might|must|should)\s",
        r"|\s(?:and|or)\s+to\s",
        r"|\s(?:and|but|or)\s+(?:if|when|while)\s",
        // "… and refuses to discuss it", "… but says that": a verb of the subject's own.
        r"|\s(?:and|but)\s+(?:still\s+|also\s+)?[a-z]+s\s+(?:to|that)\s"
    ))
    .unwrap()
});

/// A judgement held back: "It would be premature to write off the rebels".
static PREMATURE: CaselessPattern = CaselessPattern::new(|| {
    small_caseless(
        r"^it\s+(?:would\s+be|is|was|may\s+be|might\s+be)\s+(?:still\s+)?(?P<when>premature|too\s+early|too\s+soon)\s+to\s+(?P<rest>[a-z].+)$",
    )
});

static DETAILS: CaselessPattern = CaselessPattern::new(|| {
    small_caseless(concat!(
        r"(?-u:\b)details\s+(?P<prep>of|on|about)\s+(?P<topic>.+?)\s+(?:remain(?:ed)?|are|were)\s+(?:scarce|sparse|thin|limited|unclear|vague)",
        r"|(?-u:\b)(?:no|few|scant)\s+details\s+(?P<prep2>of|on|about)\s+(?P<topic2>.+)$"
    ))
});

/// The verb after a topic named first ("… the line-up have been confirmed", "… it were
/// given").
static TOPIC_VERB: LazyLock<Regex> = LazyLock::new(|| {
    small_regex(r"\s(?:has|have|had|is|are|was|were|will|would)\s+(?:not\s+|yet\s+|so\s+far\s+|been\s+)*(?:been\s+)?[a-z]+(?:ed|en|wn)(?-u:\b)").unwrap()
});

/// A leading "Despite the progress, …", a reporting frame ("The mayor acknowledged that …")
/// or a belief framing a clause ("Analysts think the plan …").
static FRAME: LazyLock<Regex> = LazyLock::new(|| {
    // (The verbs of belief come from their list: `{belief}` stands for them.)
    small_regex(&crate::text::latin_words(&concat!(
        r"^(?:(?:Despite|Although|Though|While|Even as|After|With|As|In|On|At|For|Amid|Over|Under|Once|Unlike|Aside from|Apart from|Besides|By)\s[^,]+,\s+(?:however,\s+)?",
        // ("Made by a US network, the show is due to end in May.")
        r"|(?:[A-Z][a-z]+(?:ed|en)|Made|Built|Known|Held|Sold|Run)\s+(?:by|in|from|at|for|with)\s[^,]+,\s+",
        r"|[A-Za-z][^,;]*?\s(?P<verb>[a-z]+ed|said|says|told)\s+(?:[a-z]+\s+|(?:[A-Z][\w.’'-]*\s+){1,4})?that\s+",
        r"|[A-Za-z][^,;]{0,60}?\s(?P<bare>said|says|say|{belief}|told\s+(?:reporters|journalists|(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,4}))\s*(?P<next>the\s|a\s|an\s|there\s|(?:further|more|new|fresh|some|many|several|other|most)\s+[a-z]+s\s|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}\s+[a-z]))",
    )
    .replace("{belief}", &BELIEF_PRESENT.join("|"))))
    .unwrap()
});

/// A leading connective, a time, or a source set off by a comma ("Last month, the council
/// said …", "According to the agency, the talks …").
static LEAD: LazyLock<Regex> = LazyLock::new(|| {
    small_regex(&crate::text::latin_words(concat!(
        r"^(?:(?:However|But|And|Still|Yet|Also|Meanwhile|So far|For now|As of \w+)\s*,?|If anything,",
        r"|(?:Last|Earlier|Later)(?:\s(?:this\s)?\w+)?\s*,|(?:Separately|Yesterday|Recently|Looking\s+(?:ahead|forward)),",
        r"|(?:Moreover|Furthermore|Indeed|In addition|Now|Overall),(?:\s+according\s+to\s[^,]{1,60},)?|According\s+to\s[^,]{1,60},)\s+"
    )))
    .unwrap()
});

/// Where an embedded clause ends: an attribution (after a quotation's close too: `…,” a
/// spokeswoman said`), a second clause, a concession ("even though …") or an aside set
/// off by a comma (", however", ", especially as …").
static CUT: LazyLock<Regex> = LazyLock::new(|| {
    small_regex(&crate::text::latin_words(r#"(?:;|:\s|\s[—–-]\s|,?\s+even\s+(?:though|if|as|when|so)\s|,["”]?\s+(?:according|however|especially|particularly|subject\s+to|barring|said|says|officials|the\s+\w+\s+said|he\s+said|she\s+said|they\s+said|but|although|though|as|because|since|while|which|who|whom|whose|given|amid|despite|and\s+(?:it|he|she|they))(?-u:\b)|,["”]?\s*[a-z]+ing(?-u:\b)|\s+(?:because|although|though|but|while|whereas)\s|\s+and\s+(?:say|says|said|add|adds|added|warn|warns|warned)\s|\s+(?:and|or)\s+(?:whether|if)\s|,["”]?\s+(?:the\s+)?(?:[A-Z][\w.&'-]*\s+){1,4}(?:said|says|added|adds|reported|reports|told|[a-z]{3,}ed)(?-u:\b)|,["”]?\s+(?:the|a|an|his|her|their|its)\s+(?:[\w-]+\s+){1,2}(?:were|was|is|are|had|has|have|said|says)(?-u:\b))"#)).unwrap()
});

/// The patterns of this stage, for the build to compile ahead of use: while the files are
/// read, each on whichever core is free.
pub fn patterns() -> Vec<&'static LazyLock<Regex>> {
    vec![
        EMBEDDED.compiled(),
        THAT_CLAUSE.compiled(),
        &EXPECTED,
        &OBLIGED,
        &SECOND_CLAUSE,
        &CONSIDERING,
        &NOT_RULED_OUT,
        &CANNOT_BE_RULED_OUT,
        &RULED_OUT_OBJECT,
        CONFLICTING.compiled(),
        &TASK,
        &FACES,
        &YET_TO,
        NOT_KNOWN.compiled(),
        &CONTESTED,
        &DENIED,
        &IN_DOUBT,
        PROSPECT.compiled(),
        &FAR_OFF,
        &UNSETTLED,
        &UNVERIFIED,
        &UNKNOWN,
        &NOT_DONE,
        &WH_SUBJECT_UNKNOWN,
        &WITHHELD,
        LINGERING.compiled(),
        &MODAL,
        PREMATURE.compiled(),
        DETAILS.compiled(),
        &TOPIC_VERB,
        &FRAME,
        &LEAD,
        &CUT,
        &INTERRUPTED,
        &CONCEDED_PERFECT,
        &YET_TO_TELL,
        &NEXT_WH,
        &DEMAND,
        &WHAT_ENDS,
        &UNCONFIRMED_CLAIM,
        &BELIEF,
        &UNCONFIRMED,
        &REPORTED,
        &ATTRIBUTION,
        &DASHED,
        &SUBJECT_ASIDE,
        &RELATIVE_ASIDE,
    ]
}

/// [`question`], with the sentence's capitalised first word put in lower case where it opens
/// the question's subject and `common` says it is a common word rather than a name: "Sales
/// are set to double" asks "Will sales double?", while "Clark is due to speak" asks "Will
/// Clark speak?". A caller that has the article can tell the two apart by whether the word
/// is also printed in lower case there. An opening "The" before a capitalised word is asked
/// about with that word ("the Aviator"): a title keeps its article ("Will The Aviator win?")
/// unless the word is a common one or the article prints "the Aviator".
///
/// ```
/// use briefing::extract::questions::question_cased;
/// let common = |w: &str| w == "sales";
/// assert_eq!(
///     question_cased("Sales are expected to fall in May.", common).as_deref(),
///     Some("Will sales fall in May?")
/// );
/// assert_eq!(
///     question_cased("Clark is expected to speak in May.", common).as_deref(),
///     Some("Will Clark speak in May?")
/// );
/// assert_eq!(
///     question_cased("Another rise could come in May.", common).as_deref(),
///     Some("Could another rise come in May?")
/// );
/// assert_eq!(
///     question_cased("Former champion Jo Li is expected to race in May.", common).as_deref(),
///     Some("Will former champion Jo Li race in May?")
/// );
/// // Further in, too: the subject after the wh-phrase.
/// let common = |w: &str| w == "prosecutors";
/// assert_eq!(
///     question_cased("Prosecutors have not said what sentence they will seek.", common)
///         .as_deref(),
///     Some("What sentence will prosecutors seek?")
/// );
/// let common = |w: &str| w == "the" || w == "the Senate";
/// assert_eq!(
///     question_cased("The Senate is expected to vote in May.", common).as_deref(),
///     Some("Will the Senate vote in May?")
/// );
/// assert_eq!(
///     question_cased("The Aviator is expected to win in May.", common).as_deref(),
///     Some("Will The Aviator win in May?")
/// );
/// ```
pub fn question_cased(sentence: &str, common: impl Fn(&str) -> bool) -> Option<String> {
    let q = question(sentence)?;
    let first = sentence.split_whitespace().next()?;
    let mut words = q.splitn(3, ' ');
    let (lead, second) = (words.next()?, words.next()?);
    let rest = words.next();
    let capitalised = second.chars().next().is_some_and(char::is_uppercase)
        && second.chars().skip(1).any(char::is_lowercase);
    let lower = second.to_lowercase();
    // A function word, a quantifier or a modifier ("About", "Another", "Former") is never a
    // name.
    let function_word = crate::text::is_stopword(&lower)
        || super::lexicon::is_in(&super::lexicon::OPENING_MODIFIERS, &lower)
        || super::lexicon::is_in(&super::lexicon::OPENING_DETERMINERS, &lower)
        || matches!(
            lower.as_str(),
            "everyone"
                | "everybody"
                | "everything"
                | "someone"
                | "somebody"
                | "something"
                | "anyone"
                | "anybody"
                | "anything"
                | "nobody"
                | "nothing"
                | "either"
                | "neither"
                | "less"
                | "fewer"
        );
    // "The" opening a title ("The Aviator is tipped to win"), which the question put in
    // lower case: a title keeps its capital. Only a run of capitalised words right before
    // the verb, none of them a common word or the word of a body or a place ("The Chicago
    // critics", "The Rugby Union" take "the").
    if first == "The" && second == "the" {
        let words: Vec<&str> = sentence.split_whitespace().skip(1).collect();
        let run = words
            .iter()
            .take_while(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars().skip(1).any(char::is_lowercase)
            })
            .count();
        let title = (1..=3).contains(&run)
            && words.get(run).is_some_and(|w| AUXILIARIES.contains(w))
            && rest.is_some_and(|r| r.starts_with(&words[..run].join(" ")))
            && words[..run].iter().all(|w| {
                let lower = w.to_lowercase();
                !common(&lower)
                    && !is_in(&ORG_WORDS, &lower)
                    && !is_in(&PLACE_WORDS, &lower)
                    && !super::entities::is_demonym(w)
            })
            && !common(&format!("the {}", words[..run].join(" ")));
        if title {
            return Some(format!("{lead} The {}", rest.unwrap_or("")));
        }
    }
    if second == first {
        if !capitalised || !(function_word || common(&lower)) {
            return Some(q);
        }
        return Some(match rest {
            Some(rest) => format!("{lead} {lower} {rest}"),
            None => format!("{lead} {lower}"),
        });
    }
    // The sentence's first word moved further in ("What sentence will Prosecutors seek?"):
    // a word the story prints in lower case elsewhere loses its capital there too.
    let lower_first = first.to_lowercase();
    let moved = q.split(' ').skip(2).position(|w| w == first).map(|i| i + 2);
    match moved {
        Some(i)
            if first.chars().skip(1).any(char::is_lowercase)
                && first.chars().all(char::is_alphabetic)
                && common(&lower_first) =>
        {
            let mut out: Vec<&str> = q.split(' ').collect();
            out[i] = &lower_first;
            Some(out.join(" "))
        }
        _ => Some(q),
    }
}

/// The question a sentence leaves open, or `None` when it has none of the shapes this knows.
///
/// ```
/// use briefing::extract::questions::question;
/// assert_eq!(
///     question("It is not yet clear what caused the fire.").as_deref(),
///     Some("What caused the fire?")
/// );
/// assert_eq!(
///     question("Officials said it was unclear whether the dam would hold.").as_deref(),
///     Some("Will the dam hold?")
/// );
/// assert_eq!(question("The bridge opened on Monday."), None);
/// ```
pub fn question(sentence: &str) -> Option<String> {
    // Without a relative clause set off by commas first; with it when the matter is in it
    // ("the line, which could cost up to £100m, …").
    let s = plain(sentence, true);
    ask(&s)
        .or_else(|| {
            let kept = plain(sentence, false);
            (kept != s).then(|| ask(&kept)).flatten()
        })
        .filter(|q| !holds_a_contracted_verb(q))
}

/// True when a question holds a pronoun with its verb contracted after its first word
/// ("Might It's more likely the firms have exposure?"): a clause the question was not
/// built around is left inside it, and it reads garbled.
fn holds_a_contracted_verb(question: &str) -> bool {
    question.split_whitespace().skip(1).any(|w| {
        let w = w.to_lowercase().replace('’', "'");
        matches!(
            w.as_str(),
            "it's"
                | "that's"
                | "there's"
                | "what's"
                | "here's"
                | "he's"
                | "she's"
                | "i'm"
                | "they're"
                | "we're"
                | "you're"
        )
    })
}

/// [`question`] of a sentence made [`plain`].
fn ask(s: &str) -> Option<String> {
    shaped(s)
        .or_else(|| unconfirmed_claim(s))
        .or_else(|| {
            // The main clause alone: without a leading "Despite the progress, …" or a reporting
            // frame ("The mayor acknowledged that …").
            let m = FRAME.captures(s)?;
            // ("told the Harbour Times the agency would …": the verb, then whom it told.)
            if m.name("verb").or(m.name("bare")).is_some_and(|v| {
                let v = v.as_str().split_whitespace().next().unwrap_or("");
                !matches!(v, "said" | "says" | "say" | "told")
                    && !BELIEF_PRESENT.contains(&v)
                    && super::lexicon::speech_verb(v).is_none()
            }) {
                return None;
            }
            // ("X said the plan could fail": the clause starts at its determiner, at a
            // quantity before a plural ("X said further strikes could not be ruled out"), or
            // at a name: "X said Acme was set to …". Not at a day: "X said Monday that …".)
            if m.name("next").is_some_and(|n| {
                let word = n.as_str().split_whitespace().next().unwrap_or("");
                super::lexicon::is_day_word(word) || super::lexicon::MONTHS.contains(&word)
            }) {
                return None;
            }
            let start = m.name("next").map_or(m.get(0)?.end(), |n| n.start());
            let rest = clause_end(&s[start..]);
            // ("… suggested the firm is weighing a bid, but has yet to contact its target":
            // the cue is past where the clause ends.)
            shaped(rest)
                .or_else(|| shaped(&present_expectation(rest)?))
                .or_else(|| shaped(&s[start..]))
        })
        .or_else(|| conditional(s))
        .or_else(|| that_clause(s))
        .or_else(|| unconfirmed_report(s))
        .or_else(|| reported_by_subject(s))
        .or_else(|| {
            // "The captain is injured but the club has yet to name a replacement": the
            // clause after "but" asks it; so does one after "although" or ", yet".
            // (Only a clause whose subject is plainly named: "but use in photos is unclear"
            // has none.)
            // (So does one after ", when" that tells what happens at a time just named:
            // "The vote is on Monday, when MPs are expected to back the bill".)
            let (_, after) = [" but ", ", although ", ", though ", ", yet ", ", when "]
                .iter()
                .find_map(|sep| s.split_once(sep))?;
            let after = clause_end(after.trim_start_matches("also "));
            clause_with_subject(after).then(|| shaped(after)).flatten()
        })
        // "The cost is not yet known but it is thought …": the clause before "but".
        .or_else(|| shaped(s.split_once(" but ")?.0.trim_end_matches(',')))
        .or_else(|| second_main_clause(s))
        .or_else(|| relative_on_noun(s))
        .or_else(|| any_whether(s))
        .or_else(|| demand_to_meet(s))
        .filter(|q| !speaks_to_or_for_someone(q) && !points_elsewhere(q))
}

static DEMAND: LazyLock<Regex> = LazyLock::new(|| {
    small_regex(r"^(?P<subject>[^,;]+?)\s+(?:has\s+|have\s+|had\s+|is\s+|are\s+|was\s+|were\s+)?(?:demanded|demanding)\s+(?P<rest>.+)")
        .unwrap()
});

static WHAT_ENDS: LazyLock<Regex> = LazyLock::new(|| {
    small_regex(r"\s(?:from|of\s+(?:the|its|his|her|their)\s+(?:government|company|firm|club|board|council|trust|owners?|authorities)|after|before|because|over|within|by|in\s+(?:return|exchange)|as|amid|and\s+(?:said|threatened|warned))\s")
        .unwrap()
});

/// A demand is open until it is met: "A criminal gang has demanded a ransom of $4 million
/// from the trust" asks "Will the criminal gang's demand for a ransom of $4 million be
/// met?". What is demanded runs to where the one it is demanded of, a reason or another
/// clause begins; whose demand it is is said when the subject is a short plain noun phrase.
/// A demand of an act ("demanded that …", "demanded to know …") is left to the other forms.
fn demand_to_meet(s: &str) -> Option<String> {
    let c = DEMAND.captures(s)?;
    let subject = c["subject"].trim();
    // ("the demanding role", "a very demanding job": an adjective, no demand.)
    let before = subject.rsplit(' ').next().unwrap_or(subject).to_lowercase();
    if matches!(
        before.as_str(),
        "the" | "a" | "an" | "this" | "that" | "its" | "their"
    ) || before.ends_with("ly")
        || matches!(
            before.as_str(),
            "very" | "so" | "too" | "more" | "most" | "less" | "least"
        )
    {
        return None;
    }
    let rest = clause_end(&c["rest"]);
    let what = WHAT_ENDS.find(rest).map_or(rest, |m| &rest[..m.start()]);
    let first = what.split_whitespace().next()?;
    // (Not "the price demanded by …", a demand of an act or of someone: "demanded that …",
    // "demanded to know", "demanded all firms make savings".)
    if matches!(
        first,
        "that"
            | "to"
            | "by"
            | "it"
            | "them"
            | "him"
            | "her"
            | "this"
            | "more"
            | "all"
            | "every"
            | "each"
            | "both"
            | "everyone"
            | "those"
            | "these"
    ) || what.split_whitespace().count() > 10
        || !balanced(what)
        || names_then_verb(what)
    {
        return None;
    }
    let whose = if subject.split_whitespace().count() <= 4
        && plain_noun_phrase(subject)
        && !opens_with_pronoun(subject)
    {
        // (A demand made "by a gang" is the gang's once asked about.)
        let subject = subject
            .strip_prefix("A ")
            .or_else(|| subject.strip_prefix("An "))
            .map_or_else(|| lower_determiner(subject), |rest| format!("the {rest}"));
        let mark = if plural(&subject) && subject.ends_with('s') {
            "'"
        } else {
            "'s"
        };
        format!("{subject}{mark}")
    } else {
        "the".to_string()
    };
    Some(finish(format!("Will {whose} demand for {what} be met")))
}

/// True when a name is followed by a word in lower case that is no preposition: a verb,
/// as in "demanded Sir Edward Vane quit", "demanded the FA investigate the affair".
fn names_then_verb(phrase: &str) -> bool {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let from = usize::from(words.first() == Some(&"the"));
    let names = words[from..]
        .iter()
        .take_while(|w| w.starts_with(char::is_uppercase))
        .count();
    names > 0
        && words.get(from + names).is_some_and(|w| {
            w.starts_with(char::is_lowercase) && !is_preposition(w) && !matches!(*w, "and" | "or")
        })
}

/// True for a short wh-question that ends on a pronoun ("What is the extent of it?", "How
/// should firms be made to do this?"): what it asks about was named in another sentence,
/// and the question alone tells the reader nothing; so does one asking how much of it ("How
/// much of that reflects support for the plan?"). A yes-or-no question keeps what it
/// asks ("Was the coach among them?"), and a longer one names it itself ("… the chips
/// that process it?").
fn points_elsewhere(question: &str) -> bool {
    let words: Vec<&str> = question.split_whitespace().collect();
    // "How much of that reflects support?": the part asked about is of something named
    // before, however long the question.
    let part_of_pronoun = matches!(
        words.as_slice(),
        [
            "How",
            "much" | "many",
            "of",
            "it" | "that" | "this" | "them" | "these" | "those",
            ..
        ]
    );
    part_of_pronoun
        || (0..words.len())
            .any(|i| bare_demonstrative(words[i], words.get(i + 1).copied().unwrap_or("")))
        || words.len() <= 8
            && words
                .first()
                .is_some_and(|w| matches!(*w, "What" | "How" | "Why" | "When" | "Where" | "Who"))
            && words.last().is_some_and(|w| {
                matches!(
                    w.trim_end_matches('?'),
                    "it" | "them" | "him" | "her" | "this" | "that" | "these" | "those"
                )
            })
}

/// True when `word` is "this", "these" or "those" standing for something named before,
/// not opening a noun phrase: at the question's end, before a verb "to be", a determiner
/// or an adjective in "-able"/"-ible", and "this" before a preposition ("Would the board
/// consider this acceptable?", "Will these be enough?", "Could it help this?"). ("Those
/// in Europe" names its people; "that" opens clauses.)
fn bare_demonstrative(word: &str, next: &str) -> bool {
    let demonstrative = word.trim_end_matches('?').to_lowercase();
    if !matches!(demonstrative.as_str(), "this" | "these" | "those") {
        return false;
    }
    let next = next.to_lowercase();
    let next = next.trim_end_matches(['?', ',']);
    word.ends_with('?')
        || next.is_empty()
        || next.ends_with("able")
        || next.ends_with("ible")
        || matches!(
            next,
            "be" | "is" | "are" | "was" | "were" | "been" | "the" | "a" | "an"
        )
        || demonstrative == "this"
            && matches!(
                next,
                "as" | "to" | "for" | "of" | "in" | "on" | "with" | "at" | "by" | "into"
            )
}

/// True when a question speaks as someone or to someone ("our lads", "your side", "what
/// would happen with my body"): a speaker's rhetoric, not a question the reader can be
/// left with.
fn speaks_to_or_for_someone(question: &str) -> bool {
    question.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
        // (Not a name in capitals: "Windows ME", "the US".)
        let capitals = w.len() > 1 && !w.chars().any(char::is_lowercase);
        matches!(w, "I" | "I'm" | "I've" | "I'll" | "I’m" | "I’ve" | "I’ll")
            || !capitals
                && matches!(
                    w.to_lowercase().as_str(),
                    "me" | "my"
                        | "myself"
                        | "we"
                        | "we've"
                        | "we’ve"
                        | "we're"
                        | "we’re"
                        | "we'll"
                        | "we’ll"
                        | "our"
                        | "ours"
                        | "ourselves"
                        | "you"
                        | "your"
                        | "yours"
                        | "yourself"
                )
    })
}

/// "If the talks fail, the plant could close": the main clause's speculation asked with its
/// condition after it ("Could the plant close if the talks fail?").
fn conditional(s: &str) -> Option<String> {
    let (condition, main) = s.strip_prefix("If ")?.split_once(", ")?;
    let main = main.strip_prefix("then ").unwrap_or(main);
    if !balanced(condition) || condition.split_whitespace().count() > 12 {
        return None;
    }
    let asked = shaped(main)?;
    let speculative = ["Could ", "Might ", "May ", "Would "]
        .iter()
        .any(|m| asked.starts_with(m));
    speculative.then(|| format!("{} if {condition}?", asked.trim_end_matches('?')))
}

/// True when a clause's first word opens a subject plainly named: a name, a determiner or
/// a figure ("but use in photos is unclear" has no such subject).
fn plainly_named(first: &str) -> bool {
    first.starts_with(char::is_uppercase)
        || DETERMINERS.contains(&first)
        || first.starts_with(|c: char| c.is_ascii_digit())
}

/// True when `clause` opens with a subject a question can be put on: one plainly named
/// ([`plainly_named`]), or a bare noun expected to do something ("inflation is expected to
/// ease"). (A bare noun elsewhere is not: "but use in photos is unclear".)
fn clause_with_subject(clause: &str) -> bool {
    let mut words = clause.split_whitespace();
    let (Some(first), second, third) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    plainly_named(first)
        || first.len() >= 3
            && first.chars().all(|c| c.is_ascii_lowercase())
            && !DETERMINERS.contains(&first)
            && second.is_some_and(|w| matches!(w, "is" | "are"))
            && third.is_some_and(|w| {
                matches!(
                    w,
                    "expected" | "set" | "due" | "likely" | "unlikely" | "poised" | "tipped"
                )
            })
}

/// A reported expectation in the present: reported speech puts it in the past ("X said the
/// chart was due to be compiled in May" tells what is due now: "the chart is due to …"; "X
/// said the bank would have to raise capital": "the bank will have to …").
fn present_expectation(clause: &str) -> Option<String> {
    let (subject, rest, verb) = [
        (" was ", "is"),
        (" were ", "are"),
        (" would have to ", "will have to"),
        (" would need to ", "will need to"),
    ]
    .iter()
    .find_map(|(past, present)| clause.split_once(past).map(|(a, b)| (a, b, present)))?;
    let present = format!("{subject} {verb} {rest}");
    (EXPECTED.is_match(&present) || OBLIGED.is_match(&present)).then_some(present)
}

/// "Jo Li has not recovered from the injury, and Sam Roe is expected to start": a main
/// clause with a subject of its own after ", and" asks it, when the clause before has a verb
/// (so the comma does not close a list of subjects: "Paris, Rome, and Oslo are expected to
/// bid").
fn second_main_clause(s: &str) -> Option<String> {
    let (before, after) = s.split_once(", and ")?;
    let before_has_verb = before
        .split_whitespace()
        .any(|w| verb_form(&w.to_lowercase()));
    // "… such as Chad, Peru, and Laos could lose": a short item after a comma
    // ends a list.
    if before
        .rsplit_once(", ")
        .is_some_and(|(_, item)| item.split_whitespace().count() <= 3)
    {
        return None;
    }
    let after = clause_end(after);
    (before_has_verb && clause_with_subject(after) && !opens_with_pronoun(after))
        .then(|| shaped(after))
        .flatten()
}

/// "The club agreed a fee for the striker, who has yet to agree terms": a relative clause
/// after a comma or a dash, asked of the noun it is on ("Will the striker agree terms?").
/// The noun phrase runs back from the comma to its determiner; a person ("who") may also be
/// the name printed just before. (A thing's name is not taken: "the arena in Elm Park, which is set
/// to open" is the arena's.)
fn relative_on_noun(s: &str) -> Option<String> {
    let (person, before, rest) = [", who ", ", which ", " - who ", " – who ", " — who "]
        .iter()
        .find_map(|sep| s.split_once(sep).map(|(b, r)| (sep.contains("who"), b, r)))?;
    let words: Vec<&str> = before.split_whitespace().collect();
    let last = words.len();
    let from = (last.saturating_sub(5)..last)
        .rev()
        .find(|&k| {
            let w = words[k].to_lowercase();
            matches!(w.as_str(), "the" | "a" | "an" | "this" | "these" | "those")
        })
        .or_else(|| {
            // A name: the capitalised words ending the phrase, not opening the sentence.
            let capitalised = words
                .iter()
                .rev()
                .take_while(|w| w.starts_with(char::is_uppercase))
                .count();
            (person && capitalised > 0 && capitalised < last).then(|| last - capitalised)
        })?;
    let noun = words[from..].join(" ");
    let noun = noun.trim_start_matches(|c: char| !c.is_alphanumeric());
    // An aside closes at the next comma ("the line, which could cost £100m, would …"). A
    // thing that could not be done is no open matter.
    let clause = clause_end(rest.split(", ").next().unwrap_or(rest));
    let cannot = clause
        .split_whitespace()
        .take(3)
        .any(|w| matches!(w, "not" | "cannot") || w.ends_with("n't"));
    if cannot || !(subject_ok(noun) && plain_noun_phrase(noun)) {
        return None;
    }
    shaped(&format!("{noun} {clause}"))
}

/// Last of all, a "whether" clause after any other frame: "A hearing will rule on whether
/// the court has jurisdiction" asks "Does the court have jurisdiction?". Not a decision
/// ("whether to sell", "whether or not"), nor a clause opening with a pronoun: with no
/// frame to go by, nothing says whom it stands for.
fn any_whether(s: &str) -> Option<String> {
    let (before, rest) = s.split_once(" whether ")?;
    // "A row over whether X has reached the court": the clause sits in the subject, and
    // the sentence's own verb comes after it.
    // (Only the words of its own clause: "In addition, the question of whether …".)
    let own_clause = before.rsplit(", ").next().unwrap_or(before);
    let before_words: Vec<&str> = own_clause.split_whitespace().collect();
    let in_subject = before_words.len() <= 4
        && before_words
            .first()
            .is_some_and(|w| DETERMINERS.contains(&w.to_lowercase().as_str()))
        && !before_words.iter().any(|w| {
            let w = w.to_lowercase();
            AUXILIARIES.contains(&w.as_str()) || w.ends_with("ed") || is_irregular_past(&w)
        });
    // After a comma it concedes ("…, whether it is a fox or a deer") or opens the subject
    // ("In summary, whether the calls breach the rules will depend on …"). After "asked" it
    // is an interviewer's question, put to someone who answers it.
    let after_asked = before
        .rsplit(' ')
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("asked"));
    if in_subject || before.trim_end().ends_with([',', ':', ';']) || after_asked {
        return None;
    }
    let first = rest.split_whitespace().next()?.to_lowercase();
    // "Ana Ruiz admitted she doubted whether she would win": "he" or "she" is the person the
    // sentence opens with, when it opens with a name and a verb.
    if matches!(first.as_str(), "he" | "she") {
        let clause = clause_end(rest);
        let person = opening_name(s).or_else(|| opening_subject(s))?;
        let clause = placed_on(person, clause, false)?;
        return (!clause.contains(',') && balanced(&clause))
            .then(|| embedded("whether", &clause).map(finish))
            .flatten();
    }
    if matches!(
        first.as_str(),
        "to" | "or"
            | "it"
            | "he"
            | "she"
            | "they"
            | "we"
            | "i"
            | "you"
            | "this"
            | "that"
            | "its"
            | "his"
            | "her"
            | "their"
            | "our"
            | "my"
            | "your"
    ) {
        return None;
    }
    let clause = clause_end(rest);
    // (A comma left in it is an aside or another clause that nothing cut: "whether the
    // papers were kept, Jo Li, who sits on the committee, said".)
    (clause.contains(' ') && !clause.contains(',') && balanced(clause))
        .then(|| embedded("whether", clause).map(finish))
        .flatten()
}

/// True for a lower-cased word that is plainly a verb: an auxiliary, an irregular past form
/// or a regular one ("-ed").
pub(crate) fn verb_form(word: &str) -> bool {
    AUXILIARIES.contains(&word) || is_irregular_past(word) || word.ends_with("ed")
}

/// The name a sentence opens with, when a verb follows it: "Ana Ruiz admitted …" → "Ana Ruiz".
/// One to three capitalised words, none a function word ("The", "However").
fn opening_name(s: &str) -> Option<&str> {
    let words: Vec<&str> = s.split_whitespace().collect();
    let n = words
        .iter()
        .take_while(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '.'))
                && !crate::text::is_stopword(&w.to_lowercase())
        })
        .count();
    let verb = words.get(n)?.to_lowercase();
    let is_verb = verb_form(&verb) || super::lexicon::speech_verb(&verb).is_some();
    if !(1..=3).contains(&n) || !is_verb {
        return None;
    }
    let end = words[n - 1].as_ptr() as usize - s.as_ptr() as usize + words[n - 1].len();
    Some(&s[..end])
}

static UNCONFIRMED_CLAIM: LazyLock<Regex> = LazyLock::new(|| {
    small_regex(concat!(
        r"^(?P<claim>[^;]+?),?\s+but\s+(?:this|that|it)\s+(?:has\s+not|had\s+not|hasn't|could\s+not|couldn't|cannot|can\s+not|has\s+yet\s+to)\s+",
        r"(?:yet\s+)?(?:been\s+|be\s+)?(?:independently\s+|officially\s+)?(?:confirmed|verified|confirm|verify)(?-u:\b)"
    ))
    .unwrap()
});

static BELIEF: LazyLock<Regex> = LazyLock::new(|| {
    small_regex(r"^[^,;]+?\s(?:believe|believes|believed|think|thinks|thought|suspect|suspects|suspected|say|says|said|fear|fears|feared)\s+(?:that\s+)?(?P<rest>.+)$")
        .unwrap()
});

/// A claim the sentence says is unconfirmed: "Engineers believe the barrier was undermined by
/// water, but this has not been confirmed" asks "Was the barrier undermined by water?". A
/// frame of belief or report before the claim ("Engineers believe", "Police said") is left
/// out.
fn unconfirmed_claim(s: &str) -> Option<String> {
    let claim = UNCONFIRMED_CLAIM.captures(s)?.name("claim")?.as_str();
    let claim = BELIEF
        .captures(claim)
        .and_then(|c| c.name("rest"))
        .map_or(claim, |r| r.as_str());
    let claim = clause_end(claim);
    if !balanced(claim) || opens_with_pronoun(claim) || !clause_with_subject(claim) {
        return None;
    }
    embedded("whether", claim).map(finish)
}

static UNCONFIRMED: LazyLock<Regex> = LazyLock::new(|| {
    small_regex(concat!(
        r"^(?P<subject>[^,;]+?)\s+(?:has\s+|have\s+|had\s+)?(?:(?:declined|refused)\s+to|(?:would|will|did|could)\s+not)\s+",
        r"(?:(?:comment\s+on|confirm|deny|discuss|address)\s+(?:the\s+|media\s+|press\s+|newspaper\s+|market\s+)?",
        r"(?:reports?|speculation|rumou?rs|suggestions?|claims?)\s+(?:that\s+)?|confirm\s+that\s+)(?P<rest>.+)$"
    ))
    .unwrap()
});

/// A report someone will not confirm or discuss: "The bank declined to comment on reports
/// that it had hired advisers" asks "Had the bank hired advisers?"; "The firm would not
/// confirm that the plant will close" asks "Will the plant close?". A pronoun opening the
/// reported clause stands for the one who will not say ("The insurers refused to deny
/// claims they planned to merge" → "Did the insurers plan to merge?").
fn unconfirmed_report(s: &str) -> Option<String> {
    let c = UNCONFIRMED.captures(s)?;
    let rest = clause_end(&c["rest"]);
    if !balanced(rest) {
        return None;
    }
    let clause = if opens_with_pronoun(rest) {
        let subject = matrix_subject(&c["subject"])?;
        placed_on(subject, rest, false)?
    } else {
        rest.to_string()
    };
    embedded("whether", &clause).map(finish)
}

static REPORTED: LazyLock<Regex> = LazyLock::new(|| {
    small_regex(r"^(?P<subject>[^,;]+?)\s+(?:says|said)\s+(?:that\s+)?(?P<pronoun>it|they|he|she)\s+(?P<rest>.+)$")
        .unwrap()
});

/// "The union says it has yet to receive the plan": the clause reported, with the pronoun
/// standing for the one who reports it ("Will the union receive the plan?").
fn reported_by_subject(s: &str) -> Option<String> {
    let c = REPORTED.captures(s)?;
    // Reported speech puts an expectation in the past: "said it was unlikely to" tells what
    // is unlikely now, "said it would decide whether to" what it will decide ("it" is then
    // the speaker's own, though it is often no one's: "The ministry says it may be best to
    // wait").
    let rest = &c["rest"];
    let present = rest
        .strip_prefix("was ")
        .map(|r| format!("is {r}"))
        .or_else(|| rest.strip_prefix("were ").map(|r| format!("are {r}")))
        .or_else(|| rest.strip_prefix("would ").map(|r| format!("will {r}")))
        .filter(|r| EXPECTED.is_match(&format!("it {r}")));
    let expects = present.is_some() || EXPECTED.is_match(&format!("it {rest}"));
    let dummy = &c["pronoun"] == "it"
        && !expects
        && rest
            .split_whitespace()
            .take(3)
            .any(|w| matches!(w, "be" | "is" | "was" | "seems" | "appears"));
    let subject = matrix_subject(&c["subject"]).filter(|_| !dummy)?;
    let rest = present.as_deref().unwrap_or(rest);
    let clause = format!("{} {rest}", &c["pronoun"]);
    shaped(&placed_on(subject, &clause, false)?)
}

/// Last of all, a clause someone cannot confirm, warns of or doubts, as a yes-or-no
/// question; not one beyond doubt ("there is no doubt that …"), nor one whose subject is a
/// pronoun the question could not place, nor one a quotation cuts through.
fn that_clause(s: &str) -> Option<String> {
    let c = THAT_CLAUSE.captures(s)?;
    let before = s[..c.get(0)?.start()].to_lowercase();
    if ["no ", "little ", "without ", "n't "]
        .iter()
        .any(|w| before.ends_with(w))
    {
        return None;
    }
    let rest = clause_end(c.name("rest").or(c.name("rest2"))?.as_str());
    let quotes_cut = rest.matches('"').count() % 2 == 1
        || rest.matches('“').count() != rest.matches('”').count();
    if opens_with_pronoun(rest) || quotes_cut {
        return None;
    }
    embedded("whether", rest).map(finish)
}

/// [`question`] for a plain main clause.
fn shaped(s: &str) -> Option<String> {
    // "Whether the rules will work remains to be seen", "How the plant will reopen is
    // unclear": the wh-clause is the sentence's subject, and itself the question.
    // (Not of a pronoun: "Whether it will last is another matter" asks of something named
    // before.)
    if let Some(c) = WH_SUBJECT_UNKNOWN.captures(s) {
        let wh = c["wh"].to_lowercase();
        return (!opens_with_pronoun(&c["clause"]))
            .then(|| embedded(&wh, &c["clause"]))
            .flatten()
            .filter(|q| !q.contains(','))
            .map(finish);
    }
    // "whether to sell" has no subject of its own: the decision shapes below ask it.
    if let Some(c) = EMBEDDED
        .captures(s)
        .filter(|c| !c["rest"].starts_with("to "))
    {
        // "Analysts are divided over which approach is best": a disagreement over which or
        // what names no matter on its own ("Which approach is best?"); one over whether or
        // how does ("Will the merger raise prices?").
        let cue = c.get(0)?.as_str().to_lowercase();
        let disagreement = ["divided", "split", "disagree", "at odds", "argu"]
            .iter()
            .any(|w| cue.starts_with(w));
        // Several things unknown in a row ("how it will work, and what its role will be"):
        // each is a question of its own, and the first that can be put is asked.
        let subject = matrix_subject(&s[..c.get(0)?.start()]);
        // "It was not clear whether the club would appeal": told in the past, as a cue
        // that is past itself ("declined to say").
        let past = withheld_in_the_past(&cue) || {
            let before = s[..c.get(0)?.start()].trim_end().to_lowercase();
            [" was", " were", " remained"]
                .iter()
                .any(|w| before.ends_with(w))
        };
        let (mut wh, mut rest) = (c["wh"].to_lowercase(), c.name("rest")?.as_str());
        loop {
            let next = NEXT_WH.captures(rest);
            let own = next
                .as_ref()
                .map_or(rest, |n| &rest[..n.get(0).map_or(0, |m| m.start())]);
            // (A clause with its verb before a comma ends there: "what its role will be,
            // Europe's role will be …"; "whether Oslo, Rome and Lima will bid" goes on.)
            let own = match own.split_once(", ") {
                Some((first, _))
                    if first
                        .split_whitespace()
                        .any(|w| AUXILIARIES.contains(&w.to_lowercase().as_str())) =>
                {
                    first
                }
                _ => own,
            };
            if let Some(q) = embedded_question(&wh, clause_end(own), subject, disagreement, s) {
                return Some(if past { will_for_would(q) } else { q });
            }
            let n = next?;
            wh = n["wh"].to_lowercase();
            rest = &rest[n.get(0)?.end()..];
        }
    }
    if let Some(c) = NOT_KNOWN.captures(s).filter(|c| subject_ok(&c["subject"])) {
        let subject = lower_determiner(&c["subject"]);
        let past = matches!(&c["verb"], "was" | "were" | "remained");
        return Some(finish(match (&c["noun"], &c["prep"]) {
            ("cause", "of") => format!(
                "What caused {}",
                subject.trim_start_matches("the cause of ")
            ),
            _ => format!(
                "What {} {subject}",
                match (
                    past,
                    c["verb"].ends_with("re") || c["verb"].ends_with("are")
                ) {
                    (true, true) => "were",
                    (true, false) => "was",
                    (false, true) => "are",
                    (false, false) => "is",
                }
            ),
        }));
    }
    if let Some(c) = LINGERING.captures(s) {
        let noun = c["noun"].to_lowercase();
        if UNKNOWN_ASPECTS.contains(&noun.as_str()) {
            let topic = without_attribution(clause_end(&c["topic"]));
            let be = if noun.ends_with('s') { "are" } else { "is" };
            return balanced(topic)
                .then(|| finish(format!("What {be} {}", lower_determiner(topic))));
        }
    }
    if let Some(c) = DETAILS.captures(s) {
        let topic = c.name("topic").or(c.name("topic2"))?.as_str();
        let prep = c.name("prep").or(c.name("prep2"))?.as_str();
        // ("No details of the line-up have been confirmed": the topic ends at its verb.)
        let topic = clause_end(topic);
        let topic = TOPIC_VERB
            .find(topic)
            .map_or(topic, |m| &topic[..m.start()]);
        return Some(finish(format!("What are the details {prep} {topic}")));
    }
    if let Some(c) = CONFLICTING.captures(s) {
        return Some(finish(format!(
            "Which account of {} is right",
            lower_determiner(clause_end(&c["topic"]))
        )));
    }
    if let Some(c) = TASK.captures(s) {
        let subject = c.name("subject").or(c.name("subject2"))?.as_str();
        if subject_ok(subject) {
            let subject = lower_determiner(subject);
            return Some(finish(
                match (c.name("rest"), c.name("wh"), c.name("rest2")) {
                    (Some(rest), _, _) => format!("Can {subject} {}", clause_end(rest.as_str())),
                    (_, Some(wh), Some(rest)) if wh.as_str() == "whether" => {
                        format!("Will {subject} {}", clause_end(rest.as_str()))
                    }
                    (_, Some(wh), Some(rest)) => format!(
                        "{} will {subject} {}",
                        crate::text::capitalise(wh.as_str()),
                        clause_end(rest.as_str())
                    ),
                    _ => return None,
                },
            ));
        }
    }
    if let Some(c) = FACES.captures(s) {
        if subject_ok(&c["subject"]) {
            return Some(finish(format!(
                "Will {} face {} {}",
                lower_determiner(&c["subject"]),
                &c["what"],
                clause_end(&c["rest"])
            )));
        }
    }
    // (Before "has yet to": "is considering a bid but has yet to decide" asks about the bid.)
    if let Some(c) = CONSIDERING
        .captures(s)
        .or_else(|| NOT_RULED_OUT.captures(s))
    {
        let subject = &c["subject"];
        if let Some(base) = gerund_base(&c["verb"])
            .filter(|_| subject_ok(subject) && plain_noun_phrase(subject) && !holds_verb(subject))
        {
            let rest = before_second_clause(without_attribution(clause_end(&c["rest"])));
            return balanced(rest)
                .then(|| finish(format!("Will {} {base} {rest}", lower_determiner(subject))));
        }
    }
    if let Some(c) = CANNOT_BE_RULED_OUT.captures(s) {
        let subject = &c["subject"];
        if subject_ok(subject) && plain_noun_phrase(subject) && !holds_verb(subject) {
            let be = if plural(subject) { "Are" } else { "Is" };
            return Some(finish(format!(
                "{be} {} possible",
                lower_determiner(subject)
            )));
        }
    }
    if let Some(c) = YET_TO.captures(s) {
        // "Officials have yet to say when the schools will reopen": what is yet to be told
        // is the question ("When will the schools reopen?"; "had yet to say who would"
        // asks who will). Else the telling itself is ("Will the Tories say where they
        // will fall?").
        let told = YET_TO_TELL.captures(&c["rest"]).and_then(|t| {
            let subject = matrix_subject(&c["subject"]);
            let wh = t["wh"].to_lowercase();
            let q = embedded_question(&wh, clause_end(&t["clause"]), subject, false, s)?;
            let had = s[c.name("subject")?.end()..]
                .trim_start()
                .starts_with("had ");
            Some(if had { will_for_would(q) } else { q })
        });
        if told.is_some() {
            return told;
        }
        // "The firm is weighing a bid, but has yet to contact its target": the first
        // clause's subject is the one that has yet to act.
        if let Some(subject) = own_or_shared_subject(&c["subject"], |_| true) {
            return Some(finish(format!(
                "Will {} {}",
                lower_determiner(subject),
                before_second_clause(clause_end(&c["rest"]))
            )));
        }
    }
    if let Some(c) = CONTESTED.captures(s) {
        // What is said can be accurate ("the death toll", "claims of a ceasefire"); a
        // decision or a power challenged may not stand ("the court's jurisdiction").
        let subject = &c["subject"];
        let head = subject
            .split(" of ")
            .next()
            .and_then(|h| h.split_whitespace().last())
            .unwrap_or("")
            .to_lowercase();
        if subject_ok(subject) {
            if !super::lexicon::STATEMENT_NOUNS.contains(&head) {
                return Some(finish(format!("Will {} stand", lower_determiner(subject))));
            }
            let verb = match &c["verb"] {
                "are" | "have been" => "Are",
                "was" | "had been" => "Was",
                "were" => "Were",
                _ => "Is",
            };
            return Some(finish(format!(
                "{verb} {} accurate",
                lower_determiner(&c["subject"])
            )));
        }
    }
    // The claim denied, asked: "he", "she" or "it" opening it is the one who denies it ("Jo
    // Li denied reports that she had resigned" → "Did Jo Li resign?"), and so is "his" or
    // "her" ("… that her plan was costed" → "Was Jo Li's plan costed?"); "they" may be
    // anyone.
    if let Some(c) = DENIED.captures(s) {
        let subject = &c["subject"];
        let claim = clause_end(&c["rest"]);
        // ("dismissed claims of broken promises" names no clause to ask.)
        let prepositional = claim.split_whitespace().next().is_some_and(|w| {
            matches!(
                w,
                "of" | "about" | "over" | "on" | "in" | "from" | "by" | "for" | "against" | "to"
            )
        });
        if !prepositional && subject_ok(subject) && plain_noun_phrase(subject) && balanced(claim) {
            let claim = match claim.split_once(' ') {
                Some(("he" | "she" | "it" | "his" | "her" | "its" | "their", _)) => {
                    placed_on(subject, claim, s.contains('’'))?
                }
                _ => claim.to_string(),
            };
            if !opens_with_pronoun(&claim) {
                return embedded("whether", &claim).map(finish);
            }
        }
    }
    if let Some(c) = PROSPECT.captures(s) {
        let subject = &c["subject"];
        if subject.split_whitespace().count() <= 6
            && subject_ok(subject)
            && plain_noun_phrase(subject)
            && !holds_verb(subject)
        {
            if let Some(base) = gerund_base(&c["verb"]) {
                let rest = c.name("rest").map_or("", |r| r.as_str());
                return Some(finish(format!(
                    "Will {} {base}{rest}",
                    lower_determiner(subject)
                )));
            }
        }
    }
    if let Some(c) = IN_DOUBT.captures(s) {
        if subject_ok(&c["subject"]) && plain_noun_phrase(&c["subject"]) {
            return Some(finish(format!(
                "{} {} in doubt",
                if plural(&c["subject"]) { "Are" } else { "Is" },
                lower_determiner(&c["subject"])
            )));
        }
    }
    if let Some(c) = FAR_OFF.captures(s) {
        if subject_ok(&c["subject"]) {
            let verb = match &c["verb"] {
                "are" | "were" => "are",
                _ => "is",
            };
            return Some(finish(format!(
                "How far off {verb} {}",
                lower_determiner(&c["subject"])
            )));
        }
    }
    if let Some(c) = UNSETTLED.captures(s) {
        if subject_ok(&c["subject"]) {
            let subject = lower_determiner(&c["subject"]);
            let plural = matches!(&c["verb"], "are" | "were" | "remain") || plural(&c["subject"]);
            let be = if plural { "are" } else { "is" };
            return Some(finish(match &c["state"] {
                "uncertain" => format!("{} {subject} certain", crate::text::capitalise(be)),
                "in doubt" => format!("Will {subject} hold"),
                _ => format!("How will {subject} be resolved"),
            }));
        }
    }
    if let Some(c) = UNVERIFIED.captures(s) {
        // (What was not confirmed, as the object, is a short noun phrase: "the reports".)
        let object = c.name("object").map(|m| m.as_str());
        let subject = c
            .name("subject")
            .map_or(object.unwrap_or(""), |m| m.as_str());
        if subject_ok(subject) && object.is_none_or(|o| o.split_whitespace().count() <= 8) {
            return Some(finish(format!(
                "{} {} true",
                if plural(subject) { "Are" } else { "Is" },
                lower_determiner(subject)
            )));
        }
    }
    if let Some(c) = UNKNOWN.captures(s) {
        // Not "Many details remain unclear": a quantity of something names no one thing.
        let quantified = c["subject"].split_whitespace().next().is_some_and(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "many"
                    | "some"
                    | "several"
                    | "few"
                    | "most"
                    | "all"
                    | "other"
                    | "key"
                    | "various"
                    | "numerous"
                    | "certain"
                    | "both"
                    | "much"
            )
        });
        if subject_ok(&c["subject"]) && !quantified {
            let plural = matches!(&c["verb"], "are" | "were" | "remain") || plural(&c["subject"]);
            return Some(finish(format!(
                "What {} {}",
                if plural { "are" } else { "is" },
                lower_determiner(&c["subject"])
            )));
        }
    }
    // ("The film was not released" is a fact; a disclosure still to come is asked.)
    if let Some(c) = NOT_DONE.captures(s).filter(|c| {
        c.name("plain").is_none()
            || c.name("done").is_some_and(|d| {
                matches!(d.as_str(), "disclosed" | "revealed") || d.as_str().starts_with("made")
            })
    }) {
        // (A wh-clause subject, "How much the firm paid was not disclosed", is asked by
        // WH_SUBJECT_UNKNOWN before this.)
        if subject_ok(&c["subject"]) {
            return Some(finish(format!(
                "{} {} been {}{}",
                if plural(&c["subject"]) { "Have" } else { "Has" },
                lower_determiner(&c["subject"]),
                c.name("done").or(c.name("due")).map_or("", |d| d.as_str()),
                c.name("rest").map_or("", |r| clause_end(r.as_str()))
            )));
        }
    }
    if let Some(c) = WITHHELD.captures(s) {
        let object = &c["object"];
        let who = matches!(&c["verb"], "name" | "identify" | "naming" | "identifying");
        // A person named is asked for as such ("Who is the suspect?"); a thing disclosed
        // needs what it belongs to ("the identities" alone asks nothing: of whom?).
        let complete = who || object.split_whitespace().count() >= 3;
        if complete && subject_ok(object) && plain_noun_phrase(object) {
            return Some(finish(format!(
                "{} {} {}",
                if who { "Who" } else { "What" },
                if plural(object) { "are" } else { "is" },
                lower_determiner(object)
            )));
        }
    }
    // (Not "too early to judge": a question needs what is judged. "Premature to say that
    // …" asks the clause itself, below.)
    if let Some(c) = PREMATURE.captures(s).filter(|c| {
        let rest = clause_end(&c["rest"]);
        rest.split_whitespace().count() >= 3
            && rest.split_whitespace().nth(1).is_none_or(|w| w != "that")
    }) {
        return Some(finish(format!(
            "Is it {} to {}",
            c["when"].to_lowercase(),
            clause_end(&c["rest"])
        )));
    }
    // ("may as well give up" is resignation, not speculation.)
    if let Some(c) = MODAL
        .captures(s)
        .filter(|c| !c["rest"].starts_with("as well"))
    {
        let there = existential(&c["subject"], &c["rest"]);
        if there
            || subject_ok(&c["subject"])
                && plain_noun_phrase(&c["subject"])
                && !holds_verb(&c["subject"])
        {
            let modal = if &c["modal"] == "could" {
                "Could"
            } else {
                "Might"
            };
            let subject = if there {
                "there".to_string()
            } else {
                lower_determiner(&c["subject"])
            };
            let rest = before_second_clause(without_attribution(clause_end(&c["rest"])));
            return balanced(rest).then(|| finish(format!("{modal} {subject} {rest}")));
        }
    }
    if let Some(c) = EXPECTED.captures(s).or_else(|| OBLIGED.captures(s)) {
        let rest = before_second_clause(without_attribution(clause_end(&c["rest"])));
        // Not a subject with a verb of its own ("inflation fell to 4% and is expected to
        // …"), nor an expectation about the past ("is expected to have risen"). A first
        // clause opening with a plain subject and an auxiliary gives the subject ("Two
        // former staff have admitted fraud and are expected to testify").
        let subject = if existential(&c["subject"], rest) {
            Some("there")
        } else {
            own_or_shared_subject(&c["subject"], |subject| !holds_verb(subject))
        };
        // ("to have a big impact" is no expectation about the past: only "have" before a
        // participle is.)
        let perfect = rest
            .strip_prefix("have ")
            .is_some_and(|after| past_participle(after.split_whitespace().next().unwrap_or("")));
        // "due to stronger demand", "due to the weather": a cause, not a schedule.
        let cause = c.get(0).is_some_and(|m| m.as_str().contains(" due "))
            && rest.split_whitespace().next().is_some_and(names_a_cause);
        if let Some(subject) = subject.filter(|_| !perfect && !cause && balanced(rest)) {
            return Some(finish(format!("Will {} {rest}", lower_determiner(subject))));
        }
    }
    // Last, as it may sit in a second clause ("… could be years away, though the firm did
    // not rule out an earlier date" asks the first).
    if let Some(c) = RULED_OUT_OBJECT.captures(s) {
        let object = c["object"].trim();
        let object = ["the possibility of ", "the prospect of ", "the option of "]
            .iter()
            .find_map(|p| object.strip_prefix(p))
            .unwrap_or(object);
        // (Not a course: "rule out selling" is asked above, as what the subject may do.)
        if !object
            .split_whitespace()
            .take(2)
            .any(|w| w.ends_with("ing"))
        {
            let be = if plural(object) { "Are" } else { "Is" };
            return Some(finish(format!("{be} {object} possible")));
        }
    }
    None
}

/// True when `word`, right after "due to", opens a noun phrase (a cause) rather than a verb
/// (a schedule): a determiner or possessive, a number or a name, a comparative or a word of
/// degree, a plural, an "-ing" or "-ed" form ("due to rising costs", "due to increased
/// demand"), a noun in "-ness" or "-ity". Verbs of those shapes ("bring", "proceed",
/// "address") stay verbs. Asked by the question phrasing and by the open-question cues.
pub(crate) fn names_a_cause(word: &str) -> bool {
    let word = word.trim_matches(|c: char| !c.is_alphanumeric());
    if !word.starts_with(char::is_lowercase) {
        // A figure, a name or a quotation: "due to 2008's crash", "due to Brexit".
        return true;
    }
    let w = word.to_lowercase();
    let participle = w.ends_with("ing")
        && !matches!(
            w.as_str(),
            "bring"
                | "sing"
                | "ring"
                | "sting"
                | "swing"
                | "cling"
                | "fling"
                | "wring"
                | "spring"
                | "string"
        )
        || w.ends_with("ed") && !w.ends_with("eed");
    let plural = w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us");
    DETERMINERS.contains(&w.as_str())
        || participle
        || plural
        || w.ends_with("ness")
        || w.ends_with("ity")
        || matches!(
            w.as_str(),
            "several"
                | "many"
                | "much"
                | "more"
                | "less"
                | "fewer"
                | "no"
                | "stronger"
                | "weaker"
                | "higher"
                | "lower"
                | "greater"
                | "better"
                | "worse"
                | "bigger"
                | "smaller"
                | "larger"
                | "heavier"
                | "poorer"
                | "slower"
                | "faster"
                | "longer"
                | "shorter"
                | "cheaper"
                | "tighter"
                | "wider"
                | "deeper"
                | "bad"
                | "poor"
                | "heavy"
                | "high"
                | "low"
                | "strong"
                | "weak"
                | "lack"
                | "technical"
        )
}

/// True for a cue telling that something was not said or known then ("declined to say",
/// "did not say", "was unclear"), or was yet to be told then ("would announce", "would
/// decide"): the clause after it puts "will" in the past, as "would" ("declined to say
/// when the bridge would reopen").
fn withheld_in_the_past(cue: &str) -> bool {
    [
        "would ",
        "declined",
        "refused",
        "did not",
        "didn't",
        "would not",
        "wouldn't",
        "could not",
        "couldn't",
        "had not",
        "was ",
        "were ",
        "wasn't",
        "weren't",
    ]
    .iter()
    .any(|w| cue.starts_with(w))
}

/// `question` with the future put back from the past: "When would the bridge reopen?" →
/// "When will the bridge reopen?", "Would the club appeal?" → "Will the club appeal?". What
/// was not said then about what would come is still open now.
fn will_for_would(question: String) -> String {
    // ("Would the storm have caused less damage?": what might have been stays so.)
    if question.contains(" have ") && !question.contains(" have to ") {
        return question;
    }
    if let Some(rest) = question.strip_prefix("Would ") {
        return format!("Will {rest}");
    }
    let mut words: Vec<&str> = question.splitn(5, ' ').collect();
    // The auxiliary follows the wh-word ("When would"), or its noun ("How many jobs would").
    if let Some(at) = words.iter().take(4).position(|w| *w == "would") {
        words[at] = "will";
        return words.join(" ");
    }
    question
}

/// Another wh-clause after one ("…, and what its role will be", "… or why").
static NEXT_WH: LazyLock<Regex> = LazyLock::new(|| {
    small_regex(r"(?:,\s*(?:and\s+|or\s+)?|(?:^|\s+)(?:and|or)\s+)(?P<wh>whether|if|why|how|who|what|when|where|which)\s+")
        .unwrap()
});

/// The question an embedded wh-clause asks, `clause` following `wh` after a cue of not
/// knowing in `sentence`; `subject` is the one before the cue, for a pronoun opening the
/// clause to stand for.
fn embedded_question(
    wh: &str,
    clause: &str,
    subject: Option<&str>,
    disagreement: bool,
    sentence: &str,
) -> Option<String> {
    if disagreement && matches!(wh, "which" | "what" | "who") {
        return None;
    }
    // Not a clause of one word ("I don't know what is"), a speaker's own doubt ("whether I
    // should come"), nor one a quotation cuts.
    if clause.split_whitespace().count() < 2 {
        return None;
    }
    // Nor a yes-or-no clause cut to its auxiliary ("declined to say whether it would"):
    // what would happen was said before. ("What the action item is" asks what it is.)
    let last = clause
        .split_whitespace()
        .next_back()
        .unwrap_or_default()
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    if matches!(wh, "whether" | "if") && AUXILIARIES.contains(&last.as_str()) {
        return None;
    }
    let first_person = clause
        .split_whitespace()
        .next()
        .is_some_and(|w| matches!(w, "I" | "we" | "We" | "you" | "You"));
    if first_person || !balanced(clause) {
        return None;
    }
    // "The council declined to say whether it would appeal" asks whether the council would:
    // a pronoun opening the clause stands for the subject before the cue, when that is a
    // plain noun phrase. A pronoun with no one to place it on asks nothing clear ("Would it
    // return?", "Can its plan work?").
    // (After "how much", "how many jobs": "declined to say how much it lost" asks how
    // much the firm lost.)
    let is_pronoun = |w: &str| {
        matches!(
            w.to_lowercase().as_str(),
            "it" | "they" | "he" | "she" | "we" | "i" | "you" | "its" | "their" | "his" | "her"
        )
    };
    let words: Vec<&str> = clause.split_whitespace().collect();
    let quantity = wh == "how"
        && words.first().is_some_and(|w| {
            matches!(
                *w,
                "much" | "many" | "long" | "far" | "soon" | "often" | "big" | "large"
            )
        });
    // ("what sentence they will seek", "which route it took": a noun after "what" or
    // "which", then the pronoun.)
    let noun_then_pronoun = matches!(wh, "what" | "which")
        && words.len() > 2
        && words[0].chars().all(|c| c.is_ascii_lowercase())
        && !is_pronoun(words[0])
        && !DETERMINERS.contains(&words[0])
        && !AUXILIARIES.contains(&words[0])
        && matches!(words[1], "it" | "they" | "he" | "she");
    let at = if quantity {
        (1..words.len().min(3))
            .find(|&i| is_pronoun(words[i]))
            .unwrap_or(0)
    } else if noun_then_pronoun {
        1
    } else {
        0
    };
    let (lead, own) = if at > 0 {
        let start = clause
            .find(&format!(" {} ", words[at]))
            .map_or(0, |i| i + 1);
        clause.split_at(start)
    } else {
        ("", clause)
    };
    let placed = subject.and_then(|subject| placed_on(subject, own, sentence.contains('’')));
    if placed.is_none() && own.split_whitespace().next().is_some_and(is_pronoun) {
        return None;
    }
    let placed = placed.map(|p| format!("{lead}{p}"));
    embedded(wh, placed.as_deref().unwrap_or(clause)).map(finish)
}

/// A clause up to a second clause joined to it ("demand is set to rise, and the firm will
/// hire" → "demand is set to rise"): the question asks the first.
fn before_second_clause(rest: &str) -> &str {
    // ("between 150 euros and 300 euros if they …": the "and" of a range joins no clause;
    // nor does one inside a reported or a conditional clause: "tell voters that rents and
    // fares are rising", "unless cash from Oslo and Rome is used".)
    let range = |before: &str| {
        before
            .split_whitespace()
            .rev()
            .take(4)
            .any(|w| w == "between")
    };
    SECOND_CLAUSE
        .find_iter(rest)
        .find(|m| {
            let before = &rest[..m.start()];
            !range(before)
                && ![" that ", " unless ", " if "]
                    .iter()
                    .any(|w| before.contains(w))
        })
        .map_or(rest, |m| rest[..m.start()].trim_end_matches([',', ' ']))
}

/// The subject of a cue's clause: `before`, the words before the cue, when they are a plain
/// noun phrase that `plain_ok` accepts; or, when they end in "and" or "but", the subject the
/// clause shares with the one before ([`coordinated_subject`]).
fn own_or_shared_subject(before: &str, plain_ok: impl Fn(&str) -> bool) -> Option<&str> {
    match [" but", " and"].iter().find_map(|w| before.strip_suffix(w)) {
        Some(first_clause) => coordinated_subject(first_clause),
        None => {
            (subject_ok(before) && plain_noun_phrase(before) && plain_ok(before)).then_some(before)
        }
    }
}

/// The subject a clause joined by "and" or "but" shares with `first_clause` before it
/// ("The firm is weighing a bid, but has yet to …"): its [`opening_subject`], when no
/// clause inside the first could be the one joined ("People must prove they are fit and
/// are unlikely to …" joins "they are fit").
fn coordinated_subject(first_clause: &str) -> Option<&str> {
    let subject = opening_subject(first_clause)?;
    let inner = first_clause[subject.len()..].split_whitespace().any(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "he" | "she" | "they" | "it" | "we" | "i" | "you" | "that" | "who" | "which"
        )
    });
    (!inner).then_some(subject)
}

/// The plain noun phrase opening a sentence, up to its first auxiliary ("The French firm is
/// weighing a bid" → "The French firm"), when it is one a question can be built on.
fn opening_subject(s: &str) -> Option<&str> {
    let words: Vec<(usize, &str)> = s
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - s.as_ptr() as usize, w))
        .collect();
    let verb = words
        .iter()
        .take(7)
        // (As printed: a capitalised "May" is the month.)
        .position(|(_, w)| AUXILIARIES.contains(w))?;
    let subject = s[..words.get(verb)?.0].trim_end();
    ((1..=6).contains(&verb)
        && subject_ok(subject)
        && plain_noun_phrase(subject)
        && (subject.starts_with(char::is_uppercase) || subject.starts_with("the ")))
    .then_some(subject)
}

/// The subject of the clause that ends where a cue starts ("…, but the Justice Department"
/// before "has not said"): the words after the last comma or conjunction, when they are a
/// plain noun phrase of at most six words.
fn matrix_subject(before: &str) -> Option<&str> {
    let before = before.trim_end();
    let start = [
        ", ",
        " but ",
        " and ",
        " while ",
        " as ",
        " though ",
        " after ",
        " when ",
        " because ",
    ]
    .iter()
    .filter_map(|sep| before.rfind(sep).map(|i| i + sep.len()))
    .max()
    .unwrap_or(0);
    let mut subject = before[start..].trim();
    // ("The firm has declined to say whether …": the auxiliary is the cue's, not the
    // subject's.)
    subject = subject.strip_suffix(" so far").unwrap_or(subject);
    while let Some((head, last)) = subject.rsplit_once(' ') {
        if !(AUXILIARIES.contains(&last) || matches!(last, "also" | "still")) {
            break;
        }
        subject = head;
    }
    let words = subject.split_whitespace().count();
    ((1..=6).contains(&words)
        && subject_ok(subject)
        && plain_noun_phrase(subject)
        && subject
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || subject.starts_with("the ")))
    .then_some(subject)
}

/// A subject a question can be built on: no pronoun it could not place, not too long, and
/// no clause of its own ("Jo Li cautioned that a deal …").
fn subject_ok(subject: &str) -> bool {
    let words: Vec<&str> = subject.split_whitespace().collect();
    !opens_with_pronoun(subject)
        && words.len() <= 14
        // ("Borrowing costs have" before "remained on hold": the verb is cut in two.)
        && !words
            .last()
            .is_some_and(|w| AUXILIARIES.contains(&w.to_lowercase().as_str()))
        && {
            let list = listed(subject);
            !subject.char_indices().any(|(i, c)| {
                matches!(c, ';' | '“' | '"') || c == ',' && !inside_number(subject, i) && !list
            })
        }
        && !words.iter().enumerate().any(|(i, w)| {
            matches!(*w, "that" | "which" | "who") && !relative_clause(&words, i)
                || matches!(
                    *w,
                    "whether" | "say" | "said" | "says" | "told" | "while" | "because" | "although"
                )
                || matches!(*w, "has" | "have" | "had") && words.get(i + 1) == Some(&"been")
                // A verb of its own ("The rule is clear but use …"), unless in a clause
                // on a noun ("the question of who is to pay").
                || *w == "but"
                || matches!(*w, "is" | "are" | "was" | "were")
                    && !words[..i].iter().any(|v| {
                        matches!(*v, "who" | "which" | "that" | "what" | "whether" | "how" | "where" | "when")
                    })
                || w.ends_with("ed") && super::lexicon::speech_verb(w).is_some()
                // A verb that draws a consequence ("The scheme means people …"); not the
                // noun ("the means", "by means of").
                || matches!(*w, "means" | "suggests" | "indicates" | "implies")
                    && i > 0
                    && !DETERMINERS.contains(&words[i - 1].to_lowercase().as_str())
                    && !matches!(words[i - 1], "by" | "no" | "any")
        })
}

/// True when `subject` is a list of short noun phrases ("Schools, clinics and roads"): its
/// commas join items, not clauses.
fn listed(subject: &str) -> bool {
    let Some((items, last)) = subject.rsplit_once(" and ") else {
        return false;
    };
    let short = |item: &str| {
        let n = item.split_whitespace().count();
        (1..=4).contains(&n)
            && !item
                .split_whitespace()
                .any(|w| verb_form(&w.to_lowercase()))
    };
    items.contains(", ") && items.trim_end_matches(',').split(", ").all(short) && short(last)
}

/// True when the comma at byte `i` separates the thousands of a number ("120,000").
fn inside_number(text: &str, i: usize) -> bool {
    let bytes = text.as_bytes();
    i > 0
        && bytes[i - 1].is_ascii_digit()
        && bytes
            .get(i + 1..i + 4)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
}

/// True when the "that", "which" or "who" at `words[i]` opens a relative clause on the noun
/// before it ("a hearing that requires testimony"): a noun of no content clause ("the fact
/// that …", "the risk that …" say what follows), and a verb in the present after it.
fn relative_clause(words: &[&str], i: usize) -> bool {
    const CONTENT_NOUNS: &[&str] = &[
        "fact",
        "idea",
        "claim",
        "claims",
        "hope",
        "hopes",
        "fear",
        "fears",
        "belief",
        "notion",
        "possibility",
        "prospect",
        "news",
        "sign",
        "signs",
        "evidence",
        "report",
        "reports",
        "suggestion",
        "suggestions",
        "warning",
        "warnings",
        "risk",
        "chance",
        "view",
        "danger",
        "concern",
        "concerns",
        "argument",
        "assumption",
        "expectation",
        "expectations",
    ];
    let (Some(before), Some(after)) = (i.checked_sub(1).map(|b| words[b]), words.get(i + 1)) else {
        return false;
    };
    let before = before.to_lowercase();
    before.chars().all(char::is_alphabetic)
        && !CONTENT_NOUNS.contains(&before.as_str())
        && !before.ends_with("ed")
        && super::lexicon::speech_verb(&before).is_none()
        && after.chars().all(|c| c.is_ascii_lowercase())
        && after.len() > 3
        && after.ends_with('s')
        && !after.ends_with("ss")
}

/// A plain noun phrase only: not one that holds a verb or a clause of its own ("Analysts
/// believe prices could rise", "the city is preparing what could be …"), opens with a
/// preposition or subordinator ("Among areas where …"), or holds a pronoun the question
/// could not place.
fn plain_noun_phrase(subject: &str) -> bool {
    let words: Vec<String> = subject
        .split_whitespace()
        .map(|w| w.to_lowercase())
        .collect();
    words.len() <= 10
        && !SUBORDINATORS.contains(&words[0].as_str())
        && !matches!(
            words[0].as_str(),
            "among"
                | "just"
                | "last"
                | "next"
                | "later"
                | "earlier"
                | "if"
                | "under"
                | "by"
                | "from"
                | "to"
                | "of"
                | "during"
                | "against"
                | "over"
                | "into"
                | "through"
                | "within"
                | "without"
                | "between"
                | "following"
                | "amid"
        )
        && words.iter().enumerate().skip(1).all(|(i, w)| {
            // (A speech verb's base form is a noun too, "call centres", "the report"; not
            // before a determiner: "Analysts say the figures …".)
            let verb_before = words
                .get(i + 1)
                .is_some_and(|next| DETERMINERS.contains(&next.as_str()));
            super::lexicon::speech_verb(w).is_none_or(|lemma| lemma == w && !verb_before)
                && !AUXILIARIES.contains(&w.as_str())
                && !matches!(
                    w.as_str(),
                    "be" | "been"
                        | "believe"
                        | "believes"
                        | "think"
                        | "thinks"
                        | "expect"
                        | "expects"
                        | "fear"
                        | "fears"
                        | "hope"
                        | "hopes"
                        | "worried"
                        | "sure"
                        | "what"
                        | "how"
                        | "where"
                        | "when"
                        | "why"
                        | "whether"
                        | "if"
                        | "while"
                        | "it"
                        | "i"
                        | "we"
                        | "they"
                        | "he"
                        | "she"
                        | "you"
                )
        })
}

/// True when a would-be subject holds a verb of its own: an irregular past form ("The court
/// found the case …") or a past form before a determiner ("The court ruled the case …").
/// Not a participle only ("the risk of children being given votes").
fn holds_verb(subject: &str) -> bool {
    let words: Vec<String> = subject
        .split_whitespace()
        .map(|w| w.to_lowercase())
        .collect();
    words.iter().enumerate().skip(1).any(|(i, w)| {
        // ("A drug made by Acme": a participle on a noun, not the subject's verb.)
        let participle = words
            .get(i + 1)
            .is_some_and(|n| matches!(n.as_str(), "by" | "from"));
        is_irregular_past(w) && !["en", "wn", "rn"].iter().any(|p| w.ends_with(p)) && !participle
            // Past forms that are never a noun or an adjective ("prices meant the cartel …").
            || matches!(w.as_str(), "meant" | "felt")
            || (w.ends_with("ed")
                || REPORTING_PRESENT.contains(&w.as_str())
                || BELIEF_PRESENT.contains(&w.as_str()))
                && words
                    .get(i + 1)
                    .is_some_and(|n| matches!(n.as_str(), "the" | "a" | "an" | "that" | "this"))
    })
}

/// Verbs of showing or holding in the present, which before a determiner are the verb of
/// a clause, not part of a subject ("the figures show the market may …"); so are the verbs
/// of belief ([`BELIEF_PRESENT`]).
const REPORTING_PRESENT: &[&str] = &[
    "show",
    "shows",
    "suggest",
    "suggests",
    "indicate",
    "indicates",
    "mean",
    "means",
    "say",
    "says",
    "signal",
    "signals",
    "fear",
    "fears",
];

/// Verbs of belief in the present that frame a clause without "that" ("Jo Roe feels the
/// match could be close"): the clause after them is what is open ([`FRAME`]).
const BELIEF_PRESENT: &[&str] = &[
    "think", "thinks", "believe", "believes", "feel", "feels", "expect", "expects", "reckon",
    "reckons",
];

static ATTRIBUTION: LazyLock<Regex> = LazyLock::new(|| {
    small_regex(concat!(
        r#",["”]?\s+(?:[^,]{1,60}?\s)?(?:has\s+|have\s+|had\s+|is\s+|are\s+)?"#,
        r"(?:say|says|said|warn|warns|warned|warning|report|reports|reported|add|adds|added|told\s+\S+|cautioned|believes?|estimated?|predicted|suggested",
        r"|suggests?|forecasts?|predicts?|estimates)",
        r#"(?:\s+[^\s"“”]+){0,8}$|,\s+according\s+to\s.+$"#
    )).unwrap()
});

/// A clause without a closing attribution: "…, some economists warned", "…, the paper has
/// reported".
fn without_attribution(clause: &str) -> &str {
    ATTRIBUTION
        .find(clause)
        .map_or(clause, |m| clause[..m.start()].trim_end())
}

/// True when every quotation mark and bracket a clause opens, it closes: a question cut off
/// inside a quotation or an aside would read garbled.
fn balanced(clause: &str) -> bool {
    clause.matches('"').count() % 2 == 0
        && clause.matches('“').count() == clause.matches('”').count()
        && clause.matches('(').count() == clause.matches(')').count()
        && clause.matches('[').count() == clause.matches(']').count()
}

/// True when `subject` is the "there" of "there could be delays" or "there is expected to
/// be a vote", before `rest`: it stands for nothing, and the question keeps it ("Could
/// there be delays?", "Will there be a vote?").
fn existential(subject: &str, rest: &str) -> bool {
    subject.eq_ignore_ascii_case("there")
        && (rest.starts_with("be ") || rest.starts_with("not be "))
}

/// True when a clause's subject is a pronoun ("it", "they", "there" …): a question could
/// not say what it stands for.
fn opens_with_pronoun(clause: &str) -> bool {
    let mut words = clause.split_whitespace();
    words
        .next()
        .is_some_and(|w| match w.to_lowercase().as_str() {
            "it" | "he" | "she" | "they" | "this" | "that" | "we" | "i" | "you" => true,
            // "there will be cuts" stands for nothing: it asks "Will there be cuts?".
            "there" => !words
                .next()
                .is_some_and(|next| AUXILIARIES.contains(&next.to_lowercase().as_str())),
            _ => false,
        })
}

/// `clause` with the pronoun opening it put as `subject`, when it can stand for it: "it will
/// appeal" → "the council will appeal" ("it" for a singular, "they" for a plural). A
/// possessive becomes the subject's: "its members" → "the council's members", and "its"
/// after a possessed subject is the possessor's ("the city's mayor … its budget" → "the
/// city's budget"). `curly`: write the apostrophe as the text does.
fn placed_on(subject: &str, clause: &str, curly: bool) -> Option<String> {
    let (first, rest) = clause.split_once(' ')?;
    match first {
        // "its" is one owner's ("Officials wonder whether its plan …" is not theirs).
        "its" if plural(subject) => None,
        "its" | "their" | "his" | "her" => {
            let owner = ["'s ", "’s "]
                .iter()
                .filter_map(|m| subject.rfind(m).map(|at| at + m.len() - 1))
                .max()
                .filter(|_| matches!(first, "its" | "their"));
            Some(match owner {
                Some(end) => format!("{} {rest}", &subject[..end]),
                // "the unions' members", "the council's members".
                None => format!(
                    "{subject}{}{} {rest}",
                    if curly { '’' } else { '\'' },
                    if subject.ends_with('s') && plural(subject) {
                        ""
                    } else {
                        "s"
                    }
                ),
            })
        }
        // "he" or "she" stands for anyone (a person's name may end in "s": "Jo Williams …
        // he"); after "Mr Ray's conduct … whether he abused …", for the titled owner, not
        // what is his ("the club's striker … he" is the striker).
        "he" | "she" => Some(format!(
            "{} {rest}",
            titled_owner(subject).unwrap_or(subject)
        )),
        _ => agrees(first, subject).then(|| format!("{subject} {rest}")),
    }
}

/// The owner in a possessive subject when a person's title opens it ("Mr Ray" in "Mr Ray's
/// conduct"); `None` for anything else.
fn titled_owner(subject: &str) -> Option<&str> {
    let (owner, owned) = ["'s ", "’s "].iter().find_map(|m| subject.split_once(m))?;
    let title = owner.split_whitespace().next()?;
    (owned.starts_with(char::is_lowercase) && is_in(&PERSON_TITLES, title)).then_some(owner)
}

/// True when "they" or "it" can stand for `subject`: "they" for a plural, "it" for a
/// singular ("The council … whether they" is not the council). ("he" and "she" stand for
/// anyone: [`placed_on`] places them itself.)
fn agrees(pronoun: &str, subject: &str) -> bool {
    match pronoun {
        "they" => plural(subject),
        "it" => !plural(subject),
        _ => false,
    }
}

/// The sentence without a leading connective, its asides, a trailing attribution or final
/// punctuation.
fn plain(sentence: &str, relative_asides: bool) -> String {
    let s = without_interrupting_attribution(sentence.trim());
    let s = without_granted_perfects(&s);
    let s = LEAD.replace(&s, "");
    let s = without_asides(&s, relative_asides);
    without_unpaired_close(&s).to_string()
}

/// A modal perfect that grants something ("The side may have won, but …", "She could not
/// have played better"): `granted` is what follows it up to "but".
static CONCEDED_PERFECT: LazyLock<Regex> = LazyLock::new(|| {
    small_regex(concat!(
        r"(?i)(?-u:\b)(?:(?:may|might)\s+(?:well\s+)?(?:not\s+)?have",
        r"(?P<granted>\s+(?-u:[a-z])+(?-u:\b)[^.;?]*?(?-u:\b)but(?-u:\b))|could\s+not\s+have(?-u:\b))"
    ))
    .unwrap()
});

/// `text` with each modal perfect that grants something put as done: "The side may have
/// won, but the fans sulked" → "The side has won, but …"; "She could not have played
/// better" → "She has played better". Such a sentence concedes or praises; it leaves
/// nothing open. ("nothing but" means "only", and concedes nothing.)
///
/// ```
/// use briefing::extract::questions::without_granted_perfects;
/// assert_eq!(
///     without_granted_perfects("The side may have won, but the fans sulked."),
///     "The side has won, but the fans sulked."
/// );
/// assert_eq!(
///     without_granted_perfects("A faulty part may have caused the crash."),
///     "A faulty part may have caused the crash."
/// );
/// ```
pub fn without_granted_perfects(text: &str) -> std::borrow::Cow<'_, str> {
    CONCEDED_PERFECT.replace_all(text, |c: &regex::Captures| match c.name("granted") {
        Some(g)
            if ["nothing", "anything", "everything", "all"]
                .iter()
                .any(|w| g.as_str()[..g.len() - 3].trim_end().ends_with(w)) =>
        {
            c[0].to_string()
        }
        Some(g) => format!("has{}", g.as_str()),
        None => "has".to_string(),
    })
}

/// A quotation interrupted by its attribution: "“A,” she said, “b.”".
static INTERRUPTED: LazyLock<Regex> = LazyLock::new(|| {
    small_regex(concat!(
        r#"^["“](?P<first>[^"“”]{8,}?),["”]\s+(?:(?:[A-Za-z.'-]|’)+\s+){1,4}?"#,
        r#"(?:said|says|added|adds|wrote|writes|explained|continued|told\s+[A-Za-z]+),\s+"#,
        r#"["“](?P<second>[^"“”]+)["”]?$"#
    ))
    .unwrap()
});

/// A quotation broken by its attribution, made whole: "“A,” she said, “b.”" → "A, b". The
/// quoted words are one sentence; the attribution between them cuts its clause in two.
fn without_interrupting_attribution(sentence: &str) -> std::borrow::Cow<'_, str> {
    match INTERRUPTED.captures(sentence) {
        Some(c) => format!("{}, {}", &c["first"], &c["second"]).into(),
        None => sentence.into(),
    }
}

/// `text` without its full stop, and without a closing quotation mark that nothing in
/// `text` opens: "… if the owners "cut the scene"." keeps its pair, while a clause cut from
/// inside a quotation ("… whether the plan will work."") loses the mark.
fn without_unpaired_close(text: &str) -> &str {
    let mut s = text;
    loop {
        let trimmed = s.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '.' | '!'));
        let unpaired = trimmed.ends_with('"') && trimmed.matches('"').count() % 2 == 1
            || trimmed.ends_with('”')
                && trimmed.matches('”').count() > trimmed.matches('“').count()
            || trimmed.ends_with('’');
        if !unpaired {
            return trimmed;
        }
        s = &trimmed[..trimmed.len() - trimmed.chars().next_back().map_or(0, char::len_utf8)];
    }
}

static DASHED: LazyLock<Regex> =
    LazyLock::new(|| small_regex(r"\s(?:--|[—–-])\s[^—–.!?;:()]{1,100}?\s(?:--|[—–-])\s").unwrap());

static SUBJECT_ASIDE: LazyLock<Regex> = LazyLock::new(|| {
    small_regex(concat!(
        // (A figure's thousands comma is no aside's: "About 38,000 workers, …".)
        r"^(?P<head>[A-Za-z](?:[^,;]|,[0-9]{3}){1,80}?), (?P<aside>[^;]{1,160}?), ",
        r"(?P<verb>(?:is|are|was|were|has|have|had|will|would|could|may|might|must|should|can|remains?|remained|faces?|faced|said|told|[a-z]{3,}ed)\s)"
    ))
    .unwrap()
});

// ", which owns 18% of the firm," anywhere: a relative clause set off by commas adds to
// its noun and can go ("whether the fund, which owns 18%, will back the offer").
static RELATIVE_ASIDE: LazyLock<Regex> = LazyLock::new(|| {
    small_regex(r"(?P<noun>[A-Za-z0-9%)])(?:, (?:which|who|whose) [^,;:()“”\x22]{1,100}),(?P<next> (?:will|would|is|are|was|were|has|have|had|could|can|may|might|should|must|also|remains?|remained|said|says|[a-z]{3,}ed) )").unwrap()
});

/// A sentence without the asides a question can do without: one set off by a pair of dashes
/// ("the two men released in January - both brothers - have left"), and one between the
/// subject and its verb ("The dinner, on Tuesday, is expected to …", "Sony, which makes
/// games, could …"), when the subject before it is a plain noun phrase.
fn without_asides(s: &str, relative: bool) -> String {
    let s = DASHED.replace_all(s, " ");
    let s = if relative {
        RELATIVE_ASIDE.replace_all(&s, "$noun$next")
    } else {
        s
    };
    let Some(c) = SUBJECT_ASIDE.captures(&s) else {
        return s.into_owned();
    };
    let aside = c["aside"].to_lowercase();
    let joins = ["and ", "or ", "but ", "however", "though", "meanwhile"]
        .iter()
        .any(|w| aside.starts_with(w));
    if joins || !subject_ok(&c["head"]) || !plain_noun_phrase(&c["head"]) {
        return s.into_owned();
    }
    let start = c.name("verb").map_or(0, |v| v.start());
    format!("{} {}", &c["head"], &s[start..])
}

/// Cuts an embedded clause before an attribution or a second clause: "…, officials said",
/// "…; the airline …", "… because …".
fn clause_end(rest: &str) -> &str {
    let end = CUT.find(rest).map_or(rest.len(), |m| m.start());
    without_unpaired_close(rest[..end].trim_end_matches([',', ' ']))
}

/// The question an embedded clause asks: "whether the dam would hold" → "Would the dam
/// hold", "what information the agency had" → "What information did the agency have".
fn embedded(wh: &str, clause: &str) -> Option<String> {
    let words: Vec<&str> = clause.split_whitespace().collect();
    if words.is_empty() {
        return None;
    }
    // (Capitalised within a clause, "May" and "Will" are a month and a name: "whether
    // sales rise in May".)
    let is_aux = |w: &str| !w.starts_with(char::is_uppercase) && AUXILIARIES.contains(&w);
    // A clause opening with a conjunction or a preposition has no subject to ask of
    // ("whether and how it is reacting", "whether by selling shares or …").
    if matches!(words[0], "and" | "or" | "but") || super::words::is_preposition(words[0]) {
        return None;
    }
    if matches!(wh, "whether" | "if") {
        // "whether the dam would hold": the first auxiliary after the subject leads; with
        // none, "whether the mayor backed the plan" asks "Did the mayor back the plan?".
        let Some(a) = words.iter().skip(1).position(|w| is_aux(w)).map(|a| a + 1) else {
            return asked_with_did(&words, None);
        };
        // A simple past before it is the clause's verb: "whether Li knew the books were
        // doctored" asks "Did Li know …?", not of the books.
        if (1..a).any(|i| {
            let w = words[i].to_lowercase();
            let next = words.get(i + 1).copied().unwrap_or("");
            let object_follows = next.starts_with(char::is_uppercase)
                || DETERMINERS.contains(&next.to_lowercase().as_str());
            // ("whether any prizes won at home would …": a participle on the noun.)
            is_irregular_past(&w)
                && !["en", "wn", "rn"].iter().any(|p| w.ends_with(p))
                && !is_preposition(&next.to_lowercase())
                || w.ends_with("ed") && past_base(&w).is_some() && object_follows
        }) {
            return asked_with_did(&words, None);
        }
        // Not a plain subject before it: a clause opening with a subordinate one ("while
        // airlines comply, costs would …"), a subject with a clause of its own ("the demand
        // that had driven sales"), or one too long to be a subject.
        // A second modal after a noun is the sentence's own verb, the clause its subject:
        // "whether a judge should chair an inquiry should be decided by …".
        // (Only before a clause of its own starts: "so that costs could …".)
        let own = words[a + 1..]
            .iter()
            .position(|w| {
                w.ends_with(',')
                    || SUBORDINATORS.contains(&w.to_lowercase().as_str())
                    || matches!(
                        *w,
                        "that" | "so" | "and" | "or" | "but" | "which" | "who" | "than"
                    )
            })
            .map_or(words.len(), |end| a + 1 + end);
        let second_modal = words[a + 1..own].windows(2).any(|pair| {
            let before = pair[0].to_lowercase();
            matches!(
                pair[1],
                "will" | "would" | "should" | "could" | "can" | "may" | "might" | "must"
            ) && before.chars().all(|c| c.is_ascii_lowercase())
                // (A pronoun before it is a stop word: "… should say it should stay".)
                && !crate::text::is_stopword(&before)
        });
        let first = words[0].to_lowercase();
        if second_modal
            || words[..a].iter().any(|w| w.ends_with(','))
            || SUBORDINATORS.contains(&first.as_str())
            || words[..a]
                .iter()
                .any(|w| matches!(w.to_lowercase().as_str(), "that" | "which" | "who" | "whom"))
            || a > 12
        {
            return None;
        }
        let (lead, verb, taken) = leading_auxiliary(&words, a);
        let mut out = vec![crate::text::capitalise(&lead)];
        out.push(lower_determiner(&words[..a].join(" ")));
        out.extend(verb);
        out.extend(words[a + 1 + taken..].iter().map(|w| w.to_string()));
        return Some(out.join(" "));
    }
    // The wh-phrase: "what", "what information", "how many people", "which airline". "Why",
    // "when" and "where" stand alone, and "how" takes only a word of degree ("how many",
    // "how long"): "how companies should act" asks "How should companies act?".
    let mut k = 0;
    let limit = match wh {
        "why" | "when" | "where" => 0,
        "how" if !HOW_DEGREE.contains(&words[0].to_lowercase().as_str()) => 0,
        _ => words.len().min(2),
    };
    while k < limit {
        let w = words[k].to_lowercase();
        let w = w.trim_end_matches(',');
        if DETERMINERS.contains(&w) || is_aux(w) || !w.chars().all(|c| c.is_alphabetic()) {
            break;
        }
        // A verb straight after the wh-word makes the wh-word the subject ("what caused").
        if k == 0 && wh != "how" && (w.ends_with("ed") || past_base(w).is_some()) {
            break;
        }
        // A name opens the clause's subject ("how much Acme paid"); not a capitalised
        // adjective of a counted plural ("how many Irish roles will go").
        if k > 0 && words[k].starts_with(char::is_uppercase) {
            let counted_after = words[0].eq_ignore_ascii_case("many")
                && words.get(k + 1).is_some_and(|n| {
                    n.starts_with(char::is_lowercase) && plural(&n.to_lowercase())
                });
            if counted_after {
                k += 2;
            }
            break;
        }
        // "much" measures no plural: "how much investors will get back" asks how much they
        // will get, of the investors.
        if k == 1 && words[0].eq_ignore_ascii_case("much") && plural(w) && w != "news" {
            break;
        }
        k += 1;
    }
    // "how much of the money will reach them": the phrase runs on through its noun and is the
    // subject ("How much of the money will reach them?").
    if k > 0 && words[k - 1].eq_ignore_ascii_case("of") {
        return Some(format!(
            "{} {}",
            crate::text::capitalise(wh),
            words.join(" ")
        ));
    }
    let head = std::iter::once(crate::text::capitalise(wh))
        .chain(words[..k].iter().map(|w| w.to_string()))
        .collect::<Vec<_>>()
        .join(" ");
    let rest = &words[k..];
    let Some(first) = rest.first() else {
        return Some(head);
    };
    // The wh-phrase is the subject: "who will pay", "what caused the crash", "how many
    // people were aboard" (never a bare "why", "when", "where" or "how"). Not when a noun
    // and then an auxiliary follow it: "how much money investors will recover" has a subject
    // of its own.
    let own_subject = !is_aux(first)
        && !first.ends_with("ed")
        && past_base(&first.to_lowercase()).is_none()
        && !is_irregular_past(&first.to_lowercase())
        && rest
            .iter()
            .take(4)
            .position(|w| is_aux(w))
            .is_some_and(|a| a > 0 && plain_subject(&rest[..a]));
    if limit > 0
        && !own_subject
        && (is_aux(first)
            || !DETERMINERS.contains(&first.to_lowercase().as_str())
                && !first.starts_with(char::is_uppercase))
    {
        return Some(format!("{head} {}", rest.join(" ")));
    }
    // Subject and auxiliary swap: "what information the agency was acting on". The words
    // before the auxiliary must be a plain subject: in "how training goes and she will
    // cope" the auxiliary is another clause's. (An infinitive's "to do", "to have" is no
    // auxiliary: "what the ministry plans to do" asks with "does".)
    if let Some(a) = rest
        .iter()
        .enumerate()
        .position(|(i, w)| is_aux(w) && !(i > 0 && rest[i - 1] == "to"))
    {
        // ("what I'll do next year": the auxiliary is the contracted one.)
        let contracted = rest[..a].iter().any(|w| {
            ["'ll", "'ve", "'re", "'d", "’ll", "’ve", "’re", "’d"]
                .iter()
                .any(|c| w.ends_with(c))
        });
        if a > 0 && !contracted && plain_subject(&rest[..a]) {
            let (aux, mut verb, taken) = leading_auxiliary(rest, a);
            // "what the virus does once inside": in a reported clause "does" is the verb
            // itself, and the question needs it twice ("What does the virus do …").
            if matches!(aux.as_str(), "do" | "does" | "did")
                && verb.is_none()
                && !rest.get(a + 1).is_some_and(|w| matches!(*w, "not" | "n't"))
            {
                verb = Some("do".to_string());
            }
            let mut out = vec![head, aux];
            out.push(lower_determiner(&rest[..a].join(" ")));
            out.extend(verb);
            out.extend(rest[a + 1 + taken..].iter().map(|w| w.to_string()));
            return Some(out.join(" "));
        }
        return None;
    }
    // No auxiliary: "why the plane crashed" → "why did the plane crash".
    asked_with_did(rest, Some(head))
}

/// The auxiliary that leads the question a reported clause asks, its subject `words[..a]`
/// and its auxiliary `words[a]`: the auxiliary (lower case), the verb to put after the
/// subject in place of what the clause had, and how many words after the auxiliary that
/// verb replaces.
///
/// - "the bank has to act", "the firm had enough staff": "has" is the verb itself ("does …
///   have"); it is an auxiliary only before a participle ("has been", "has agreed").
/// - "whether it had paid a ransom": told back in time, the clause's past perfect is the
///   simple past ("did … pay"), and "had been warned" is "was … warned".
/// - "whether growth may slow" asks "might": "May …?" asks permission.
fn leading_auxiliary(words: &[&str], a: usize) -> (String, Option<String>, usize) {
    let aux = words[a].to_lowercase();
    let next = words
        .get(a + 1)
        .map(|w| w.to_lowercase())
        .unwrap_or_default();
    // ("whether she had fully recovered": an adverb in "-ly" before the participle.)
    let adverb_then_participle = next.ends_with("ly")
        && words
            .get(a + 2)
            .is_some_and(|w| past_participle(&w.to_lowercase()));
    let have_as_verb = !adverb_then_participle
        && !next.is_empty()
        && (next == "to"
            || !(past_participle(&next)
                || matches!(
                    next.as_str(),
                    "had"
                        | "not"
                        | "never"
                        | "already"
                        | "always"
                        | "also"
                        | "yet"
                        | "just"
                        | "long"
                        | "recently"
                        | "since"
                        | "previously"
                        | "once"
                        | "repeatedly"
                        | "still"
                        | "ever"
                        | "only"
                )));
    match aux.as_str() {
        "has" if have_as_verb => ("does".into(), Some("have".into()), 0),
        "have" if have_as_verb => ("do".into(), Some("have".into()), 0),
        "had" if have_as_verb => ("did".into(), Some("have".into()), 0),
        // ("whether he had treated her so or had used her": the perfect, told twice, stays.)
        "had"
            if words[a + 1..]
                .windows(2)
                .any(|p| matches!(p[0], "and" | "or") && p[1] == "had") =>
        {
            (aux, None, 0)
        }
        "had" if next == "been" => {
            // ("had there been doping violations": "there" agrees with what follows.)
            let subject = if words[..a] == ["there"] || words[..a] == ["There"] {
                words[a + 2..].join(" ")
            } else {
                words[..a].join(" ")
            };
            let be = if plural(&subject) { "were" } else { "was" };
            (be.into(), None, 1)
        }
        "had" => match IRREGULAR_PARTICIPLES
            .iter()
            .chain(&[("had", "have")])
            .find(|(p, _)| *p == next)
            .map(|(_, base)| base.to_string())
            .or_else(|| past_base(&next))
        {
            Some(base) => ("did".into(), Some(base), 1),
            None => (aux, None, 0),
        },
        "may" => ("might".into(), None, 0),
        _ => (aux, None, 0),
    }
}

/// A clause with no auxiliary, asked with "did": its subject, then its past-tense verb in
/// the base form ("the plane crashed" → "did the plane crash", after `head` when given:
/// "Why did the plane crash"). `None` when no past form can be told safely, or the subject
/// would hold a comma or a clause of its own.
fn asked_with_did(words: &[&str], head: Option<String>) -> Option<String> {
    // (Not a word right after a lone determiner: "a hundred people died", "the rugged
    // players won" have their verb further on.)
    let Some(v) = words.iter().enumerate().position(|(i, w)| {
        past_base(&w.to_lowercase()).is_some()
            && !(i == 1 && DETERMINERS.contains(&words[0].to_lowercase().as_str()))
    }) else {
        return asked_with_does(words, head);
    };
    // "the men released from custody" and "the plan approved by the board" are a subject
    // with a participle, not a subject and its verb.
    let passive = words
        .get(v + 1)
        .is_some_and(|w| matches!(w.to_lowercase().as_str(), "by" | "from"));
    if v == 0 || passive || v > 12 || !plain_subject(&words[..v]) {
        return None;
    }
    let base = past_base(&words[v].to_lowercase())?;
    Some(with_do("did", head, words, v, base))
}

/// True when `subject`, the words before a clause's verb, can be moved behind "did" or
/// "does": no comma or relative pronoun in it, no subordinate clause opening it, and no
/// subject pronoun after its first word ("anything he said" opens a relative clause, whose
/// verb is not the clause's).
fn plain_subject(subject: &[&str]) -> bool {
    !(subject.iter().any(|w| {
        let w_lower = w.to_lowercase();
        w.ends_with(',')
            || matches!(w_lower.as_str(), "that" | "which" | "who" | "whom")
            // ("will provoke reactions from many concerned": a verb phrase, no subject.)
            || AUXILIARIES.contains(&w_lower.as_str()) && !w.starts_with(char::is_uppercase)
    }) || subject[1..]
        .iter()
        .any(|w| matches!(*w, "he" | "she" | "they" | "we" | "I" | "you"))
        || SUBORDINATORS.contains(&subject[0].to_lowercase().as_str()))
}

/// The question of a clause whose verb, `words[v]`, is put in its base form behind `aux`
/// and the subject: after `head` when given ("Why did the plane crash"), else opening the
/// question ("Did the plane crash").
fn with_do(aux: &str, head: Option<String>, words: &[&str], v: usize, base: String) -> String {
    let mut out: Vec<String> = match head {
        Some(head) => vec![head, aux.to_string()],
        None => vec![crate::text::capitalise(aux)],
    };
    out.push(lower_determiner(&words[..v].join(" ")));
    out.push(base);
    // A second past verb the subject shares ("rigged bids and fixed the prices",
    // "planned ahead and responded quickly") is put in its base too: where an object, an
    // adverb or a preposition follows it, it is no adjective ("and dried fruit").
    let rest = &words[v + 1..];
    for (i, w) in rest.iter().enumerate() {
        let shared = aux == "did"
            && i >= 1
            && matches!(rest[i - 1], "and" | "or")
            && rest.get(i + 1).is_some_and(|next| {
                let next = next.to_lowercase();
                DETERMINERS.contains(&next.as_str())
                    || next.ends_with("ly")
                    || is_preposition(&next)
            });
        match past_base(w).filter(|_| shared) {
            Some(base) => out.push(base),
            None => out.push(w.to_string()),
        }
    }
    out.join(" ")
}

/// A clause in the present with no auxiliary, asked with "does": "the firm plans to sell
/// its stake" → "does the firm plan to sell its stake". Only a verb in "-s" after a
/// singular subject, and only where the word after it marks it a verb ("to", a
/// determiner, a name, a figure): in "whether sales rise" nothing tells the verb from a
/// noun, and in "whether the plans go ahead" the "-s" word is the subject's own.
fn asked_with_does(words: &[&str], head: Option<String>) -> Option<String> {
    let v = (1..words.len().min(13)).find(|&v| {
        let w = words[v];
        let before = words[v - 1].to_lowercase();
        // After a short subject opening with a determiner, a preposition or the clause's
        // end marks it too ("whether the drug works in older people", "… the plan works").
        let short_subject =
            v <= 3 && DETERMINERS.contains(&words[0].to_lowercase().as_str()) && v >= 2;
        let marks_verb = words.get(v + 1).map_or(short_subject, |next| {
            *next == "to"
                || DETERMINERS.contains(&next.to_lowercase().as_str())
                || next.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || short_subject && (is_preposition(&next.to_lowercase()) || *next == "as")
        });
        w.len() >= 4
            && w.chars().all(|c| c.is_ascii_lowercase())
            && w.ends_with('s')
            && !["ss", "us", "is"].iter().any(|e| w.ends_with(e))
            && marks_verb
            && !DETERMINERS.contains(&before.as_str())
            && !before.ends_with("'s")
            && !before.ends_with("’s")
            && !is_preposition(&before)
            && !matches!(before.as_str(), "and" | "or")
    })?;
    if plural(&words[..v].join(" ")) || !plain_subject(&words[..v]) {
        return None;
    }
    let w = words[v];
    let base = if let Some(stem) = w.strip_suffix("ies") {
        format!("{stem}y")
    } else if ["sses", "shes", "ches", "xes", "zes", "oes"]
        .iter()
        .any(|e| w.ends_with(e))
    {
        w[..w.len() - 2].to_string()
    } else {
        w[..w.len() - 1].to_string()
    };
    Some(with_do("does", head, words, v, base))
}

/// True for a word that may be a past participle after "have": "been", a form in "-ed",
/// "-en" or "-wn", or an irregular one ("paid", "had overpaid", "has outgrown").
fn past_participle(w: &str) -> bool {
    w == "been"
        || w.ends_with("ed")
        || w.ends_with("en")
        || w.ends_with("wn")
        || past_base(w).is_some()
        || ["", "over", "under", "out", "mis", "re"].iter().any(|p| {
            w.strip_prefix(p).is_some_and(|w| {
                is_irregular_past(w) || IRREGULAR_PARTICIPLES.iter().any(|(p, _)| *p == w)
            })
        })
}

/// True for an irregular past form ("fell", "took").
fn is_irregular_past(w: &str) -> bool {
    irregular_base(w).is_some()
}

/// The base form of an irregular past form ("took" → "take").
fn irregular_base(w: &str) -> Option<&'static str> {
    super::lexicon::IRREGULAR_PAST
        .iter()
        .find(|(past, _)| *past == w)
        .map(|&(_, base)| base)
}

/// The base form of a past-tense verb when it can be told safely ("crashed" → "crash",
/// "carried" → "carry", "took" → "take"); `None` for anything else.
fn past_base(w: &str) -> Option<String> {
    if let Some(base) = irregular_base(w) {
        return Some(base.to_string());
    }
    if let Some(stem) = w.strip_suffix("ied") {
        // ("died", "tied": a base in "-ie".)
        return Some(if stem.len() == 1 {
            format!("{stem}ie")
        } else {
            format!("{stem}y")
        })
        .filter(|_| !stem.is_empty());
    }
    // "agreed", "guaranteed": a base in "-ee" took only "d" ("exceed", "speed" and "indeed"
    // are no such forms).
    if let Some(stem) = w.strip_suffix("eed") {
        return (stem.len() >= 3 && !stem.ends_with(['c', 'p', 'd'])).then(|| format!("{stem}ee"));
    }
    regular_base(w.strip_suffix("ed")?)
}

/// The base form of an "-ing" form when it can be told safely ("following" → "follow",
/// "stopping" → "stop", "producing" → "produce"); `None` for anything else ("taking" could
/// be "tak" or "take").
fn gerund_base(w: &str) -> Option<String> {
    regular_base(w.strip_suffix("ing")?)
}

/// The base a regular ending ("-ed", "-ing") was added to, when the spelling of `stem` (the
/// word without the ending) shows it; `None` where it does not ("hop" could be "hop" or
/// "hope").
fn regular_base(stem: &str) -> Option<String> {
    if stem.len() < 3 || !stem.chars().all(|c| c.is_ascii_lowercase()) {
        return None;
    }
    let tail: Vec<char> = stem.chars().rev().take(3).collect();
    let vowel = |c: char| "aeiou".contains(c);
    // English spelling drops a final "e" after c, v and z ("forced", "solving", "seized"),
    // and after s that follows two vowels ("caused", "releasing").
    // So does a base ending in "ue" ("continued", "argued"), in a consonant and "le"
    // ("settled", "enabled"; not "curled", "howled"), in "rge", "dge" or "lge" ("charged",
    // "judged"), in "iate" or "uate" ("negotiated", "evaluated"), and in "quire", "quote"
    // or "quate" ("required", "quoted"), where "u" is no vowel of its own.
    let consonant_le = tail[0] == 'l' && !vowel(tail[1]) && !matches!(tail[1], 'r' | 'w' | 'l');
    // So does one in "se" after a consonant or a single vowel ("closed", "collapsed",
    // "proposed", "accused"; "focused" keeps its "focus", "passed" its double "s").
    let lost_se = tail[0] == 's'
        && tail[1] != 's'
        && (!vowel(tail[1]) || !vowel(tail[2]))
        && !stem.ends_with("cus");
    if matches!(tail[0], 'c' | 'v' | 'z') && tail[1] != tail[0]
        || tail[0] == 's' && vowel(tail[1]) && vowel(tail[2])
        || lost_se
        || tail[0] == 'u'
        || consonant_le
        || tail[0] == 'g' && matches!(tail[1], 'r' | 'd' | 'l')
        || ["iat", "uat", "quir", "quot", "quat"]
            .iter()
            .any(|e| stem.ends_with(e))
    {
        return Some(format!("{stem}e"));
    }
    // An unstressed "-er" or "-en" after a consonant never lost an "e": "entered",
    // "ordered", "happened", "threatened" (not "interfered", "adhered", "convened",
    // "intervened", whose bases end in "e").
    if (stem.ends_with("er") || stem.ends_with("en"))
        && !vowel(tail[2])
        && stem.len() >= 4
        && ![
            "interfer",
            "adher",
            "coher",
            "persever",
            "rever",
            "conven",
            "interven",
            "contraven",
        ]
        .iter()
        .any(|e| stem.ends_with(e))
    {
        return Some(stem.to_string());
    }
    // Before "ng" the vowel tells: "challenged", "plunged", "infringed" and "changed",
    // "arranged" lost an "e"; "belonged", "banged", "hanged" and "pinged" did not.
    if stem.ends_with("ng") {
        let lost_e = ["eng", "ung", "chang", "rang"]
            .iter()
            .any(|e| stem.ends_with(e))
            || stem.ends_with("ing") && stem.len() >= 5;
        return Some(if lost_e {
            format!("{stem}e")
        } else {
            stem.to_string()
        });
    }
    // A doubled final consonant ("occurred", "stopping", "planned"): the base has one. A
    // base may double d, f, l, s or z itself ("added", "falling", "passing"): taken as it
    // stands only in one syllable ("travelling" could be "travel" or "travell").
    if tail[0] == tail[1] && !vowel(tail[0]) && vowel(tail[2]) {
        if matches!(tail[0], 'b' | 'g' | 'm' | 'n' | 'p' | 'r' | 't') {
            return Some(stem[..stem.len() - 1].to_string());
        }
        let syllables = stem
            .chars()
            .zip(stem.chars().skip(1).chain(std::iter::once(' ')))
            .filter(|&(c, next)| vowel(c) && !vowel(next))
            .count();
        let kept = matches!(tail[0], 'd' | 'f' | 'l' | 's' | 'z') && syllables == 1;
        return kept.then(|| stem.to_string());
    }
    // Otherwise only endings that never lost an "e": w, x or y ("followed", "fixing",
    // "played"), a consonant pair ("crash", "start") or a vowel pair before the consonant
    // ("fail", "wait"); not s after a consonant ("collapsed" is "collapse").
    let clear = matches!(tail[0], 'w' | 'x' | 'y')
        || !vowel(tail[0])
            && tail[0] != 's'
            && (!vowel(tail[1]) && tail[0] != tail[1] || vowel(tail[1]) && vowel(tail[2]));
    clear.then(|| stem.to_string())
}

/// A subject whose head word reads as a plural ("the figures", not "the press").
fn plural(subject: &str) -> bool {
    // The head noun ends the subject's first phrase: "the outlook for exports" is one outlook.
    subject
        .split_whitespace()
        .take_while(|w| {
            !matches!(
                *w,
                "of" | "for"
                    | "in"
                    | "on"
                    | "at"
                    | "to"
                    | "from"
                    | "with"
                    | "about"
                    | "over"
                    | "behind"
                    | "between"
                    | "such"
                    | "like"
                    | "including"
            )
        })
        .last()
        // (Not "-ss", "-sis", "-us": "the prognosis", "the status", "the bus". "The three",
        // "both" and "people" are many.)
        .is_some_and(|w| {
            // ("Police have not said …" opens a sentence.)
            let w = w.to_lowercase();
            w.ends_with('s') && !["ss", "sis", "us"].iter().any(|e| w.ends_with(e))
                || super::conflicts::number_value(&w).is_some_and(|n| n > 1.0)
                || matches!(
                    w.as_str(),
                    "both" | "people" | "police" | "children" | "men" | "women"
                )
        })
}

/// A subject moved inside a question: its leading determiner loses its capital ("The
/// agency" → "the agency"); names keep theirs.
fn lower_determiner(subject: &str) -> String {
    let mut parts = subject.splitn(2, ' ');
    let first = parts.next().unwrap_or("");
    let rest = parts.next();
    let lower = first.to_lowercase();
    // ("Police", "Investigators": a common noun capitalised to open the sentence, unless a
    // name goes on after it: "Police Scotland".)
    let common_noun = matches!(
        lower.as_str(),
        "police"
            | "authorities"
            | "investigators"
            | "prosecutors"
            | "analysts"
            | "experts"
            | "critics"
            | "residents"
            | "officers"
            | "researchers"
            | "scientists"
            | "doctors"
            | "economists"
            | "rescuers"
    ) && rest.is_none_or(|r| r.starts_with(char::is_lowercase));
    let first = if DETERMINERS.contains(&lower.as_str())
        || common_noun
        || matches!(lower.as_str(), "initial" | "officials" | "many" | "several")
    {
        lower
    } else {
        first.to_string()
    };
    match rest {
        Some(r) => format!("{first} {r}"),
        None => first,
    }
}

/// A question ends with one question mark and no stray punctuation.
fn finish(q: String) -> String {
    let mut q = q.trim_end_matches(|c: char| c.is_whitespace() || ",.;:!?".contains(c));
    // A closing connective belongs to the sentence, not the question ("…, however").
    for tail in [", however", ", though", ", too", ", then"] {
        q = q.strip_suffix(tail).unwrap_or(q);
    }
    // So does a time told by the sentences around it ("… on bail until then").
    for tail in [" until then", " by then", " in the meantime", " meanwhile"] {
        q = q.strip_suffix(tail).unwrap_or(q);
    }
    format!("{q}?")
}

#[cfg(test)]
mod tests {
    use super::question;

    /// Asserts the question each sentence leaves open (`None`: none).
    fn asks(cases: &[(&str, Option<&str>)]) {
        for (sentence, want) in cases {
            assert_eq!(question(sentence).as_deref(), *want, "{sentence}");
        }
    }

    #[test]
    fn a_clause_after_when_asks_what_happens_then() {
        asks(&[
            (
                "The vote is on Monday, when MPs are expected to back the bill.",
                Some("Will MPs back the bill?"),
            ),
            ("The board met on Friday, when a decision was taken.", None),
        ]);
    }

    #[test]
    fn a_belief_framing_a_clause_asks_the_clause() {
        asks(&[
            (
                "Jo Roe feels the derby could end up being a bruising battle.",
                Some("Could the derby end up being a bruising battle?"),
            ),
            (
                "And analysts think the merger could end up costing jobs.",
                Some("Could the merger end up costing jobs?"),
            ),
            (
                "The minister believes the plan is unlikely to pass.",
                Some("Will the plan pass?"),
            ),
        ]);
    }

    #[test]
    fn a_clause_cut_to_its_auxiliary_asks_nothing() {
        asks(&[
            ("The company declined to say whether it would.", None),
            ("The firm would not say if it will.", None),
            (
                "It is not clear what the next step is.",
                Some("What is the next step?"),
            ),
            (
                "The company declined to say whether it would pay.",
                Some("Will the company pay?"),
            ),
        ]);
    }

    #[test]
    fn an_existential_there_stays_in_the_question() {
        asks(&[
            (
                "There could be more delays.",
                Some("Could there be more delays?"),
            ),
            (
                "There is expected to be a vote on Monday.",
                Some("Will there be a vote on Monday?"),
            ),
            (
                "Jo Roe said there may be further cuts at the plant.",
                Some("Might there be further cuts at the plant?"),
            ),
            (
                "There may not be enough rooms to go round.",
                Some("Might there not be enough rooms to go round?"),
            ),
            // ("Analysts say" is no subject: the clause after it is asked.)
            (
                "Analysts say there is likely to be a rate rise.",
                Some("Will there be a rate rise?"),
            ),
        ]);
    }

    #[test]
    fn an_aside_or_a_concession_after_a_comma_ends_the_question() {
        asks(&[
            (
                "There may be concerns other than cost, however, especially as the firm is new.",
                Some("Might there be concerns other than cost?"),
            ),
            (
                "The sale may not prove so simple, especially as the unit is linked to the state.",
                Some("Might the sale not prove so simple?"),
            ),
            (
                "There may be a perception that the town is in decline, even though sales rose.",
                Some("Might there be a perception that the town is in decline?"),
            ),
            // ("If anything" opens no condition: it is not asked after the clause.)
            (
                "If anything, there may be greater calls for a rate cut.",
                Some("Might there be greater calls for a rate cut?"),
            ),
            (
                "If the vote fails, the firm could cut more jobs.",
                Some("Could the firm cut more jobs if the vote fails?"),
            ),
        ]);
    }

    #[test]
    fn a_demand_asks_whether_it_will_be_met() {
        asks(&[
            (
                "A criminal gang has demanded a ransom of $4 million from the Velden trust after the attack, according to a person familiar with the matter.",
                Some("Will the criminal gang's demand for a ransom of $4 million be met?"),
            ),
            (
                "The union is demanding a pay rise of 8 percent.",
                Some("Will the union's demand for a pay rise of 8 percent be met?"),
            ),
            (
                "Tory leader Jo Roe has written to the minister demanding an explanation of the rules.",
                Some("Will the demand for an explanation of the rules be met?"),
            ),
            // A demand of an act, or a demanding thing: no demand to meet.
            ("The players demanded Sir Ian Lowe quit.", None),
            (
                "The chancellor has demanded all departments make savings.",
                None,
            ),
            (
                "Three boys will share the demanding role of the dancer.",
                None,
            ),
            (
                "The firm agreed to lower the price demanded by $2 a tonne.",
                None,
            ),
        ]);
    }

    #[test]
    fn rewrites_each_shape() {
        let cases: &[(&str, Option<&str>)] = &[
            (
                "Police declined to name the suspect.",
                Some("Who is the suspect?"),
            ),
            (
                "The airline is not releasing the identities of the victims.",
                Some("What are the identities of the victims?"),
            ),
            (
                "The ministry declined to reveal the location of the talks but said they would be held soon.",
                Some("What is the location of the talks?"),
            ),
            ("She declined to give details.", None),
            (
                "The council declined to say whether its members would resign.",
                Some("Will the council's members resign?"),
            ),
            (
                "The region's future depends on whether its dams can hold.",
                Some("Can the region's dams hold?"),
            ),
            ("Officials wonder whether its plan can work.", None),
            (
                "Its lawyer said it did not know whether they would appeal.",
                None,
            ),
            (
                "Jo Li has denied claims that he knew the books were doctored.",
                Some("Did Jo Li know the books were doctored?"),
            ),
            (
                "The mayor has dismissed claims that her budget was unfunded.",
                Some("Was the mayor's budget unfunded?"),
            ),
            (
                "The club has rejected reports that coach Ann Roe resigned.",
                Some("Did coach Ann Roe resign?"),
            ),
            (
                "Lawyers for the pair denied allegations they had planted the device.",
                None,
            ),
            (
                "The minister has denied suggestions there will be tax rises in March.",
                Some("Will there be tax rises in March?"),
            ),
            (
                "Analysts warned that there could be further delays.",
                Some("Could there be further delays?"),
            ),
            ("The ministry says it may be best to wait until June.", None),
            (
                "He refused to say if there was a specific threat.",
                Some("Was there a specific threat?"),
            ),
            (
                "The airline said that it may lose millions of euros as a result.",
                Some("Might the airline lose millions of euros as a result?"),
            ),
            ("The rule is clear but use in photos is unclear.", None),
            (
                "The union says it has yet to receive a formal proposal.",
                Some("Will the union receive a formal proposal?"),
            ),
            (
                "The captain will have surgery on Friday but the club has yet to name a replacement.",
                Some("Will the club name a replacement?"),
            ),
            (
                "The firm has not yet announced when the phone will be on sale in Europe.",
                Some("When will the phone be on sale in Europe?"),
            ),
            (
                "Analysts said trade had been stifled while the ownership of the firm remained unclear.",
                None,
            ),
            (
                "The outcome hinges on whether the talks can resume by Friday.",
                Some("Can the talks resume by Friday?"),
            ),
            (
                "The campaign is unlikely to change many minds.",
                Some("Will the campaign change many minds?"),
            ),
            (
                "Analysts said the merger could turn out to be a costly mistake.",
                Some("Could the merger turn out to be a costly mistake?"),
            ),
            (
                "Banker Jo Li told Fox News that the deal could prove a good decision.",
                Some("Could the deal prove a good decision?"),
            ),
            (
                "The agency opened a crisis centre but is not releasing the identities.",
                None,
            ),
            (
                "The terms of the deal were not disclosed.",
                Some("Have the terms of the deal been disclosed?"),
            ),
            (
                "The film was not released in cinemas, and it is unclear why.",
                None,
            ),
            (
                "It is not yet clear what caused the fire at the depot.",
                Some("What caused the fire at the depot?"),
            ),
            (
                "However, a city official said it was unclear what information the inspectors were acting on.",
                Some("What information were the inspectors acting on?"),
            ),
            (
                "It remains unclear whether the dam would hold through the storm.",
                Some("Would the dam hold through the storm?"),
            ),
            (
                "It is unclear who will pay for the repairs, officials said.",
                Some("Who will pay for the repairs?"),
            ),
            (
                "It is not known why the ferry capsized.",
                Some("Why did the ferry capsize?"),
            ),
            (
                "Rescuers do not know how many people were aboard.",
                Some("How many people were aboard?"),
            ),
            (
                "The cause of the blaze is not yet known.",
                Some("What caused the blaze?"),
            ),
            (
                "The identity of the driver remains unknown.",
                Some("What is the identity of the driver?"),
            ),
            (
                "The talks are expected to resume on Monday, officials said.",
                Some("Will the talks resume on Monday?"),
            ),
            (
                "The ferry is due to be refloated later this month.",
                Some("Will the ferry be refloated later this month?"),
            ),
            (
                "Harbour traffic is set to double in 2030, research suggests.",
                Some("Will Harbour traffic double in 2030?"),
            ),
            (
                "The council will decide on Friday whether to close the bridge.",
                Some("Will the council close the bridge?"),
            ),
            ("He is expected to resign on Friday.", None),
            (
                "The mayor's trial is expected to last a month and if convicted she faces a fine.",
                Some("Will the mayor's trial last a month?"),
            ),
            (
                "Output fell 4% in May and is expected to recover in June.",
                None,
            ),
            (
                "Applicants would have to prove they are healthy and are unlikely to need care.",
                None,
            ),
            ("She did not believe anything he said.", None),
            ("The storm is expected to have damaged the pier.", None),
            (
                "Analysts have questioned whether the port has enough berths.",
                Some("Does the port have enough berths?"),
            ),
            (
                "Inspectors are investigating whether the crane had been serviced.",
                Some("Was the crane serviced?"),
            ),
            // Told back in time, the past perfect is the simple past; "had" before a noun
            // is the verb itself.
            (
                "The insurer declined to say whether it had paid a ransom.",
                Some("Did the insurer pay a ransom?"),
            ),
            (
                "It was not clear whether the ban had had any effect.",
                Some("Did the ban have any effect?"),
            ),
            (
                "It is unclear what effect the ban has had on sales.",
                Some("What effect has the ban had on sales?"),
            ),
            (
                "Investigators are trying to determine how long the hackers had access to the system.",
                Some("How long did the hackers have access to the system?"),
            ),
            (
                "Police have not said why the man had a gun.",
                Some("Why did the man have a gun?"),
            ),
            (
                "Police have not said why the three had been detained.",
                Some("Why were the three detained?"),
            ),
            (
                "It is unclear whether there had been doping violations.",
                Some("Were there doping violations?"),
            ),
            // A claim said to be unconfirmed, without the frame of belief before it.
            (
                "Engineers believe a section of the barrier was undermined by water, but this has not been confirmed.",
                Some("Was a section of the barrier undermined by water?"),
            ),
            (
                "Police believe the fire was started deliberately, but this could not be verified.",
                Some("Was the fire started deliberately?"),
            ),
            // "it" opening a denied claim is the one who denies it.
            (
                "The insurer denied that it had withheld information.",
                Some("Did the insurer withhold information?"),
            ),
            // An infinitive's "to do" is no auxiliary; "as" after a short subject's verb.
            (
                "It is unclear what the agency intends to do next.",
                Some("What does the agency intend to do next?"),
            ),
            (
                "The club has not said who it wants as a permanent replacement.",
                Some("Who does the club want as a permanent replacement?"),
            ),
            // A reported clause opening with a quantity and a plural.
            (
                "Jo Li said further strikes in January could not be ruled out.",
                Some("Are further strikes in January possible?"),
            ),
            // A quotation's close before its attribution ends the clause.
            (
                "\"We will look closely at whether the insurer had proper security in place,\" an agency spokeswoman said.",
                Some("Did the insurer have proper security in place?"),
            ),
            // No subject to ask of; a clause left inside the question.
            (
                "The study adds \"a building block to our understanding of whether and how the sector is reacting,\" said Jo Li, a professor.",
                None,
            ),
            (
                "\"The thing to decide now is the method - whether by selling shares to the public or to an investor,\" he said.",
                None,
            ),
            (
                "It's more likely the smaller reinsurance firms might have some exposure,\" said Jo Li, an analyst at Elm & Co.",
                None,
            ),
            (
                "Critics question whether the plan will work.",
                Some("Will the plan work?"),
            ),
            (
                "A hearing next week will rule on whether the court has jurisdiction in the case.",
                Some("Does the court have jurisdiction in the case?"),
            ),
            (
                "A row over whether the port should close has reached the high court.",
                None,
            ),
            (
                "Analysts queried whether the bank had overpaid for the unit.",
                Some("Had the bank overpaid for the unit?"),
            ),
            (
                "Officials will assess whether output would recover this year, the Film Board said.",
                Some("Would output recover this year?"),
            ),
            (
                "They will press the council over whether targets could be met and whether the budget would hold.",
                Some("Could targets be met?"),
            ),
            ("An inquiry will look at whether it had been warned.", None),
            (
                "You cannot hunt with dogs, whether the quarry is a fox or a deer.",
                None,
            ),
            (
                "The Acme group is weighing a bid, but has yet to contact its target.",
                Some("Will the Acme group contact its target?"),
            ),
            (
                "The Tories have promised tax cuts but have yet to say where they will fall.",
                Some("Will the Tories say where they will fall?"),
            ),
            ("The council met on Monday and has yet to decide.", None),
            (
                "In short, whether the calls break the rules will depend on the script.",
                None,
            ),
            // A comma left in the clause.
            (
                "On the question of whether such papers, once filed, are kept private, Jo Li, who sits on the panel, said no.",
                None,
            ),
            // (The relative clause after the speaker goes: the clause is whole.)
            (
                "On the question of whether such papers have always been kept private, Jo Li, who sits on the panel, said no.",
                Some("Have such papers always been kept private?"),
            ),
            (
                "Economists are divided over whether rates will rise, and say that markets are calm.",
                Some("Will rates rise?"),
            ),
            (
                "Analysts are divided over which approach is best and say that it may prove decisive.",
                None,
            ),
            (
                "Not everyone agrees with the mayor that the bridge should close.",
                Some("Should the bridge close?"),
            ),
            (
                "Not everyone is convinced the boom can continue.",
                Some("Can the boom continue?"),
            ),
            (
                "\"I wondered whether I should stay,\" the driver said. It is unclear whether I should stay.",
                None,
            ),
            (
                "The council declined to say whether it would appeal the ruling.",
                Some("Will the council appeal the ruling?"),
            ),
            (
                "Campaigners urged the city to act, but the ministry has not said if it will appeal.",
                Some("Will the ministry appeal?"),
            ),
            // ("it" stands for nothing the question could name.)
            ("It remains unclear whether it will hold.", None),
            (
                "The ministry refused to say if it would appeal.",
                Some("Will the ministry appeal?"),
            ),
            (
                "The flood raises the question of whether the port is safe.",
                Some("Is the port safe?"),
            ),
            (
                "No one knows whether the bridge will reopen, amid fears of further storms.",
                Some("Will the bridge reopen?"),
            ),
            (
                "There is uncertainty over whether the levy will survive.",
                Some("Will the levy survive?"),
            ),
            (
                "A spokesman declined to say whether the mayor backed the plans.",
                Some("Did the mayor back the plans?"),
            ),
            (
                "It is not known whether the two men released from custody have left.",
                Some("Have the two men released from custody left?"),
            ),
            (
                "It is not known whether the men released from custody - two brothers - have left.",
                Some("Have the men released from custody left?"),
            ),
            (
                "The dinner, on Tuesday, is expected to be attended by 800 guests.",
                Some("Will the dinner be attended by 800 guests?"),
            ),
            (
                "A host of stars, including Ana Roe, Jo Li and Max Berg, are expected to attend the gala.",
                Some("Will a host of stars attend the gala?"),
            ),
            (
                "The harbour board, which met on Friday, has not yet decided whether the ferry will run.",
                Some("Will the ferry run?"),
            ),
            (
                "The board is considering whether to sell the ferry.",
                Some("Will the board sell the ferry?"),
            ),
            // Told in reported speech, and to someone named.
            (
                "Jo Li said the board would decide next month whether to sell the ferry.",
                Some("Will the board sell the ferry?"),
            ),
            (
                "Jo Li told the Harbour Times the board would decide in April whether to sell the ferry.",
                Some("Will the board sell the ferry?"),
            ),
            // A subject holding a verb, a phrase opening with a preposition: no question.
            // A second clause: the first is asked.
            ("The court in Oslo found the case could not be heard.", None),
            ("Under the plan the ferry could be sold.", None),
            (
                "The levy, some believe, could be enough to calm markets, and could help the port.",
                Some("Could the levy be enough to calm markets?"),
            ),
            (
                "The sale is expected to be completed by April and to be profitable in 2027.",
                Some("Will the sale be completed by April?"),
            ),
            (
                "The bands are expected to join the bill in the coming months, and the mayor will attend.",
                Some("Will the bands join the bill in the coming months?"),
            ),
            (
                "The former staff have pleaded guilty and are expected to give evidence against him.",
                Some("Will the former staff give evidence against him?"),
            ),
            (
                "Output fell 4% in May and is expected to recover in June.",
                None,
            ),
            (
                "Applicants would have to prove they are healthy and are unlikely to need care.",
                None,
            ),
            ("She did not believe anything he said.", None),
            (
                "The bank will probably keep rates on hold at 4.75%, analysts said.",
                Some("Will the bank keep rates on hold at 4.75%?"),
            ),
            (
                "The carmaker is considering building a plant in India, but has yet to decide.",
                Some("Will the carmaker build a plant in India?"),
            ),
            (
                "The risk of children being given votes could be cut by new rules.",
                Some("Could the risk of children being given votes be cut by new rules?"),
            ),
            (
                "Uncertainty remains over the future of the ferry line, owned by the city.",
                Some("What is the future of the ferry line, owned by the city?"),
            ),
            ("Questions remain over the colour of the new bridge.", None),
            (
                "The future ownership of the port remains unclear amid talk of a sale.",
                Some("What is the future ownership of the port?"),
            ),
            (
                "She said that the timing of the vote was still to be decided.",
                Some("Has the timing of the vote been decided?"),
            ),
            (
                "A hearing that requires testimony from the owners could happen next year.",
                Some("Could a hearing that requires testimony from the owners happen next year?"),
            ),
            ("The fact that prices rose could hurt sales.", None),
            (
                "The grounding raises the specter of other countries following suit.",
                Some("Will other countries follow suit?"),
            ),
            (
                "The closure raises the prospect of ferries stopping for good.",
                Some("Will ferries stop for good?"),
            ),
            (
                "The ban raises the prospect of airlines taking action.",
                None,
            ),
            (
                "The rise raises the risk of lenders adding fees.",
                Some("Will lenders add fees?"),
            ),
            (
                "The rise raises the risk of tourists travelling less.",
                None,
            ),
            (
                "The slump raises the prospect of banks collapsing.",
                Some("Will banks collapse?"),
            ),
            (
                "It is unclear how much of the money will reach the victims.",
                Some("How much of the money will reach the victims?"),
            ),
            (
                "The mayor will have to tackle the question of how to win back voters.",
                Some("How will the mayor win back voters?"),
            ),
            (
                "The firm's sincerity in backing the cause was immediately called into question.",
                Some("Is the firm's sincerity in backing the cause in doubt?"),
            ),
            ("The risk that prices could rise is uncertain.", None),
            // Not an aside: a list (the whole list is the subject), or a leading phrase.
            (
                "Oslo, Bergen and Bodo are expected to vote on Monday.",
                Some("Will Oslo, Bergen and Bodo vote on Monday?"),
            ),
            (
                "On Monday, the council, meeting in Leeds, is expected to vote.",
                None,
            ),
            // (A relative clause set off by commas goes wherever it stands.)
            (
                "On Monday, the council, which met on Friday, is expected to vote.",
                Some("Will the council vote?"),
            ),
            (
                "It has not yet been determined how much each director will have to pay.",
                Some("How much will each director have to pay?"),
            ),
            (
                "But the report doesn't say how companies should be persuaded to comply.",
                Some("How should companies be persuaded to comply?"),
            ),
            (
                "It is unclear when ministers will decide.",
                Some("When will ministers decide?"),
            ),
            (
                "The harbour authority has yet to say when the port will reopen.",
                Some("When will the port reopen?"),
            ),
            (
                "Initial claims of a ceasefire were later contradicted by the army.",
                Some("Were initial claims of a ceasefire accurate?"),
            ),
            (
                "The court's jurisdiction has been challenged by two banks.",
                Some("Will the court's jurisdiction stand?"),
            ),
            (
                "The official death toll has been disputed by aid groups.",
                Some("Is the official death toll accurate?"),
            ),
            (
                "A final settlement is still a long way off.",
                Some("How far off is a final settlement?"),
            ),
            (
                "The figures could not be independently verified.",
                Some("Are the figures true?"),
            ),
            (
                "Details of the agreement remain scarce.",
                Some("What are the details of the agreement?"),
            ),
            (
                "Despite the progress made at the talks, key issues such as water rights remain unresolved.",
                Some("How will key issues such as water rights be resolved?"),
            ),
            (
                "The mayor acknowledged that a full commitment from the state remains uncertain, calling it a hope.",
                Some("Is a full commitment from the state certain?"),
            ),
            // Shapes it does not know, or a pronoun subject it cannot place: no question.
            ("It has yet to respond.", None),
            (
                "Jo Li cautioned that a deal is still far off.",
                Some("How far off is a deal?"),
            ),
            (
                "The statement gives no details on the victims but says the agency is helping.",
                Some("What are the details on the victims?"),
            ),
            (
                "No details of this year's line-up have yet been confirmed.",
                Some("What are the details of this year's line-up?"),
            ),
            (
                "The coach has yet to win a match in Rome and his side have lost 12 of 14 games.",
                Some("Will the coach win a match in Rome?"),
            ),
            (
                "The league has yet to act on the failed test and refuses to discuss the case.",
                Some("Will the league act on the failed test?"),
            ),
            ("The bridge opened on Monday.", None),
            (
                "It is not clear why the plane waited on the runway.",
                Some("Why did the plane wait on the runway?"),
            ),
            ("It is not clear why the council debated the plan.", None),
            (
                "It is not yet clear where the barge sank.",
                Some("Where did the barge sink?"),
            ),
            (
                "The reason for the delay isn't immediately clear in the confusion.",
                Some("What is the reason for the delay?"),
            ),
            ("The cause of the fire is clear.", None),
            (
                "Port officials didn't say how many crew were aboard.",
                Some("How many crew were aboard?"),
            ),
            // A capitalised adjective of the counted plural is in the phrase; a name is not.
            (
                "Velcor has not said how many Irish roles will go.",
                Some("How many Irish roles will go?"),
            ),
            (
                "It is unclear how much Velcor paid.",
                Some("How much did Velcor pay?"),
            ),
            (
                "The embassy is working to confirm that two citizens are among the injured.",
                Some("Are two citizens among the injured?"),
            ),
            (
                "It is unclear whether growth may slow this year.",
                Some("Might growth slow this year?"),
            ),
            ("There is no doubt that the plan is the best yet.", None),
            ("Analysts warned that it was too early to judge.", None),
            (
                "He warned that while crews would work on, the costs would rise.",
                None,
            ),
            (
                "She warned that the demand that had driven sales had faded.",
                None,
            ),
            (
                "Analysts warned that the levee could fail, given the rain.",
                Some("Could the levee fail?"),
            ),
            (
                "The minister said she did not believe new tariffs would end the dispute.",
                Some("Would new tariffs end the dispute?"),
            ),
            (
                "Prices fell on Tuesday after the cartel said it was now unlikely to cut output.",
                Some("Will the cartel cut output?"),
            ),
            ("The ministry says it is best to wait until June.", None),
            (
                "The bank declined to comment on reports that it had hired advisers.",
                Some("Had the bank hired advisers?"),
            ),
            (
                "A spokesman refused to comment on speculation that the plant could close.",
                Some("Could the plant close?"),
            ),
            (
                "The club would not confirm that the coach was among them, citing privacy.",
                Some("Was the coach among them?"),
            ),
            (
                "The insurers refused to deny claims they planned to merge.",
                Some("Did the insurers plan to merge?"),
            ),
            (
                "The firm declined to comment on the report, saying it does not respond to speculation.",
                None,
            ),
            (
                "Witnesses have given conflicting accounts of the ferry's last minutes.",
                Some("Which account of the ferry's last minutes is right?"),
            ),
            (
                "In the coming weeks, the governor faces the challenge of trying to pass a budget.",
                Some("Can the governor pass a budget?"),
            ),
            (
                "The new mayor will have to decide how to fund the bridge, which is unfinished.",
                Some("How will the new mayor fund the bridge?"),
            ),
            (
                "Once in office, however, the mayor faces possible fallout from the audit.",
                Some("Will the mayor face fallout from the audit?"),
            ),
            (
                "The harbour master's motives remain unclear.",
                Some("What are the harbour master's motives?"),
            ),
            ("Many details remain unclear.", None),
            (
                "The victims have not yet been named.",
                Some("Have the victims been named?"),
            ),
            (
                "The new route is yet to be decided by the council.",
                Some("Has the new route been decided by the council?"),
            ),
            // (Whatever is yet to be done: "imposed", "built", "paid".)
            (
                "However, the new levy is yet to be imposed.",
                Some("Has the new levy been imposed?"),
            ),
            (
                "The new stands are still to be built.",
                Some("Have the new stands been built?"),
            ),
            ("The new levy was not imposed.", None),
            (
                "It would be premature to write off the rebel coalition.",
                Some("Is it premature to write off the rebel coalition?"),
            ),
            (
                "It is too early to say that the drought is over.",
                Some("Is the drought over?"),
            ),
            (
                "The investigation could take up to 18 months, officials said.",
                Some("Could the investigation take up to 18 months?"),
            ),
            (
                "The ferry fares may rise again, some economists warned.",
                Some("Might the ferry fares rise again?"),
            ),
            ("Analysts believe prices could rise.", None),
            (
                "Harbour Lines may lose 30m crowns (£2m; $3m) in fares.",
                None,
            ),
            (
                "Analysts warned that the bank has to act soon.",
                Some("Does the bank have to act soon?"),
            ),
            (
                "However, he stressed that the long-term outlook for exports was still uncertain.",
                Some("Is the long-term outlook for exports certain?"),
            ),
        ];
        asks(cases);
    }

    #[test]
    fn a_cue_in_a_second_or_relative_clause_is_asked_of_its_own_subject() {
        let cases: &[(&str, Option<&str>)] = &[
            // A second main clause after ", and".
            (
                "Jo Li has not recovered from the injury, and Sam Roe is expected to start in goal.",
                Some("Will Sam Roe start in goal?"),
            ),
            // ", and" closing a list of subjects is not one: the list is asked whole.
            (
                "Officials warned that nations such as Chad, Peru, and Laos are expected to lose jobs.",
                Some("Will nations such as Chad, Peru, and Laos lose jobs?"),
            ),
            (
                "Schools, clinics and roads are set to be rebuilt by May.",
                Some("Will Schools, clinics and roads be rebuilt by May?"),
            ),
            // (A comma that joins clauses still ends the subject.)
            (
                "Rates rose, the bank said and prices are set to climb.",
                None,
            ),
            // A relative clause, asked of its noun; not of a name the noun holds.
            (
                "The club has agreed a fee for the striker, who has yet to agree personal terms.",
                Some("Will the striker agree personal terms?"),
            ),
            (
                "Funding was agreed for a new arena in Elm Park, which is set to open in 2027.",
                None,
            ),
            // "he" or "she" in a "whether" clause is the person the sentence opens with.
            (
                "Ana Ruiz admitted she had begun to doubt whether she would win another title.",
                Some("Would Ana Ruiz win another title?"),
            ),
            // A clause after "although"; the clause before "but".
            (
                "Exports rose, although the cost of the new mine is not yet known.",
                Some("What is the cost of the new mine?"),
            ),
            (
                "The cost of the repairs is not yet known but it is thought the work will take a year.",
                Some("What is the cost of the repairs?"),
            ),
            // Two adverbs before the cue; a number with a thousands comma in the subject.
            (
                "The film is also widely tipped to win the top prize.",
                Some("Will the film win the top prize?"),
            ),
            (
                "Some 20,000 fans are expected to attend the final.",
                Some("Will some 20,000 fans attend the final?"),
            ),
        ];
        asks(cases);
    }

    #[test]
    fn a_subject_after_the_wh_phrase_takes_the_auxiliary_after_it() {
        asks(&[
            // "much" measures no plural: the plural is the subject.
            (
                "How much investors will get back remains uncertain.",
                Some("How much will investors get back?"),
            ),
            (
                "It is unclear how much money investors will recover.",
                Some("How much money will investors recover?"),
            ),
            // The wh-phrase is the subject.
            (
                "It is unclear how many people were aboard.",
                Some("How many people were aboard?"),
            ),
            (
                "It is not known how many passengers survived the crash.",
                Some("How many passengers survived the crash?"),
            ),
            // A pronoun after "what" and its noun stands for the sentence's subject.
            (
                "The ministry declined to say which route it would take.",
                Some("Which route will the ministry take?"),
            ),
            // Unknown then, so still open: "would" is asked as "will"; what might have
            // been stays "would".
            (
                "It was not immediately clear whether the mayor would resign.",
                Some("Will the mayor resign?"),
            ),
            (
                "It was unclear whether the storm would have caused less damage.",
                Some("Would the storm have caused less damage?"),
            ),
        ]);
    }

    #[test]
    fn what_cannot_be_ruled_out_is_asked() {
        asks(&[
            (
                "The chancellor refused to rule out future tax rises.",
                Some("Are future tax rises possible?"),
            ),
            (
                "Ministers would not rule out a new inquiry if the report is delayed.",
                Some("Is a new inquiry possible?"),
            ),
            (
                "Lord Li did not rule out the possibility of regulation.",
                Some("Is regulation possible?"),
            ),
            // A second clause's: the first is asked.
            (
                "A working system could be as far away as 2030, though the firm did not rule \
                 out an earlier date.",
                Some("Could a working system be as far away as 2030?"),
            ),
            (
                "The researchers said they could not rule out that healthier people were more \
             likely to take the drug.",
                Some("Were healthier people more likely to take the drug?"),
            ),
        ]);
    }

    #[test]
    fn a_present_verb_after_a_short_subject_is_asked_with_does() {
        asks(&[
            (
                "Whether the drug works in people without high blood pressure remains unknown.",
                Some("Does the drug work in people without high blood pressure?"),
            ),
            (
                "It is unclear whether the plan works.",
                Some("Does the plan work?"),
            ),
            // A plural after a determiner is the subject, not a verb.
            ("It is unclear whether the rules in Wales apply.", None),
        ]);
    }

    #[test]
    fn a_comparison_is_a_clause_of_its_own() {
        asks(&[
            (
                "Economists warn that the promises could cost more than the country can afford.",
                Some("Could the promises cost more than the country can afford?"),
            ),
            // A second modal after a noun is still the sentence's own verb.
            (
                "Whether a judge should chair an inquiry should be decided by May.",
                None,
            ),
        ]);
    }

    #[test]
    fn a_relative_clause_or_an_appositive_set_off_by_commas_is_left_out() {
        asks(&[
            (
                "It is not yet known whether Elm Capital, which owns 18% of Acme, will back the deal.",
                Some("Will Elm Capital back the deal?"),
            ),
            (
                "Acme's largest shareholder, the fund Elm Capital, declined to comment on \
                 whether it would back the offer.",
                Some("Will Acme's largest shareholder back the offer?"),
            ),
            // Unless the matter is in it.
            (
                "Campaigners said reopening the line, which could cost up to £90m, would help.",
                Some("Could the line cost up to £90m?"),
            ),
            // (Only before a verb: "which some, in particular the US, blame" stays whole.)
            (
                "The bank faces pressure to drop its peg, which some countries, in particular \
                 the US, have blamed for cheap exports.",
                None,
            ),
            // A time the sentences around it tell.
            (
                "It was not clear whether the mayor would remain in office until then.",
                Some("Will the mayor remain in office?"),
            ),
            // A condition after a comma is the evidence's to tell.
            (
                "The deal is expected to close in the second half of 2027, subject to approval \
                 by regulators.",
                Some("Will the deal close in the second half of 2027?"),
            ),
            // "due to" a noun is a cause, not a schedule.
            (
                "The firm said the rise was due to stronger demand from abroad.",
                None,
            ),
            (
                "His place in the final also remains in doubt.",
                Some("Will his place in the final hold?"),
            ),
        ]);
    }

    #[test]
    fn each_of_several_unknowns_is_a_question_of_its_own() {
        asks(&[
            (
                "The firm said it was too early to say how many homes were damaged or how much \
                 the repairs would cost.",
                Some("How many homes were damaged?"),
            ),
            // The first that can be put is asked: "how it will work" has no one for "it".
            (
                "It is unclear how it will work, and what the bank's role will be.",
                Some("What will the bank's role be?"),
            ),
            // A clause with its verb before a comma ends there.
            (
                "It is unclear what the bank's role will be, the fund's role will be and what \
                 the state can do.",
                Some("What will the bank's role be?"),
            ),
        ]);
    }

    #[test]
    fn an_expectation_reported_or_judged_likely_is_asked() {
        let cases: &[(&str, Option<&str>)] = &[
            // "It is unlikely that …" asks the clause.
            (
                "Analysts said it was very unlikely that the bank would raise rates again.",
                Some("Would the bank raise rates again?"),
            ),
            // Reported speech puts the expectation in the past.
            (
                "A spokesman said the new chart was due to be published in May.",
                Some("Will the new chart be published in May?"),
            ),
            // A speech verb's base form in a noun phrase, not a verb before a determiner.
            (
                "Telephone call centres are expected to be busier than ever.",
                Some("Will Telephone call centres be busier than ever?"),
            ),
            (
                "Analysts say the figures show the market may be stabilising.",
                None,
            ),
            // "meant" is a verb: the words before the cue are no subject.
            (
                "He said that high oil prices meant the cartel was unlikely to cut output.",
                None,
            ),
            // A state of doubt with a reason after it; a subject cut from its verb.
            (
                "Jo Li's future as manager is uncertain after the board met.",
                Some("Is Jo Li's future as manager certain?"),
            ),
            (
                "Borrowing costs have remained on hold amid concerns about growth.",
                None,
            ),
            // "he" in a whether-clause: the noun phrase the sentence opens with.
            (
                "The club's new striker is unsure whether he will stay.",
                Some("Will the club's new striker stay?"),
            ),
        ];
        asks(cases);
    }

    #[test]
    fn asks_a_present_clause_a_step_still_required_and_a_refusal_to_comment() {
        asks(&[
            // A present verb in "-s", marked as a verb by what follows it.
            (
                "The club refused to confirm reports that the coach plans to leave.",
                Some("Does the coach plan to leave?"),
            ),
            (
                "It is not clear how the council funds the scheme.",
                Some("How does the council fund the scheme?"),
            ),
            (
                "It is unclear whether the trust owns a stake in the mill.",
                Some("Does the trust own a stake in the mill?"),
            ),
            // Nothing tells a verb from a noun; a plural subject takes no "-s" verb.
            ("It is unclear whether prices rise in spring.", None),
            (
                "It is unclear whether the new plans go ahead this year.",
                None,
            ),
            // Capitalised within a clause, "May" is a month and "Will" a name.
            ("It is not clear whether rates rise in May.", None),
            (
                "It is not clear what Will Price said.",
                Some("What did Will Price say?"),
            ),
            // A step that must still come.
            (
                "The merger will still have to be approved by the regulator.",
                Some("Will the merger be approved by the regulator?"),
            ),
            (
                "The ferry firm will have to find a new buyer.",
                Some("Will the ferry firm find a new buyer?"),
            ),
            ("Readers will have to wait until May for the sequel.", None),
            // A refusal to comment on an open matter; the cue's auxiliary is not the
            // subject's.
            (
                "The bank has declined to comment on whether it holds the bonds.",
                Some("Does the bank hold the bonds?"),
            ),
            (
                "The club has so far refused to say whether it will appeal.",
                Some("Will the club appeal?"),
            ),
        ]);
    }

    #[test]
    fn looks_past_a_leading_time_a_reporting_frame_and_a_range() {
        asks(&[
            // A time set off by a comma opens no subject.
            (
                "Last month, the council said it had yet to approve the budget.",
                Some("Will the council approve the budget?"),
            ),
            // The cue after "but", inside a reported clause.
            (
                "Local papers reported that the brewer is weighing a bid, but has yet to \
                 contact the owners.",
                Some("Will the brewer contact the owners?"),
            ),
            // A clause reported after "said" and a name; not after a day.
            (
                "The paper said Acme was set to close its plant in the spring.",
                Some("Will Acme close its plant in the spring?"),
            ),
            ("Officials said Friday talks were expected to resume.", None),
            // The clause after ", yet".
            (
                "The loss is half the bonds' value, yet the holders are expected to accept \
                 the offer.",
                Some("Will the holders accept the offer?"),
            ),
            // A bare noun expected to do something is a subject; an opening contrast or
            // look ahead is no part of it.
            (
                "The governor stayed upbeat about the region, and inflation is expected to \
                 ease in May.",
                Some("Will inflation ease in May?"),
            ),
            (
                "Unlike last year, the marches are expected to be small.",
                Some("Will the marches be small?"),
            ),
            (
                "Looking ahead, the mill's profits are expected to be higher.",
                Some("Will the mill's profits be higher?"),
            ),
            (
                "The guests are expected to arrive with the mayor, whose train was delayed.",
                Some("Will the guests arrive with the mayor?"),
            ),
            // A leading connective or source, an opening participle, a participle on the
            // subject's noun; a second clause with a long subject of its own is cut off.
            (
                "Moreover, road spending is set to be frozen and a long-standing pension \
                 fund deficit is being tackled.",
                Some("Will road spending be frozen?"),
            ),
            (
                "According to the union, 300 jobs could be lost if the plant closes.",
                Some("Could 300 jobs be lost if the plant closes?"),
            ),
            (
                "Made by a small studio, the series is due to end in May.",
                Some("Will the series end in May?"),
            ),
            (
                "A drug made from tree bark is set to be approved in June.",
                Some("Will a drug made from tree bark be approved in June?"),
            ),
            // "to have" an effect is no expectation about the past; "thought unlikely" is
            // one; a clause ends at "while".
            (
                "The storm is unlikely to have a lasting impact on tourism.",
                Some("Will the storm have a lasting impact on tourism?"),
            ),
            ("Sales are expected to have risen in May.", None),
            (
                "The summit is thought unlikely to produce a deal.",
                Some("Will the summit produce a deal?"),
            ),
            (
                "Analysts said the strike was unlikely to hurt exports while demand held up.",
                Some("Will the strike hurt exports?"),
            ),
            // Fears and warnings of a clause; a frame with "say".
            (
                "There were fears that the dam might be breached in the storm.",
                Some("Might the dam be breached in the storm?"),
            ),
            (
                "The union warned last week that there could be strikes unless pay and \
                 pensions were restored.",
                Some("Could there be strikes unless pay and pensions were restored?"),
            ),
            (
                "Engineers say the bridge may have been weakened by the flood.",
                Some("Might the bridge have been weakened by the flood?"),
            ),
            (
                "Analysts say the figures show the market may be stabilising.",
                None,
            ),
            (
                "The cost could not be met unless cash from Oslo and Rome was used.",
                Some("Could the cost not be met unless cash from Oslo and Rome was used?"),
            ),
            // Speculation on a condition, asked with it; resignation is no speculation.
            (
                "If the talks fail, the plant could close within a year.",
                Some("Could the plant close within a year if the talks fail?"),
            ),
            (
                "If this is the best they can do, then fans may as well stay home.",
                None,
            ),
            // A quotation closing the clause keeps its pair; an interviewer's question is
            // not an open one.
            (
                "The mayor said the fair could go ahead if the owners \"cut the noise\".",
                Some("Could the fair go ahead if the owners \"cut the noise\"?"),
            ),
            (
                "The actor was silent but when asked whether he would return he smiled.",
                None,
            ),
            // A wh-clause of one word asks nothing.
            ("If this is not a hit, I don't know what is.", None),
            // A course not ruled out.
            (
                "The club has refused to rule out selling its star striker.",
                Some("Will the club sell its star striker?"),
            ),
            // An "and" inside a reported clause joins no second clause.
            (
                "The mayor is expected to tell voters that rents and bus fares are rising.",
                Some("Will the mayor tell voters that rents and bus fares are rising?"),
            ),
            // Reported "would have to", after a name of two words.
            (
                "The regulator said Acme Bank would have to raise new capital.",
                Some("Will Acme Bank raise new capital?"),
            ),
            // The "and" of a range joins no second clause.
            (
                "The fares could rise by between 5% and 9% if the strike is called off.",
                Some("Could the fares rise by between 5% and 9% if the strike is called off?"),
            ),
        ]);
    }

    #[test]
    fn a_regular_past_is_asked_in_its_whole_base() {
        let did = |verb: &str, base: &str| {
            (
                format!("It is unclear whether the firm {verb} the plan."),
                Some(format!("Did the firm {base} the plan?")),
            )
        };
        let cases: Vec<(String, Option<String>)> = [
            ("negotiated", "negotiate"),
            ("evaluated", "evaluate"),
            ("settled", "settle"),
            ("enabled", "enable"),
            ("curled", "curl"),
            ("charged", "charge"),
            ("judged", "judge"),
            ("changed", "change"),
            ("challenged", "challenge"),
            ("belonged", "belong"),
            ("continued", "continue"),
            ("agreed", "agree"),
            ("required", "require"),
            ("quoted", "quote"),
            ("treated", "treat"),
        ]
        .iter()
        .map(|(verb, base)| did(verb, base))
        .collect();
        let cases: Vec<(&str, Option<&str>)> = cases
            .iter()
            .map(|(s, q)| (s.as_str(), q.as_deref()))
            .collect();
        asks(&cases);
        asks(&[
            // A form the spelling leaves open ("coded": "code" or "cod") is not asked.
            ("It is unclear whether the firm coded the plan.", None),
            // "indeed" is no past of "indee".
            (
                "It is unclear whether the plan indeed worked.",
                Some("Did the plan indeed work?"),
            ),
            // A second past verb of the subject's is asked in its base too.
            (
                "It is unclear whether the firms rigged bids and fixed the prices.",
                Some("Did the firms rig bids and fix the prices?"),
            ),
            (
                "It is unclear whether staff planned ahead and responded quickly.",
                Some("Did staff plan ahead and respond quickly?"),
            ),
            (
                "It is unclear whether the shop sold nuts and dried fruit.",
                Some("Did the shop sell nuts and dried fruit?"),
            ),
            // A past form after a lone determiner is the subject's word, not its verb.
            (
                "It is unclear whether a hundred people died in the blast.",
                Some("Did a hundred people die in the blast?"),
            ),
            (
                "It is unclear whether the rugged hills slowed the march.",
                Some("Did the rugged hills slow the march?"),
            ),
        ]);
    }

    #[test]
    fn no_details_of_how_or_what_asks_the_how_or_what() {
        asks(&[
            (
                "There are no details on how the scheme will be funded.",
                Some("How will the scheme be funded?"),
            ),
            (
                "There are no details how it will work, and what the bank's role will be.",
                Some("What will the bank's role be?"),
            ),
            (
                "No details of the victims have been released.",
                Some("What are the details of the victims?"),
            ),
        ]);
    }

    #[test]
    fn a_wh_clause_said_to_be_unknown_is_the_question() {
        asks(&[
            (
                "Whether the new rules will do any good remains to be seen.",
                Some("Will the new rules do any good?"),
            ),
            (
                "How the ferry service will be funded is unclear.",
                Some("How will the ferry service be funded?"),
            ),
            (
                "When the plant will reopen remains uncertain.",
                Some("When will the plant reopen?"),
            ),
            (
                "Who will lead the party is still unknown.",
                Some("Who will lead the party?"),
            ),
            ("Whether it will last is another matter.", None),
            // A pronoun after "how much" stands for the subject before the cue too.
            (
                "The bank declined to say how much it had lost.",
                Some("How much did the bank lose?"),
            ),
            (
                "The firm would not say how many jobs it would cut.",
                Some("How many jobs will the firm cut?"),
            ),
            // A decision reported in the past is still to come.
            (
                "The airline said it would decide next week whether to resume flights.",
                Some("Will the airline resume flights?"),
            ),
            // So is what is yet to be announced or decided; of two wh-words joined, the
            // second asks.
            (
                "The council said it would announce when the road would reopen.",
                Some("When will the road reopen?"),
            ),
            (
                "It is unclear whether and when the plant will reopen.",
                Some("When will the plant reopen?"),
            ),
            (
                "Officials did not say how and when the bridge would reopen.",
                Some("When will the bridge reopen?"),
            ),
            // What is yet to be said is asked as the clause's question.
            (
                "The ministry had yet to reveal who would lead the inquiry.",
                Some("Who will lead the inquiry?"),
            ),
            // A possibility not ruled out.
            (
                "A second referendum cannot be ruled out, the minister said.",
                Some("Is a second referendum possible?"),
            ),
            (
                "The closure of the plant has not been ruled out.",
                Some("Is the closure of the plant possible?"),
            ),
            ("It cannot be ruled out.", None),
            // A past in "-sed" after a consonant or a single vowel lost an "e"; "he" after
            // a titled owner's thing is the owner.
            (
                "It is unclear why the plant closed.",
                Some("Why did the plant close?"),
            ),
            // An unstressed "-er" or "-en" kept its spelling: "entered", "happened".
            (
                "It remains unclear how the bacteria entered the water supply.",
                Some("How did the bacteria enter the water supply?"),
            ),
            (
                "It is unclear why the talks reopened.",
                Some("Why did the talks reopen?"),
            ),
            (
                "Mr Ray's conduct is being examined to establish whether he abused his post.",
                Some("Did Mr Ray abuse his post?"),
            ),
            // What was not said then about what would come is asked of now.
            (
                "Officials declined to say when the bridge would reopen.",
                Some("When will the bridge reopen?"),
            ),
            (
                "The club did not say whether it would appeal the ban.",
                Some("Will the club appeal the ban?"),
            ),
            (
                "It is unclear whether the plan would survive a legal challenge.",
                Some("Would the plan survive a legal challenge?"),
            ),
            // What could not be confirmed is asked.
            (
                "The ministry could not confirm the reports.",
                Some("Are the reports true?"),
            ),
            (
                "Whether the mill will close has not been decided.",
                Some("Will the mill close?"),
            ),
            (
                "Why the ferry sank is under investigation.",
                Some("Why did the ferry sink?"),
            ),
            (
                "How the plant will be funded has yet to be announced.",
                Some("How will the plant be funded?"),
            ),
            // A clause the question cannot be put from is not asked at all.
            (
                "What the new rules mean for drivers is not yet clear.",
                None,
            ),
        ]);
    }

    #[test]
    fn an_expectation_ends_where_a_comma_adds_to_it() {
        asks(&[
            (
                "Turnout is expected to rise, officials said.",
                Some("Will Turnout rise?"),
            ),
            (
                "A dozen ministers are set to attend, among them the premier.",
                Some("Will a dozen ministers attend?"),
            ),
            (
                "The harvest may fail, farmers warned.",
                Some("Might the harvest fail?"),
            ),
            (
                "Meanwhile, demand for ferries, which carry most freight, is expected to grow.",
                Some("Will demand for ferries grow?"),
            ),
        ]);
    }

    #[test]
    fn subjects_verbs_and_voices_a_question_can_be_put_in() {
        asks(&[
            (
                "It is not clear what the virus does once it has infected a computer.",
                Some("What does the virus do once it has infected a computer?"),
            ),
            (
                "It is unclear what the board did with the money.",
                Some("What did the board do with the money?"),
            ),
            (
                "It is unclear what the board does not know.",
                Some("What does the board not know?"),
            ),
            (
                "It could depend on how training goes and she will have to be fit.",
                None,
            ),
            ("I don't know what I'll do next year.", None),
            // Nor is a short one asked of someone named before.
            ("It has not been decided who will replace him.", None),
            // How much of something named before is no question on its own.
            (
                "The post spread fast, though it is unclear how much of that reflects support for the plan.",
                None,
            ),
            // A subject holding a verb of consequence is no subject; "Also" opens none.
            (
                "The new rule means drivers will have to pass a second test.",
                None,
            ),
            (
                "Also many fans might be glad of the change.",
                Some("Might many fans be glad of the change?"),
            ),
            // A clause ends where a name and its own verb follow a comma; a question put
            // to someone ("Asked whether …") is theirs to answer.
            (
                "Turning to fears that the bank was poised to sell, Ms Ruiz refused to comment.",
                Some("Was the bank poised to sell?"),
            ),
            (
                "Asked whether a deal was close after the long meeting, Mr Li replied: \"No.\"",
                None,
            ),
            // A wh-clause as the subject is the question; a whether-clause in the subject
            // after an opening phrase is none.
            (
                "How much Acme paid for the mill was not disclosed.",
                Some("How much did Acme pay for the mill?"),
            ),
            (
                "In short, the question of whether there should be a vote may be divisive.",
                None,
            ),
            // A question in a speaker's own words ("our", "you") is rhetoric; a name in
            // capitals is no pronoun.
            (
                "Our lads might just be able to win one more big game.",
                None,
            ),
            (
                "Nobody knows whether you will be able to vote by phone.",
                None,
            ),
            (
                "PCs running Windows ME could be vulnerable to the worm.",
                Some("Could PCs running Windows ME be vulnerable to the worm?"),
            ),
            // A short wh-question ending on a pronoun asks of something named elsewhere.
            ("It is not clear what the extent of it is.", None),
            // So does one holding a bare "this" or "these", whatever its length; "these
            // talks" names its matter.
            (
                "It remains unclear whether the board would consider this acceptable.",
                None,
            ),
            ("It is unclear whether these will be enough.", None),
            (
                "The board has yet to decide whether the city will approve this.",
                None,
            ),
            (
                "It is unclear whether these talks will succeed.",
                Some("Will these talks succeed?"),
            ),
            (
                "The mayor did not say how firms would be made to do this.",
                None,
            ),
            // A noun in "-sis" is singular; a closing connective is the sentence's.
            // A participle on a noun before a preposition is no verb; "had" with an
            // adverb and a participle is the perfect; a verb phrase is no subject; a
            // whether-clause followed by a modal of its own sentence is that one's subject.
            (
                "The coach warned that any prizes won at home would be tainted by the deal.",
                Some("Would any prizes won at home be tainted by the deal?"),
            ),
            (
                "Fans doubted whether the striker had fully recovered from the injury.",
                Some("Had the striker fully recovered from the injury?"),
            ),
            (
                "It is that fear that will provoke strong reactions from many concerned with the plan.",
                None,
            ),
            (
                "The judge said his view on whether a panel should hear the case should stand.",
                None,
            ),
            // A quotation broken by its attribution is one sentence.
            (
                "“Though sales held up,” she said, “the new store is unlikely to open in May.”",
                Some("Will the new store open in May?"),
            ),
            (
                "The analyst said the prognosis for the mill was still uncertain.",
                Some("Is the prognosis for the mill certain?"),
            ),
            (
                "The new phones are unlikely to be any cheaper, however, because chips cost more.",
                Some("Will the new phones be any cheaper?"),
            ),
        ]);
    }
}
