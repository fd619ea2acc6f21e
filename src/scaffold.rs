//! `briefing init DIR`: a new briefing folder to start from.
//!
//! It writes a config, an example article and the built-in templates (to edit), and refuses
//! to touch a folder that already has files in it: nothing the user owns is overwritten.

use std::fs;
use std::path::Path;

use anyhow::{Context, bail};

use crate::render::{SEARCH_SCRIPT, STYLESHEET, TEMPLATES};

const CONFIG: &str = r#"# Settings for this briefing; every line is optional.
title = "My briefing"
description = "What happened, who said what, and what is still open."
language = "en"
# story_date = 2024-03-10   # anchors "on Friday" in articles without a date
templates = "templates"     # your copies of the page templates; delete a file to use the built-in one
"#;

const EXAMPLE: &str = r#"+++
title = "Harbour bridge wins council approval"
outlet = "The Example Gazette"
author = "Jane Doe"
published = 2024-03-10
url = "https://example.org/harbour-bridge"
+++
The city council approved the new harbour bridge on Friday after a three-hour debate.

“This bridge will change how the whole city moves,” Mayor Ana Lima said after the vote.

It remains unclear who will pay for the repairs to the old crossing.
"#;

const SOURCES: &str = r#"# Metadata for plain-text articles that carry none of their own, by file name.
# ["article.txt"]
# outlet = "The Daily"
# published = 2024-03-10
"#;

/// Creates a briefing folder at `dir`: `briefing.toml`, `seeds/` with an example article and a
/// `sources.toml`, and `templates/` with the built-in templates.
pub fn init(dir: &Path) -> anyhow::Result<Vec<String>> {
    if dir.exists()
        && fs::read_dir(dir)
            .with_context(|| format!("cannot read {}", dir.display()))?
            .next()
            .is_some()
    {
        bail!(
            "{} already has files in it; init only fills a new or empty folder",
            dir.display()
        );
    }
    let mut files: Vec<(String, &str)> = vec![
        ("briefing.toml".into(), CONFIG),
        ("seeds/example.md".into(), EXAMPLE),
        ("seeds/sources.toml".into(), SOURCES),
        ("templates/style.css".into(), STYLESHEET),
        ("templates/search.js".into(), SEARCH_SCRIPT),
    ];
    files.extend(
        TEMPLATES
            .iter()
            .map(|(name, text)| (format!("templates/{name}"), *text)),
    );
    for (path, text) in &files {
        let target = dir.join(path);
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent)
                .with_context(|| format!("cannot create {}", parent.display()))?;
        }
        fs::write(&target, text).with_context(|| format!("cannot write {}", target.display()))?;
    }
    Ok(files.into_iter().map(|(p, _)| p).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn init_builds_and_refuses_to_overwrite() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("story");
        let made = init(&root).unwrap();
        assert!(made.contains(&"seeds/example.md".to_string()));
        assert!(init(&root).is_err(), "second init must refuse");
        let report = crate::build(&crate::BuildOptions {
            seeds: root.join("seeds"),
            out: root.join("public"),
            config: None,
        })
        .unwrap();
        assert_eq!(report.sources, 1);
        let index = fs::read_to_string(root.join("public/index.html")).unwrap();
        assert!(index.contains("My briefing"));
    }
}
