//! The build cache: each story of an edition is stored, rendered, under a hash of everything
//! it is made from (its files, the config, the template overrides and the code itself), so a
//! rebuild redoes only the stories whose input changed.
//!
//! The cache lives in `.briefing-cache/` beside the seeds folder, never inside the output
//! folder. It holds only files this module writes (`story-<hash>.json`), and entries a build
//! did not use are removed at its end, so the cache stays the size of one build. A cache that
//! cannot be read or written only costs speed: every failure falls back to building.

use std::collections::BTreeSet;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::ingest::Problem;
use crate::render::OutputFile;

/// The fingerprint of this build of `briefing` (sources, templates, lock file, version).
pub const CODE_FINGERPRINT: &str = env!("BRIEFING_SOURCE_HASH");

/// A built story as cached: its files (paths relative to the story folder) and what the
/// edition index and the report need.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CachedStory {
    pub files: Vec<(String, String)>,
    pub problems: Vec<CachedProblem>,
    pub title: String,
    pub sources: usize,
    pub as_of: Option<String>,
    pub lead: Option<String>,
    pub items: [usize; 5],
}

/// A [`Problem`] in the cache.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CachedProblem {
    pub file: String,
    pub line: Option<usize>,
    pub message: String,
    pub skipped: bool,
}

impl From<&Problem> for CachedProblem {
    fn from(p: &Problem) -> Self {
        CachedProblem {
            file: p.file.clone(),
            line: p.line,
            message: p.message.clone(),
            skipped: p.skipped,
        }
    }
}

impl From<CachedProblem> for Problem {
    fn from(p: CachedProblem) -> Self {
        Problem {
            file: p.file,
            line: p.line,
            message: p.message,
            skipped: p.skipped,
        }
    }
}

impl CachedStory {
    /// The story's files, or `None` when one is not UTF-8 text (then it is not cached).
    pub fn files_from(files: &[OutputFile]) -> Option<Vec<(String, String)>> {
        files
            .iter()
            .map(|f| Some((f.path.clone(), String::from_utf8(f.bytes.clone()).ok()?)))
            .collect()
    }
}

/// The cache folder of one build.
pub struct Cache {
    dir: PathBuf,
    used: std::sync::Mutex<BTreeSet<String>>,
}

impl Cache {
    /// The cache beside `seeds` (`<parent>/.briefing-cache`), when the seeds folder has a
    /// parent folder.
    pub fn beside(seeds: &Path) -> Option<Cache> {
        let seeds = std::path::absolute(seeds).ok()?;
        let dir = seeds.parent()?.join(".briefing-cache");
        Some(Cache {
            dir,
            used: Default::default(),
        })
    }

    /// Where the cache is.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The stored story for `key`, if any and readable.
    pub fn load(&self, key: &str) -> Option<CachedStory> {
        self.mark_used(key);
        let bytes = std::fs::read(self.entry(key)).ok()?;
        serde_json::from_slice(&bytes).ok()
    }

    /// Stores a story under `key`; failures are ignored (the cache is only a speed-up).
    pub fn store(&self, key: &str, story: &CachedStory) {
        self.mark_used(key);
        let Ok(json) = serde_json::to_vec(story) else {
            return;
        };
        if std::fs::create_dir_all(&self.dir).is_err() {
            return;
        }
        // Written under a temporary name and renamed, so a reader never sees half an entry.
        let tmp = self.dir.join(format!(".{key}.{}.tmp", std::process::id()));
        if std::fs::write(&tmp, json).is_ok() && std::fs::rename(&tmp, self.entry(key)).is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
    }

    /// Removes the entries this build did not use; only files named like entries are touched.
    pub fn prune(&self) {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return;
        };
        let used = self.used.lock().map(|u| u.clone()).unwrap_or_default();
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().to_string();
            let key = name
                .strip_prefix("story-")
                .and_then(|n| n.strip_suffix(".json"));
            if key.is_some_and(|k| !used.contains(k)) {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }

    fn entry(&self, key: &str) -> PathBuf {
        self.dir.join(format!("story-{key}.json"))
    }

    fn mark_used(&self, key: &str) {
        if let Ok(mut used) = self.used.lock() {
            used.insert(key.to_string());
        }
    }
}

/// The key of a story: a hash of the code's fingerprint, the story's name, the config and
/// template bytes, and every file of the story folder (path and bytes, in name order).
/// `None` when a file cannot be read (then the story is simply built).
pub fn story_key(name: &str, story: &Path, settings: &[Vec<u8>]) -> Option<String> {
    // Two independent 64-bit hashes: a collision would need both to collide.
    let mut a = DefaultHasher::new();
    let mut b = DefaultHasher::new();
    b.write_u8(0xb5);
    let mut feed = |bytes: &[u8]| {
        bytes.hash(&mut a);
        bytes.hash(&mut b);
    };
    feed(CODE_FINGERPRINT.as_bytes());
    feed(name.as_bytes());
    for s in settings {
        feed(s);
    }
    for entry in walkdir::WalkDir::new(story)
        .follow_links(false)
        .sort_by_file_name()
    {
        let entry = entry.ok()?;
        if entry.file_type().is_file() {
            feed(
                entry
                    .path()
                    .strip_prefix(story)
                    .ok()?
                    .to_string_lossy()
                    .as_bytes(),
            );
            feed(&std::fs::read(entry.path()).ok()?);
        } else if entry.path_is_symlink() {
            feed(entry.path().to_string_lossy().as_bytes());
        }
    }
    Some(format!("{:016x}{:016x}", a.finish(), b.finish()))
}
