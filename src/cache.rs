//! The build cache: each story of an edition is stored, rendered, under a hash of everything
//! it is made from (its files, the config, the template overrides and the code itself), so a
//! rebuild redoes only the stories whose input changed.
//!
//! The cache lives in `.briefing-cache/` beside the seeds folder, never inside the output
//! folder: one folder per story (`story-<hash>/story.json` and `files/`). Its files are
//! hard-linked into the site being written (copied where links are not possible), so a cached
//! story costs neither rendering nor writing its bytes. Each file's size and modification time
//! are recorded, and an entry whose files changed is not used. Entries a build did not use are
//! removed at its end, so the cache stays the size of one build. A cache that cannot be read
//! or written only costs speed: every failure falls back to building.

use std::collections::BTreeSet;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::ingest::Problem;

/// The fingerprint of this build of `briefing` (sources, templates, lock file, version).
pub const CODE_FINGERPRINT: &str = env!("BRIEFING_SOURCE_HASH");

/// What the edition index and the report need of a cached story, and its files (paths
/// relative to the story folder) with the size and modification time each had when stored.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CachedStory {
    /// The story's files, relative to its folder.
    pub files: Vec<CachedFile>,
    /// Files skipped or read with a warning while building it.
    pub problems: Vec<Problem>,
    /// The briefing's title.
    pub title: String,
    /// How many sources it was built from.
    pub sources: usize,
    /// The newest publication date among them (`YYYY-MM-DD`).
    pub as_of: Option<String>,
    /// Its top development's summary.
    pub lead: Option<String>,
    /// Developments, quotes, open questions, entities and timeline events counted.
    pub items: [usize; 5],
}

/// One stored file of a story.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CachedFile {
    /// Path relative to the story folder.
    pub path: String,
    /// Size in bytes.
    pub len: u64,
    /// Modification time in nanoseconds since the epoch: a file changed in place (the output
    /// and the cache may share it as a hard link) no longer matches, and the entry is unused.
    pub modified: u128,
}

fn stamp(path: &Path) -> Option<(u64, u128)> {
    let meta = std::fs::metadata(path).ok()?;
    let modified = meta
        .modified()
        .ok()?
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_nanos();
    Some((meta.len(), modified))
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

    /// The stored story for `key` and where its files are, if the entry is whole and
    /// unchanged since it was stored.
    pub fn load(&self, key: &str) -> Option<(CachedStory, Vec<(String, PathBuf)>)> {
        self.mark_used(key);
        let entry = self.entry(key);
        let story: CachedStory =
            serde_json::from_slice(&std::fs::read(entry.join("story.json")).ok()?).ok()?;
        let mut files = Vec::with_capacity(story.files.len());
        for f in &story.files {
            let path = entry.join("files").join(&f.path);
            if stamp(&path)? != (f.len, f.modified) {
                return None;
            }
            files.push((f.path.clone(), path));
        }
        Some((story, files))
    }

    /// Stores a story under `key`, its files taken from `written` (the story's folder of the
    /// site being written), hard-linked where possible. Failures are ignored: the cache is
    /// only a speed-up.
    pub fn store(&self, key: &str, mut story: CachedStory, paths: &[String], written: &Path) {
        self.mark_used(key);
        let tmp = self
            .dir
            .join(format!(".story-{key}.{}.tmp", std::process::id()));
        let _ = std::fs::remove_dir_all(&tmp);
        let stored = (|| -> Option<()> {
            story.files.clear();
            for p in paths {
                let to = tmp.join("files").join(p);
                std::fs::create_dir_all(to.parent()?).ok()?;
                let from = written.join(p);
                if std::fs::hard_link(&from, &to).is_err() {
                    std::fs::copy(&from, &to).ok()?;
                }
                let (len, modified) = stamp(&to)?;
                story.files.push(CachedFile {
                    path: p.clone(),
                    len,
                    modified,
                });
            }
            std::fs::write(tmp.join("story.json"), serde_json::to_vec(&story).ok()?).ok()?;
            let entry = self.entry(key);
            let _ = std::fs::remove_dir_all(&entry);
            std::fs::rename(&tmp, &entry).ok()
        })();
        if stored.is_none() {
            let _ = std::fs::remove_dir_all(&tmp);
        }
    }

    /// Removes the entries this build did not use; only folders named like entries are
    /// touched.
    pub fn prune(&self) {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return;
        };
        let used = self.used.lock().map(|u| u.clone()).unwrap_or_default();
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().to_string();
            if let Some(key) = name.strip_prefix("story-") {
                if !used.contains(key) {
                    let path = entry.path();
                    if path.is_dir() {
                        let _ = std::fs::remove_dir_all(&path);
                    } else {
                        let _ = std::fs::remove_file(&path);
                    }
                }
            }
        }
    }

    fn entry(&self, key: &str) -> PathBuf {
        self.dir.join(format!("story-{key}"))
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
