//! `briefing`: turn a folder of news articles about one story into a linked, offline briefing.
//!
//! The pipeline, one module per stage:
//!
//! ```text
//! ingest → clean → segment → extract → model → render → write
//! ```
//!
//! [`ingest`] and [`write`] are the only stages that touch the file system; the others are pure
//! functions over plain data. Extraction hands rendering exactly one value, the [`model::Briefing`],
//! which is also written as `briefing.json`.

pub mod check;
pub mod clean;
pub mod config;
pub mod extract;
pub mod feeds;
pub mod ingest;
pub mod model;
pub mod render;
pub mod scaffold;
pub mod segment;
pub mod text;
pub mod write;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};

use crate::extract::{ExtractOptions, SourceDoc};
use crate::ingest::{IngestOptions, Problem, RawArticle};
use crate::render::{HtmlRenderer, OutputFile, Renderer, SiteSettings};

/// What to build, and where.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub seeds: PathBuf,
    pub out: PathBuf,
    /// `briefing.toml`; when `None`, one beside the seeds folder is used if present.
    pub config: Option<PathBuf>,
}

/// What a build did.
#[derive(Debug)]
pub struct BuildReport {
    pub sources: usize,
    pub files: usize,
    /// Files skipped or read with a warning.
    pub problems: Vec<Problem>,
    /// The user's files found in the output folder and kept.
    pub kept: Vec<String>,
    /// Developments, quotes, open questions, entities and timeline events in the briefing.
    pub items: [usize; 5],
}

/// A built site in memory: the briefing, its files and the problems met on the way.
pub struct Site {
    pub briefing: model::Briefing,
    pub files: Vec<OutputFile>,
    pub problems: Vec<Problem>,
}

/// Reads, extracts and renders, without writing anything.
pub fn build_site(seeds: &Path, config_path: Option<&Path>) -> anyhow::Result<Site> {
    let config = match config_path
        .map(Path::to_path_buf)
        .or_else(|| config::discover(seeds))
    {
        Some(p) => config::load(&p)?,
        None => config::Config::default(),
    };
    let ingest_options = IngestOptions {
        max_bytes: config.max_bytes.unwrap_or(ingest::DEFAULT_MAX_BYTES),
    };
    let ingested = ingest::read_seeds(seeds, &ingest_options)?;
    if ingested.articles.is_empty() {
        let mut message = format!("no articles found in {}", seeds.display());
        for p in &ingested.problems {
            message.push_str(&format!("\n  {p}"));
        }
        bail!(message);
    }
    let docs = prepare(&ingested.articles);
    let briefing = extract::extract(
        &docs,
        &ExtractOptions {
            title: config.title.clone(),
            story_date: config.story_date()?,
        },
    );
    let renderer = HtmlRenderer::new(config.template_dir().as_deref())?;
    let settings = SiteSettings {
        language: config.language.clone().unwrap_or_else(|| "en".to_string()),
        description: config.description.clone(),
        feed: config
            .base_url
            .as_deref()
            .is_some_and(|u| !u.trim().is_empty()),
    };
    let mut files = renderer.render(&briefing, &docs, &settings)?;
    let mut json = serde_json::to_string_pretty(&briefing).context("serialising briefing.json")?;
    json.push('\n');
    files.push(OutputFile {
        path: "briefing.json".into(),
        bytes: json.into_bytes(),
    });
    // Feeds need absolute URLs: only with `base_url`. Pages keep relative links either way.
    if let Some(base_url) = config.base_url.as_deref().filter(|u| !u.trim().is_empty()) {
        let pages: Vec<String> = files.iter().map(|f| f.path.clone()).collect();
        files.extend(feeds::feeds(&briefing, base_url, &pages));
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(Site {
        briefing,
        files,
        problems: ingested.problems,
    })
}

/// Clean and segment every article, giving each a stable id and a unique page slug.
pub fn prepare(articles: &[RawArticle]) -> Vec<SourceDoc> {
    use rayon::prelude::*;
    // Per-article work runs in parallel; order and slugs are fixed afterwards, in file order,
    // so the output does not depend on scheduling.
    let cleaned: Vec<(clean::Article, segment::Doc)> = articles
        .par_iter()
        .map(|raw| {
            let article = clean::clean(raw);
            let doc = segment::segment(&article);
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

/// Builds the seeds into the output folder.
pub fn build(options: &BuildOptions) -> anyhow::Result<BuildReport> {
    write::check_output(&options.out, &options.seeds)?;
    let site = build_site(&options.seeds, options.config.as_deref())?;
    let report = write::write_site(&options.out, &site.files)?;
    let b = &site.briefing;
    let items = [
        b.developments.len(),
        b.quotes.len(),
        b.open_questions.len(),
        b.entities.len(),
        b.timeline.len(),
    ];
    Ok(BuildReport {
        items,
        sources: site.briefing.sources.len(),
        files: report.written,
        problems: site.problems,
        kept: report.kept,
    })
}
