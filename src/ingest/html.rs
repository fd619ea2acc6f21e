//! Saved web pages (`.html`, `.htm`): the article's text and metadata without the page
//! around it.
//!
//! A page saved from a browser holds the article among menus, scripts, share bars, teasers
//! and footers. Only text blocks are kept (paragraphs, headings, list items, quotations),
//! from the page's longest `<article>` (else its `<main>`, else the container holding most
//! of its paragraphs' text), never from
//! navigation, forms, asides, figures, scripts or styles; the title, byline, outlet, date
//! and address come from its `<meta>` tags. Markup never passes through: every block is
//! plain text with its character references decoded, so the cleaning stage sees what a
//! reader would.
//!
//! The page is read as a stream of tags rather than parsed into a tree: saved pages are
//! often malformed, and here a tag left open or a stray `<` costs at most a block, never the
//! article.

use super::{BlockKind, Metadata, RawArticle, RawBlock, parse_date, squeeze_spaces};

/// Elements whose content is never article text.
/// (Scripts, styles and the like are [`RAW_TEXT`], skipped as they are read.)
const SKIPPED: [&str; 13] = [
    "noscript", "svg", "nav", "footer", "aside", "form", "button", "select", "iframe", "object",
    "canvas", "figure", "dialog",
];

/// Elements whose content is raw text up to their end tag (no tags inside).
const RAW_TEXT: [&str; 5] = ["script", "style", "textarea", "title", "template"];

/// Elements that begin and end a block of text.
const BLOCKS: [&str; 27] = [
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "dd",
    "dt",
    "pre",
    "td",
    "th",
    "tr",
    "section",
    "article",
    "main",
    "header",
    "ul",
    "ol",
    "table",
    "body",
    "br",
    "hr",
    "address",
];

/// Elements that have no end tag.
const VOID: [&str; 14] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// One tag as read.
struct Tag<'a> {
    /// Lower-case name.
    name: String,
    closing: bool,
    /// The text between the name and `>`.
    attributes: &'a str,
}

/// A block of text with where it stood in the page.
struct PageBlock {
    text: String,
    kind: BlockKind,
    /// Byte offset in the page where it started.
    offset: usize,
    /// The innermost `<article>` holding it (numbered in page order).
    article: Option<usize>,
    in_main: bool,
    /// The containers (`<div>`, `<section>`, `<td>`, …) open around it, outermost first.
    containers: Vec<usize>,
    /// Whether it is a paragraph (`<p>`), the element article text comes in.
    paragraph: bool,
}

/// Elements that group blocks: the candidates for the article's container on a page that
/// marks none.
const CONTAINERS: [&str; 6] = ["div", "section", "td", "body", "center", "font"];

/// Reads a saved web page as an article.
///
/// ```
/// let page = r#"<html><head><title>Dam opens - The Ledger</title>
/// <meta property="og:site_name" content="The Ledger"></head>
/// <body><nav><a href="/">Home</a></nav><article><h1>Dam opens</h1>
/// <p>The dam opened on Friday &amp; water flowed.</p></article></body></html>"#;
/// let a = briefing::ingest::parse_html_article("a.html", page);
/// assert_eq!(a.meta.headline.as_deref(), Some("Dam opens"));
/// assert_eq!(a.meta.outlet.as_deref(), Some("The Ledger"));
/// let texts: Vec<&str> = a.blocks.iter().map(|b| b.text.as_str()).collect();
/// assert_eq!(texts, ["The dam opened on Friday & water flowed."]);
/// ```
pub fn parse_html_article(file: &str, page: &str) -> RawArticle {
    let mut reader = PageReader::default();
    reader.read(page);
    let PageReader {
        blocks,
        mut meta,
        title,
        first_time,
        ..
    } = reader;
    let blocks = article_blocks(blocks);
    if meta.headline.is_none() {
        meta.headline = title.or_else(|| {
            blocks
                .iter()
                .find(|b| b.kind == BlockKind::Heading)
                .map(|b| b.text.clone())
        })
    }
    // ("og:title" often carries the outlet too: "Dam opens - The Ledger".)
    meta.headline = meta
        .headline
        .map(|t| without_outlet(&t, meta.outlet.as_deref()))
        .filter(|t| !t.is_empty());
    if meta.published.is_none() {
        meta.published = first_time.as_deref().and_then(parse_date);
    }
    // The headline printed again as the page's first heading is not body text.
    let mut blocks = blocks;
    if let (Some(first), Some(headline)) = (blocks.first(), meta.headline.as_deref()) {
        if first.kind == BlockKind::Heading && first.text == headline {
            blocks.remove(0);
        }
    }
    RawArticle {
        file: file.to_string(),
        has_front_matter: meta.headline.is_some(),
        meta,
        blocks: with_lines(page, blocks),
    }
}

/// The blocks of the article: those of the longest `<article>` element, else those inside
/// `<main>`, else all (a page of several articles, such as teasers of other stories, keeps
/// the one with the most text).
fn article_blocks(blocks: Vec<PageBlock>) -> Vec<PageBlock> {
    let mut length: std::collections::BTreeMap<usize, usize> = Default::default();
    for b in &blocks {
        if let Some(a) = b.article {
            *length.entry(a).or_default() += b.text.len();
        }
    }
    let longest = length
        .iter()
        .max_by_key(|&(a, len)| (*len, std::cmp::Reverse(*a)))
        .map(|(&a, _)| a);
    if let Some(a) = longest {
        return blocks
            .into_iter()
            .filter(|b| b.article == Some(a))
            .collect();
    }
    if blocks.iter().any(|b| b.in_main) {
        return blocks.into_iter().filter(|b| b.in_main).collect();
    }
    match best_container(&blocks) {
        Some(c) => blocks
            .into_iter()
            .filter(|b| b.containers.contains(&c))
            .collect(),
        None => blocks,
    }
}

/// On a page that marks no article, the container its paragraphs are in, as readers of
/// web pages find it: each paragraph of some length scores its container in full and the
/// one around that by half (more for a longer paragraph and one with commas, which menus
/// and link lists lack); the best-scored container holds the article.
fn best_container(blocks: &[PageBlock]) -> Option<usize> {
    let mut score: std::collections::BTreeMap<usize, f64> = Default::default();
    for b in blocks.iter().filter(|b| b.paragraph && b.text.len() >= 25) {
        let points = 1.0 + b.text.matches(',').count() as f64 + (b.text.len() / 100).min(3) as f64;
        let mut around = b.containers.iter().rev();
        if let Some(&parent) = around.next() {
            *score.entry(parent).or_default() += points;
        }
        if let Some(&grandparent) = around.next() {
            *score.entry(grandparent).or_default() += points / 2.0;
        }
    }
    score
        .into_iter()
        .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
        .map(|(c, _)| c)
}

/// The blocks with the 1-based line each starts on.
fn with_lines(page: &str, blocks: Vec<PageBlock>) -> Vec<RawBlock> {
    let (mut line, mut counted) = (1, 0);
    blocks
        .into_iter()
        .map(|b| {
            let upto = b.offset.clamp(counted, page.len());
            line += page.as_bytes()[counted..upto]
                .iter()
                .filter(|&&c| c == b'\n')
                .count();
            counted = upto;
            RawBlock {
                text: b.text,
                line,
                kind: b.kind,
                after_blank: true,
            }
        })
        .collect()
}

/// A page title without the outlet it ends with ("Dam opens | The Ledger").
fn without_outlet(title: &str, outlet: Option<&str>) -> String {
    let title = title.trim();
    if let Some(outlet) = outlet {
        for sep in [" | ", " - ", " – ", " — ", " :: "] {
            if let Some(rest) = title.strip_suffix(outlet).and_then(|t| t.strip_suffix(sep)) {
                return rest.trim().to_string();
            }
        }
    }
    title.to_string()
}

/// The state of one pass over a page.
#[derive(Default)]
struct PageReader {
    blocks: Vec<PageBlock>,
    meta: Metadata,
    /// The `<title>`.
    title: Option<String>,
    /// The first `<time datetime>` of the page.
    first_time: Option<String>,
    /// Text gathered since the last block boundary, still with its character references.
    text: String,
    text_offset: usize,
    kind: Option<BlockKind>,
    /// Skipped elements open, innermost last.
    skipping: Vec<String>,
    /// `<article>` elements open, by number.
    articles: Vec<usize>,
    /// Containers open, by number, with their element's name.
    containers: Vec<(usize, String)>,
    containers_seen: usize,
    /// Whether the current block is a `<p>`.
    in_paragraph: bool,
    articles_seen: usize,
    mains: usize,
}

impl PageReader {
    fn read(&mut self, page: &str) {
        let mut at = 0;
        while at < page.len() {
            let Some(lt) = page[at..].find('<').map(|i| at + i) else {
                self.push_text(&page[at..], at);
                break;
            };
            if lt > at {
                self.push_text(&page[at..lt], at);
            }
            at = self.read_markup(page, lt);
        }
        self.flush();
    }

    /// Reads what starts with `<` at `lt`; returns where reading goes on.
    fn read_markup(&mut self, page: &str, lt: usize) -> usize {
        let rest = &page[lt..];
        if let Some(comment) = rest.strip_prefix("<!--") {
            return comment.find("-->").map_or(page.len(), |i| lt + 4 + i + 3);
        }
        if rest.starts_with("<!") || rest.starts_with("<?") {
            // A declaration or processing instruction ends at its `>`; one cut off by the
            // next tag (`<?<script>…`) ends there, so that tag is read as one: HTML would
            // swallow it into the bogus comment and show the script's body as text.
            let close = rest.find('>').map_or(page.len(), |i| lt + i + 1);
            let next_tag = rest[1..].find('<').map_or(page.len(), |i| lt + 1 + i);
            return close.min(next_tag);
        }
        let Some((tag, end)) = read_tag(page, lt) else {
            // A `<` that opens no tag is text.
            self.push_text("<", lt);
            return lt + 1;
        };
        if tag.closing {
            self.close(&tag.name, lt);
            return end;
        }
        if RAW_TEXT.contains(&tag.name.as_str()) {
            let close = format!("</{}", tag.name);
            let body_end = find_ascii_case_insensitive(&page[end..], &close).map(|i| end + i);
            let body = &page[end..body_end.unwrap_or(page.len())];
            if tag.name == "title" && self.title.is_none() && self.skipping.is_empty() {
                self.title = Some(squeeze_spaces(&decode_references(body)));
            }
            // A page's structured data (`application/ld+json`) may be all that dates it.
            let structured = attribute(tag.attributes, "type").is_some_and(|t| t.contains("json"));
            if tag.name == "script" && structured && self.meta.published.is_none() {
                self.meta.published = json_string(body, "datePublished").and_then(parse_date);
            }
            return body_end
                .and_then(|e| page[e..].find('>').map(|i| e + i + 1))
                .unwrap_or(page.len());
        }
        self.open(&tag, lt);
        end
    }

    fn open(&mut self, tag: &Tag, at: usize) {
        let name = tag.name.as_str();
        if name == "meta" || name == "link" {
            self.read_meta(tag.attributes);
            return;
        }
        if name == "time" && self.first_time.is_none() {
            self.first_time = attribute(tag.attributes, "datetime");
        }
        // (A page's own header, outside any article, holds its name and menus; an
        // article's header holds its headline and byline.)
        let page_header = name == "header" && self.articles.is_empty();
        if !self.skipping.is_empty() || SKIPPED.contains(&name) || page_header {
            if !VOID.contains(&name) {
                self.flush();
                self.skipping.push(name.to_string());
            }
            return;
        }
        self.boundary(name, at);
        if CONTAINERS.contains(&name) {
            self.containers_seen += 1;
            self.containers
                .push((self.containers_seen, name.to_string()));
        }
        match name {
            "article" => {
                self.articles_seen += 1;
                self.articles.push(self.articles_seen);
            }
            "main" => self.mains += 1,
            "p" => self.in_paragraph = true,
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => self.kind = Some(BlockKind::Heading),
            "li" => self.kind = Some(BlockKind::ListItem),
            _ => {}
        }
    }

    fn close(&mut self, name: &str, at: usize) {
        if let Some(i) = self.skipping.iter().rposition(|n| n == name) {
            self.skipping.truncate(i);
            self.text_offset = at;
            return;
        }
        if !self.skipping.is_empty() {
            return;
        }
        self.boundary(name, at);
        if let Some(i) = self.containers.iter().rposition(|(_, n)| n == name) {
            self.containers.truncate(i);
        }
        match name {
            "article" => {
                self.articles.pop();
            }
            "main" => self.mains = self.mains.saturating_sub(1),
            _ => {}
        }
    }

    /// A block element's tag at `at` ends the text before it.
    fn boundary(&mut self, name: &str, at: usize) {
        if BLOCKS.contains(&name) {
            self.flush();
            self.text_offset = at;
        }
    }

    fn push_text(&mut self, text: &str, at: usize) {
        if !self.skipping.is_empty() {
            return;
        }
        if self.text.trim().is_empty() {
            self.text_offset = at + (text.len() - text.trim_start().len());
        }
        self.text.push_str(text);
    }

    /// Ends the current block, keeping it when it holds any text.
    fn flush(&mut self) {
        let text = squeeze_spaces(&decode_references(&self.text));
        self.text.clear();
        let kind = self.kind.take().unwrap_or(BlockKind::Text);
        let paragraph = std::mem::take(&mut self.in_paragraph);
        if !text.is_empty() {
            self.blocks.push(PageBlock {
                text,
                kind,
                offset: self.text_offset,
                article: self.articles.last().copied(),
                in_main: self.mains > 0,
                containers: self.containers.iter().map(|(c, _)| *c).collect(),
                paragraph,
            });
        }
    }

    /// Takes what a `<meta>` or `<link>` tag tells of the article.
    fn read_meta(&mut self, attributes: &str) {
        let key = ["property", "name", "itemprop", "rel"]
            .iter()
            .find_map(|k| attribute(attributes, k))
            .map(|k| k.to_ascii_lowercase());
        let Some(key) = key else {
            return;
        };
        let value = attribute(attributes, "content")
            .or_else(|| attribute(attributes, "href"))
            .map(|v| squeeze_spaces(&decode_references(&v)))
            .filter(|v| !v.is_empty());
        let Some(value) = value else {
            return;
        };
        let meta = &mut self.meta;
        match key.as_str() {
            "og:title" | "twitter:title" | "headline" | "dc.title" => {
                meta.headline.get_or_insert(value);
            }
            "author" | "article:author" | "byl" | "dc.creator" | "parsely-author"
            | "sailthru.author"
                if !value.starts_with("http") =>
            {
                let byline = value
                    .strip_prefix("By ")
                    .or_else(|| value.strip_prefix("by "))
                    .unwrap_or(&value);
                meta.author.get_or_insert(byline.to_string());
            }
            "og:site_name" | "application-name" | "publisher" => {
                meta.outlet.get_or_insert(value);
            }
            "article:published_time"
            | "datepublished"
            | "date"
            | "pubdate"
            | "dc.date"
            | "dc.date.issued"
            | "parsely-pub-date"
            | "sailthru.date"
            | "og:published_time"
                if meta.published.is_none() =>
            {
                meta.published = parse_date(&value);
            }
            "canonical" | "og:url" if value.starts_with("http") => {
                meta.url.get_or_insert(value);
            }
            _ => {}
        }
    }
}

/// The tag starting with `<` at `lt`, and where it ends; `None` when no tag starts there.
fn read_tag(page: &str, lt: usize) -> Option<(Tag<'_>, usize)> {
    let bytes = page.as_bytes();
    let mut i = lt + 1;
    let closing = bytes.get(i) == Some(&b'/');
    if closing {
        i += 1;
    }
    let name_start = i;
    while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'-') {
        i += 1;
    }
    if i == name_start || !bytes[name_start].is_ascii_alphabetic() {
        return None;
    }
    let name = page[name_start..i].to_ascii_lowercase();
    // Attributes run to the first `>` outside quotes. (A `<` there starts the next tag: a
    // tag cut short must not swallow the `<script>` after it.)
    let attributes_start = i;
    let mut quote: Option<u8> = None;
    while i < bytes.len() {
        match (quote, bytes[i]) {
            (None, b'>') => break,
            (None, b'<') => {
                return Some((
                    Tag {
                        name,
                        closing,
                        attributes: &page[attributes_start..i],
                    },
                    i,
                ));
            }
            (None, q @ (b'"' | b'\'')) => quote = Some(q),
            (Some(q), c) if c == q => quote = None,
            _ => {}
        }
        i += 1;
    }
    let attributes = &page[attributes_start..i.min(page.len())];
    Some((
        Tag {
            name,
            closing,
            attributes,
        },
        (i + 1).min(page.len()),
    ))
}

/// The value of attribute `name` (ASCII case-insensitive) in a tag's attribute text.
fn attribute(attributes: &str, name: &str) -> Option<String> {
    let bytes = attributes.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
            i += 1;
        }
        let start = i;
        while i < bytes.len() && !bytes[i].is_ascii_whitespace() && !matches!(bytes[i], b'=' | b'>')
        {
            i += 1;
        }
        let key = &attributes[start..i];
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = None;
        if bytes.get(i) == Some(&b'=') {
            i += 1;
            while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            let (from, to) = match bytes.get(i) {
                Some(&q @ (b'"' | b'\'')) => {
                    let end = attributes[i + 1..]
                        .find(q as char)
                        .map_or(attributes.len(), |e| i + 1 + e);
                    (i + 1, end)
                }
                _ => {
                    let end = attributes[i..]
                        .find(|c: char| c.is_ascii_whitespace())
                        .map_or(attributes.len(), |e| i + e);
                    (i, end)
                }
            };
            value = Some(&attributes[from..to]);
            i = (to + 1).min(attributes.len());
        }
        if key.eq_ignore_ascii_case(name) {
            return Some(value.unwrap_or("").to_string());
        }
        if i == start {
            i += 1;
        }
    }
    None
}

/// The string value of the first `"key": "…"` in a piece of JSON (read without parsing it:
/// a page's structured data is often invalid JSON).
fn json_string<'a>(json: &'a str, key: &str) -> Option<&'a str> {
    let after = &json[json.find(&format!("\"{key}\""))? + key.len() + 2..];
    let value = after
        .trim_start()
        .strip_prefix(':')?
        .trim_start()
        .strip_prefix('"')?;
    value.find('"').map(|end| &value[..end])
}

/// Where `needle` (ASCII) first occurs in `haystack`, ignoring ASCII case.
fn find_ascii_case_insensitive(haystack: &str, needle: &str) -> Option<usize> {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    (0..h.len().saturating_sub(n.len() - 1)).find(|&i| h[i..i + n.len()].eq_ignore_ascii_case(n))
}

/// Named character references news pages use, with what they stand for.
const NAMED_REFERENCES: [(&str, &str); 46] = [
    ("amp", "&"),
    ("lt", "<"),
    ("gt", ">"),
    ("quot", "\""),
    ("apos", "'"),
    ("nbsp", " "),
    ("ensp", " "),
    ("emsp", " "),
    ("thinsp", " "),
    ("shy", ""),
    ("zwj", ""),
    ("zwnj", ""),
    ("ndash", "–"),
    ("mdash", "—"),
    ("lsquo", "‘"),
    ("rsquo", "’"),
    ("sbquo", "‚"),
    ("ldquo", "“"),
    ("rdquo", "”"),
    ("bdquo", "„"),
    ("laquo", "«"),
    ("raquo", "»"),
    ("hellip", "…"),
    ("bull", "•"),
    ("middot", "·"),
    ("copy", "©"),
    ("reg", "®"),
    ("trade", "™"),
    ("deg", "°"),
    ("times", "×"),
    ("minus", "−"),
    ("euro", "€"),
    ("pound", "£"),
    ("cent", "¢"),
    ("yen", "¥"),
    ("eacute", "é"),
    ("egrave", "è"),
    ("aacute", "á"),
    ("agrave", "à"),
    ("iacute", "í"),
    ("oacute", "ó"),
    ("uacute", "ú"),
    ("ntilde", "ñ"),
    ("ccedil", "ç"),
    ("uuml", "ü"),
    ("ouml", "ö"),
];

/// Text with its character references (`&amp;`, `&#8217;`, `&#x2019;`) decoded; a reference
/// not known is left as printed.
fn decode_references(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let semi = rest[1..].find(';').map(|i| i + 1).filter(|&i| i <= 10);
        let decoded = semi.and_then(|semi| {
            let name = &rest[1..semi];
            let numeric = name.strip_prefix('#').and_then(|n| {
                match n.strip_prefix('x').or_else(|| n.strip_prefix('X')) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok(),
                    None => n.parse().ok(),
                }
            });
            let value = match numeric {
                Some(code) => char::from_u32(code)
                    .filter(|c| *c != '\0')
                    .map(|c| c.to_string()),
                None => NAMED_REFERENCES
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| v.to_string()),
            };
            value.map(|v| (v, semi))
        });
        match decoded {
            Some((value, semi)) => {
                out.push_str(&value);
                rest = &rest[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Harbour bridge reopens after repairs | The Quay Courier</title>
<meta property="og:title" content="Harbour bridge reopens after repairs - The Quay Courier">
<meta property="og:site_name" content="The Quay Courier">
<meta name="author" content="By Mira Osei">
<meta property="article:published_time" content="2031-04-02T08:15:00Z">
<link rel="canonical" href="https://quay.example/news/bridge">
<style>p { color: red; }</style>
<script>var x = "<p>not text</p>";</script>
</head>
<body>
<header><a href="/">The Quay Courier</a><nav><ul><li>News</li><li>Sport</li></ul></nav></header>
<main>
<article>
<h1>Harbour bridge reopens after repairs</h1>
<p>The harbour bridge reopened on Tuesday, the council said.</p>
<!-- <p>An old paragraph left in a comment.</p> -->
<figure><img src="b.jpg"><figcaption>The bridge at dawn.</figcaption></figure>
<p>Repairs cost &pound;2m &ndash; more than planned.<br>Traffic is light.</p>
<h2>What next</h2>
<p>A second phase starts in May.
<aside><p>Read more: other stories</p></aside>
<ul><li>Phase one: done</li></ul>
</article>
<article><h2>Other story</h2><p>Teaser.</p></article>
</main>
<footer><p>© The Quay Courier</p></footer>
</body></html>
"#;

    fn texts(a: &RawArticle) -> Vec<(&str, BlockKind)> {
        a.blocks.iter().map(|b| (b.text.as_str(), b.kind)).collect()
    }

    #[test]
    fn a_saved_page_gives_its_article_and_metadata() {
        let a = parse_html_article("bridge.html", PAGE);
        assert_eq!(
            texts(&a),
            [
                (
                    "The harbour bridge reopened on Tuesday, the council said.",
                    BlockKind::Text
                ),
                ("Repairs cost £2m – more than planned.", BlockKind::Text),
                ("Traffic is light.", BlockKind::Text),
                ("What next", BlockKind::Heading),
                ("A second phase starts in May.", BlockKind::Text),
                ("Phase one: done", BlockKind::ListItem),
            ]
        );
        assert_eq!(
            a.meta.headline.as_deref(),
            Some("Harbour bridge reopens after repairs")
        );
        assert_eq!(a.meta.outlet.as_deref(), Some("The Quay Courier"));
        assert_eq!(a.meta.author.as_deref(), Some("Mira Osei"));
        assert_eq!(
            a.meta.published.map(|d| d.to_string()).as_deref(),
            Some("2031-04-02")
        );
        assert_eq!(
            a.meta.url.as_deref(),
            Some("https://quay.example/news/bridge")
        );
        assert!(a.has_front_matter);
        // Lines are the page's: the first paragraph is on line 18.
        assert_eq!(a.blocks[0].line, 18);
    }

    #[test]
    fn a_page_without_an_article_element_gives_its_body() {
        let page = "<html><body><nav>Menu</nav><h1>Flood warning</h1><div>Rivers rose.<br/>Roads shut.</div><p>More rain is due.";
        let a = parse_html_article("flood.htm", page);
        assert_eq!(a.meta.headline.as_deref(), Some("Flood warning"));
        assert_eq!(
            texts(&a),
            [
                ("Rivers rose.", BlockKind::Text),
                ("Roads shut.", BlockKind::Text),
                ("More rain is due.", BlockKind::Text),
            ]
        );
    }

    #[test]
    fn a_page_marking_no_article_gives_the_container_of_its_paragraphs() {
        let page = r#"<body><div id="top"><div class="menu"><p>Home</p><p>World</p><p>Sport</p></div>
<table><tr><td><div class="story"><h1>Ferry service resumes</h1>
<p>The island ferry resumed on Monday, after a week of storms, the operator said.</p>
<p>Crossings will run hourly, with extra sailings at weekends, until the end of June.</p>
<div class="inline-ad"><p>Advertisement</p></div>
<p>Fares are unchanged.</p></div></td>
<td class="sidebar"><div><p>Most read: Storm damage in pictures</p><p>Top stories</p></div></td></tr></table>
<div class="footer-links"><p>Contact us about this site</p></div></div></body>"#;
        let a = parse_html_article("ferry.html", page);
        assert_eq!(a.meta.headline.as_deref(), Some("Ferry service resumes"));
        assert_eq!(
            texts(&a),
            [
                (
                    "The island ferry resumed on Monday, after a week of storms, the operator said.",
                    BlockKind::Text
                ),
                (
                    "Crossings will run hourly, with extra sailings at weekends, until the end of June.",
                    BlockKind::Text
                ),
                ("Advertisement", BlockKind::Text),
                ("Fares are unchanged.", BlockKind::Text),
            ]
        );
    }

    #[test]
    fn markup_never_passes_through() {
        let page = "<p>A &lt;b&gt; tag, 3 < 4, <i>x</i>y <unknown-tag>z</unknown-tag> and a <a href='/?a=1&b=2'>link</a>.</p><p onclick=\"alert('>')\">Safe</p>";
        let a = parse_html_article("x.html", page);
        assert_eq!(
            texts(&a),
            [
                ("A <b> tag, 3 < 4, xy z and a link.", BlockKind::Text),
                ("Safe", BlockKind::Text),
            ]
        );
        // A declaration or processing instruction cut off by a tag ends there: the
        // script or style it would swallow is still skipped whole.
        let page = "<p>Kept.</p><?<script>SECRET</script><!x<style>SECRET</style><p>Last.";
        let a = parse_html_article("x.html", page);
        assert_eq!(
            texts(&a),
            [("Kept.", BlockKind::Text), ("Last.", BlockKind::Text)]
        );
    }

    #[test]
    fn attributes_and_references_are_read() {
        let attrs = r#" name="author" content='Jo Roe' data-x=1 hidden"#;
        assert_eq!(attribute(attrs, "content").as_deref(), Some("Jo Roe"));
        assert_eq!(attribute(attrs, "NAME").as_deref(), Some("author"));
        assert_eq!(attribute(attrs, "hidden").as_deref(), Some(""));
        assert_eq!(
            attribute(" data-name=x name=y", "name").as_deref(),
            Some("y")
        );
        assert_eq!(attribute(attrs, "title"), None);
        assert_eq!(
            decode_references("Q&amp;A: it&#8217;s &ldquo;done&#x201D; &bogus; & more"),
            "Q&A: it’s “done” &bogus; & more"
        );
    }

    #[test]
    fn structured_data_dates_a_page_without_date_tags() {
        let page = r#"<script type="application/ld+json">{"@type": "NewsArticle", "datePublished" : "2031-05-06T10:00:00+01:00"}</script><p>Text.</p>"#;
        let a = parse_html_article("x.html", page);
        assert_eq!(
            a.meta.published.map(|d| d.to_string()).as_deref(),
            Some("2031-05-06")
        );
        assert_eq!(json_string(r#"{"a": 1, "b":"two"}"#, "b"), Some("two"));
        assert_eq!(json_string(r#"{"a": 1}"#, "b"), None);
    }

    #[test]
    fn broken_pages_cost_text_not_the_article() {
        for page in [
            "",
            "<",
            "<p",
            "<!--",
            "<script>never closed",
            "<p>Kept</p><div class=\"unclosed",
            "<p>Text &#xFFFFFFFF; &#0; &",
            "</p></div></article>Loose text",
        ] {
            let a = parse_html_article("x.html", page);
            assert!(
                a.blocks
                    .iter()
                    .all(|b| !b.text.contains('<') || b.text == "<")
            );
        }
        let a = parse_html_article("x.html", "<p>Kept</p><div class=\"unclosed");
        assert_eq!(texts(&a), [("Kept", BlockKind::Text)]);
        let a = parse_html_article("x.html", "</p></div></article>Loose text");
        assert_eq!(texts(&a), [("Loose text", BlockKind::Text)]);
    }
}
