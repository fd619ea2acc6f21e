//! Write: put the rendered files in place, atomically and without harming the user's files.
//!
//! The site is written into a temporary folder beside the output and swapped in with renames,
//! so a build that fails midway leaves the previous output untouched. A manifest
//! (`.briefing-manifest`) lists what the build made; files in the output folder that are not in
//! it belong to the user and are carried over, never deleted or overwritten.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Component, Path, PathBuf};

use anyhow::{Context, bail};

use crate::render::OutputFile;

/// Name of the manifest written into the output folder.
pub const MANIFEST: &str = ".briefing-manifest";

/// Refuses output folders that would put the user's files at risk.
pub fn check_output(out: &Path, seeds: &Path) -> anyhow::Result<()> {
    let out_abs = absolute(out)?;
    let seeds_abs = absolute(seeds)?;
    if out_abs.parent().is_none() {
        bail!(
            "refusing to build into {}: it is the file-system root",
            out.display()
        );
    }
    if let Some(home) = std::env::var_os("HOME").map(PathBuf::from) {
        if absolute(&home).is_ok_and(|h| h == out_abs) {
            bail!(
                "refusing to build into {}: it is the home folder",
                out.display()
            );
        }
    }
    if out_abs == seeds_abs {
        bail!(
            "refusing to build into {}: it is the seeds folder",
            out.display()
        );
    }
    if seeds_abs.starts_with(&out_abs) {
        bail!(
            "refusing to build into {}: it contains the seeds folder {}",
            out.display(),
            seeds.display()
        );
    }
    Ok(())
}

/// An absolute, normalised path, resolving symbolic links of the parts that exist.
fn absolute(path: &Path) -> anyhow::Result<PathBuf> {
    let joined = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir()?.join(path)
    };
    let mut out = PathBuf::new();
    for c in joined.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    // Resolve links on the longest existing prefix.
    let mut existing = out.clone();
    let mut rest = Vec::new();
    while !existing.exists() {
        match existing.file_name() {
            Some(name) => rest.push(name.to_os_string()),
            None => break,
        }
        existing.pop();
    }
    let mut resolved = existing.canonicalize().unwrap_or(existing);
    for name in rest.into_iter().rev() {
        resolved.push(name);
    }
    Ok(resolved)
}

/// What the write did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct WriteReport {
    /// Files written.
    pub written: usize,
    /// Files of the user's found in the output folder and kept.
    pub kept: Vec<String>,
}

/// Writes `files` into `out` atomically (see the module docs).
pub fn write_site(out: &Path, files: &[OutputFile]) -> anyhow::Result<WriteReport> {
    let staging = Staging::new(out)?;
    staging.add("", files)?;
    staging.commit()
}

/// A site being written: files go into a temporary folder beside the output as they are
/// made (so a large edition never has to be held in memory at once), and [`Staging::commit`]
/// swaps it in. Dropped without a commit, it removes the temporary folder and the output is
/// untouched.
pub struct Staging {
    out_abs: PathBuf,
    parent: PathBuf,
    name: String,
    tmp: PathBuf,
    made: std::sync::Mutex<BTreeSet<String>>,
    committed: bool,
}

impl Staging {
    /// Starts a site for `out`.
    pub fn new(out: &Path) -> anyhow::Result<Staging> {
        let out_abs = absolute(out)?;
        let parent = out_abs
            .parent()
            .context("output folder has no parent")?
            .to_path_buf();
        let name = out_abs
            .file_name()
            .context("output folder has no name")?
            .to_string_lossy()
            .to_string();
        if out_abs.exists() && !out_abs.is_dir() {
            bail!("{} exists and is not a folder", out_abs.display());
        }
        fs::create_dir_all(&parent)
            .with_context(|| format!("cannot create {}", parent.display()))?;
        let tmp = parent.join(format!(".{name}.briefing-tmp-{}", std::process::id()));
        if tmp.exists() {
            fs::remove_dir_all(&tmp).with_context(|| format!("cannot clear {}", tmp.display()))?;
        }
        fs::create_dir_all(&tmp).with_context(|| format!("cannot create {}", tmp.display()))?;
        Ok(Staging {
            out_abs,
            parent,
            name,
            tmp,
            made: Default::default(),
            committed: false,
        })
    }

    /// Writes `files` under `prefix` (`""` or `"story/"`), in parallel.
    pub fn add(&self, prefix: &str, files: &[OutputFile]) -> anyhow::Result<()> {
        let paths: Vec<String> = files
            .iter()
            .map(|f| format!("{prefix}{}", f.path))
            .collect();
        self.claim(&paths)?;
        use rayon::prelude::*;
        files.par_iter().zip(&paths).try_for_each(|(f, rel)| {
            let path = self.tmp.join(rel);
            fs::write(&path, &f.bytes).with_context(|| format!("cannot write {}", path.display()))
        })
    }

    /// Writes one file under `prefix` as `body` makes it, through a buffer: the file is
    /// never whole in memory.
    pub fn add_streamed(
        &self,
        prefix: &str,
        path: &str,
        body: &mut crate::render::WriteBody,
    ) -> anyhow::Result<()> {
        let rel = format!("{prefix}{path}");
        self.claim(std::slice::from_ref(&rel))?;
        let full = self.tmp.join(&rel);
        let file =
            fs::File::create(&full).with_context(|| format!("cannot write {}", full.display()))?;
        let mut out = std::io::BufWriter::with_capacity(1 << 20, file);
        body(&mut out)
            .and_then(|()| std::io::Write::flush(&mut out))
            .with_context(|| format!("cannot write {}", full.display()))
    }

    /// Takes back everything written under `prefix` (a story that failed half-way).
    pub fn discard(&self, prefix: &str) -> anyhow::Result<()> {
        let mut made = self
            .made
            .lock()
            .map_err(|_| anyhow::anyhow!("a writer thread failed"))?;
        made.retain(|p| !p.starts_with(prefix));
        let folder = self.tmp.join(prefix);
        if !prefix.is_empty() && folder.exists() {
            fs::remove_dir_all(&folder)
                .with_context(|| format!("cannot remove {}", folder.display()))?;
        }
        Ok(())
    }

    /// Puts existing files into the site under `prefix`: `(path in the site, file on disk)`.
    /// They are hard-linked where the file system allows (no copy of the bytes), else copied.
    pub fn add_existing(&self, prefix: &str, files: &[(String, PathBuf)]) -> anyhow::Result<()> {
        let paths: Vec<String> = files.iter().map(|(p, _)| format!("{prefix}{p}")).collect();
        self.claim(&paths)?;
        use rayon::prelude::*;
        files
            .par_iter()
            .zip(&paths)
            .try_for_each(|((_, from), rel)| {
                let to = self.tmp.join(rel);
                if fs::hard_link(from, &to).is_err() {
                    fs::copy(from, &to).with_context(|| {
                        format!("cannot copy {} to {}", from.display(), to.display())
                    })?;
                }
                Ok(())
            })
    }

    /// The folder the site is being written into.
    pub fn folder(&self) -> &Path {
        &self.tmp
    }

    /// Checks and records paths, and makes their folders.
    fn claim(&self, paths: &[String]) -> anyhow::Result<()> {
        for p in paths {
            if !safe_relative(p) {
                bail!("refusing to write {p:?}: not a plain relative path");
            }
        }
        let folders: BTreeSet<PathBuf> = paths
            .iter()
            .filter_map(|p| self.tmp.join(p).parent().map(Path::to_path_buf))
            .collect();
        for dir in &folders {
            fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        }
        let mut made = self
            .made
            .lock()
            .map_err(|_| anyhow::anyhow!("a writer thread failed"))?;
        for p in paths {
            if !made.insert(p.clone()) {
                bail!("two files of the site have the same path {p}");
            }
        }
        Ok(())
    }

    /// Writes the manifest, carries the user's files over and swaps the new site in.
    pub fn commit(mut self) -> anyhow::Result<WriteReport> {
        let made = std::mem::take(
            &mut *self
                .made
                .lock()
                .map_err(|_| anyhow::anyhow!("a writer thread failed"))?,
        );
        let (out_abs, parent, name, tmp) = (&self.out_abs, &self.parent, &self.name, &self.tmp);
        // What is in the output folder now, and which of it the previous build made.
        let previous = if out_abs.is_dir() {
            read_manifest(out_abs)
        } else {
            BTreeSet::new()
        };
        let existing = if out_abs.is_dir() {
            list_files(out_abs)?
        } else {
            Vec::new()
        };
        let user_files: Vec<String> = existing
            .into_iter()
            .filter(|f| f != MANIFEST && !previous.contains(f))
            .collect();
        if let Some(clash) = user_files.iter().find(|f| made.contains(*f)) {
            bail!(
                "refusing to overwrite {}: the build did not make it (it is not in {}); move it away or choose another --out",
                out_abs.join(clash).display(),
                MANIFEST
            );
        }
        let manifest: String = made.iter().map(|p| format!("{p}\n")).collect();
        fs::write(tmp.join(MANIFEST), manifest)?;
        for f in &user_files {
            let to = tmp.join(f);
            if let Some(dir) = to.parent() {
                fs::create_dir_all(dir)?;
            }
            fs::copy(out_abs.join(f), &to)
                .with_context(|| format!("cannot carry over {}", out_abs.join(f).display()))?;
        }
        if out_abs.exists() {
            let old = parent.join(format!(".{name}.briefing-old-{}", std::process::id()));
            if old.exists() {
                fs::remove_dir_all(&old)?;
            }
            fs::rename(out_abs, &old)
                .with_context(|| format!("cannot move {} aside", out_abs.display()))?;
            if let Err(e) = fs::rename(tmp, out_abs) {
                let _ = fs::rename(&old, out_abs);
                return Err(e).with_context(|| {
                    format!("cannot move the new site into {}", out_abs.display())
                });
            }
            self.committed = true;
            // Everything in `old` was made by the build or copied into the new site above.
            fs::remove_dir_all(&old).with_context(|| format!("cannot remove {}", old.display()))?;
        } else {
            fs::rename(tmp, out_abs)
                .with_context(|| format!("cannot move the new site into {}", out_abs.display()))?;
            self.committed = true;
        }
        Ok(WriteReport {
            written: made.len(),
            kept: user_files,
        })
    }
}

/// Files on their way into a [`Staging`] under one prefix, gathered into batches of
/// `Batches::BATCH_BYTES`: memory holds one batch, not the whole site, and each batch is
/// written in parallel (writing each file from the rendering threads as it came, or in small
/// batches, was slower).
pub struct Batches<'a> {
    staging: &'a Staging,
    prefix: String,
    pending: std::sync::Mutex<(Vec<OutputFile>, usize)>,
}

impl<'a> Batches<'a> {
    /// Bytes gathered before a batch is written.
    const BATCH_BYTES: usize = 4 << 20;

    /// Starts gathering files for `staging` under `prefix`.
    pub fn new(staging: &'a Staging, prefix: &str) -> Batches<'a> {
        Batches {
            staging,
            prefix: prefix.to_string(),
            pending: Default::default(),
        }
    }

    /// Takes a file; writes the batch when it is full. Safe to call from several threads.
    pub fn add(&self, file: OutputFile) -> anyhow::Result<()> {
        let full = {
            let mut pending = self
                .pending
                .lock()
                .map_err(|_| anyhow::anyhow!("a writer thread failed"))?;
            pending.1 += file.bytes.len();
            pending.0.push(file);
            if pending.1 >= Self::BATCH_BYTES {
                pending.1 = 0;
                Some(std::mem::take(&mut pending.0))
            } else {
                None
            }
        };
        match full {
            Some(batch) => self.staging.add(&self.prefix, &batch),
            None => Ok(()),
        }
    }

    /// Writes what is left.
    pub fn finish(self) -> anyhow::Result<()> {
        let (rest, _) = self
            .pending
            .into_inner()
            .map_err(|_| anyhow::anyhow!("a writer thread failed"))?;
        self.staging.add(&self.prefix, &rest)
    }
}

impl crate::render::FileSink for Batches<'_> {
    fn put(&self, file: OutputFile) -> anyhow::Result<()> {
        self.add(file)
    }

    fn put_streamed(&self, path: &str, body: &mut crate::render::WriteBody) -> anyhow::Result<()> {
        self.staging.add_streamed(&self.prefix, path, body)
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = fs::remove_dir_all(&self.tmp);
        }
    }
}

fn safe_relative(path: &str) -> bool {
    let p = Path::new(path);
    !path.is_empty() && p.components().all(|c| matches!(c, Component::Normal(_)))
}

fn read_manifest(dir: &Path) -> BTreeSet<String> {
    fs::read_to_string(dir.join(MANIFEST))
        .map(|t| {
            t.lines()
                .filter(|l| !l.is_empty())
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

/// Every file below `dir`, relative, `/` separators, sorted. Links count as files (they are
/// carried over as the user's).
fn list_files(dir: &Path) -> anyhow::Result<Vec<String>> {
    let mut out = Vec::new();
    for entry in walkdir::WalkDir::new(dir)
        .follow_links(false)
        .sort_by_file_name()
    {
        let entry = entry?;
        if entry.file_type().is_dir() {
            continue;
        }
        let rel = entry.path().strip_prefix(dir)?;
        out.push(
            rel.components()
                .map(|c| c.as_os_str().to_string_lossy().to_string())
                .collect::<Vec<_>>()
                .join("/"),
        );
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, text: &str) -> OutputFile {
        OutputFile {
            path: path.into(),
            bytes: text.as_bytes().to_vec(),
        }
    }

    #[test]
    fn replaces_own_files_and_keeps_user_files() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        write_site(
            &out,
            &[file("index.html", "one"), file("old.html", "stale")],
        )
        .unwrap();
        fs::write(out.join("CNAME"), "example.org").unwrap();
        let report = write_site(
            &out,
            &[file("index.html", "two"), file("sources/a.html", "a")],
        )
        .unwrap();
        assert_eq!(report.kept, vec!["CNAME"]);
        assert_eq!(fs::read_to_string(out.join("index.html")).unwrap(), "two");
        assert_eq!(
            fs::read_to_string(out.join("CNAME")).unwrap(),
            "example.org"
        );
        assert!(!out.join("old.html").exists());
        assert_eq!(
            read_manifest(&out),
            ["index.html", "sources/a.html"]
                .iter()
                .map(|s| s.to_string())
                .collect()
        );
        let leftovers: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(leftovers, vec![std::ffi::OsString::from("public")]);
    }

    #[test]
    fn refuses_to_overwrite_a_user_file() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        fs::create_dir(&out).unwrap();
        fs::write(out.join("index.html"), "mine").unwrap();
        let err = write_site(&out, &[file("index.html", "new")]).unwrap_err();
        assert!(err.to_string().contains("refusing to overwrite"), "{err}");
        assert_eq!(fs::read_to_string(out.join("index.html")).unwrap(), "mine");
    }

    #[test]
    fn refuses_dangerous_outputs() {
        let dir = tempfile::tempdir().unwrap();
        let seeds = dir.path().join("seeds");
        fs::create_dir(&seeds).unwrap();
        assert!(check_output(&seeds, &seeds).is_err());
        assert!(check_output(dir.path(), &seeds).is_err());
        assert!(check_output(Path::new("/"), &seeds).is_err());
        assert!(check_output(&dir.path().join("public"), &seeds).is_ok());
        assert!(write_site(&dir.path().join("p"), &[file("../escape.html", "x")]).is_err());
    }

    #[test]
    fn batches_write_every_file_and_a_failed_story_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let staging = Staging::new(&out).unwrap();
        let good = Batches::new(&staging, "good/");
        for i in 0..50 {
            good.add(file(&format!("sources/{i}.html"), "page"))
                .unwrap();
        }
        good.finish().unwrap();
        let failed = Batches::new(&staging, "failed/");
        failed.add(file("index.html", "half")).unwrap();
        failed.finish().unwrap();
        staging.discard("failed/").unwrap();
        let report = staging.commit().unwrap();
        assert_eq!(report.written, 50);
        assert_eq!(
            fs::read_to_string(out.join("good/sources/49.html")).unwrap(),
            "page"
        );
        assert!(!out.join("failed").exists());
        assert!(
            !fs::read_to_string(out.join(MANIFEST))
                .unwrap()
                .contains("failed/")
        );
    }

    #[test]
    fn streamed_files_are_written_claimed_and_fail_cleanly() {
        use crate::render::FileSink;
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let staging = Staging::new(&out).unwrap();
        let story = Batches::new(&staging, "story/");
        story
            .put_streamed("briefing.json", &mut |w| {
                for part in ["{", "\"a\": 1", "}\n"] {
                    w.write_all(part.as_bytes())?;
                }
                Ok(())
            })
            .unwrap();
        // A path already written, streamed or not, is refused.
        let again = story.put_streamed("briefing.json", &mut |_| Ok(()));
        assert!(again.unwrap_err().to_string().contains("same path"));
        // A body that fails names the file.
        let err = story
            .put_streamed("index.html", &mut |_| {
                Err(std::io::Error::other("template broke"))
            })
            .unwrap_err();
        assert!(format!("{err:#}").contains("index.html"), "{err:#}");
        assert!(format!("{err:#}").contains("template broke"), "{err:#}");
        story.finish().unwrap();
        staging.commit().unwrap();
        assert_eq!(
            fs::read_to_string(out.join("story/briefing.json")).unwrap(),
            "{\"a\": 1}\n"
        );
    }
}
