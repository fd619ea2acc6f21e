//! Clean: separate the article from the web page it was copied from.
//!
//! Scraped articles carry navigation, prompts, captions, boxes and footers. The rules here are
//! about the *shape* of web boilerplate (a breadcrumb's separators, a caption's photographer
//! credit, a prompt addressed to "you"), never about any story's words, so they carry over to
//! any outlet. Every removal is recorded with its line and kind, so the source page can say what
//! was dropped and why. Headline, byline, outlet and dateline are recovered on the way.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use crate::ingest::{BlockKind, Metadata, RawArticle, RawBlock};
use crate::pattern::CaselessPattern;
use crate::text::{fold, word_count, word_count_up_to};

/// The role a kept block plays in the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockRole {
    /// Body text: sentences the extractors read.
    Paragraph,
    /// A section head, secondary headline or standfirst: structure, not claims.
    Subhead,
}

/// A kept block of the cleaned article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// The block's text, trimmed.
    pub text: String,
    /// What kind of block it is.
    pub role: BlockRole,
    /// 1-based line in the source file.
    pub line: usize,
}

/// Why a line was removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RemovalKind {
    /// The headline (shown as the page title).
    Headline,
    /// The byline (shown in the metadata).
    Byline,
    /// A navigation breadcrumb.
    Breadcrumb,
    /// A stray HTML fragment.
    HtmlFragment,
    /// A box label.
    BoxLabel,
    /// The content of a tip or fact box.
    BoxContent,
    /// A table or its header.
    Table,
    /// An unfilled template placeholder.
    Placeholder,
    /// An FAQ section.
    Faq,
    /// A question addressed to the reader.
    ReaderPrompt,
    /// An update notice.
    UpdatePrompt,
    /// A share, comment or newsletter prompt.
    SharePrompt,
    /// A related-links label.
    RelatedLinks,
    /// A site notice (comments, cookies, privacy).
    SiteNotice,
    /// A photo caption with its credit.
    PhotoCaption,
    /// A copyright line (the outlet is kept in the metadata).
    Copyright,
    /// Footer navigation.
    FooterNavigation,
    /// Stray characters.
    StrayCharacters,
    /// A line repeated within the article.
    RepeatedLine,
    /// A pull-quote repeating the article's own words.
    PullQuote,
    /// A footnote marker line.
    Footnote,
    /// A wire-agency credit.
    AgencyCredit,
    /// Video or audio player text.
    MediaWidget,
    /// A reporting credit or author contact.
    CreditLine,
    /// A line giving only when the page was published or updated ("Published 3 hours ago").
    Timestamp,
}

impl RemovalKind {
    /// A reader-facing description.
    pub fn describe(self) -> &'static str {
        match self {
            RemovalKind::Headline => "headline (shown as the page title)",
            RemovalKind::Byline => "byline (shown in the metadata)",
            RemovalKind::Breadcrumb => "navigation breadcrumb",
            RemovalKind::HtmlFragment => "stray HTML fragment",
            RemovalKind::BoxLabel => "box label",
            RemovalKind::BoxContent => "box content (tip or fact box)",
            RemovalKind::Table => "table or its header",
            RemovalKind::Placeholder => "unfilled template placeholder",
            RemovalKind::Faq => "FAQ section",
            RemovalKind::ReaderPrompt => "question addressed to the reader",
            RemovalKind::UpdatePrompt => "update notice",
            RemovalKind::SharePrompt => "share, comment or newsletter prompt",
            RemovalKind::RelatedLinks => "related-links label",
            RemovalKind::SiteNotice => "site notice (comments, cookies, privacy)",
            RemovalKind::PhotoCaption => "photo caption with credit",
            RemovalKind::Copyright => "copyright line (outlet kept in the metadata)",
            RemovalKind::FooterNavigation => "footer navigation",
            RemovalKind::StrayCharacters => "stray characters",
            RemovalKind::RepeatedLine => "line repeated within the article",
            RemovalKind::PullQuote => "pull-quote repeating the article's own words",
            RemovalKind::Footnote => "footnote marker line",
            RemovalKind::AgencyCredit => "wire-agency credit",
            RemovalKind::MediaWidget => "video or audio player text",
            RemovalKind::CreditLine => "reporting credit or author contact",
            RemovalKind::Timestamp => "publication or update time",
        }
    }
}

/// One removed line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Removal {
    /// 1-based line in the file.
    pub line: usize,
    /// Why it was removed.
    pub kind: RemovalKind,
    /// Words removed with it.
    pub words: usize,
}

/// An article with its boilerplate removed and its metadata recovered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// Path relative to the seeds folder, `/` separators.
    pub file: String,
    /// Headline, byline, outlet, date and URL, as recovered.
    pub meta: Metadata,
    /// The place line opening the first paragraph (`NEW YORK –`).
    pub dateline: Option<String>,
    /// A wire agency credited at the end (`– Agencies`).
    pub source_credit: Option<String>,
    /// The kept blocks, in reading order.
    pub blocks: Vec<Block>,
    /// Every line removed, and why.
    pub removed: Vec<Removal>,
}

static BREADCRUMB: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:[^»›>|]{1,40}\s*[»›]\s*){2,}").unwrap());
static ATTRIBUTE_TAIL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r#""\s*/?>\s*$"#).unwrap());
static TAG: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>").unwrap());
static PLACEHOLDER: CaselessPattern = CaselessPattern::new(|| {
    CaselessPattern::compile(
        r"\[\s*(?:current date|today'?s date|date|insert(?-u:\b)|placeholder|todo|tbd|your\s)[^\]]*\]",
    )
});
static BOX_LABEL: CaselessPattern = CaselessPattern::new(|| {
    CaselessPattern::compile(
        r"^(?:did you know|pro tip|quick tip|tip|fast facts?|quick facts?|key facts|key takeaways|key points|at a glance|the bottom line|editor'?s note|fact ?box|background)\s*[:?!.]?$",
    )
});
/// Labels of a list of links to other stories ("Read more", "Related Topics", "Top
/// stories"): a line of their own, and the short lines after them go ([`LINK_LIST`]).
const LIST_LABELS: &str = r"read more|related(?: articles| stories| content| coverage| news| topics)?|see also|also read|more from (?-u:[\w ]){1,30}|you (?:may|might) also like|recommended(?: for you)?|most read|most popular|trending(?: now)?|more on this (?:story|topic)|top stories|latest (?:news|stories)|editor'?s picks|around the (?-u:[\w ]){1,20}";
static RELATED: CaselessPattern = CaselessPattern::new(|| {
    CaselessPattern::compile(&format!(
        r"^(?:{LIST_LABELS}|more in this section|advertisement|sponsored( content)?|leave a (?:comment|reply)|\d* ?comments?|share this( article| story)?|share|print|email|follow us|listen to (?:this|the) article.*|slideshow \(\d+ images?\)|watch|video|image|photo|skip to (?:main )?content|menu|search|home|sign in|log ?in)\s*[:.!]?$"
    ))
});
static FAQ_HEAD: CaselessPattern = CaselessPattern::new(|| {
    CaselessPattern::compile(r"^(?:frequently asked questions|faqs?|q ?& ?a)\s*:?$")
});
static UPDATE_PROMPT: CaselessPattern = CaselessPattern::new(|| {
    CaselessPattern::compile(
        r"(?-u:\b)(?:this is a developing story|this story is developing|check back (?:later |soon )?for (?:updates|more)|this (?:story|article) (?:has been|will be) updated|^this (?:story|article|piece|report) (?:was|has been) (?:amended|corrected))",
    )
});
static TIMESTAMP: CaselessPattern = CaselessPattern::new(|| {
    CaselessPattern::compile(concat!(
        r"^(?:first\s+)?(?:published|posted|updated|last\s+updated|last\s+modified)(?-u:\b)\s*(?:on|at)?\s*:?\s*",
        r"(?:\d|an?\s+(?:minute|hour|day|week)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|yesterday|today|just\s+now)"
    ))
});
static SHARE_PROMPT: CaselessPattern = CaselessPattern::new(|| {
    CaselessPattern::compile(
        r"(?-u:\b)(?:share this (?:article|story|post)|leave a comment|comment below|subscribe to our|sign up (?:for|to) our|our newsletter|follow us on|click here|download our app|join the conversation|let us know (?:what you think|in the comments)|share your (?:thoughts|views)|^(?:subscribe|become a (?:subscriber|member))(?-u:\b)|^support (?:our|independent|quality) journalism)",
    )
});
static SITE_NOTICE: CaselessPattern = CaselessPattern::new(|| {
    CaselessPattern::compile(
        r"(?-u)(?-u:\b)(?:reduce spam|comment data is processed|we use cookies|uses cookies|accept (?:all )?cookies|cookie settings|privacy settings|by continuing to (?:browse|use)|enable javascript|your browser does not support|this (?:content|video) is not available|archived article|this article is more than \d+ (?:years?|months?|weeks?|days?) old|correction:|a corrected version of|media playback is unsupported|playback is not supported|appeared in the (?-u:[\w ,]){3,40} print edition|print edition as)",
    )
});
static FOOTER_LINK: CaselessPattern = CaselessPattern::new(|| {
    CaselessPattern::compile(
        r"(?-u:\b)(?:privacy policy|cookie policy|terms (?:and|&) conditions|terms of (?:use|service)|contact us|about us|advertise with us|brand safety|accessibility|sitemap|help|faq)(?-u:\b)",
    )
});
static COPYRIGHT: CaselessPattern = CaselessPattern::new(|| {
    CaselessPattern::compile(
        r"^(?:©|\(c\)|copyright(?-u:\b))\s*(?:©\s*)?(?:\d{4}\s*[-–]?\s*(?:\d{4})?\s*)?(.*?)\s*(?:\.?\s*all rights reserved\.?)?$",
    )
});
static CAPTION_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\(\s*[^()]{2,60}/\s*[^()]{1,40}\)|\((?:AP|AFP|Reuters|Getty Images|EPA|PA|Photo[^()]*)\)|[.,] (?-u:\b)[A-Z]{2,}(?: [A-Z]{2,})?/[A-Z](?-u:[\w.'-])*(?: [A-Z](?-u:[\w.'-])*){0,3})\s*$").unwrap()
});
static CAPTION_LABEL: CaselessPattern = CaselessPattern::new(|| {
    CaselessPattern::compile(
        r"(?:(?-u:\b)(?:file picture|file photo|photograph|photographer|photo|picture|image|credit|photo credit|source)\s*:\s*[a-z].{0,60}$|(?-u:\b)getty images\s*$|(?-u:\b)(?:image|media) caption(?-u:\b)|(?-u:\b)image copyright(?-u:\b)|^image source(?-u:\b))",
    )
});
static CREDIT_LINE: CaselessPattern = CaselessPattern::new(|| {
    CaselessPattern::compile(&crate::text::latin_words(
        r"^[(\[]?(?:[-–—]+\s*)?(?:by\s+[a-z][\w.'’-]+(?:\s+[a-z][\w.'’-]+)*\s*$|additional reporting by(?-u:\b)|reporting by(?-u:\b)|writing by(?-u:\b)|editing by(?-u:\b)|compiled by(?-u:\b)|contributing:|with assistance (?:by|from)(?-u:\b)|(?:twitter|email|e-mail|instagram|facebook|follow \w+)\s*:\s*\S+\s*$)|contributed (?:to )?this (?:report|article|story)\.?\s*$|^[-–—]+\s*[a-z][\w.'’-]*(?:\s+[a-z][\w.'’-]*)*\.?\s*$|^read more\s+\w.{0,60}$|(?-u:\b)read more\s*$|(?-u:\b)[\w.+-]+@[\w-]+\.[\w.]+(?-u:\b)",
    ))
});
static MEDIA_WIDGET: CaselessPattern = CaselessPattern::new(|| {
    CaselessPattern::compile(
        r"^(?:play video(?-u:\b)|just watched(?-u:\b)|must watch(?-u:\b)|close(?-u:\b).{0,200}video provided by|video provided by|watch:|video:|listen:|audio:)|(?-u:\b)replay more videos(?-u:\b)|(?-u:\b)show hide\s*$",
    )
});
static PLAYER_CAPTION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^CLOSE\s+[A-Z][a-z]").unwrap());
static AUTHOR_BIO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&crate::text::latin_words(r"^([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}) is (?:a|an|the) [^.]{0,80}(?-u:\b)(?:columnist|reporter|correspondent|writer|editor|journalist|contributor)(?-u:\b)")).unwrap()
});
/// A box heading run into its content: "What Our Analysts Say “…”".
static BOX_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&crate::text::latin_words(
        r#"^What (?:[A-Z][\w'’.-]*\s){1,4}(?:Says?|Thinks?)\s+(["“])"#,
    ))
    .unwrap()
});
static LINK_LIST: CaselessPattern =
    CaselessPattern::new(|| CaselessPattern::compile(&format!(r"^(?:{LIST_LABELS})\s*:?$")));
static KICKER_LINK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&crate::text::latin_words(
        r"^[A-Z][\w'’.-]*(?:\s[A-Za-z][\w'’.-]*){0,2}:\s+[A-Z0-9]",
    ))
    .unwrap()
});
static BARE_LINK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*(?:https?://|pic\.twitter\.com/|www\.)\S+").unwrap());
static FOOTNOTE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\[\d{1,3}\]\s").unwrap());
static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:first\s+)?(?:published|posted)|(?P<update>(?:last\s+)?(?:updated|modified)))(?-u:\b)\s*(?:on|at)?\s*:?\s*").unwrap()
});

static TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:^|[,\s]+)(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}(?-u:\b))?\s*,?",
    )
    .unwrap()
});

static WEEKDAY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+").unwrap());

static ORDINAL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?-u:\b)(\d{1,2})(?:st|nd|rd|th)(?-u:\b)").unwrap());

/// The day a line at the head of an article gives as its date ("October 14, 2026",
/// "Published: 15 Oct 2026, 10:32 GMT", "Wednesday 14 October 2026"), and whether it is an
/// update's ("Updated …") rather than the publication's. `None` unless the line is only that.
///
/// ```
/// use briefing::clean::date_line;
/// let day = chrono::NaiveDate::from_ymd_opt(2026, 10, 15);
/// assert_eq!(date_line("Published: October 15, 2026"), day.map(|d| (d, false)));
/// assert_eq!(date_line("Updated 10:32 GMT, 15 Oct 2026"), day.map(|d| (d, true)));
/// assert_eq!(date_line("Thursday 15 October 2026"), day.map(|d| (d, false)));
/// assert_eq!(date_line("On October 15, 2026 the firm said so."), None);
/// ```
pub fn date_line(text: &str) -> Option<(chrono::NaiveDate, bool)> {
    let text = text.trim();
    if text.len() > 60 || !text.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let update = LABEL
        .captures(text)
        .is_some_and(|c| c.name("update").is_some());
    let rest = LABEL.replace(text, "");
    let rest = TIME.replace_all(&rest, " ");
    let rest = WEEKDAY.replace(rest.trim(), "");
    let rest = ORDINAL.replace_all(&rest, "$1");
    let rest: String = rest
        .replace([',', '.'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    ["%B %d %Y", "%d %B %Y", "%b %d %Y", "%d %b %Y", "%Y-%m-%d"]
        .iter()
        .find_map(|f| chrono::NaiveDate::parse_from_str(&rest, f).ok())
        .filter(|d| (1900..2100).contains(&chrono::Datelike::year(d)))
        .map(|d| (d, update))
}

static AGENCY_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s+[–—-]\s*(Agencies|AFP|AP|Reuters|PTI|IANS|ANI|dpa|Xinhua|UPI)\.?\s*$").unwrap()
});
/// "By Jane Doe", "By Jane Doe and Jo Roe", "By Jane Doe, Jo Roe and Al Li | Reuters": the
/// names, then anything after a comma or bar (an outlet, a role) that is not another name.
static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&crate::text::latin_words(r"(?i)^by\s+((?-i:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})(?:(?:\s*,\s*(?-i:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}))*\s*(?:,\s*)?(?:\s+and\s+|\s*&\s*)(?-i:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}))?)(?:\s*[,|]\s*.*)?$")).unwrap()
});
/// An author's contact line at the foot of an article: "Write to Jane Doe at jd@example.com
/// and Jo Roe at jr@example.com". Each name is the capitalised run before " at " an address.
static CONTACT_LINE: CaselessPattern = CaselessPattern::new(|| {
    CaselessPattern::compile(r"^(?:write to|contact|reach|e-?mail)\s+[a-z]")
});
static CONTACT_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&crate::text::latin_words(
        r"([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+at\s+[\w.+-]+@[\w-]+\.[\w.]+",
    ))
    .unwrap()
});
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([A-Z][A-Za-z.'’]*(?:[ /][A-Z][A-Za-z.'’]*){0,3})(?:,\s*[A-Z][A-Za-z.]+(?:\s+\d{1,2}(?:,\s*\d{4})?)?)?(?:\s*\((?P<wire>[A-Za-z .]+)\))?\s+[–—-]{1,2}\s+\S").unwrap()
});
static BULLET: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?:[•·▪◦*]|-\s)").unwrap());

/// Cleans one article.
pub fn clean(raw: &RawArticle) -> Article {
    let mut meta = raw.meta.clone();
    let mut removed = Vec::new();
    let mut keep: Vec<Option<Block>> = Vec::with_capacity(raw.blocks.len());
    let blocks = &raw.blocks;
    let mut remove = |keep: &mut Vec<Option<Block>>, b: &RawBlock, kind: RemovalKind| {
        removed.push(Removal {
            line: b.line,
            kind,
            words: word_count(&b.text),
        });
        keep.push(None);
    };

    let mut i = 0;
    let mut in_faq = false;
    let mut seen_body = false;
    let dated_by_metadata = meta.published.is_some();
    // The day of an update, used when the article gives no other.
    let mut updated = None;
    while i < blocks.len() {
        let b = &blocks[i];
        let text = b.text.as_str();
        if in_faq {
            if BULLET.is_match(text) || b.kind == BlockKind::ListItem || looks_like_faq_item(text) {
                remove(&mut keep, b, RemovalKind::Faq);
                i += 1;
                continue;
            }
            in_faq = false;
        }
        // A line giving only the article's date, at its head: the day it appeared, which
        // its relative dates are read against (unless the file's metadata gives one).
        let dated = (!seen_body && i < 8).then(|| date_line(text)).flatten();
        if let Some((day, update)) = dated {
            if update {
                updated.get_or_insert(day);
            } else if meta.published.is_none() && !dated_by_metadata {
                meta.published = Some(day);
            }
            remove(&mut keep, b, RemovalKind::Timestamp);
            i += 1;
            continue;
        }
        let kind = line_boilerplate(text);
        if let Some(kind) = kind {
            if kind == RemovalKind::Copyright && meta.outlet.is_none() {
                meta.outlet = copyright_holder(text);
            }
            if kind == RemovalKind::CreditLine && meta.author.is_none() {
                meta.author = AUTHOR_BIO
                    .captures(text)
                    .map(|m| m[1].to_string())
                    .or_else(|| contact_names(text))
                    .or_else(|| BYLINE.captures(text).map(|m| m[1].to_string()));
            }
            remove(&mut keep, b, kind);
            match kind {
                RemovalKind::Faq => in_faq = true,
                RemovalKind::BoxLabel => {
                    // The box's content is the group that follows the label.
                    i += 1;
                    while i < blocks.len() && line_boilerplate(&blocks[i].text).is_none() {
                        remove(&mut keep, &blocks[i], RemovalKind::BoxContent);
                        let next_is_group = blocks.get(i + 1).is_none_or(|n| n.after_blank);
                        i += 1;
                        if next_is_group {
                            break;
                        }
                    }
                    continue;
                }
                RemovalKind::RelatedLinks
                    if LINK_LIST
                        .is_match(text.trim_start_matches(|c: char| !c.is_alphanumeric())) =>
                {
                    // A list of headlines follows a "Read more:" label, up to the next sentence.
                    i += 1;
                    while i < blocks.len()
                        && !ends_sentence(&strip_links(&blocks[i].text))
                        && word_count(&blocks[i].text) <= 20
                        && !blocks[i].text.starts_with(['"', '“'])
                    {
                        remove(&mut keep, &blocks[i], RemovalKind::RelatedLinks);
                        i += 1;
                    }
                    continue;
                }
                _ => {}
            }
            i += 1;
            continue;
        }
        if seen_body && KICKER_LINK.is_match(text) && !ends_sentence(text) && word_count(text) <= 14
        {
            // "Profile: The new president" inside the body: a link to another story.
            remove(&mut keep, b, RemovalKind::RelatedLinks);
            i += 1;
            continue;
        }
        if is_table_header(blocks, i) {
            remove(&mut keep, b, RemovalKind::Table);
            i += 1;
            while i < blocks.len() && !blocks[i].after_blank {
                remove(&mut keep, &blocks[i], RemovalKind::Table);
                i += 1;
            }
            continue;
        }
        // The head of the article: byline and headline before the first body paragraph.
        if !seen_body {
            // A byline sits at the very top: a lone name further down is a label (a chart's).
            // (The top as read: past the menu lines and headlines already left out.)
            let kept_so_far = keep.iter().filter(|k| k.is_some()).count();
            // "The Harbour Herald" on a line of its own: the paper's masthead.
            if meta.outlet.is_none()
                && !raw.has_front_matter
                && kept_so_far < 3
                && is_masthead(text)
            {
                meta.outlet = Some(text.to_string());
                remove(&mut keep, b, RemovalKind::Byline);
                i += 1;
                continue;
            }
            if meta.author.is_none() && !raw.has_front_matter && kept_so_far < 3 {
                if let Some(name) = byline(text) {
                    // "Meridian News Agency", "Associated Press": an outlet, not a writer.
                    let outlet = name.rsplit(' ').next().is_some_and(|w| {
                        matches!(
                            w,
                            "Agency" | "News" | "Press" | "Wire" | "Newswire" | "Service"
                        )
                    }) && name.contains(' ');
                    if outlet {
                        meta.outlet.get_or_insert(name);
                    } else {
                        meta.author = Some(name);
                    }
                    remove(&mut keep, b, RemovalKind::Byline);
                    i += 1;
                    continue;
                }
            }
            if meta.headline.is_none() && !raw.has_front_matter && looks_like_headline(text) {
                meta.headline = Some(text.to_string());
                remove(&mut keep, b, RemovalKind::Headline);
                i += 1;
                continue;
            }
        }
        let is_heading = b.kind == BlockKind::Heading || looks_like_subhead(b, seen_body);
        if !is_heading {
            seen_body = true;
        }
        keep.push(Some(Block {
            text: strip_links(&strip_widget_label(strip_list_marker(
                &BOX_HEADING.replace(&TAG.replace_all(text, ""), "$1"),
            ))),
            role: if is_heading {
                BlockRole::Subhead
            } else {
                BlockRole::Paragraph
            },
            line: b.line,
        }));
        i += 1;
    }

    // Lines printed twice (a repeated headline, a caption, a pull-quote) keep the first copy.
    let headline = meta.headline.as_deref().map(fold);
    let mut seen = HashSet::default();
    for (slot, b) in keep.iter_mut().zip(blocks) {
        let Some(block) = slot else { continue };
        let key = fold(&block.text);
        if headline.as_deref() == Some(key.as_str()) || !seen.insert(key) {
            removed.push(Removal {
                line: block.line,
                kind: if headline.as_deref() == Some(fold(&block.text).as_str()) {
                    RemovalKind::Headline
                } else {
                    RemovalKind::RepeatedLine
                },
                words: word_count(&b.text),
            });
            *slot = None;
        }
    }
    let mut kept: Vec<Block> = keep
        .into_iter()
        .flatten()
        .filter(|b| !b.text.is_empty())
        .collect();
    drop_pull_quotes(&mut kept, &mut removed);

    let mut source_credit = None;
    if let Some(last) = kept
        .iter_mut()
        .rev()
        .find(|b| b.role == BlockRole::Paragraph)
    {
        if let Some(m) = AGENCY_CREDIT.captures(&last.text) {
            source_credit = Some(m[1].to_string());
            let cut = m.get(0).unwrap().start();
            last.text.truncate(cut);
            removed.push(Removal {
                line: last.line,
                kind: RemovalKind::AgencyCredit,
                words: 1,
            });
        }
    }
    if meta.published.is_none() {
        meta.published = updated;
    }
    let dateline_match = kept
        .iter()
        .find(|b| b.role == BlockRole::Paragraph)
        .and_then(|b| DATELINE.captures(&b.text));
    // "NEW YORK (Market Wire) -": a name the head printed alone, taken for the byline, that
    // the dateline credits in brackets is the wire the story came from.
    let credited = dateline_match
        .as_ref()
        .and_then(|m| m.name("wire"))
        .map(|w| w.as_str().trim().to_string());
    // ("Meridian News Agency" above "TARSEN (Meridian) -" too: the wire's full name.)
    let credits_author = credited.as_deref().is_some_and(|c| {
        meta.author
            .as_deref()
            .is_some_and(|a| a == c || a.starts_with(&format!("{c} ")))
    });
    if credits_author && !raw.has_front_matter {
        meta.outlet = meta.outlet.take().or(meta.author.take());
    }
    let dateline = dateline_match.map(|m| m[1].to_string());
    removed.sort_by_key(|r| r.line);
    Article {
        file: raw.file.clone(),
        meta,
        dateline,
        source_credit,
        blocks: kept,
        removed,
    }
}

/// Drops an interactive box's label glued to its contents ("Timeline … Show Hide …"): the
/// label and its toggle are page chrome, the contents are kept.
fn strip_widget_label(text: &str) -> String {
    match text.find("Show Hide") {
        Some(i) => text[i + "Show Hide".len()..].trim().to_string(),
        None => text.to_string(),
    }
}

/// Drops a list item's bullet ("•The season starts Thursday."): a mark of layout, which
/// would otherwise open the sentence it is quoted in.
fn strip_list_marker(text: &str) -> &str {
    match text.strip_prefix(['•', '·', '▪', '◦', '‣']) {
        Some(rest) => rest.trim_start(),
        None => text,
    }
}

/// Removes bare links (`pic.twitter.com/…`, `https://t.co/…`) from text: they are page chrome,
/// not words of the article.
fn strip_links(text: &str) -> String {
    BARE_LINK.replace_all(text, "").trim().to_string()
}

/// Classifies a line that is boilerplate on its own, whatever surrounds it.
fn line_boilerplate(text: &str) -> Option<RemovalKind> {
    // (Word limits are tested before the patterns they go with: most lines are long
    // paragraphs, and a limit is cheaper than a scan.)
    // (Every limit below is 60 words or fewer: a long paragraph is counted no further.)
    let words = word_count_up_to(text, 61);
    if !text.chars().any(|c| c.is_alphanumeric()) || text.chars().nth(2).is_none() {
        return Some(RemovalKind::StrayCharacters);
    }
    if BREADCRUMB.is_match(text) {
        return Some(RemovalKind::Breadcrumb);
    }
    // A video player's caption behind its close button's label ("CLOSE The minister arrived
    // … (May 6) AP"): the label is printed in capitals, which no sentence opens with.
    if words <= 60 && (MEDIA_WIDGET.is_match(text) || PLAYER_CAPTION.is_match(text)) {
        return Some(RemovalKind::MediaWidget);
    }
    if words <= 40 && CREDIT_LINE.is_match(text) {
        return Some(RemovalKind::CreditLine);
    }
    if ATTRIBUTE_TAIL.is_match(text) && !text.contains(' ')
        || ATTRIBUTE_TAIL.is_match(text) && !balanced_double_quotes(text)
    {
        return Some(RemovalKind::HtmlFragment);
    }
    if PLACEHOLDER.is_match(text) {
        return Some(RemovalKind::Placeholder);
    }
    if FAQ_HEAD.is_match(text) {
        return Some(RemovalKind::Faq);
    }
    if BOX_LABEL.is_match(text) {
        return Some(RemovalKind::BoxLabel);
    }
    if RELATED.is_match(text.trim_start_matches(|c: char| !c.is_alphanumeric())) {
        return Some(RemovalKind::RelatedLinks);
    }
    if words <= 14 && COPYRIGHT.is_match(text) {
        return Some(RemovalKind::Copyright);
    }
    if FOOTNOTE.is_match(text) {
        return Some(RemovalKind::Footnote);
    }
    if words <= 40 && UPDATE_PROMPT.is_match(text) {
        return Some(RemovalKind::UpdatePrompt);
    }
    if words <= 12 && TIMESTAMP.is_match(text) {
        return Some(RemovalKind::Timestamp);
    }
    if words <= 60 && SHARE_PROMPT.is_match(text) {
        return Some(RemovalKind::SharePrompt);
    }
    if words <= 60 && SITE_NOTICE.is_match(text) {
        return Some(RemovalKind::SiteNotice);
    }
    if words <= 30 && FOOTER_LINK.find_iter(text).count() >= 3 {
        return Some(RemovalKind::FooterNavigation);
    }
    if words <= 60 && (CAPTION_CREDIT.is_match(text) || CAPTION_LABEL.is_match(text)) {
        return Some(RemovalKind::PhotoCaption);
    }
    if is_reader_prompt(text) {
        return Some(RemovalKind::ReaderPrompt);
    }
    None
}

fn balanced_double_quotes(text: &str) -> bool {
    let straight = text.matches('"').count();
    let open = text.matches('“').count();
    let close = text.matches('”').count();
    straight % 2 == 0 && open == close
}

static YOU: CaselessPattern = CaselessPattern::new(|| {
    CaselessPattern::compile(r"(?-u:\b)(?:you|your|you're|you’re)(?-u:\b)")
});

/// A question put to the reader ("Do you believe…?", "What do you think?").
pub fn is_reader_prompt(text: &str) -> bool {
    let t = text.trim_end();
    t.ends_with('?')
        && YOU.is_match(t)
        && !t.starts_with(['"', '“', '‘', '\''])
        && word_count(t) <= 40
}

static WH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:what|who|why|how|when|where|which|is|are|can|will|does|do)(?-u:\b)").unwrap()
});

fn looks_like_faq_item(text: &str) -> bool {
    // "What is X? An answer." — a question followed by its answer in one block.
    let Some(q) = text.find('?') else {
        return false;
    };
    WH.is_match(text) && q < text.len() - 1 && word_count(&text[..q]) <= 20
}

/// A short line of capitalised words with no punctuation, directly followed (no blank line)
/// by more lines, in a file that otherwise separates paragraphs with blank lines: the header
/// of a table copied as text.
fn is_table_header(blocks: &[RawBlock], i: usize) -> bool {
    let b = &blocks[i];
    let Some(next) = blocks.get(i + 1) else {
        return false;
    };
    // (Asked of every line: its words are counted only up to nine.)
    let words = b.text.split_whitespace().take(9).count();
    // (Nor a name over a date at the head: "Meridian News Agency" above "8 September
    // 2027" names the source.)
    if next.after_blank || !(3..=8).contains(&words) || date_line(&next.text).is_some() {
        return false;
    }
    let blank_separated = blocks.iter().filter(|b| b.after_blank).count() * 2 > blocks.len();
    if !blank_separated {
        return false;
    }
    b.text.split_whitespace().all(|w| {
        w.chars().next().is_some_and(|c| c.is_uppercase()) && w.chars().all(|c| c.is_alphanumeric())
    })
}

fn ends_sentence(text: &str) -> bool {
    let t = text.trim_end_matches(['"', '”', '’', '\'', ')', ' ']);
    t.ends_with(['.', '!', '?', ':', ';'])
}

/// "By Jane Doe", or a line that is only a personal name.
fn byline(text: &str) -> Option<String> {
    if let Some(m) = BYLINE.captures(text) {
        return Some(m[1].to_string());
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let name_like = (2..=4).contains(&words.len())
        && words.iter().all(|w| {
            let mut chars = w.chars();
            chars.next().is_some_and(|c| c.is_uppercase())
                && w.chars().all(|c| c.is_alphabetic() || "-'’.".contains(c))
        })
        && words
            .iter()
            .all(|w| !crate::text::is_stopword(&w.to_lowercase()));
    name_like.then(|| text.to_string())
}

/// True for a paper's name on a line of its own, as a copied page prints it under the
/// headline: capitalised words ending in a word papers are named by ("The Harbour Herald",
/// "Elm Valley Times", "Northgate Daily News").
///
/// ```
/// assert!(briefing::clean::is_masthead("The Harbour Herald"));
/// assert!(briefing::clean::is_masthead("Kessel Evening Post"));
/// assert!(!briefing::clean::is_masthead("The Herald"));
/// assert!(!briefing::clean::is_masthead("Ships return to the post"));
/// assert!(!briefing::clean::is_masthead("Jo Herald"));
/// ```
pub fn is_masthead(text: &str) -> bool {
    const HEADS: [&str; 36] = [
        "advertiser",
        "argus",
        "bulletin",
        "chronicle",
        "courier",
        "daily",
        "digest",
        "dispatch",
        "echo",
        "enquirer",
        "examiner",
        "express",
        "gazette",
        "globe",
        "guardian",
        "herald",
        "independent",
        "inquirer",
        "journal",
        "ledger",
        "mail",
        "mercury",
        "mirror",
        "monitor",
        "news",
        "observer",
        "post",
        "press",
        "record",
        "register",
        "sentinel",
        "standard",
        "telegraph",
        "times",
        "tribune",
        "wire",
    ];
    let words: Vec<&str> = text.split_whitespace().collect();
    let named: &[&str] = match words.as_slice() {
        ["The", rest @ ..] => rest,
        all => all,
    };
    // Words that are surnames too: two words ending in one may be a byline ("Jo Herald").
    const SURNAMES: [&str; 12] = [
        "argus", "echo", "guardian", "herald", "mail", "mercury", "mirror", "monitor", "post",
        "press", "record", "standard",
    ];
    let Some(head) = named.last().map(|w| w.to_lowercase()) else {
        return false;
    };
    // ("The Herald" alone is left to the text: a name of one word says too little.)
    let long_enough = named.len() >= 3
        || named.len() == 2 && (words[0] == "The" || !SURNAMES.contains(&head.as_str()));
    long_enough
        && named.len() <= 5
        && named.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase()) && w.chars().all(char::is_alphabetic)
        })
        && HEADS.contains(&head.as_str())
}

/// The authors a contact line names ("Write to Jane Doe at jd@example.com and Jo Roe at …"),
/// joined as a byline: "Jane Doe and Jo Roe".
fn contact_names(text: &str) -> Option<String> {
    if !CONTACT_LINE.is_match(text) {
        return None;
    }
    let names: Vec<&str> = CONTACT_NAME
        .captures_iter(text)
        .map(|m| m.get(1).map_or("", |n| n.as_str()))
        .collect();
    (!names.is_empty()).then(|| names.join(" and "))
}

fn looks_like_headline(text: &str) -> bool {
    let words = word_count_up_to(text, 31);
    (2..=30).contains(&words)
        && !text.trim_end().ends_with(['.', ':', ';', ','])
        && !text.starts_with(['"', '“', '(', '['])
        && text
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// A section head: short, no closing punctuation, after a blank line (plain text) — or, before
/// the body starts, any unpunctuated line (secondary headline, standfirst).
/// True for an embedded social-media post as pages print it ("… — Name (@handle) date"): a
/// quotation of its own, never a subheading, an open matter or an event of the page's day.
pub fn is_embedded_post(text: &str) -> bool {
    text.contains("(@")
}

fn looks_like_subhead(b: &RawBlock, seen_body: bool) -> bool {
    let text = b.text.as_str();
    let words = word_count_up_to(text, 41);
    // A short post ("Lol. — Jo Li (@jo) May 4, 2018") has no closing stop, like a heading.
    if is_embedded_post(text) {
        return false;
    }
    if ends_sentence(text) || text.ends_with(['"', '”']) || text.starts_with(['"', '“', '‘'])
    {
        return false;
    }
    if !text
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    {
        return false;
    }
    if !seen_body {
        static INNER_SENTENCE: LazyLock<Regex> =
            LazyLock::new(|| Regex::new(r#"[.!?]["”’]?\s+[A-Z]"#).unwrap());
        return words <= 40 && !INNER_SENTENCE.is_match(text) && !AGENCY_CREDIT.is_match(text);
    }
    b.after_blank && words <= 12
}

fn copyright_holder(text: &str) -> Option<String> {
    COPYRIGHT
        .captures(text)
        .map(|m| m[1].trim().trim_end_matches('.').trim().to_string())
        .filter(|s| !s.is_empty())
}

/// Drops a paragraph with no quote marks whose sentences the article prints elsewhere: a
/// pull-quote set in large type, copied without its marks.
fn drop_pull_quotes(blocks: &mut Vec<Block>, removed: &mut Vec<Removal>) {
    const N: usize = 5;
    // Shingles are runs of N tokens borrowed from each block's folded text (tokens hold no
    // spaces, so equal runs are equal joined shingles, without building the strings).
    let folded: Vec<String> = blocks.iter().map(|b| crate::text::fold(&b.text)).collect();
    let tokens: Vec<Vec<&str>> = folded
        .iter()
        .map(|f| crate::text::folded_tokens(f).collect())
        .collect();
    let all: Vec<Vec<&[&str]>> = tokens.iter().map(|t| t.windows(N).collect()).collect();
    // Each shingle is looked up by a number made from its tokens' hashes (each token hashed
    // once, not once per shingle it is in); a hit is confirmed on the words themselves.
    let keys: Vec<Vec<u64>> = tokens
        .iter()
        .map(|t| {
            let hashes: Vec<u64> = t.iter().map(|w| crate::text::token_hash(w)).collect();
            hashes.windows(N).map(crate::text::shingle_hash).collect()
        })
        .collect();
    // Which paragraphs hold each shingle (and where): a paragraph is checked against those
    // sharing its shingles, not against every other paragraph (a live blog has hundreds).
    let mut holders: HashMap<u64, Vec<(usize, usize)>> = HashMap::default();
    for (j, shingles) in keys.iter().enumerate() {
        for (at, &key) in shingles.iter().enumerate() {
            holders.entry(key).or_default().push((j, at));
        }
    }
    let mut drop = vec![false; blocks.len()];
    for (i, b) in blocks.iter().enumerate() {
        if b.role != BlockRole::Paragraph || all[i].is_empty() || has_quote_marks(&b.text) {
            continue;
        }
        // Of two paragraphs that repeat each other, the shorter is the excerpt (a pull-quote,
        // a closing list of key points); of two equal copies the first stays.
        let longer = |j: usize| {
            j != i
                && !drop[j]
                && (all[j].len() > all[i].len() || all[j].len() == all[i].len() && j < i)
        };
        let shared = (0..all[i].len())
            .filter(|&at| {
                holders[&keys[i][at]]
                    .iter()
                    .any(|&(j, there)| longer(j) && all[j][there] == all[i][at])
            })
            .count();
        if shared * 2 >= all[i].len() {
            drop[i] = true;
        }
    }
    let mut idx = 0;
    blocks.retain(|b| {
        let d = drop[idx];
        idx += 1;
        if d {
            removed.push(Removal {
                line: b.line,
                kind: RemovalKind::PullQuote,
                words: word_count(&b.text),
            });
        }
        !d
    });
}

fn has_quote_marks(text: &str) -> bool {
    text.contains(['"', '“', '”', '«', '»', '„'])
}

/// The patterns of this stage, for the build to compile ahead of use: while the files are
/// read, each on whichever core is free.
pub fn patterns() -> Vec<&'static LazyLock<Regex>> {
    vec![
        CREDIT_LINE.compiled(),
        RELATED.compiled(),
        &BREADCRUMB,
        PLACEHOLDER.compiled(),
        &AGENCY_CREDIT,
        &ATTRIBUTE_TAIL,
        &AUTHOR_BIO,
        &BARE_LINK,
        &BOX_HEADING,
        BOX_LABEL.compiled(),
        &BULLET,
        CAPTION_LABEL.compiled(),
        COPYRIGHT.compiled(),
        SITE_NOTICE.compiled(),
        LINK_LIST.compiled(),
        &CAPTION_CREDIT,
        &BYLINE,
        &DATELINE,
        FAQ_HEAD.compiled(),
        FOOTER_LINK.compiled(),
        &FOOTNOTE,
        &KICKER_LINK,
        MEDIA_WIDGET.compiled(),
        SHARE_PROMPT.compiled(),
        &TAG,
        UPDATE_PROMPT.compiled(),
        TIMESTAMP.compiled(),
        &PLAYER_CAPTION,
        CONTACT_LINE.compiled(),
        &CONTACT_NAME,
        &LABEL,
        &TIME,
        &WEEKDAY,
        &ORDINAL,
        YOU.compiled(),
        &WH,
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::parse_article;

    fn cleaned(text: &str) -> Article {
        clean(&parse_article("t.txt", text, false).unwrap())
    }

    /// The kept blocks' texts.
    fn texts(a: &Article) -> Vec<&str> {
        a.blocks.iter().map(|b| b.text.as_str()).collect()
    }

    fn kinds(a: &Article) -> Vec<(usize, RemovalKind)> {
        a.removed.iter().map(|r| (r.line, r.kind)).collect()
    }

    #[test]
    fn a_masthead_under_the_headline_is_the_outlet() {
        let a = cleaned(concat!(
            "Toll bridge fine upheld\n\n",
            "By Jo Marren\n",
            "The Elm Valley Herald\n",
            "March 14, 2029\n\n",
            "The council lost its appeal on Tuesday.\n",
        ));
        assert_eq!(a.meta.outlet.as_deref(), Some("The Elm Valley Herald"));
        assert_eq!(a.meta.author.as_deref(), Some("Jo Marren"));
        assert_eq!(texts(&a), vec!["The council lost its appeal on Tuesday."]);
        // With no byline; a name that only ends like a paper is the byline.
        let a = cleaned("Fine upheld\n\nKessel Evening Post\n\nThe council lost its appeal.\n");
        assert_eq!(a.meta.outlet.as_deref(), Some("Kessel Evening Post"));
        let a = cleaned("Fine upheld\n\nJo Herald\n\nThe council lost its appeal.\n");
        assert_eq!(
            (a.meta.outlet, a.meta.author.as_deref()),
            (None, Some("Jo Herald"))
        );
    }

    #[test]
    fn a_kept_list_item_loses_its_bullet() {
        let a = cleaned(concat!(
            "Season opens\n\n",
            "The league season opens on Thursday night in the capital.\n\n",
            "•The players' protest issue is in limbo. Owners put the rule on hold.\n",
        ));
        let texts: Vec<&str> = a.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "The league season opens on Thursday night in the capital.",
                "The players' protest issue is in limbo. Owners put the rule on hold."
            ]
        );
    }

    #[test]
    fn bylines_and_contact_lines_name_the_authors() {
        let author = |head: &str, foot: &str| {
            let text = format!(
                "Council approves bridge\n\n{head}\n\nThe council voted on Tuesday to approve the bridge. It will cost millions.\n\n{foot}\n"
            );
            cleaned(&text).meta.author
        };
        let cases = [
            ("By Jane Doe", "", Some("Jane Doe")),
            ("By Jane Doe and Jo Roe", "", Some("Jane Doe and Jo Roe")),
            (
                "By Jane Doe, Jo Roe & Al Li | Metro desk",
                "",
                Some("Jane Doe, Jo Roe & Al Li"),
            ),
            ("By Jane Doe, Reuters", "", Some("Jane Doe")),
            (
                "",
                "Write to Jane Doe at jane.doe@example.com and Jo Roe at jo@example.com",
                Some("Jane Doe and Jo Roe"),
            ),
            (
                "By Kim Lee",
                "Write to Jane Doe at jane.doe@example.com",
                Some("Kim Lee"),
            ),
            ("", "Email: desk@example.com", None),
        ];
        for (head, foot, want) in cases {
            assert_eq!(author(head, foot).as_deref(), want, "{head:?} / {foot:?}");
        }
    }

    #[test]
    fn a_short_embedded_post_is_body_text_not_a_subheading() {
        let a = cleaned(
            "Harbour bridge approved\n\nThe council voted on Tuesday to approve the bridge. It will cost millions.\n\nFerry crews reacted online within the hour.\n\nLol. #Bridge — Jo Lindqvist (@jolind) May 4, 2021\n\nThe council meets again next week.\n",
        );
        let roles: Vec<(&str, BlockRole)> =
            a.blocks.iter().map(|b| (&b.text[..4], b.role)).collect();
        assert!(roles.contains(&("Lol.", BlockRole::Paragraph)), "{roles:?}");
    }

    #[test]
    fn recovers_byline_headline_and_repeats() {
        let a = cleaned(
            "Jane Q Public\n\nCity council approves new harbour bridge\n\nCity Council Approves New Harbour Bridge Plan\n\nThe council voted on Tuesday to approve the bridge. It will cost millions.\n\nCity council approves new harbour bridge\n",
        );
        assert_eq!(a.meta.author.as_deref(), Some("Jane Q Public"));
        assert_eq!(
            a.meta.headline.as_deref(),
            Some("City council approves new harbour bridge")
        );
        assert_eq!(a.blocks.len(), 2);
        assert_eq!(a.blocks[0].role, BlockRole::Subhead);
        assert_eq!(
            kinds(&a),
            vec![
                (1, RemovalKind::Byline),
                (3, RemovalKind::Headline),
                (9, RemovalKind::Headline)
            ]
        );
    }

    #[test]
    fn no_headline_when_first_line_is_a_sentence() {
        let a = cleaned(
            "The mayor resigned on Monday after a long dispute.\nMore text follows here.\n",
        );
        assert_eq!(a.meta.headline, None);
        assert_eq!(a.blocks.len(), 2);
    }

    #[test]
    fn drops_web_boilerplate() {
        let a = cleaned(concat!(
            "Home » News » Bridge approved\n\nBridge approved\n\n",
            "A summary of the page for search engines.\">\n\n",
            "The council approved the bridge on Tuesday, officials said.\n\n",
            "Mayor Ann Lee at the vote (John Smith/AP)\n\n",
            "Did you know?\n\nBridges are old.\n\n",
            "Do you think the bridge is worth it?\n\n",
            "This is a developing story. Check back for updates.\n\n",
            "Please share this article and leave a comment below.\n\n",
            "Frequently Asked Questions\n\n• What is a bridge? A crossing.\n• Why now? Because.\n\n",
            "Leave a Comment\n\nThis site uses Akismet to reduce spam.\n\nx\n\n",
            "Privacy Policy Cookie Policy Contact Us Terms and Conditions\n\n© Harbour Media Group Ltd\n",
        ));
        assert_eq!(a.blocks.len(), 1, "{:?}", a.blocks);
        assert_eq!(a.meta.headline.as_deref(), Some("Bridge approved"));
        assert_eq!(a.meta.outlet.as_deref(), Some("Harbour Media Group Ltd"));
        let got: Vec<RemovalKind> = a.removed.iter().map(|r| r.kind).collect();
        use RemovalKind::*;
        assert_eq!(
            got,
            vec![
                Breadcrumb,
                Headline,
                HtmlFragment,
                PhotoCaption,
                BoxLabel,
                BoxContent,
                ReaderPrompt,
                UpdatePrompt,
                SharePrompt,
                Faq,
                Faq,
                Faq,
                RelatedLinks,
                SiteNotice,
                StrayCharacters,
                FooterNavigation,
                Copyright
            ]
        );
    }

    #[test]
    fn a_wire_the_dateline_credits_is_the_outlet_not_the_author() {
        let a = cleaned(concat!(
            "Elm Foods beats forecasts\n\nMarket Wire\n\n",
            "NEW YORK (Market Wire) - Elm Foods beat forecasts on Wednesday.\n",
        ));
        assert_eq!(a.meta.author, None);
        assert_eq!(a.meta.outlet.as_deref(), Some("Market Wire"));
        assert_eq!(a.dateline.as_deref(), Some("NEW YORK"));
        // A reporter's byline stays hers.
        let a = cleaned(concat!(
            "Elm Foods beats forecasts\n\nJo Hart\n\n",
            "NEW YORK (Market Wire) - Elm Foods beat forecasts on Wednesday.\n",
        ));
        assert_eq!(a.meta.author.as_deref(), Some("Jo Hart"));
        assert_eq!(a.meta.outlet, None);
        // A dateline may carry the day it was filed.
        let a = cleaned(concat!(
            "Elm Foods beats forecasts\n\nMarket Wire\n\n",
            "NEW YORK, June 9 (Market Wire) - Elm Foods beat forecasts on Wednesday.\n",
        ));
        assert_eq!(a.meta.outlet.as_deref(), Some("Market Wire"));
        assert_eq!(a.dateline.as_deref(), Some("NEW YORK"));
        // A source's name over the date, lines apart but not blank-separated: no table.
        let a = cleaned(concat!(
            "Quake toll climbs to 128\nMeridian News Agency\n8 September 2027\n\n",
            "TARSEN (Meridian) - The toll rose to 128 on Monday, officials said.\n\n",
            "More than 450 people were hurt.\n\nRescuers worked through the night.\n",
        ));
        assert_eq!(a.meta.author, None);
        assert_eq!(a.meta.outlet.as_deref(), Some("Meridian News Agency"));
        assert_eq!(
            a.meta.published,
            chrono::NaiveDate::from_ymd_opt(2027, 9, 8)
        );
    }

    #[test]
    fn page_menus_topic_lists_and_correction_notes_go() {
        let a = cleaned(concat!(
            "Skip to main content\nMenu\nSearch\n",
            "River bursts its banks in Kessel\n",
            "By Mara Lind, Environment correspondent\n",
            "Hundreds of homes were flooded on Sunday, the council said.\n",
            "Related Topics\nFlooding\nKessel\n",
            "More on this story\nTown flooded for second time in a decade\n",
            "It is not clear why the barrier failed.\n",
            "Top stories\nMan charged after city centre stabbing\n",
            "This article was amended on 9 March 2027 to correct the height of the river.\n",
        ));
        assert_eq!(a.meta.author.as_deref(), Some("Mara Lind"));
        let kept: Vec<&str> = a.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            kept,
            vec![
                "Hundreds of homes were flooded on Sunday, the council said.",
                "It is not clear why the barrier failed."
            ]
        );
    }

    #[test]
    fn a_date_line_at_the_head_dates_the_article_and_goes() {
        let a = cleaned(concat!(
            "Storm floods coast\n\nOctober 14, 2026\n\nBy Jo Roe\n\n",
            "Heavy rain flooded the coast on Tuesday, officials said.\n\n",
            "October 20, 2026\n",
        ));
        assert_eq!(
            a.meta.published,
            chrono::NaiveDate::from_ymd_opt(2026, 10, 14)
        );
        use RemovalKind::*;
        assert_eq!(
            kinds(&a),
            vec![(1, Headline), (3, Timestamp), (5, CreditLine)]
        );
        assert_eq!(a.meta.author.as_deref(), Some("Jo Roe"));
        // An update's date only when nothing else dates it; metadata comes first.
        let a = cleaned("Storm floods coast\n\nUpdated: 15 Oct 2026\n\nHeavy rain flooded it.\n");
        assert_eq!(
            a.meta.published,
            chrono::NaiveDate::from_ymd_opt(2026, 10, 15)
        );
        let a = cleaned(
            "Storm floods coast\n\nUpdated: 15 Oct 2026\n\nPublished: 14 Oct 2026\n\nRain fell.\n",
        );
        assert_eq!(
            a.meta.published,
            chrono::NaiveDate::from_ymd_opt(2026, 10, 14)
        );
    }

    #[test]
    fn drops_subscription_prompts_not_news_of_subscribers() {
        let a = cleaned(concat!(
            "Storm floods coast\n\n",
            "Heavy rain flooded the coast on Saturday, officials said.\n\n",
            "Subscribe to the Harbour Gazette for $1 a week.\n\n",
            "Become a member and support independent reporting.\n\n",
            "Support our journalism today.\n\n",
            "About 40,000 homes subscribe to the flood warning service.\n",
        ));
        let kept: Vec<&str> = a.blocks.iter().map(|b| &b.text[..5]).collect();
        assert_eq!(kept, ["Heavy", "About"]);
        let got: Vec<RemovalKind> = a.removed.iter().map(|r| r.kind).collect();
        use RemovalKind::*;
        assert_eq!(got, vec![Headline, SharePrompt, SharePrompt, SharePrompt]);
    }

    #[test]
    fn drops_lines_giving_only_when_the_page_was_published() {
        let a = cleaned(concat!(
            "Storm floods coast\n\nPublished 3 hours ago\n\n",
            "Heavy rain flooded the coast on Saturday, officials said.\n\n",
            "Last updated: 14 March 2024, 10:32 GMT\n\n",
            "Updated plans for the sea wall were published in May, the council said.\n",
        ));
        assert_eq!(
            texts(&a),
            [
                "Heavy rain flooded the coast on Saturday, officials said.",
                "Updated plans for the sea wall were published in May, the council said."
            ]
        );
        let got: Vec<RemovalKind> = a.removed.iter().map(|r| r.kind).collect();
        use RemovalKind::*;
        assert_eq!(got, vec![Headline, Timestamp, Timestamp]);
    }

    #[test]
    fn drops_tables_placeholders_and_credits() {
        let a = cleaned(concat!(
            "Storm hits coast\n\n",
            "MIAMI (Wire) - The storm made landfall on Friday. Agencies said so – Agencies\n\n",
            "Event Date Place Result\nLandfall Friday, [Current Date] Coast Damage\nRecovery Ongoing State Work\n\n",
            "[1] A footnote line.\n",
        ));
        assert_eq!(a.dateline.as_deref(), Some("MIAMI"));
        assert_eq!(a.source_credit.as_deref(), Some("Agencies"));
        assert_eq!(a.blocks.len(), 1);
        assert_eq!(
            a.blocks[0].text,
            "MIAMI (Wire) - The storm made landfall on Friday. Agencies said so"
        );
    }

    #[test]
    fn drops_media_credits_and_link_lists() {
        let a = cleaned(concat!(
            "Ferry service resumes\n\n",
            "The ferry service resumed on Monday after repairs, the operator said.\n\n",
            "Media playback is unsupported on your device\n\n",
            "Image copyright Harbour Agency Image caption The ferry at dawn\n\n",
            "Image source, Harbour Agency\n\n",
            "Play Video 2:01 What we know about the ferry – video\n\n",
            "CLOSE The ferry's captain greets passengers at the pier. (May 8) Wire\n\n",
            "The captain Lee Park Photographer: Sam Roe/Wire\n\n",
            "Divers search the harbour near the pier, Oslo, May 8, 2024. WIRE/Kim Doe\n\n",
            "Profile: The captain who saved the ferry\n\n",
            "Passengers returned on the first crossing, officials said.\n\n",
            "Read more:\n\nWhy the ferry matters\n\nThe captain's long career\n\n",
            "Tickets sold out within an hour, the operator said. pic.twitter.com/AbCd123\n\n",
            "Additional reporting by Kim Doe in Oslo\n\nTwitter: @kimdoe\n\n—Harbour Wire\n\n",
            "(Reporting by Kim Doe; Editing by Lee Park)\n",
        ));
        let texts: Vec<&str> = a.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "The ferry service resumed on Monday after repairs, the operator said.",
                "Passengers returned on the first crossing, officials said.",
                "Tickets sold out within an hour, the operator said."
            ]
        );
        use RemovalKind::*;
        let got: Vec<RemovalKind> = a.removed.iter().map(|r| r.kind).collect();
        assert_eq!(
            got,
            vec![
                Headline,
                SiteNotice,
                PhotoCaption,
                PhotoCaption,
                MediaWidget,
                MediaWidget,
                PhotoCaption,
                PhotoCaption,
                RelatedLinks,
                RelatedLinks,
                RelatedLinks,
                RelatedLinks,
                CreditLine,
                CreditLine,
                CreditLine,
                CreditLine
            ]
        );
    }

    #[test]
    fn a_closing_recap_goes_and_the_fuller_paragraph_stays() {
        let a = cleaned(concat!(
            "Talks resume\n\n",
            "The envoy spoke at length on Sunday. The harbour authority later disputed the envoy's account of the talks in a short statement, and the port stayed closed.\n\n",
            "Ferries ran on the other routes.\n\n",
            "The harbour authority later disputed the envoy's account of the talks in a short statement\n",
        ));
        let texts = texts(&a);
        assert_eq!(texts.len(), 2, "{texts:?}");
        assert!(texts[0].contains("disputed the envoy's account"));
        assert!(
            a.removed
                .iter()
                .any(|r| r.kind == RemovalKind::PullQuote && r.line == 7)
        );
    }

    #[test]
    fn pull_quote_without_marks_is_a_repeat() {
        let a = cleaned(concat!(
            "Talks resume\n\n",
            "The envoy spoke at length about the talks on Sunday.\n\n",
            "We saw some real progress in the way they are thinking about a deal\n\n",
            "“We saw some real progress in the way they are thinking about a deal,” he said.\n",
        ));
        assert_eq!(a.blocks.len(), 2);
        assert!(
            a.removed
                .iter()
                .any(|r| r.kind == RemovalKind::PullQuote && r.line == 5)
        );
    }
}
