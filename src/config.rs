//! `briefing.toml`: optional settings for a briefing folder.
//!
//! ```toml
//! title = "Harbour bridge: the week in review"
//! description = "What happened, who said what, what is open."
//! language = "en"
//! story_date = 2024-03-10        # anchors day references in undated articles
//! templates = "templates"        # a folder of templates overriding the built-in ones
//! base_url = "https://example.org/briefing/"
//! max_bytes = 8388608            # skip articles larger than this
//! ```

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use chrono::NaiveDate;
use serde::Deserialize;

/// Settings read from `briefing.toml`; every field is optional.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The briefing's title; by default the most representative headline.
    pub title: Option<String>,
    /// A line of description for the pages' metadata.
    pub description: Option<String>,
    /// The pages' language (`lang`); `en` by default.
    pub language: Option<String>,
    /// The site's address, for absolute links in feeds; none means no feed.
    pub base_url: Option<String>,
    /// The story's date (`YYYY-MM-DD`): relative days in undated articles are read against it.
    pub story_date: Option<toml::Value>,
    /// Template folder, relative to the config file.
    pub templates: Option<PathBuf>,
    /// Largest article file read, in bytes.
    pub max_bytes: Option<u64>,
    /// The folder the config was read from (set by [`load`]).
    #[serde(skip)]
    pub dir: Option<PathBuf>,
}

impl Config {
    /// The story date as a date, when given.
    pub fn story_date(&self) -> anyhow::Result<Option<NaiveDate>> {
        let Some(value) = &self.story_date else {
            return Ok(None);
        };
        let raw = match value {
            toml::Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        match crate::ingest::parse_date(&raw) {
            Some(d) => Ok(Some(d)),
            None => bail!("story_date {raw:?} is not a YYYY-MM-DD date"),
        }
    }

    /// The template folder resolved against the config's folder.
    pub fn template_dir(&self) -> Option<PathBuf> {
        self.templates.as_ref().map(|t| match &self.dir {
            Some(d) if t.is_relative() => d.join(t),
            _ => t.clone(),
        })
    }
}

/// Reads a config file; errors name the file and line.
pub fn load(path: &Path) -> anyhow::Result<Config> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read config {}", path.display()))?;
    let mut config: Config = toml::from_str(&text).map_err(|e: toml::de::Error| {
        let line = e
            .span()
            .map(|s| 1 + text[..s.start.min(text.len())].matches('\n').count());
        match line {
            Some(l) => anyhow::anyhow!("{}:{}: {}", path.display(), l, e.message()),
            None => anyhow::anyhow!("{}: {}", path.display(), e.message()),
        }
    })?;
    config.dir = path.parent().map(Path::to_path_buf);
    config.story_date()?;
    Ok(config)
}

/// Finds `briefing.toml` beside the seeds folder (in its parent), or inside it.
pub fn discover(seeds: &Path) -> Option<PathBuf> {
    let parent = seeds.canonicalize().ok()?.parent()?.join("briefing.toml");
    if parent.is_file() {
        return Some(parent);
    }
    let inside = seeds.join("briefing.toml");
    inside.is_file().then_some(inside)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_fields_and_reports_bad_lines() {
        let dir = tempfile::tempdir().unwrap();
        let good = dir.path().join("briefing.toml");
        std::fs::write(
            &good,
            "title = \"T\"\nstory_date = 2024-03-10\ntemplates = \"tpl\"\n",
        )
        .unwrap();
        let c = load(&good).unwrap();
        assert_eq!(c.title.as_deref(), Some("T"));
        assert_eq!(
            c.story_date().unwrap(),
            NaiveDate::from_ymd_opt(2024, 3, 10)
        );
        assert_eq!(c.template_dir(), Some(dir.path().join("tpl")));

        let bad = dir.path().join("bad.toml");
        std::fs::write(&bad, "title = \"T\"\ncolour = 3\n").unwrap();
        let err = load(&bad).unwrap_err().to_string();
        assert!(err.contains("bad.toml:2"), "{err}");
    }
}
