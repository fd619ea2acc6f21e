//! Render: the briefing and the cleaned sources to pages.
//!
//! The [`Renderer`] boundary is the only place that knows about HTML; it receives the finished
//! [`Briefing`] and the segmented sources (for the source pages) and hands over files. Templates
//! are embedded in the binary and can be overridden, one by one, from a folder (as mdBook
//! themes are). Tera escapes every value, so article text can never become markup. View models
//! here hold everything the templates show, so templates stay markup only.

use std::path::Path;

use anyhow::Context as _;
use serde::Serialize;
use tera::{Context, Tera};

use crate::clean::BlockRole;
use crate::extract::SourceDoc;
use crate::model::{Briefing, Entity, Evidence, Quote};

/// A file of the built site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    /// Path relative to the output folder, `/` separators.
    pub path: String,
    /// The file's content.
    pub bytes: Vec<u8>,
}

/// One story of an edition, as its index lists it.
#[derive(Debug, Clone, Serialize)]
pub struct EditionStory {
    /// The story's folder in the site, with a trailing `/`.
    pub path: String,
    /// The story's title.
    pub title: String,
    /// Sources it was built from.
    pub sources: usize,
    /// Its newest publication date.
    pub as_of: Option<String>,
    /// The story's top development.
    pub lead: Option<String>,
}

/// Site-wide settings the pages show.
#[derive(Debug, Clone, Default)]
pub struct SiteSettings {
    /// The pages' language (`lang`).
    pub language: String,
    /// A line of description for the pages' metadata.
    pub description: Option<String>,
    /// An Atom feed is written beside the pages (the config has a `base_url`).
    pub feed: bool,
}

/// Writes a file's bytes piece by piece into the writer it is given.
pub type WriteBody<'w> = dyn FnMut(&mut dyn std::io::Write) -> std::io::Result<()> + 'w;

/// Where a renderer hands each file as soon as it is made (it may be called from several
/// threads at once): the build writes it to disk straight away, so a large story's pages are
/// never all in memory together.
///
/// Any `Fn(OutputFile) -> anyhow::Result<()>` closure is a sink that takes every file whole.
pub trait FileSink: Sync {
    /// Takes a finished file.
    fn put(&self, file: OutputFile) -> anyhow::Result<()>;

    /// Takes a file that `body` writes piece by piece. A large story's biggest files (the
    /// machine-readable briefing, the search index, the index page: tens of megabytes for
    /// thousands of articles) go to disk as they are made this way instead of being held
    /// whole, and twice while their buffer grows. By default the pieces are gathered and
    /// handed to [`FileSink::put`].
    fn put_streamed(&self, path: &str, body: &mut WriteBody) -> anyhow::Result<()> {
        let mut bytes = Vec::new();
        body(&mut bytes).with_context(|| format!("rendering {path}"))?;
        self.put(OutputFile {
            path: path.to_string(),
            bytes,
        })
    }
}

impl<F: Fn(OutputFile) -> anyhow::Result<()> + Sync> FileSink for F {
    fn put(&self, file: OutputFile) -> anyhow::Result<()> {
        self(file)
    }
}

/// Turns a briefing into files.
pub trait Renderer {
    /// Renders every file of the site into `sink`, in no particular order.
    fn render_each(
        &self,
        briefing: &Briefing,
        docs: &[SourceDoc],
        settings: &SiteSettings,
        sink: &dyn FileSink,
    ) -> anyhow::Result<()>;

    /// Every file of the site, in memory, sorted by path.
    fn render(
        &self,
        briefing: &Briefing,
        docs: &[SourceDoc],
        settings: &SiteSettings,
    ) -> anyhow::Result<Vec<OutputFile>> {
        collect_files(|sink| self.render_each(briefing, docs, settings, sink)).map(|((), f)| f)
    }
}

/// Runs `make` with a sink that keeps every file in memory; returns its result and the files,
/// sorted by path.
pub fn collect_files<T>(
    make: impl FnOnce(&dyn FileSink) -> anyhow::Result<T>,
) -> anyhow::Result<(T, Vec<OutputFile>)> {
    let files = std::sync::Mutex::new(Vec::new());
    let made = make(&|f: OutputFile| {
        files
            .lock()
            .map_err(|_| anyhow::anyhow!("a render thread failed"))?
            .push(f);
        Ok(())
    })?;
    let mut files = files
        .into_inner()
        .map_err(|_| anyhow::anyhow!("a render thread failed"))?;
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok((made, files))
}

/// The built-in templates: (name, text).
pub const TEMPLATES: [(&str, &str); 13] = [
    ("edition.html", include_str!("../templates/edition.html")),
    ("404.html", include_str!("../templates/404.html")),
    ("entity.html", include_str!("../templates/entity.html")),
    ("base.html", include_str!("../templates/base.html")),
    ("macros.html", include_str!("../templates/macros.html")),
    ("index.html", include_str!("../templates/index.html")),
    ("quotes.html", include_str!("../templates/quotes.html")),
    ("source.html", include_str!("../templates/source.html")),
    ("timeline.html", include_str!("../templates/timeline.html")),
    (
        "timeline-items.html",
        include_str!("../templates/timeline-items.html"),
    ),
    (
        "speaker-groups.html",
        include_str!("../templates/speaker-groups.html"),
    ),
    ("entities.html", include_str!("../templates/entities.html")),
    ("sources.html", include_str!("../templates/sources.html")),
];

/// The built-in stylesheet.
pub const STYLESHEET: &str = include_str!("../templates/style.css");

/// The built-in search script (the site's only script; it loads from a file, never inline).
pub const SEARCH_SCRIPT: &str = include_str!("../templates/search.js");

/// Items of a long list page rendered with one template context (see
/// `HtmlRenderer::stream_list_page`).
const LIST_RUN: usize = 256;

/// Most article sentences indexed for search per source, so the index stays small.
const SEARCH_SENTENCES_PER_SOURCE: usize = 300;

/// The HTML site renderer.
pub struct HtmlRenderer {
    tera: Tera,
    stylesheet: String,
    search_script: String,
}

impl HtmlRenderer {
    /// Loads the built-in templates, replacing any that `overrides` holds a file for.
    pub fn new(overrides: Option<&Path>) -> anyhow::Result<HtmlRenderer> {
        let mut tera = Tera::default();
        let mut sources: Vec<(String, String)> = Vec::new();
        for (name, text) in TEMPLATES {
            let text = match overrides.map(|d| d.join(name)).filter(|p| p.is_file()) {
                Some(p) => std::fs::read_to_string(&p)
                    .with_context(|| format!("cannot read template {}", p.display()))?,
                None => text.to_string(),
            };
            sources.push((name.to_string(), text));
        }
        tera.add_raw_templates(sources.iter().map(|(n, t)| (n.as_str(), t.as_str())))
            .map_err(|e| anyhow::anyhow!("template error: {}", error_chain(&e)))?;
        tera.autoescape_on(vec![".html"]);
        let stylesheet = match overrides
            .map(|d| d.join("style.css"))
            .filter(|p| p.is_file())
        {
            Some(p) => std::fs::read_to_string(&p)
                .with_context(|| format!("cannot read {}", p.display()))?,
            None => STYLESHEET.to_string(),
        };
        let search_script = match overrides
            .map(|d| d.join("search.js"))
            .filter(|p| p.is_file())
        {
            Some(p) => std::fs::read_to_string(&p)
                .with_context(|| format!("cannot read {}", p.display()))?,
            None => SEARCH_SCRIPT.to_string(),
        };
        Ok(HtmlRenderer {
            tera,
            stylesheet,
            search_script,
        })
    }

    /// The edition index of a multi-story build: one entry per story, with its stylesheet.
    pub fn render_edition(
        &self,
        title: &str,
        language: &str,
        stories: &[EditionStory],
    ) -> anyhow::Result<Vec<OutputFile>> {
        let mut ctx = Context::new();
        ctx.insert("title", title);
        ctx.insert("language", language);
        ctx.insert("stories", stories);
        ctx.insert("sources", &stories.iter().map(|s| s.sources).sum::<usize>());
        Ok(vec![
            OutputFile {
                path: "index.html".into(),
                bytes: self.page("edition.html", &ctx)?,
            },
            OutputFile {
                path: "style.css".into(),
                bytes: self.stylesheet.clone().into_bytes(),
            },
        ])
    }

    /// Renders template `name` straight into the sink's file at `path`: for the overview
    /// pages, which grow with the story (megabytes for thousands of articles).
    fn stream_page(
        &self,
        name: &str,
        ctx: &Context,
        path: &str,
        sink: &dyn FileSink,
    ) -> anyhow::Result<()> {
        sink.put_streamed(path, &mut |out| self.render_to(name, ctx, out))
    }

    /// Renders template `name` into `out`; a failure names the template.
    fn render_to(
        &self,
        name: &str,
        ctx: &Context,
        out: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        self.tera
            .render_to(name, ctx, out)
            .map_err(|e| std::io::Error::other(format!("rendering {name}: {}", error_chain(&e))))
    }

    /// Renders the list page `name` with its list made a run of items at a time: a story
    /// of thousands of articles has tens of thousands of timeline events or quotes, and the
    /// whole list as one template context was the largest thing a build held. The page is
    /// rendered with `list` set to a marker, and the marker's place is filled by rendering
    /// `items_template` over each run of [`LIST_RUN`] items (as `items`, beside the page's
    /// own context). A page template without the marker (an override written for the
    /// whole list) gets the whole list at once, as `key`. `page_only` holds what only the
    /// page around the list shows: each run's context is a copy of `ctx`, and a large value
    /// copied into every run (a story's thousands of short quoted phrases) was the largest
    /// thing a large story's rendering held.
    #[allow(clippy::too_many_arguments)]
    fn stream_list_page<T: Serialize>(
        &self,
        name: &str,
        ctx: &Context,
        page_only: Context,
        path: &str,
        sink: &dyn FileSink,
        items_template: &str,
        key: &str,
        items: &mut dyn Iterator<Item = T>,
    ) -> anyhow::Result<()> {
        const MARKER: &str = "\u{2063}briefing-list\u{2063}";
        let mut shell_ctx = ctx.clone();
        shell_ctx.extend(page_only);
        shell_ctx.insert("list", MARKER);
        // (An override that loops over the list itself must find one to render at all.)
        shell_ctx.insert(key, &[(); 0]);
        let shell = String::from_utf8(self.page(name, &shell_ctx)?)?;
        let Some((head, tail)) = shell.split_once(MARKER) else {
            shell_ctx.insert(key, &items.collect::<Vec<T>>());
            return self.stream_page(name, &shell_ctx, path, sink);
        };
        drop(shell_ctx);
        sink.put_streamed(path, &mut |out| {
            out.write_all(head.as_bytes())?;
            let mut run: Vec<T> = Vec::with_capacity(LIST_RUN);
            loop {
                run.clear();
                run.extend((&mut *items).take(LIST_RUN));
                if run.is_empty() {
                    break;
                }
                let mut run_ctx = ctx.clone();
                run_ctx.insert("items", &run);
                self.render_to(items_template, &run_ctx, &mut *out)?;
            }
            out.write_all(tail.as_bytes())
        })
    }

    fn page(&self, name: &str, ctx: &Context) -> anyhow::Result<Vec<u8>> {
        self.tera
            .render(name, ctx)
            .map(String::into_bytes)
            .map_err(|e| anyhow::anyhow!("rendering {name}: {}", error_chain(&e)))
    }
}

/// Most entities given a page of their own in one story.
pub const MAX_ENTITY_PAGES: usize = 100;

/// The page of each entity (`entities/<slug>.html`), for major entities only: those two
/// outlets name, or one names three times, and of those the [`MAX_ENTITY_PAGES`] most widely
/// reported (outlets, then mentions). Every entity stays listed in the index with its counts;
/// a name printed twice in one article, or the long tail of a story of thousands of articles,
/// gets no page (in a large story such pages were most of the files written).
pub fn entity_pages(entities: &[Entity]) -> Vec<Option<String>> {
    let mut major: Vec<usize> = (0..entities.len())
        .filter(|&i| entities[i].sources.len() >= 2 || entities[i].mentions >= 3)
        .collect();
    major.sort_by_key(|&i| {
        (
            std::cmp::Reverse(entities[i].sources.len()),
            std::cmp::Reverse(entities[i].mentions),
            i,
        )
    });
    let mut chosen = vec![false; entities.len()];
    for &i in major.iter().take(MAX_ENTITY_PAGES) {
        chosen[i] = true;
    }
    // Slugs are given in entity order, so they do not depend on the ranking above.
    let mut slugs = std::collections::BTreeSet::new();
    entities
        .iter()
        .zip(chosen)
        .map(|(e, chosen)| {
            chosen.then(|| {
                let slug = crate::text::unique_slug(&e.name, &e.id, &mut slugs);
                format!("entities/{slug}.html")
            })
        })
        .collect()
}

fn error_chain(e: &dyn std::error::Error) -> String {
    let mut out = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        out.push_str(": ");
        out.push_str(&s.to_string());
        source = s.source();
    }
    out
}

#[derive(Serialize, Clone)]
struct Citation {
    href: String,
    label: String,
    title: String,
}

#[derive(Serialize)]
struct EvidenceView {
    href: String,
    label: String,
    text: String,
}

#[derive(Serialize)]
struct ItemView {
    id: String,
    summary: String,
    /// "passengers: 148 (Source 1) · 150 (Source 2)" per disagreement.
    conflicts: Vec<String>,
    /// Outlets once syndicated copies count once.
    independent: usize,
    outlets: usize,
    total: usize,
    single_source: bool,
    citations: Vec<Citation>,
    evidence: Vec<EvidenceView>,
}

#[derive(Serialize)]
struct QuoteView {
    id: String,
    text: String,
    venue: Option<String>,
    fragment: bool,
    outlets: usize,
    total: usize,
    citations: Vec<Citation>,
    variants: Vec<EvidenceView>,
    other_speakers: String,
}

#[derive(Serialize)]
struct SpeakerGroup {
    speaker: String,
    anchor: String,
    quotes: Vec<QuoteView>,
}

#[derive(Serialize)]
struct QuestionView {
    id: String,
    question: String,
    outlets: usize,
    total: usize,
    citations: Vec<Citation>,
}

#[derive(Serialize)]
struct TimelineView {
    id: String,
    date: Option<String>,
    /// The day as written.
    when: String,
    /// False when the event's own words open with the day ("Friday’s talks in Velm" needs
    /// no "(Friday’s)"). A separate flag, so a theme that prints `when` keeps working.
    show_when: bool,
    event: String,
    citations: Vec<Citation>,
}

#[derive(Serialize, Clone)]
struct EntityView {
    id: String,
    name: String,
    kind_label: &'static str,
    aliases: String,
    mentions: usize,
    outlets: usize,
    /// Its page, relative to the site root, for entities named more than once.
    page: Option<String>,
}

#[derive(Serialize)]
struct EntityGroup {
    label: &'static str,
    entities: Vec<EntityView>,
}

#[derive(Serialize, Clone)]
struct SourceView {
    id: String,
    file: String,
    headline: String,
    label: String,
    author: Option<String>,
    published: Option<String>,
    url: Option<String>,
    page: String,
    words: usize,
    dateline: Option<String>,
    /// Labels of the sources printing the same wire copy.
    same_copy_as: String,
}

#[derive(Serialize)]
struct SentenceView<'a> {
    id: &'a str,
    text: &'a str,
    cited_by: &'a [BackLink<'a>],
}

/// A sentence's link back to an item citing it: the item's page, id and kind. Borrowed from
/// the briefing, with no text of its own: a large story has tens of thousands, all held while
/// the source pages render. Its `href` is put together only as its page is written.
#[derive(Clone, Copy)]
struct BackLink<'a> {
    page: &'a str,
    id: &'a str,
    kind: &'a str,
}

impl Serialize for BackLink<'_> {
    fn serialize<S: serde::Serializer>(&self, out: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut link = out.serialize_struct("BackLink", 3)?;
        link.serialize_field("href", &format!("../{}#{}", self.page, self.id))?;
        link.serialize_field("label", self.id)?;
        link.serialize_field("title", self.kind)?;
        link.end()
    }
}

/// Every cited sentence's back-links, in one list ordered by sentence: a sentence's links
/// are a slice of it, found by (source id, anchor). One list rather than a list per
/// sentence, since most sentences are cited once and a list of their own would hold room for
/// several.
struct BackLinks<'a> {
    links: Vec<BackLink<'a>>,
    spans: rustc_hash::FxHashMap<(&'a str, &'a str), (u32, u32)>,
}

impl<'a> BackLinks<'a> {
    /// From `(source id, anchor, link)` in the order the items cite them. An item citing a
    /// sentence twice links back once; a sentence's links keep the items' order.
    fn new(mut cited: Vec<(&'a str, &'a str, BackLink<'a>)>) -> BackLinks<'a> {
        // Stable: each sentence's links stay in citing order, and one item's citations of a
        // sentence (made one after another) stay side by side for the dedup.
        cited.sort_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)));
        cited.dedup_by(|b, a| (a.0, a.1, a.2.id) == (b.0, b.1, b.2.id));
        let mut spans = rustc_hash::FxHashMap::default();
        let mut links = Vec::with_capacity(cited.len());
        for group in cited.chunk_by(|a, b| (a.0, a.1) == (b.0, b.1)) {
            let start = links.len() as u32;
            links.extend(group.iter().map(|c| c.2));
            spans.insert((group[0].0, group[0].1), (start, links.len() as u32));
        }
        BackLinks { links, spans }
    }

    /// The links back from one sentence, in citing order.
    fn of(&self, source: &str, anchor: &str) -> &[BackLink<'a>] {
        self.spans
            .get(&(source, anchor))
            .map_or(&[], |&(a, b)| &self.links[a as usize..b as usize])
    }
}

#[derive(Serialize)]
struct ParagraphView<'a> {
    n: usize,
    subhead: bool,
    sentences: Vec<SentenceView<'a>>,
}

#[derive(Serialize)]
struct RemovedView {
    line: usize,
    kind: &'static str,
    words: usize,
}

/// A byline's names as a reader reads them: "Jane Doe", "Jane Doe and Jo Roe", "A, B and C".
fn joined_names(names: &[String]) -> Option<String> {
    match names {
        [] => None,
        [one] => Some(one.clone()),
        [rest @ .., last] => Some(format!("{} and {last}", rest.join(", "))),
    }
}

/// Per-source labels and pages, shared by every view.
struct SourceIndex {
    views: Vec<SourceView>,
    /// Position in `views` of each source id (looked up for every citation).
    by_id: rustc_hash::FxHashMap<String, usize>,
}

impl SourceIndex {
    fn new(briefing: &Briefing) -> SourceIndex {
        let views: Vec<SourceView> = briefing
            .sources
            .iter()
            .enumerate()
            .map(|(i, s)| SourceView {
                id: s.id.clone(),
                file: s.file.clone(),
                headline: s
                    .headline
                    .clone()
                    .unwrap_or_else(|| format!("Untitled article ({})", s.file)),
                label: crate::model::source_label(s.outlet.as_deref(), s.url.as_deref(), i),
                author: joined_names(&s.authors),
                published: s.published.clone(),
                url: s
                    .url
                    .clone()
                    .filter(|u| u.starts_with("https://") || u.starts_with("http://")),
                page: s.page.clone(),
                words: s.words,
                dateline: s.dateline.clone(),
                same_copy_as: String::new(),
            })
            .collect();
        let by_id: rustc_hash::FxHashMap<String, usize> = views
            .iter()
            .enumerate()
            .map(|(i, v)| (v.id.clone(), i))
            .collect();
        let mut views = views;
        for (i, s) in briefing.sources.iter().enumerate() {
            let labels: Vec<String> = s
                .syndicated_with
                .iter()
                .filter_map(|id| by_id.get(id))
                .map(|&j| views[j].label.clone())
                .collect();
            views[i].same_copy_as = labels.join(", ");
        }
        SourceIndex { views, by_id }
    }

    fn source(&self, id: &str) -> &SourceView {
        &self.views[self.by_id[id]]
    }

    /// One link per source (the first sentence it gives), labelled with the outlet.
    fn citations(&self, evidence: &[Evidence]) -> Vec<Citation> {
        let mut seen = Vec::new();
        let mut out = Vec::new();
        for e in evidence {
            if seen.contains(&&*e.source) {
                continue;
            }
            seen.push(&*e.source);
            let s = self.source(&e.source);
            out.push(Citation {
                href: format!("{}#{}", s.page, e.anchor),
                label: s.label.clone(),
                title: s.headline.clone(),
            });
        }
        out
    }

    fn evidence(&self, evidence: &[Evidence]) -> Vec<EvidenceView> {
        self.evidence_from("", evidence)
    }

    /// Evidence links for a page `prefix` away from the site root (`"../"`).
    fn evidence_from(&self, prefix: &str, evidence: &[Evidence]) -> Vec<EvidenceView> {
        evidence
            .iter()
            .map(|e| {
                let s = self.source(&e.source);
                EvidenceView {
                    href: format!("{prefix}{}#{}", s.page, e.anchor),
                    label: s.label.clone(),
                    text: e.text.to_string(),
                }
            })
            .collect()
    }

    fn outlets(&self, evidence: &[Evidence]) -> usize {
        let mut ids: Vec<&str> = evidence.iter().map(|e| &*e.source).collect();
        ids.sort_unstable();
        ids.dedup();
        ids.len()
    }
}

/// One searchable item: title, link (relative to the site root), kind, extra text.
#[derive(Serialize)]
struct SearchEntry<'a> {
    t: &'a str,
    u: String,
    k: &'a str,
    x: String,
}

/// The search index as a script that sets `window.BRIEFING_SEARCH` (a script, not JSON, so it
/// loads from file:// where fetching JSON is refused), written entry by entry: for a story of
/// thousands of articles it runs to tens of megabytes, and a list of every entry would be
/// several times that.
fn write_search_index(
    out: &mut dyn std::io::Write,
    briefing: &Briefing,
    docs: &[SourceDoc],
    sources: &SourceIndex,
    entities: &[EntityView],
    lists: ListPages,
) -> std::io::Result<()> {
    out.write_all(b"window.BRIEFING_SEARCH = ")?;
    let entries = Lazy(|| search_entries(briefing, docs, sources, entities, lists));
    serde_json::to_writer(&mut *out, &entries)?;
    out.write_all(b";\n")
}

/// A sequence serialised as it is made: `.0` gives a fresh iterator over its items.
struct Lazy<F>(F);

impl<F, I> Serialize for Lazy<F>
where
    F: Fn() -> I,
    I: Iterator,
    I::Item: Serialize,
{
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq((self.0)())
    }
}

/// Every searchable item: developments, quotes, open questions, entities, then the first
/// sentences of each article.
fn search_entries<'a>(
    briefing: &'a Briefing,
    docs: &'a [SourceDoc],
    sources: &'a SourceIndex,
    entities: &'a [EntityView],
    lists: ListPages,
) -> impl Iterator<Item = SearchEntry<'a>> + 'a {
    // A name without a page of its own is listed on the index, or on the list of every name.
    let names_page = lists.entities.unwrap_or("index.html");
    let developments = briefing.developments.iter().map(|d| SearchEntry {
        t: &d.summary,
        u: format!("index.html#{}", d.id),
        k: "development",
        x: d.evidence
            .iter()
            .map(|e| &*e.text)
            .collect::<Vec<_>>()
            .join(" "),
    });
    let quotes = briefing.quotes.iter().map(|q| SearchEntry {
        t: &q.text,
        u: format!("quotes.html#{}", q.id),
        k: "quote",
        x: [q.speaker.as_deref(), q.venue.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" "),
    });
    let questions = briefing.open_questions.iter().map(|o| SearchEntry {
        t: &o.question,
        u: format!("index.html#{}", o.id),
        k: "open question",
        x: String::new(),
    });
    let names = briefing
        .entities
        .iter()
        .zip(entities)
        .map(move |(e, view)| SearchEntry {
            t: &e.name,
            u: view
                .page
                .clone()
                .unwrap_or_else(|| format!("{names_page}#{}", e.id)),
            k: view.kind_label,
            x: e.aliases.join(" "),
        });
    let sentences = docs.iter().flat_map(move |doc| {
        let view = sources.source(&doc.id);
        doc.doc
            .paragraphs
            .iter()
            .flat_map(|p| p.sentences.iter().map(move |s| (p, s)))
            .take(SEARCH_SENTENCES_PER_SOURCE)
            .map(move |(p, s)| SearchEntry {
                t: p.text_of(s),
                u: format!("{}#{}", view.page, s.anchor),
                k: &view.label,
                x: String::new(),
            })
    });
    developments
        .chain(quotes)
        .chain(questions)
        .chain(names)
        .chain(sentences)
}

/// A reader-facing name for an entity kind.
fn kind_label(kind: &str) -> &'static str {
    match kind {
        "person" => "Person",
        "organization" => "Organisation",
        "place" => "Place",
        _ => "Name",
    }
}

fn quote_view(q: &Quote, sources: &SourceIndex) -> QuoteView {
    QuoteView {
        id: q.id.clone(),
        text: q.text.clone(),
        venue: q.venue.clone(),
        fragment: q.fragment,
        outlets: sources.outlets(&q.evidence),
        total: sources.views.len(),
        citations: sources.citations(&q.evidence),
        other_speakers: q.other_speakers.join(", "),
        variants: if q.wording_differs {
            sources.evidence(&q.evidence)
        } else {
            Vec::new()
        },
    }
}

/// Quotes grouped by speaker: most quoted speaker first, unattributed last.
fn by_speaker<'a, 'b>(
    quotes: impl Iterator<Item = &'a Quote<'b>>,
) -> Vec<(&'a str, Vec<&'a Quote<'b>>)> {
    const UNATTRIBUTED: &str = "Unattributed";
    // Grouped through a map: a story of thousands of articles has thousands of speakers.
    let mut group_of: rustc_hash::FxHashMap<&str, usize> = Default::default();
    let mut groups: Vec<(&str, Vec<&Quote>)> = Vec::new();
    for q in quotes {
        let speaker = q.speaker.as_deref().unwrap_or(UNATTRIBUTED);
        let next = groups.len();
        let g = *group_of.entry(speaker).or_insert(next);
        if g == next {
            groups.push((speaker, Vec::new()));
        }
        groups[g].1.push(q);
    }
    groups.sort_by(|a, b| {
        (a.0 == UNATTRIBUTED)
            .cmp(&(b.0 == UNATTRIBUTED))
            .then(b.1.len().cmp(&a.1.len()))
            .then(a.0.cmp(b.0))
    });
    groups
}

/// The views of speakers' quotes, for a page.
fn speaker_views(groups: &[(&str, Vec<&Quote>)], sources: &SourceIndex) -> Vec<SpeakerGroup> {
    groups
        .iter()
        .map(|(speaker, quotes)| SpeakerGroup {
            anchor: format!("speaker-{}", crate::text::slug(speaker)),
            speaker: speaker.to_string(),
            quotes: quotes.iter().map(|q| quote_view(q, sources)).collect(),
        })
        .collect()
}

/// Most items of one list the index shows. A longer list (a story of thousands of articles
/// has tens of thousands of dated events and names) gets a page of its own, and the index
/// shows the most widely reported: an index of tens of megabytes serves no reader.
pub const INDEX_LIST_LIMIT: usize = 200;

/// True when an event opens with its day reference, as an event a possessive day names
/// does ("in Friday’s" and "Friday’s talks in Velm"): no label beside it is needed.
fn opens_with_day(when: &str, event: &str) -> bool {
    let day = when.split_once(' ').map_or(when, |(_, day)| day);
    event.starts_with(when) || event.starts_with(day)
}

/// The positions of the items of a list of `len` that the index shows: all of them when
/// there are at most `limit`, else the `limit` of highest `weight` (the earlier first among
/// equals), in list order.
///
/// ```
/// use briefing::render::shown_on_index;
/// assert_eq!(shown_on_index(3, 5, |i| i), vec![0, 1, 2]);
/// assert_eq!(shown_on_index(5, 2, |i| [1, 3, 2, 3, 0][i]), vec![1, 3]);
/// ```
pub fn shown_on_index<K: Ord>(len: usize, limit: usize, weight: impl Fn(usize) -> K) -> Vec<usize> {
    let mut shown: Vec<usize> = (0..len).collect();
    if len > limit {
        shown.sort_by_cached_key(|&i| (std::cmp::Reverse(weight(i)), i));
        shown.truncate(limit);
        shown.sort_unstable();
    }
    shown
}

/// How many of the speakers (most quoted first) the index has room for: those whose quotes
/// together number at most `limit`, and at least the first.
fn speakers_with_room(groups: &[(&str, Vec<&Quote>)], limit: usize) -> usize {
    let mut quotes = 0;
    let fitting = groups
        .iter()
        .take_while(|(_, said)| {
            quotes += said.len();
            quotes <= limit
        })
        .count();
    fitting.max(groups.len().min(1))
}

/// The pages of their own that lists too long for the index get (`None`: the index holds
/// it whole).
#[derive(Clone, Copy)]
struct ListPages {
    timeline: Option<&'static str>,
    entities: Option<&'static str>,
    sources: Option<&'static str>,
}

impl ListPages {
    fn of(briefing: &Briefing) -> ListPages {
        let page = |len: usize, name| (len > INDEX_LIST_LIMIT).then_some(name);
        ListPages {
            timeline: page(briefing.timeline.len(), "timeline.html"),
            entities: page(briefing.entities.len(), "entities.html"),
            sources: page(briefing.sources.len(), "sources.html"),
        }
    }
}

/// Per source id, how many items (developments, quotes, open questions, dated events) cite
/// it: which sources the index lists when it cannot list them all.
fn citing_items<'a>(briefing: &'a Briefing<'_>) -> rustc_hash::FxHashMap<&'a str, usize> {
    let mut counts: rustc_hash::FxHashMap<&str, usize> = Default::default();
    let evidence = (briefing.developments.iter().map(|d| &d.evidence))
        .chain(briefing.quotes.iter().map(|q| &q.evidence))
        .chain(briefing.open_questions.iter().map(|o| &o.evidence))
        .chain(briefing.timeline.iter().map(|t| &t.evidence));
    for list in evidence {
        let mut ids: Vec<&str> = list.iter().map(|e| &*e.source).collect();
        ids.sort_unstable();
        ids.dedup();
        for id in ids {
            *counts.entry(id).or_default() += 1;
        }
    }
    counts
}

/// The entities at positions `shown`, grouped by kind (people, organisations, places, other).
fn entity_groups(briefing: &Briefing, views: &[EntityView], shown: &[usize]) -> Vec<EntityGroup> {
    let mut groups = Vec::new();
    for (kind, label) in [
        ("person", "People"),
        ("organization", "Organisations"),
        ("place", "Places"),
        ("other", "Other names"),
    ] {
        let entities: Vec<EntityView> = shown
            .iter()
            .filter(|&&i| briefing.entities[i].kind == kind)
            .map(|&i| views[i].clone())
            .collect();
        if !entities.is_empty() {
            groups.push(EntityGroup { label, entities });
        }
    }
    groups
}

impl Renderer for HtmlRenderer {
    fn render_each(
        &self,
        briefing: &Briefing,
        docs: &[SourceDoc],
        settings: &SiteSettings,
        sink: &dyn FileSink,
    ) -> anyhow::Result<()> {
        use rayon::prelude::*;
        let sources = SourceIndex::new(briefing);
        let total = sources.views.len();
        let mut base = Context::new();
        base.insert("title", &briefing.title);
        base.insert("language", &settings.language);
        base.insert("description", &settings.description);
        base.insert("feed", &settings.feed);
        base.insert("source_count", &total);

        let pages = entity_pages(&briefing.entities);
        let entity_views: Vec<EntityView> = briefing
            .entities
            .iter()
            .zip(pages)
            .map(|(e, page)| EntityView {
                id: e.id.clone(),
                name: e.name.clone(),
                kind_label: kind_label(&e.kind),
                aliases: e.aliases.join(", "),
                mentions: e.mentions,
                outlets: e.sources.len(),
                page,
            })
            .collect();
        // The overview pages (index, quotes, search index) and the per-article pages need
        // nothing from each other: made side by side, the few large overview pages do not hold
        // up the many small ones.
        let lists = ListPages::of(briefing);
        let quote_groups = by_speaker(briefing.quotes.iter().filter(|q| !q.fragment));
        // The overview pages (index, quotes, long lists, search index) and the per-article
        // pages need nothing from each other: made side by side, the few large overview pages
        // do not hold up the many small ones.
        let overview = || -> anyhow::Result<()> {
            let mut ctx = base.clone();
            ctx.insert("root", "");
            let item = |id: &str, summary: &str, evidence: &[Evidence], single: bool| ItemView {
                conflicts: Vec::new(),
                independent: sources.outlets(evidence),
                id: id.to_string(),
                summary: summary.to_string(),
                outlets: sources.outlets(evidence),
                total,
                single_source: single,
                citations: sources.citations(evidence),
                evidence: sources.evidence(evidence),
            };
            let developments: Vec<ItemView> = briefing
                .developments
                .iter()
                .map(|d| {
                    let mut view = item(&d.id, &d.summary, &d.evidence, d.single_source);
                    view.independent = d.independent_sources.min(view.outlets);
                    view.conflicts = d
                        .conflicts
                        .iter()
                        .map(|c| {
                            format!(
                                "{}: {}",
                                c.counted,
                                c.describe(|s| sources.source(s).label.clone(), " · ")
                            )
                        })
                        .collect();
                    view
                })
                .collect();
            // The context keeps its own copy of each list: the list itself goes at once, so
            // a large story's index is not held twice while it renders.
            ctx.insert("developments", &developments);
            drop(developments);
            let shown_groups = &quote_groups[..speakers_with_room(&quote_groups, INDEX_LIST_LIMIT)];
            ctx.insert("speakers", &speaker_views(shown_groups, &sources));
            ctx.insert(
                "quotes_shown",
                &shown_groups.iter().map(|(_, q)| q.len()).sum::<usize>(),
            );
            ctx.insert(
                "full_quote_count",
                &quote_groups.iter().map(|(_, q)| q.len()).sum::<usize>(),
            );
            ctx.insert("quote_count", &briefing.quotes.len());
            let questions: Vec<QuestionView> = briefing
                .open_questions
                .iter()
                .map(|o| QuestionView {
                    id: o.id.clone(),
                    question: o.question.clone(),
                    outlets: sources.outlets(&o.evidence),
                    total,
                    citations: sources.citations(&o.evidence),
                })
                .collect();
            ctx.insert("open_questions", &questions);
            drop(questions);
            let timeline_view = |t: &crate::model::TimelineEvent| TimelineView {
                id: t.id.clone(),
                date: t.date.clone(),
                when: t.when.clone(),
                show_when: !opens_with_day(&t.when, &t.event),
                event: t.event.to_string(),
                citations: sources.citations(&t.evidence),
            };
            let timeline: Vec<TimelineView> =
                shown_on_index(briefing.timeline.len(), INDEX_LIST_LIMIT, |i| {
                    let t = &briefing.timeline[i];
                    (sources.outlets(&t.evidence), t.date.is_some())
                })
                .into_iter()
                .map(|i| timeline_view(&briefing.timeline[i]))
                .collect();
            ctx.insert("timeline", &timeline);
            ctx.insert("timeline_total", &briefing.timeline.len());
            ctx.insert("timeline_page", &lists.timeline);
            drop(timeline);
            let entities_shown = shown_on_index(briefing.entities.len(), INDEX_LIST_LIMIT, |i| {
                let e = &briefing.entities[i];
                (e.sources.len(), e.mentions)
            });
            ctx.insert(
                "entity_groups",
                &entity_groups(briefing, &entity_views, &entities_shown),
            );
            ctx.insert("entities_shown", &entities_shown.len());
            ctx.insert("entity_total", &briefing.entities.len());
            ctx.insert("entities_page", &lists.entities);
            drop(entities_shown);
            let citing = citing_items(briefing);
            let sources_shown: Vec<&SourceView> =
                shown_on_index(sources.views.len(), INDEX_LIST_LIMIT, |i| {
                    citing
                        .get(sources.views[i].id.as_str())
                        .copied()
                        .unwrap_or(0)
                })
                .into_iter()
                .map(|i| &sources.views[i])
                .collect();
            ctx.insert("sources", &sources_shown);
            ctx.insert("sources_page", &lists.sources);
            drop((sources_shown, citing));
            ctx.insert("total", &total);
            let as_of = briefing
                .sources
                .iter()
                .filter_map(|s| s.published.clone())
                .max();
            ctx.insert("as_of", &as_of);
            self.stream_page("index.html", &ctx, "index.html", sink)?;
            // The index's context holds every item it shows: not kept while the other
            // overview pages and the search index are made.
            drop(ctx);

            // Lists too long for the index, each whole on a page of its own.
            if let Some(page) = lists.timeline {
                let mut lctx = base.clone();
                lctx.insert("root", "");
                self.stream_list_page(
                    "timeline.html",
                    &lctx,
                    Context::new(),
                    page,
                    sink,
                    "timeline-items.html",
                    "timeline",
                    &mut briefing.timeline.iter().map(timeline_view),
                )?;
            }
            if let Some(page) = lists.entities {
                let mut lctx = base.clone();
                lctx.insert("root", "");
                let every: Vec<usize> = (0..briefing.entities.len()).collect();
                lctx.insert(
                    "entity_groups",
                    &entity_groups(briefing, &entity_views, &every),
                );
                lctx.insert("total", &total);
                self.stream_page("entities.html", &lctx, page, sink)?;
            }
            if let Some(page) = lists.sources {
                let mut lctx = base.clone();
                lctx.insert("root", "");
                lctx.insert("sources", &sources.views);
                self.stream_page("sources.html", &lctx, page, sink)?;
            }

            let mut qctx = base.clone();
            qctx.insert("root", "");
            let mut fragments = Context::new();
            fragments.insert(
                "fragments",
                &briefing
                    .quotes
                    .iter()
                    .filter(|q| q.fragment)
                    .map(|q| quote_view(q, &sources))
                    .collect::<Vec<QuoteView>>(),
            );
            let mut nctx = base.clone();
            nctx.insert("root", "");
            sink.put(OutputFile {
                path: "404.html".into(),
                bytes: self.page("404.html", &nctx)?,
            })?;
            self.stream_list_page(
                "quotes.html",
                &qctx,
                fragments,
                "quotes.html",
                sink,
                "speaker-groups.html",
                "speakers",
                &mut quote_groups
                    .chunks(1)
                    .flat_map(|group| speaker_views(group, &sources)),
            )?;
            drop(qctx);

            sink.put(OutputFile {
                path: "search.js".into(),
                bytes: self.search_script.clone().into_bytes(),
            })?;
            sink.put_streamed("search-index.js", &mut |out| {
                write_search_index(out, briefing, docs, &sources, &entity_views, lists)
            })?;
            sink.put(OutputFile {
                path: "style.css".into(),
                bytes: self.stylesheet.clone().into_bytes(),
            })?;
            Ok(())
        };
        let articles = || -> anyhow::Result<()> {
            // Back-links: every cited sentence links to the items citing it (looked up for
            // every sentence of every article, never listed in order).
            let mut cited = Vec::new();
            // Dated events are listed whole on the timeline's own page when it has one.
            let timeline_page = lists.timeline.unwrap_or("index.html");
            let citing = (briefing.developments.iter())
                .map(|d| (&d.evidence, &d.id, "key development", "index.html"))
                .chain(
                    (briefing.quotes.iter()).map(|q| (&q.evidence, &q.id, "quote", "quotes.html")),
                )
                .chain(
                    (briefing.open_questions.iter())
                        .map(|o| (&o.evidence, &o.id, "open question", "index.html")),
                )
                .chain(
                    (briefing.timeline.iter())
                        .map(|t| (&t.evidence, &t.id, "timeline event", timeline_page)),
                );
            // Quotes live on the quotes page, so their back-links point there.
            for (evidence, id, kind, page) in citing {
                for e in evidence {
                    cited.push((&*e.source, &*e.anchor, BackLink { page, id, kind }));
                }
            }
            let cited = BackLinks::new(cited);
            // Source and entity pages are independent of each other: rendered in parallel, each
            // handed on as soon as it is made.
            docs.par_iter().try_for_each(|doc| {
                let view = sources.source(&doc.id).clone();
                let paragraphs: Vec<ParagraphView> = doc
                    .doc
                    .paragraphs
                    .iter()
                    .map(|p| ParagraphView {
                        n: p.n,
                        subhead: p.role == BlockRole::Subhead,
                        sentences: p
                            .sentences
                            .iter()
                            .map(|s| SentenceView {
                                id: &s.anchor,
                                text: p.text_of(s),
                                cited_by: cited.of(&doc.id, &s.anchor),
                            })
                            .collect(),
                    })
                    .collect();
                let removed: Vec<RemovedView> = doc
                    .article
                    .removed
                    .iter()
                    .map(|r| RemovedView {
                        line: r.line,
                        kind: r.kind.describe(),
                        words: r.words,
                    })
                    .collect();
                let mut sctx = base.clone();
                sctx.insert("root", "../");
                sctx.insert("source", &view);
                sctx.insert("paragraphs", &paragraphs);
                sctx.insert("removed", &removed);
                sink.put(OutputFile {
                    path: view.page.clone(),
                    bytes: self.page("source.html", &sctx)?,
                })
            })?;
            briefing
                .entities
                .par_iter()
                .zip(&entity_views)
                .try_for_each(|(e, view)| {
                    let Some(page) = &view.page else {
                        return Ok(());
                    };
                    let mut ectx = base.clone();
                    ectx.insert("root", "../");
                    ectx.insert("entity", view);
                    ectx.insert("total", &total);
                    ectx.insert("evidence", &sources.evidence_from("../", &e.evidence));
                    sink.put(OutputFile {
                        path: page.clone(),
                        bytes: self.page("entity.html", &ectx)?,
                    })
                })?;
            Ok(())
        };
        let (overview, articles) = rayon::join(overview, articles);
        overview?;
        articles
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn back_links_keep_citing_order_and_one_link_per_item() {
        let link = |id| BackLink {
            page: "quotes.html",
            id,
            kind: "quote",
        };
        let links = BackLinks::new(vec![
            ("s1", "p1-s1", link("q2")),
            ("s1", "p1-s1", link("q2")),
            ("s2", "p1-s1", link("q1")),
            ("s1", "p1-s1", link("q1")),
            ("s1", "p2-s1", link("q2")),
        ]);
        let ids = |source, anchor| -> Vec<&str> {
            links.of(source, anchor).iter().map(|l| l.id).collect()
        };
        assert_eq!(ids("s1", "p1-s1"), ["q2", "q1"]);
        assert_eq!(ids("s2", "p1-s1"), ["q1"]);
        assert_eq!(ids("s1", "p2-s1"), ["q2"]);
        assert!(ids("s2", "p2-s1").is_empty());
        assert_eq!(
            serde_json::to_string(&link("q7")).unwrap(),
            r#"{"href":"../quotes.html#q7","label":"q7","title":"quote"}"#
        );
    }

    /// `count` dated events, each citing one sentence.
    fn events(count: usize) -> Vec<TimelineView> {
        (0..count)
            .map(|i| TimelineView {
                id: format!("t{i}"),
                date: Some("2024-03-15".into()),
                when: "on Friday".into(),
                show_when: true,
                event: format!("Event <{i}> happened."),
                citations: vec![Citation {
                    href: format!("sources/a.html#p{i}-s1"),
                    label: "s1".into(),
                    title: "The Daily".into(),
                }],
            })
            .collect()
    }

    /// The timeline page `renderer` makes of `items`, streamed.
    fn timeline_page(renderer: &HtmlRenderer, items: Vec<TimelineView>) -> String {
        timeline_page_with(renderer, items, Context::new())
    }

    /// [`timeline_page`] with values for the page around the list only.
    fn timeline_page_with(
        renderer: &HtmlRenderer,
        items: Vec<TimelineView>,
        page_only: Context,
    ) -> String {
        let mut ctx = Context::new();
        for (key, value) in [("title", "Bridge"), ("language", "en"), ("root", "")] {
            ctx.insert(key, value);
        }
        ctx.insert("source_count", &1);
        let ((), files) = collect_files(|sink| {
            renderer.stream_list_page(
                "timeline.html",
                &ctx,
                page_only,
                "timeline.html",
                sink,
                "timeline-items.html",
                "timeline",
                &mut items.into_iter(),
            )
        })
        .unwrap();
        String::from_utf8(files[0].bytes.clone()).unwrap()
    }

    #[test]
    fn an_event_opening_with_its_day_shows_no_day_label() {
        assert!(opens_with_day("Friday’s", "Friday’s talks in Velm"));
        assert!(opens_with_day("in Friday’s", "Friday’s talks in Velm"));
        assert!(!opens_with_day("on Friday", "The council met on Friday."));
        let mut items = events(2);
        items[1].show_when = false;
        let page = timeline_page(&HtmlRenderer::new(None).unwrap(), items);
        assert_eq!(
            page.matches("<span class=\"when\">(on Friday)</span>")
                .count(),
            1
        );
        assert_eq!(page.matches("class=\"when\"").count(), 1);
    }

    #[test]
    fn a_long_list_page_is_made_a_run_at_a_time_as_one_page() {
        let count = 2 * LIST_RUN + 3;
        let page = timeline_page(&HtmlRenderer::new(None).unwrap(), events(count));
        // One page around every run: one list, each event once and in order, escaped.
        assert_eq!(page.matches("<html").count(), 1);
        assert_eq!(page.matches("<ol class=\"timeline\">").count(), 1);
        let ids: Vec<String> = (0..count).map(|i| format!("<li id=\"t{i}\">")).collect();
        let at: Vec<usize> = ids
            .iter()
            .map(|id| page.find(id.as_str()).unwrap())
            .collect();
        assert!(at.windows(2).all(|w| w[0] < w[1]));
        assert!(ids.iter().all(|id| page.matches(id.as_str()).count() == 1));
        assert!(page.contains("Event &lt;0&gt; happened."));
        assert!(!page.contains('\u{2063}'));
    }

    #[test]
    fn a_list_page_override_without_the_marker_gets_the_whole_list() {
        let theme = tempfile::tempdir().unwrap();
        std::fs::write(
            theme.path().join("timeline.html"),
            "{% for t in timeline %}[{{ t.id }}]{% endfor %}",
        )
        .unwrap();
        let renderer = HtmlRenderer::new(Some(theme.path())).unwrap();
        let page = timeline_page(&renderer, events(LIST_RUN + 1));
        let expected: String = (0..=LIST_RUN).map(|i| format!("[t{i}]")).collect();
        assert_eq!(page, expected);
    }

    #[test]
    fn values_for_the_page_around_a_list_reach_no_run_of_it() {
        let theme = tempfile::tempdir().unwrap();
        let write = |name: &str, body: &str| std::fs::write(theme.path().join(name), body).unwrap();
        write(
            "timeline.html",
            "<{{ note | default(value='-') }}>{{ list | safe }}",
        );
        write(
            "timeline-items.html",
            "{% for t in items %}[{{ t.id }}{{ note | default(value='') }}]{% endfor %}",
        );
        let renderer = HtmlRenderer::new(Some(theme.path())).unwrap();
        let mut page_only = Context::new();
        page_only.insert("note", "phrases");
        let page = timeline_page_with(&renderer, events(LIST_RUN + 1), page_only);
        let runs: String = (0..=LIST_RUN).map(|i| format!("[t{i}]")).collect();
        assert_eq!(page, format!("<phrases>{runs}"));
    }

    fn entity(i: usize, outlets: usize, mentions: usize) -> Entity<'static> {
        Entity {
            id: format!("e{i}"),
            name: format!("Name {i}"),
            kind: "person".into(),
            aliases: Vec::new(),
            mentions,
            sources: (0..outlets).map(|s| format!("s{s}")).collect(),
            evidence: Vec::new(),
        }
    }

    #[test]
    fn only_major_entities_get_pages_and_at_most_the_most_reported() {
        let small = vec![entity(0, 2, 2), entity(1, 1, 3), entity(2, 1, 2)];
        assert_eq!(
            entity_pages(&small),
            vec![
                Some("entities/name-0.html".to_string()),
                Some("entities/name-1.html".to_string()),
                None
            ]
        );
        // More major entities than pages: the most widely reported get them, whatever their
        // place in the list; entity 0 (named by one outlet) is among those left out.
        let mut many: Vec<Entity> = vec![entity(0, 1, 3)];
        many.extend((1..=MAX_ENTITY_PAGES).map(|i| entity(i, 2 + i % 3, 5)));
        let pages = entity_pages(&many);
        assert_eq!(pages.iter().flatten().count(), MAX_ENTITY_PAGES);
        assert_eq!(pages[0], None);
        assert!(pages[1..].iter().all(Option::is_some));
    }

    #[test]
    fn the_index_shows_the_most_quoted_speakers_it_has_room_for() {
        let quote = Quote {
            id: "q1".into(),
            text: "We will build it.".into(),
            speaker: None,
            venue: None,
            fragment: false,
            evidence: Vec::new(),
            wording_differs: false,
            other_speakers: Vec::new(),
        };
        let groups = |sizes: &[usize]| -> Vec<(&str, Vec<&Quote>)> {
            sizes.iter().map(|&n| ("Jo Roe", vec![&quote; n])).collect()
        };
        assert_eq!(speakers_with_room(&groups(&[3, 2, 2]), 5), 2);
        assert_eq!(speakers_with_room(&groups(&[3, 2, 2]), 7), 3);
        // The most quoted speaker is shown however many quotes they have.
        assert_eq!(speakers_with_room(&groups(&[9, 1]), 5), 1);
        assert_eq!(speakers_with_room(&groups(&[]), 5), 0);
    }
}
