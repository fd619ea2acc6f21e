//! Check: verify a built site the way a reader's browser will use it, from disk.
//!
//! Every relative link must reach a file and every `#fragment` an id on that page; nothing may
//! load from the network (scripts, stylesheets, images, frames); no link may be root-relative,
//! since `/x` means the disk's root under `file://`. Citations are links, so a citation to a
//! missing sentence is reported like any broken fragment.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Component, Path, PathBuf};
use std::sync::LazyLock;

use anyhow::Context;
use regex::Regex;

/// One problem found in a built site.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Finding {
    /// The page, relative to the site folder.
    pub page: String,
    /// What is wrong there.
    pub message: String,
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.page, self.message)
    }
}

/// What a check looked at and found.
#[derive(Debug, Default)]
pub struct Report {
    /// HTML pages read.
    pub pages: usize,
    /// Local links followed.
    pub links: usize,
    /// Everything found wrong, sorted.
    pub findings: Vec<Finding>,
}

static TAG: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?s)<([a-zA-Z][a-zA-Z0-9]*)(?-u:\b)([^>]*)>").unwrap());
static ATTR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?s)(?-u:\b)([a-zA-Z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')"#).unwrap()
});

fn unescape(value: &str) -> String {
    value
        .replace("&#x2F;", "/")
        .replace("&#x27;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// A page's ids and its outgoing references: (tag, attribute, value).
struct Page {
    ids: BTreeSet<String>,
    refs: Vec<(String, String, String)>,
}

fn parse(html: &str) -> Page {
    let mut ids = BTreeSet::new();
    let mut refs = Vec::new();
    for tag in TAG.captures_iter(html) {
        let name = tag[1].to_ascii_lowercase();
        let mut rel = String::new();
        let mut found = Vec::new();
        for attr in ATTR.captures_iter(&tag[2]) {
            let key = attr[1].to_ascii_lowercase();
            let value = unescape(attr.get(2).or(attr.get(3)).map_or("", |m| m.as_str()));
            match key.as_str() {
                "id" | "name" if key == "id" || name == "a" => {
                    ids.insert(value);
                }
                "rel" => rel = value.to_ascii_lowercase(),
                "href" | "src" => found.push((key, value)),
                _ => {}
            }
        }
        for (key, value) in found {
            let tag_name = if name == "link" {
                format!("link[{rel}]")
            } else {
                name.clone()
            };
            refs.push((tag_name, key, value));
        }
    }
    Page { ids, refs }
}

/// Checks every HTML page below `site`.
pub fn check_site(site: &Path) -> anyhow::Result<Report> {
    if !site.join("index.html").is_file() {
        anyhow::bail!("{} has no index.html: is it a built site?", site.display());
    }
    let mut pages: BTreeMap<String, Page> = BTreeMap::new();
    let mut files: BTreeSet<String> = BTreeSet::new();
    for entry in walkdir::WalkDir::new(site)
        .follow_links(false)
        .sort_by_file_name()
    {
        let entry = entry?;
        if !entry.file_type().is_file() {
            continue;
        }
        let rel = relative(site, entry.path());
        if rel.ends_with(".html") {
            let html = std::fs::read_to_string(entry.path())
                .with_context(|| format!("cannot read {rel}"))?;
            pages.insert(rel.clone(), parse(&html));
        }
        files.insert(rel);
    }
    let mut report = Report {
        pages: pages.len(),
        ..Default::default()
    };
    for (page, parsed) in &pages {
        let mut find = |message: String| {
            report.findings.push(Finding {
                page: page.clone(),
                message,
            })
        };
        for (tag, attr, value) in &parsed.refs {
            let remote = value.starts_with("http://")
                || value.starts_with("https://")
                || value.starts_with("//");
            if remote {
                // Links out are fine; anything the page loads from the network is not.
                if tag != "a" && tag != "link[canonical]" && tag != "link[alternate]" {
                    find(format!("loads {value} from the network (<{tag} {attr}>)"));
                }
                continue;
            }
            if value.starts_with("mailto:") || value.starts_with("data:") {
                continue;
            }
            if value.starts_with("javascript:") {
                find(format!("javascript: URL in <{tag}>"));
                continue;
            }
            report.links += 1;
            if value.starts_with('/') {
                find(format!(
                    "root-relative link {value} (the disk's root under file://)"
                ));
                continue;
            }
            let (path, fragment) = value
                .split_once('#')
                .map_or((value.as_str(), None), |(p, f)| (p, Some(f)));
            let path = path.split('?').next().unwrap_or("");
            let target = if path.is_empty() {
                page.clone()
            } else {
                match resolve(page, path) {
                    Some(t) => t,
                    None => {
                        find(format!("link {value} leaves the site"));
                        continue;
                    }
                }
            };
            if path.ends_with('/') {
                find(format!(
                    "link {value} is a folder (file:// shows a listing)"
                ));
                continue;
            }
            if !files.contains(&target) {
                find(format!("broken link {value}"));
                continue;
            }
            if let Some(fragment) = fragment.filter(|f| !f.is_empty()) {
                match pages.get(&target) {
                    Some(p) if p.ids.contains(fragment) => {}
                    Some(_) => find(format!("missing fragment {value}")),
                    None => {}
                }
            }
        }
    }
    report.findings.sort();
    Ok(report)
}

fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .components()
        .map(|c| c.as_os_str().to_string_lossy().to_string())
        .collect::<Vec<_>>()
        .join("/")
}

/// Resolves a relative link from `page` (both relative to the site), or None if it escapes.
fn resolve(page: &str, link: &str) -> Option<String> {
    let mut out: Vec<String> = Path::new(page)
        .parent()
        .map(|p| {
            p.components()
                .map(|c| c.as_os_str().to_string_lossy().to_string())
                .collect()
        })
        .unwrap_or_default();
    for c in PathBuf::from(link).components() {
        match c {
            Component::ParentDir => {
                out.pop()?;
            }
            Component::CurDir => {}
            Component::Normal(n) => out.push(n.to_string_lossy().to_string()),
            _ => return None,
        }
    }
    Some(out.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_broken_links_fragments_and_remote_loads() {
        let dir = tempfile::tempdir().unwrap();
        let site = dir.path();
        std::fs::create_dir(site.join("sources")).unwrap();
        std::fs::write(
            site.join("index.html"),
            r#"<a href="sources/a.html#p1-s1">ok</a> <a href="sources/a.html#p9-s9">gone</a>
               <a href="missing.html">x</a> <a href="/abs.html">y</a> <a href="https://example.org">out</a>
               <script src="https://cdn.example.org/x.js"></script><link rel="stylesheet" href="style.css">"#,
        )
        .unwrap();
        std::fs::write(site.join("style.css"), "").unwrap();
        std::fs::write(site.join("sources/a.html"), r#"<span id="p1-s1">s</span><a href="../index.html">back</a> <a href="../../out.html">escape</a>"#).unwrap();
        let report = check_site(site).unwrap();
        let got: Vec<String> = report.findings.iter().map(|f| f.to_string()).collect();
        assert_eq!(
            got,
            vec![
                "index.html: broken link missing.html",
                "index.html: loads https://cdn.example.org/x.js from the network (<script src>)",
                "index.html: missing fragment sources/a.html#p9-s9",
                "index.html: root-relative link /abs.html (the disk's root under file://)",
                "sources/a.html: link ../../out.html leaves the site",
            ]
        );
        assert_eq!(report.pages, 2);
    }
}
