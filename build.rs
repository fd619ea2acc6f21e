//! Gives the binary a fingerprint of its own sources and templates (`BRIEFING_SOURCE_HASH`), so
//! the build cache never serves output made by different code.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::Path;

fn hash_tree(dir: &Path, hasher: &mut DefaultHasher) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            hash_tree(&path, hasher);
        } else if let Ok(bytes) = std::fs::read(&path) {
            path.to_string_lossy().hash(hasher);
            bytes.hash(hasher);
        }
    }
}

fn main() {
    let mut hasher = DefaultHasher::new();
    for part in ["src", "templates", "Cargo.lock"] {
        println!("cargo:rerun-if-changed={part}");
        let path = Path::new(part);
        if path.is_dir() {
            hash_tree(path, &mut hasher);
        } else if let Ok(bytes) = std::fs::read(path) {
            bytes.hash(&mut hasher);
        }
    }
    env!("CARGO_PKG_VERSION").hash(&mut hasher);
    println!(
        "cargo:rustc-env=BRIEFING_SOURCE_HASH={:016x}",
        hasher.finish()
    );
}
