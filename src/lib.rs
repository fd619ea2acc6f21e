//! `briefing`: turn a folder of news articles about one story into a linked, offline briefing.
//!
//! The pipeline, one module per stage:
//!
//! ```text
//! ingest → clean → segment → extract → model → render → write
//! ```
//!
//! [`ingest`] and [`write`](mod@write) are the only stages that touch the file system; the others are pure
//! functions over plain data. Extraction hands rendering exactly one value, the [`model::Briefing`],
//! which is also written as `briefing.json`.
#![warn(missing_docs)]

pub mod cache;
pub mod check;
pub mod clean;
pub mod config;
pub mod extract;
pub mod feeds;
pub mod ingest;
pub mod model;
pub mod pattern;
pub mod render;
pub mod scaffold;
pub mod segment;
pub mod serve;
pub mod text;
pub mod write;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use anyhow::bail;

use crate::extract::{ExtractOptions, SourceDoc};
use crate::ingest::{IngestOptions, Problem, RawArticle};
use crate::render::{FileSink, HtmlRenderer, OutputFile, Renderer, SiteSettings};

/// What to build, and where.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// The folder of articles (a flat folder, or one sub-folder per story).
    pub seeds: PathBuf,
    /// The site folder written.
    pub out: PathBuf,
    /// `briefing.toml`; when `None`, one beside the seeds folder is used if present.
    pub config: Option<PathBuf>,
}

/// What a build did.
#[derive(Debug)]
pub struct BuildReport {
    /// Articles built.
    pub sources: usize,
    /// Files written to the site.
    pub files: usize,
    /// Files skipped or read with a warning.
    pub problems: Vec<Problem>,
    /// The user's files found in the output folder and kept.
    pub kept: Vec<String>,
    /// Developments, quotes, open questions, entities and timeline events in the briefing.
    pub items: [usize; 5],
}

/// Hears how far a build has got, for a progress bar. Implementations must be cheap: the
/// per-article calls come from worker threads.
pub trait Progress: Sync {
    /// A stage begins, with `articles` more units of work to come (0 when it is one step).
    fn stage(&self, _name: &str, _articles: usize) {}
    /// One article of the current stage is done.
    fn article_done(&self) {}
}

/// No progress reporting (tests, library use, `-q`).
pub struct Silent;

impl Progress for Silent {}

/// A built site in memory: the briefing, its files and the problems met on the way.
pub struct Site {
    /// The extracted briefing, owning its text.
    pub briefing: model::Briefing<'static>,
    /// Every file of the site, rendered.
    pub files: Vec<OutputFile>,
    /// Files skipped or read with a warning.
    pub problems: Vec<Problem>,
}

/// Reads, extracts and renders one story, without writing anything.
pub fn build_site(seeds: &Path, config_path: Option<&Path>) -> anyhow::Result<Site> {
    let config = load_config(seeds, config_path)?;
    let (story, files) = render::collect_files(|sink| {
        build_story(
            seeds,
            &config,
            config.title.clone(),
            None,
            &Silent,
            sink,
            |b| b.into_owned(),
        )
    })?;
    Ok(Site {
        briefing: story.briefing,
        files,
        problems: story.problems,
    })
}

fn load_config(seeds: &Path, config_path: Option<&Path>) -> anyhow::Result<config::Config> {
    match config_path
        .map(Path::to_path_buf)
        .or_else(|| config::discover(seeds))
    {
        Some(p) => config::load(&p),
        None => Ok(config::Config::default()),
    }
}

/// One story built: what the caller kept of its briefing (the briefing borrows the articles,
/// which are gone once the story is built), the paths of its files and the problems met on
/// the way.
struct Story<T> {
    briefing: T,
    pages: Vec<String>,
    problems: Vec<Problem>,
}

/// Builds one story's site with a given config, handing every file to `sink` as soon as it
/// is rendered; `title` overrides the representative headline. An edition hands in the
/// renderer it made once for all its stories; without one, the templates are parsed here,
/// while extraction runs. `keep` takes what the caller needs of the briefing before the
/// articles it borrows from are freed.
fn build_story<T>(
    seeds: &Path,
    config: &config::Config,
    title: Option<String>,
    renderer: Option<&HtmlRenderer>,
    progress: &dyn Progress,
    sink: &dyn FileSink,
    keep: impl FnOnce(model::Briefing<'_>) -> T,
) -> anyhow::Result<Story<T>> {
    let ingest_options = IngestOptions {
        max_bytes: config.max_bytes.unwrap_or(ingest::DEFAULT_MAX_BYTES),
    };
    progress.stage("reading", 0);
    // The patterns of every stage compile while the files are read, side by side: compiled
    // on first use, they would queue behind each other on the critical path.
    let mut ingested = None;
    // (One task per pattern: the costliest take a few milliseconds to compile, and a
    // small story's build waits for the last of them.)
    rayon::scope(|scope| {
        for pattern in clean::patterns().into_iter().chain(extract::patterns()) {
            scope.spawn(move |_| {
                std::sync::LazyLock::force(pattern);
            });
        }
        ingested = Some(ingest::read_seeds(seeds, &ingest_options));
    });
    let ingested = ingested.expect("read in scope")?;
    if ingested.articles.is_empty() {
        let mut message = format!("no articles found in {}", seeds.display());
        for p in &ingested.problems {
            message.push_str(&format!("\n  {p}"));
        }
        bail!(message);
    }
    progress.stage("cleaning", ingested.articles.len());
    let docs = prepare_with(&ingested.articles, progress);
    // The files as read are not needed once cleaned: freed before the largest passes.
    let problems = ingested.problems;
    drop(ingested.articles);
    let story_date = config.story_date()?;
    let extract = || extract::extract_with(&docs, &ExtractOptions { title, story_date }, progress);
    let parsed;
    let (briefing, renderer) = match renderer {
        Some(given) => (extract(), given),
        None => {
            let (briefing, made) = rayon::join(extract, || {
                HtmlRenderer::new(config.template_dir().as_deref())
            });
            parsed = made?;
            (briefing, &parsed)
        }
    };
    let settings = SiteSettings {
        language: config.language.clone().unwrap_or_else(|| "en".to_string()),
        description: config.description.clone(),
        feed: config
            .base_url
            .as_deref()
            .is_some_and(|u| !u.trim().is_empty()),
    };
    progress.stage("rendering", 0);
    let written = Recorded {
        sink,
        paths: Default::default(),
    };
    // The machine-readable briefing is written beside the pages, not after them: for a large
    // story it is one of the biggest files of the site.
    let (rendered, json) = rayon::join(
        || renderer.render_each(&briefing, &docs, &settings, &written),
        || {
            written.put_streamed("briefing.json", &mut |out| {
                serde_json::to_writer_pretty(&mut *out, &briefing)?;
                out.write_all(b"\n")
            })
        },
    );
    rendered?;
    json?;
    // Feeds need absolute URLs: only with `base_url`. Pages keep relative links either way.
    let mut pages = written
        .paths
        .into_inner()
        .map_err(|_| anyhow::anyhow!("a render thread failed"))?;
    if let Some(base_url) = config.base_url.as_deref().filter(|u| !u.trim().is_empty()) {
        pages.sort();
        for feed in feeds::feeds(&briefing, base_url, &pages) {
            pages.push(feed.path.clone());
            sink.put(feed)?;
        }
    }
    pages.sort();
    Ok(Story {
        briefing: keep(briefing),
        pages,
        problems,
    })
}

/// A sink that passes every file on and notes its path.
struct Recorded<'a> {
    sink: &'a dyn FileSink,
    paths: std::sync::Mutex<Vec<String>>,
}

impl Recorded<'_> {
    fn note(&self, path: &str) -> anyhow::Result<()> {
        self.paths
            .lock()
            .map_err(|_| anyhow::anyhow!("a render thread failed"))?
            .push(path.to_string());
        Ok(())
    }
}

impl FileSink for Recorded<'_> {
    fn put(&self, file: OutputFile) -> anyhow::Result<()> {
        self.note(&file.path)?;
        self.sink.put(file)
    }

    fn put_streamed(&self, path: &str, body: &mut render::WriteBody) -> anyhow::Result<()> {
        self.note(path)?;
        self.sink.put_streamed(path, body)
    }
}

/// Clean and segment every article, giving each a stable id and a unique page slug.
pub fn prepare(articles: &[RawArticle]) -> Vec<SourceDoc> {
    prepare_with(articles, &Silent)
}

/// [`prepare`], telling `progress` as each article is done.
pub fn prepare_with(articles: &[RawArticle], progress: &dyn Progress) -> Vec<SourceDoc> {
    use rayon::prelude::*;
    // Per-article work runs in parallel; order and slugs are fixed afterwards, in file order,
    // so the output does not depend on scheduling.
    let cleaned: Vec<(clean::Article, segment::Doc)> = articles
        .par_iter()
        .map(|raw| {
            let mut article = clean::clean(raw);
            let doc = segment::segment(std::mem::take(&mut article.blocks));
            progress.article_done();
            (article, doc)
        })
        .collect();
    let mut slugs = BTreeSet::new();
    cleaned
        .into_iter()
        .zip(articles)
        .enumerate()
        .map(|(i, ((article, doc), raw))| {
            let stem = raw
                .file
                .rsplit_once('.')
                .map_or(raw.file.as_str(), |(s, _)| s);
            let slug = text::unique_slug(stem, &format!("source-{}", i + 1), &mut slugs);
            SourceDoc {
                id: format!("s{}", i + 1),
                article,
                doc,
                slug,
            }
        })
        .collect()
}

/// Builds the seeds into the output folder: one briefing, or — when the seeds folder holds
/// only story folders (`seeds/<story>/…`) — one briefing per story under `<story>/` and an
/// edition index linking them.
pub fn build(options: &BuildOptions) -> anyhow::Result<BuildReport> {
    build_with(options, &Silent)
}

/// [`build`], reporting each stage and article to `progress`.
pub fn build_with(options: &BuildOptions, progress: &dyn Progress) -> anyhow::Result<BuildReport> {
    write::check_output(&options.out, &options.seeds)?;
    if let Some(stories) = edition_stories(&options.seeds)? {
        return build_edition(options, &stories, progress);
    }
    let config = load_config(&options.seeds, options.config.as_deref())?;
    // Files go to disk as they are rendered; the new site replaces the old one only once
    // all of it is written.
    let staging = write::Staging::new(&options.out)?;
    let batches = write::Batches::new(&staging, "");
    let story = build_story(
        &options.seeds,
        &config,
        config.title.clone(),
        None,
        progress,
        &batches,
        |b| (b.item_counts(), b.sources.len()),
    )?;
    batches.finish()?;
    progress.stage("writing", 0);
    let report = staging.commit()?;
    Ok(BuildReport {
        items: story.briefing.0,
        sources: story.briefing.1,
        files: report.written,
        problems: story.problems,
        kept: report.kept,
    })
}

/// The bytes a story's output depends on besides its own files: the config file and every
/// template override.
fn settings_bytes(options: &BuildOptions, config: &config::Config) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let config_path = options
        .config
        .clone()
        .or_else(|| config::discover(&options.seeds));
    if let Some(bytes) = config_path.and_then(|p| std::fs::read(p).ok()) {
        out.push(bytes);
    }
    if let Some(dir) = config.template_dir() {
        for entry in walkdir::WalkDir::new(dir)
            .sort_by_file_name()
            .into_iter()
            .flatten()
            .filter(|e| e.file_type().is_file())
        {
            out.push(entry.path().to_string_lossy().as_bytes().to_vec());
            out.push(std::fs::read(entry.path()).unwrap_or_default());
        }
    }
    out
}

/// The story folders of an edition, in name order; `None` when the seeds folder holds
/// articles itself (a single briefing).
pub fn edition_stories(seeds: &Path) -> anyhow::Result<Option<Vec<(String, PathBuf)>>> {
    let is_article = |p: &Path| {
        p.extension().is_some_and(|e| {
            matches!(
                e.to_string_lossy().to_ascii_lowercase().as_str(),
                "txt" | "text" | "md" | "markdown" | "html" | "htm"
            )
        })
    };
    let Ok(entries) = std::fs::read_dir(seeds) else {
        return Ok(None);
    };
    let mut stories = Vec::new();
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().to_string();
        let kind = entry.file_type()?;
        if kind.is_file() && is_article(&path) {
            return Ok(None);
        }
        if kind.is_dir() && !name.starts_with('.') {
            let has_articles = walkdir::WalkDir::new(&path)
                .follow_links(false)
                .into_iter()
                .filter_map(Result::ok)
                .any(|e| e.file_type().is_file() && is_article(e.path()));
            if has_articles {
                stories.push((name, path));
            }
        }
    }
    stories.sort();
    Ok((!stories.is_empty()).then_some(stories))
}

/// An edition: every story built (or taken from the cache) side by side and written into the
/// new site as soon as it is done, so memory holds a few stories, not the whole edition.
fn build_edition(
    options: &BuildOptions,
    stories: &[(String, PathBuf)],
    progress: &dyn Progress,
) -> anyhow::Result<BuildReport> {
    use rayon::prelude::*;
    let config = load_config(&options.seeds, options.config.as_deref())?;
    let settings = settings_bytes(options, &config);
    let cache = cache::Cache::beside(&options.seeds);
    let staging = write::Staging::new(&options.out)?;
    // Templates are parsed once for the whole edition.
    let renderer = HtmlRenderer::new(config.template_dir().as_deref())?;
    let mut slugs = BTreeSet::new();
    let folders: Vec<String> = stories
        .iter()
        .map(|(name, _)| text::unique_slug(name, "story", &mut slugs))
        .collect();
    let built: Vec<anyhow::Result<Result<cache::CachedStory, Problem>>> = stories
        .par_iter()
        .zip(&folders)
        .map(|((name, dir), folder)| {
            let prefix = format!("{folder}/");
            let key = cache.as_ref().and(cache::story_key(name, dir, &settings));
            if let (Some(cache), Some(key)) = (&cache, &key) {
                if let Some((story, files)) = cache.load(key) {
                    staging.add_existing(&prefix, &files)?;
                    return Ok(Ok(story));
                }
            }
            let batches = write::Batches::new(&staging, &prefix);
            let summary = |b: model::Briefing<'_>| cache::CachedStory {
                files: Vec::new(),
                problems: Vec::new(),
                title: b.title.clone(),
                sources: b.sources.len(),
                as_of: b.sources.iter().filter_map(|s| s.published.clone()).max(),
                lead: b.developments.first().map(|d| d.summary.clone()),
                items: b.item_counts(),
            };
            let built = build_story(
                dir,
                &config,
                None,
                Some(&renderer),
                progress,
                &batches,
                summary,
            );
            let site = match built.and_then(|site| batches.finish().map(|()| site)) {
                Ok(site) => site,
                // One story that cannot be built does not sink the edition; what it wrote
                // before failing goes.
                Err(e) => {
                    staging.discard(&prefix)?;
                    return Ok(Err(Problem {
                        file: name.clone(),
                        line: None,
                        message: format!("{e:#}"),
                        skipped: true,
                    }));
                }
            };
            let story = cache::CachedStory {
                problems: site.problems.clone(),
                ..site.briefing
            };
            if let (Some(cache), Some(key)) = (&cache, &key) {
                cache.store(
                    key,
                    story.clone(),
                    &site.pages,
                    &staging.folder().join(folder),
                );
            }
            Ok(Ok(story))
        })
        .collect();
    if let Some(cache) = &cache {
        cache.prune();
    }
    let mut problems = Vec::new();
    let mut entries = Vec::new();
    let (mut sources, mut items) = (0, [0usize; 5]);
    for (((name, _), folder), story) in stories.iter().zip(&folders).zip(built) {
        let story = match story? {
            Ok(story) => story,
            Err(problem) => {
                problems.push(problem);
                continue;
            }
        };
        entries.push(render::EditionStory {
            path: format!("{folder}/"),
            title: story.title,
            sources: story.sources,
            as_of: story.as_of,
            lead: story.lead,
        });
        sources += story.sources;
        for (total, n) in items.iter_mut().zip(story.items) {
            *total += n;
        }
        problems.extend(story.problems.into_iter().map(|mut p| {
            p.file = format!("{name}/{}", p.file);
            p
        }));
    }
    if entries.is_empty() {
        bail!("no story in {} could be built", options.seeds.display());
    }
    let title = config
        .title
        .clone()
        .unwrap_or_else(|| "Briefings".to_string());
    let language = config.language.clone().unwrap_or_else(|| "en".to_string());
    staging.add("", &renderer.render_edition(&title, &language, &entries)?)?;
    progress.stage("writing", 0);
    let report = staging.commit()?;
    Ok(BuildReport {
        items,
        sources,
        files: report.written,
        problems,
        kept: report.kept,
    })
}
