//! Ingest: walk the seeds folder, read and decode each article, parse its front matter.
//!
//! This is the only stage that touches the input file system. Everything it returns is plain
//! data, so the stages after it are pure functions. A file that cannot be used is reported as a
//! [`Problem`] naming the file (and line where one helps) and skipped; it never stops the walk.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

mod html;
pub use html::parse_html_article;
use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use walkdir::WalkDir;

/// Files larger than this are skipped by default (bytes); see [`IngestOptions::max_bytes`].
pub const DEFAULT_MAX_BYTES: u64 = 8 * 1024 * 1024;

/// File names in the seeds folder that are configuration, not articles.
const CONFIG_FILES: [&str; 2] = ["sources.toml", "briefing.toml"];

/// Metadata an article carries in front matter or `sources.toml`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Metadata {
    /// The article's title.
    pub headline: Option<String>,
    /// The byline as printed.
    pub author: Option<String>,
    /// The publishing outlet.
    pub outlet: Option<String>,
    /// Publication date.
    pub published: Option<NaiveDate>,
    /// Where it was published.
    pub url: Option<String>,
    /// Problems with the metadata that cost a field, not the article.
    pub warnings: Vec<String>,
}

impl Metadata {
    /// Fills every field `self` lacks from `other`.
    fn or(self, other: &Metadata) -> Metadata {
        Metadata {
            headline: self.headline.or_else(|| other.headline.clone()),
            author: self.author.or_else(|| other.author.clone()),
            outlet: self.outlet.or_else(|| other.outlet.clone()),
            published: self.published.or(other.published),
            url: self.url.or_else(|| other.url.clone()),
            warnings: self
                .warnings
                .into_iter()
                .chain(other.warnings.iter().cloned())
                .collect(),
        }
    }
}

/// How a block was marked up in its file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// A line of plain text, or a Markdown paragraph.
    Text,
    /// A Markdown heading.
    Heading,
    /// A Markdown list item.
    ListItem,
}

/// One line of a text file, or one block of a Markdown file, before cleaning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawBlock {
    /// The text as printed, trimmed of surrounding white space.
    pub text: String,
    /// 1-based line in the file where the block starts.
    pub line: usize,
    /// Heading, paragraph, list item or other block.
    pub kind: BlockKind,
    /// True when a blank line (or the start of the file) precedes the block.
    pub after_blank: bool,
}

/// An article as read from disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawArticle {
    /// Path relative to the seeds folder, `/` separators.
    pub file: String,
    /// Metadata from front matter or `sources.toml`.
    pub meta: Metadata,
    /// True when metadata came from front matter (so the first line is not a headline guess).
    pub has_front_matter: bool,
    /// The body, block by block.
    pub blocks: Vec<RawBlock>,
}

/// A file that was skipped or read with a warning, and why.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Problem {
    /// Path as given to the user (relative to the seeds folder where possible).
    pub file: String,
    /// 1-based line, when the problem has one.
    pub line: Option<usize>,
    /// What went wrong.
    pub message: String,
    /// False for a warning: the file was still used.
    pub skipped: bool,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.file, line, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// What ingest found.
#[derive(Debug, Default)]
pub struct Ingested {
    /// Every article read, in file order.
    pub articles: Vec<RawArticle>,
    /// Files skipped or read with a warning.
    pub problems: Vec<Problem>,
}

/// Limits for reading.
#[derive(Debug, Clone)]
pub struct IngestOptions {
    /// Largest file read, in bytes: larger ones are skipped.
    pub max_bytes: u64,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions {
            max_bytes: DEFAULT_MAX_BYTES,
        }
    }
}

/// Reads every article below `seeds`, sorted by path so ids are stable.
///
/// Symbolic links are not followed: a link could point outside the seeds folder.
pub fn read_seeds(seeds: &Path, options: &IngestOptions) -> anyhow::Result<Ingested> {
    if !seeds.is_dir() {
        anyhow::bail!("seeds folder {} does not exist", seeds.display());
    }
    let mut out = Ingested::default();
    let sidecar = read_sidecar(seeds, &mut out.problems);
    // The walk is in file-name order and cheap; reading and parsing the files is the work,
    // done in parallel. Each file's outcome is taken back in walk order, so the articles
    // and the problems come out as a sequential read would give them.
    enum Job {
        Problem(Problem),
        Read {
            path: std::path::PathBuf,
            file: String,
            name: String,
            format: Format,
        },
    }
    let mut jobs = Vec::new();
    let walker = WalkDir::new(seeds)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(err) => {
                let file = err
                    .path()
                    .map(|p| relative(seeds, p))
                    .unwrap_or_else(|| seeds.display().to_string());
                jobs.push(Job::Problem(skip(
                    &file,
                    None,
                    format!("cannot read: {err}"),
                )));
                continue;
            }
        };
        if !entry.file_type().is_file() {
            let file = relative(seeds, entry.path());
            if entry.path_is_symlink() {
                jobs.push(Job::Problem(skip(
                    &file,
                    None,
                    "symbolic link not followed".into(),
                )));
            } else if !entry.file_type().is_dir() {
                // A pipe would block the build forever; a device or socket is no article.
                jobs.push(Job::Problem(skip(
                    &file,
                    None,
                    "not a regular file (a pipe, socket or device); skipped".into(),
                )));
            }
            continue;
        }
        let file = relative(seeds, entry.path());
        let name = entry.file_name().to_string_lossy().to_string();
        if entry.depth() == 1 && CONFIG_FILES.contains(&name.as_str()) {
            continue;
        }
        let ext = entry
            .path()
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        let format = match ext.as_str() {
            "txt" | "text" => Format::Text,
            "md" | "markdown" => Format::Markdown,
            "html" | "htm" => Format::Html,
            _ => {
                jobs.push(Job::Problem(skip(
                    &file,
                    None,
                    "not an article (.txt, .md or .html); skipped".into(),
                )));
                continue;
            }
        };
        jobs.push(Job::Read {
            path: entry.into_path(),
            file,
            name,
            format,
        });
    }
    use rayon::prelude::*;
    let outcomes: Vec<(Vec<Problem>, Option<RawArticle>)> = jobs
        .into_par_iter()
        .map(|job| {
            let mut problems = Vec::new();
            let (path, file, name, format) = match job {
                Job::Problem(problem) => return (vec![problem], None),
                Job::Read {
                    path,
                    file,
                    name,
                    format,
                } => (path, file, name, format),
            };
            match read_article(&path, &file, format, options, &mut problems) {
                Ok(mut article) => {
                    if let Some(extra) = sidecar.get(&file).or_else(|| sidecar.get(&name)) {
                        article.meta = article.meta.or(extra);
                    }
                    for w in std::mem::take(&mut article.meta.warnings) {
                        problems.push(Problem {
                            file: file.clone(),
                            line: None,
                            message: w,
                            skipped: false,
                        });
                    }
                    if article.blocks.is_empty() {
                        problems.push(skip(&file, None, "no text; skipped".into()));
                        return (problems, None);
                    }
                    (problems, Some(article))
                }
                Err(problem) => {
                    problems.push(problem);
                    (problems, None)
                }
            }
        })
        .collect();
    for (problems, article) in outcomes {
        out.problems.extend(problems);
        out.articles.extend(article);
    }
    Ok(out)
}

#[derive(Clone, Copy)]
enum Format {
    Text,
    Markdown,
    Html,
}

fn skip(file: &str, line: Option<usize>, message: String) -> Problem {
    Problem {
        file: file.to_string(),
        line,
        message,
        skipped: true,
    }
}

fn relative(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy().to_string())
        .collect::<Vec<_>>()
        .join("/")
}

fn read_article(
    path: &Path,
    file: &str,
    format: Format,
    options: &IngestOptions,
    problems: &mut Vec<Problem>,
) -> Result<RawArticle, Problem> {
    let meta = fs::metadata(path).map_err(|e| skip(file, None, format!("cannot read: {e}")))?;
    if meta.len() > options.max_bytes {
        return Err(skip(
            file,
            None,
            format!(
                "{} bytes is over the size limit of {} bytes; skipped",
                meta.len(),
                options.max_bytes
            ),
        ));
    }
    let bytes = fs::read(path).map_err(|e| skip(file, None, format!("cannot read: {e}")))?;
    let text = decode(&bytes).map_err(|m| skip(file, None, m))?;
    if let Some(warning) = text.1 {
        problems.push(Problem {
            file: file.to_string(),
            line: None,
            message: warning,
            skipped: false,
        });
    }
    match format {
        Format::Html => Ok(parse_html_article(file, &text.0)),
        _ => parse_article(file, &text.0, matches!(format, Format::Markdown)),
    }
}

/// Decodes file bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else a lossy
/// UTF-8 reading with a warning. Binary content (NUL bytes) is refused.
pub fn decode(bytes: &[u8]) -> Result<(String, Option<String>), String> {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return decode(rest);
    }
    let utf16 = |le: bool, rest: &[u8]| -> String {
        let units: Vec<u16> = rest
            .chunks_exact(2)
            .map(|c| {
                if le {
                    u16::from_le_bytes([c[0], c[1]])
                } else {
                    u16::from_be_bytes([c[0], c[1]])
                }
            })
            .collect();
        String::from_utf16_lossy(&units)
    };
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return Ok((utf16(true, rest), None));
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return Ok((utf16(false, rest), None));
    }
    if bytes.contains(&0) {
        return Err("binary content (NUL bytes), not text; skipped".into());
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok((s.to_string(), None)),
        Err(e) => {
            // Windows-1252 is the usual culprit for scraped text: map its bytes one to one.
            let text: String = bytes.iter().map(|&b| windows_1252(b)).collect();
            Ok((
                text,
                Some(format!(
                    "not valid UTF-8 (at byte {}); read as Windows-1252",
                    e.valid_up_to()
                )),
            ))
        }
    }
}

/// Maps one Windows-1252 byte to its character.
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[(b - 0x80) as usize],
        _ => b as char,
    }
}

/// Parses one article's text (front matter, then body) into blocks.
///
/// ```
/// let a = briefing::ingest::parse_article("a.md", "+++\ntitle = \"T\"\n+++\nBody text.\n", true).unwrap();
/// assert_eq!(a.meta.headline.as_deref(), Some("T"));
/// assert_eq!(a.blocks[0].text, "Body text.");
/// assert_eq!(a.blocks[0].line, 4);
/// ```
pub fn parse_article(file: &str, text: &str, markdown: bool) -> Result<RawArticle, Problem> {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let (meta, body, body_line) = split_front_matter(file, &text)?;
    // A plain header that gives no title leaves the first line to be read as the headline.
    let fenced = text.starts_with("+++\n") || text.starts_with("---\n");
    let has_front_matter = body_line > 1 && (fenced || meta.headline.is_some());
    let blocks = if markdown {
        markdown_blocks(body, body_line)
    } else {
        text_blocks(body, body_line)
    };
    Ok(RawArticle {
        file: file.to_string(),
        meta,
        has_front_matter,
        blocks,
    })
}

/// Splits `+++` TOML or `---` YAML front matter from the body; returns the metadata, the body and
/// the 1-based line the body starts on.
fn split_front_matter<'a>(
    file: &str,
    text: &'a str,
) -> Result<(Metadata, &'a str, usize), Problem> {
    let fence = if text.starts_with("+++\n") {
        "+++"
    } else if text.starts_with("---\n") {
        "---"
    } else {
        return Ok(header_lines(file, text).unwrap_or((Metadata::default(), text, 1)));
    };
    let after = &text[4..];
    let mut offset = 0;
    let mut end = None;
    for line in after.split_inclusive('\n') {
        if line.trim_end() == fence {
            end = Some((offset, offset + line.len()));
            break;
        }
        offset += line.len();
    }
    let Some((close, body_start)) = end else {
        return Err(skip(
            file,
            Some(1),
            format!("front matter opened with `{fence}` is never closed"),
        ));
    };
    let raw = &after[..close];
    let body_line = 2 + raw.lines().count() + 1;
    let meta = if fence == "+++" {
        toml_front_matter(file, raw)?
    } else {
        yaml_front_matter(file, raw)?
    };
    Ok((meta, &after[body_start..], body_line))
}

/// Keys a plain `Key: value` header may give, as [`metadata_from_table`] reads them.
const HEADER_KEYS: [&str; 14] = [
    "title",
    "headline",
    "author",
    "byline",
    "by",
    "outlet",
    "publisher",
    "publication",
    "source",
    "date",
    "published",
    "url",
    "link",
    "source url",
];

/// Metadata given as unfenced `Key: value` lines at the head of a file, ended by a blank line
/// (the way a text copied out of a mail or a news database often starts):
///
/// ```text
/// Title: Insurer hit by cyber attack
/// Outlet: Northern Wire
/// Date: 2026-11-19
/// ```
///
/// Every line before the blank one must give a known key ([`HEADER_KEYS`]), so an article
/// that merely opens with "Update: …" keeps its first line. Returns the metadata, the body
/// and the 1-based line the body starts on; `None` when the file has no such header.
fn header_lines<'a>(file: &str, text: &'a str) -> Option<(Metadata, &'a str, usize)> {
    let mut table = toml::Table::new();
    let mut offset = 0;
    for (i, line) in text.split_inclusive('\n').enumerate() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            if i == 0 {
                return None;
            }
            let meta = metadata_from_table(file, &table).ok()?;
            return Some((meta, &text[offset + line.len()..], i + 2));
        }
        let (key, value) = trimmed.split_once(':')?;
        let key = key.trim().to_ascii_lowercase();
        let value = value.trim();
        if !HEADER_KEYS.contains(&key.as_str()) || value.is_empty() {
            return None;
        }
        let key = match key.as_str() {
            "by" => "author".to_string(),
            "publication" => "outlet".to_string(),
            "source url" => "url".to_string(),
            _ => key,
        };
        table.insert(key, toml::Value::String(value.to_string()));
        offset += line.len();
    }
    None
}

fn toml_front_matter(file: &str, raw: &str) -> Result<Metadata, Problem> {
    let table: toml::Table = raw.parse().map_err(|e: toml::de::Error| {
        let line = e
            .span()
            .map(|s| 2 + raw[..s.start.min(raw.len())].matches('\n').count());
        skip(
            file,
            line,
            format!("malformed TOML front matter: {}", e.message()),
        )
    })?;
    metadata_from_table(file, &table)
}

/// Reads a metadata table (front matter or one `sources.toml` entry).
fn metadata_from_table(_file: &str, table: &toml::Table) -> Result<Metadata, Problem> {
    let text = |keys: &[&str]| {
        keys.iter().find_map(|k| match table.get(*k) {
            Some(toml::Value::String(s)) if !s.trim().is_empty() => Some(s.trim().to_string()),
            _ => None,
        })
    };
    let mut warnings = Vec::new();
    let published = match ["published", "date"].iter().find_map(|k| table.get(*k)) {
        None => None,
        Some(value) => {
            let raw = match value {
                toml::Value::String(s) => s.clone(),
                toml::Value::Datetime(d) => d.to_string(),
                other => other.to_string(),
            };
            // A bad date costs the date, not the article.
            let date = parse_date(&raw);
            if date.is_none() {
                warnings.push(format!("published date {raw:?} is not YYYY-MM-DD; ignored"));
            }
            date
        }
    };
    Ok(Metadata {
        headline: text(&["title", "headline"]),
        author: text(&["author", "byline"]),
        outlet: text(&["outlet", "publisher", "source"]),
        published,
        url: text(&["url", "link"]),
        warnings,
    })
}

/// Parses `YYYY-MM-DD`, also when followed by a time, or a date as an article prints it
/// ("November 19, 2026", "19 Nov 2026").
///
/// ```
/// let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 19);
/// assert_eq!(briefing::ingest::parse_date("2026-11-19T08:00:00Z"), day);
/// assert_eq!(briefing::ingest::parse_date("November 19, 2026"), day);
/// assert_eq!(briefing::ingest::parse_date("soon"), None);
/// ```
pub fn parse_date(raw: &str) -> Option<NaiveDate> {
    let raw = raw.trim().trim_matches('"');
    let day = raw.get(..10).unwrap_or(raw);
    NaiveDate::parse_from_str(day, "%Y-%m-%d")
        .ok()
        .or_else(|| crate::clean::date_line(raw).map(|(day, _)| day))
}

/// Flat `key: value` YAML, which is all article front matter needs.
fn yaml_front_matter(file: &str, raw: &str) -> Result<Metadata, Problem> {
    let mut table = toml::Table::new();
    for (i, line) in raw.lines().enumerate() {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') || line.starts_with([' ', '\t', '-']) {
            continue;
        }
        let Some((key, value)) = trimmed.split_once(':') else {
            return Err(skip(
                file,
                Some(i + 2),
                format!("malformed YAML front matter: {trimmed:?} has no `key: value`"),
            ));
        };
        let value = value.trim();
        let value = value
            .strip_prefix('"')
            .and_then(|v| v.strip_suffix('"'))
            .or_else(|| value.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
            .unwrap_or(value);
        table.insert(
            key.trim().to_ascii_lowercase(),
            toml::Value::String(value.to_string()),
        );
    }
    metadata_from_table(file, &table)
}

/// One block per non-empty line; blank lines only mark groups.
fn text_blocks(body: &str, first_line: usize) -> Vec<RawBlock> {
    let mut blocks = Vec::new();
    let mut after_blank = true;
    for (i, line) in body.lines().enumerate() {
        let text = line.trim();
        if text.is_empty() {
            after_blank = true;
            continue;
        }
        blocks.push(RawBlock {
            text: squeeze_spaces(text),
            line: first_line + i,
            kind: BlockKind::Text,
            after_blank,
        });
        after_blank = false;
    }
    blocks
}

/// Paragraphs, headings and list items of a Markdown body, as plain text. Raw HTML is dropped
/// (never passed through), so an article cannot inject markup.
fn markdown_blocks(body: &str, first_line: usize) -> Vec<RawBlock> {
    let line_of = |offset: usize| first_line + body[..offset.min(body.len())].matches('\n').count();
    let mut blocks = Vec::new();
    let mut current: Option<(String, usize, BlockKind)> = None;
    let mut depth_item = 0usize;
    for (event, range) in Parser::new(body).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading { .. }) => {
                current = Some((String::new(), line_of(range.start), BlockKind::Heading))
            }
            Event::Start(Tag::Paragraph) if current.is_none() => {
                let kind = if depth_item > 0 {
                    BlockKind::ListItem
                } else {
                    BlockKind::Text
                };
                current = Some((String::new(), line_of(range.start), kind));
            }
            Event::Start(Tag::Item) => {
                depth_item += 1;
                current = Some((String::new(), line_of(range.start), BlockKind::ListItem));
            }
            Event::End(TagEnd::Heading(_))
            | Event::End(TagEnd::Paragraph)
            | Event::End(TagEnd::Item) => {
                if matches!(event, Event::End(TagEnd::Item)) {
                    depth_item = depth_item.saturating_sub(1);
                }
                if let Some((text, line, kind)) = current.take() {
                    let text = squeeze_spaces(text.trim());
                    if !text.is_empty() {
                        blocks.push(RawBlock {
                            text,
                            line,
                            kind,
                            after_blank: true,
                        });
                    }
                }
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some((text, _, _)) = current.as_mut() {
                    text.push_str(&t);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some((text, _, _)) = current.as_mut() {
                    text.push(' ');
                }
            }
            _ => {}
        }
    }
    blocks
}

fn squeeze_spaces(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = true;
        } else {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    out
}

/// Reads the optional `sources.toml` beside the articles: a table per file name.
fn read_sidecar(seeds: &Path, problems: &mut Vec<Problem>) -> BTreeMap<String, Metadata> {
    let path: PathBuf = seeds.join("sources.toml");
    let mut out = BTreeMap::new();
    let Ok(text) = fs::read_to_string(&path) else {
        return out;
    };
    let table: toml::Table = match text.parse() {
        Ok(t) => t,
        Err(e) => {
            let e: toml::de::Error = e;
            let line = e
                .span()
                .map(|s| 1 + text[..s.start.min(text.len())].matches('\n').count());
            problems.push(Problem {
                file: "sources.toml".into(),
                line,
                message: format!("malformed: {}; its metadata is ignored", e.message()),
                skipped: false,
            });
            return out;
        }
    };
    for (name, value) in table {
        let toml::Value::Table(entry) = value else {
            continue;
        };
        match metadata_from_table("sources.toml", &entry) {
            Ok(meta) => {
                out.insert(name, meta);
            }
            Err(mut p) => {
                p.message = format!("[{name}] {}; ignored", p.message);
                p.skipped = false;
                problems.push(p);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_blocks_keep_lines_and_groups() {
        let a = parse_article("a.txt", "Head line\n\nFirst para.\nSecond para.\n", false).unwrap();
        let got: Vec<_> = a
            .blocks
            .iter()
            .map(|b| (b.text.as_str(), b.line, b.after_blank))
            .collect();
        assert_eq!(
            got,
            vec![
                ("Head line", 1, true),
                ("First para.", 3, true),
                ("Second para.", 4, false)
            ]
        );
        assert!(!a.has_front_matter);
    }

    #[test]
    fn yaml_front_matter_is_read() {
        let a = parse_article(
            "a.md",
            "---\ntitle: \"A title\"\noutlet: The Daily\npublished: 2024-02-03\n---\n# Sub\n\nBody *text*.\n",
            true,
        )
        .unwrap();
        assert_eq!(a.meta.headline.as_deref(), Some("A title"));
        assert_eq!(a.meta.outlet.as_deref(), Some("The Daily"));
        assert_eq!(a.meta.published, NaiveDate::from_ymd_opt(2024, 2, 3));
        assert_eq!(a.blocks[0].kind, BlockKind::Heading);
        assert_eq!(a.blocks[1].text, "Body text.");
        assert_eq!(a.blocks[1].line, 8);
    }

    #[test]
    fn a_plain_key_value_header_is_metadata() {
        let a = parse_article(
            "a.txt",
            "Title: Insurer hit by attack\nOutlet: Northern Wire\nBy: Jo Li\nDate: November 19, 2026\n\nLONDON - The insurer said so.\n",
            false,
        )
        .unwrap();
        assert_eq!(a.meta.headline.as_deref(), Some("Insurer hit by attack"));
        assert_eq!(a.meta.outlet.as_deref(), Some("Northern Wire"));
        assert_eq!(a.meta.author.as_deref(), Some("Jo Li"));
        assert_eq!(a.meta.published, NaiveDate::from_ymd_opt(2026, 11, 19));
        assert!(a.has_front_matter);
        let got: Vec<_> = a.blocks.iter().map(|b| (b.text.as_str(), b.line)).collect();
        assert_eq!(got, vec![("LONDON - The insurer said so.", 6)]);

        // Without a title, the first line may still be the headline.
        let a = parse_article("a.txt", "Date: 2026-11-19\n\nHead line\nBody.\n", false).unwrap();
        assert_eq!(a.meta.published, NaiveDate::from_ymd_opt(2026, 11, 19));
        assert!(!a.has_front_matter);
        assert_eq!(a.blocks[0].text, "Head line");

        // A first line that only looks like a key, or a key left empty, is text.
        for text in [
            "Update: the firm said so.\n\nBody.\n",
            "Title:\n\nBody.\n",
            "Title: T\nBody.\n",
        ] {
            let a = parse_article("a.txt", text, false).unwrap();
            assert_eq!(a.meta, Metadata::default(), "{text:?}");
            assert_eq!(a.blocks[0].line, 1, "{text:?}");
        }
    }

    #[test]
    fn malformed_toml_names_file_and_line() {
        let err = parse_article(
            "bad.md",
            "+++\ntitle = \"ok\"\noutlet = = 3\n+++\nx\n",
            true,
        )
        .unwrap_err();
        assert_eq!(err.file, "bad.md");
        assert_eq!(err.line, Some(3));
    }

    #[test]
    fn unclosed_front_matter_is_an_error() {
        let err = parse_article("bad.md", "---\ntitle: x\n", true).unwrap_err();
        assert!(err.message.contains("never closed"));
    }

    #[test]
    fn markdown_html_is_dropped() {
        let a = parse_article(
            "a.md",
            "Hello <script>alert(1)</script> world.\n\n<div>raw</div>\n",
            true,
        )
        .unwrap();
        assert_eq!(a.blocks.len(), 1);
        assert_eq!(a.blocks[0].text, "Hello alert(1) world.");
    }

    #[test]
    fn decode_handles_boms_and_cp1252() {
        assert_eq!(decode(b"\xEF\xBB\xBFhi").unwrap().0, "hi");
        assert_eq!(decode(b"\xFF\xFEh\0i\0").unwrap().0, "hi");
        let (text, warning) = decode(b"caf\xE9 \x93x\x94").unwrap();
        assert_eq!(text, "café “x”");
        assert!(warning.is_some());
        assert!(decode(b"a\0b").is_err());
    }
}
