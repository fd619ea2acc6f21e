//! `briefing serve`: build, serve the site on 127.0.0.1, rebuild when a seed, a template or
//! the config changes, and reload the open page.
//!
//! The server is a small HTTP/1.1 file server over `std::net` (GET and HEAD of files under the
//! output folder; nothing else is reachable). Pages are served with one addition, made in
//! memory only: a `<script src="/__briefing/reload.js">` that polls `/__briefing/version` and
//! reloads when a rebuild finished. The files on disk stay exactly what `briefing build` writes.
//! Watching uses `notify` (inotify, FSEvents, ReadDirectoryChangesW), with the events of one
//! save gathered for a short moment so an editor's burst of writes rebuilds once.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc;
use std::time::Duration;

use anyhow::Context;
use notify::{RecursiveMode, Watcher};

use crate::{BuildOptions, BuildReport};

/// The path of the reload script the server adds to every page it serves.
pub const RELOAD_SCRIPT: &str = "/__briefing/reload.js";
/// The path that answers with the number of finished builds.
pub const VERSION_PATH: &str = "/__briefing/version";

const RELOAD_JS: &str = r#"// Added by `briefing serve` only: reload this page after a rebuild.
(function () {
  var seen = null;
  function poll() {
    fetch("/__briefing/version", { cache: "no-store" })
      .then(function (r) { return r.text(); })
      .then(function (v) {
        if (seen !== null && v !== seen) { location.reload(); }
        seen = v;
      })
      .catch(function () {})
      .then(function () { setTimeout(poll, 700); });
  }
  poll();
})();
"#;

/// A running server: where it listens and how many builds have finished.
pub struct Server {
    /// The address it listens on (the port is chosen by the system when 0 was asked for).
    pub addr: SocketAddr,
    version: Arc<AtomicU64>,
    // Kept alive for as long as the server runs; dropping it stops the watching.
    _watcher: notify::RecommendedWatcher,
}

impl Server {
    /// Builds finished since the server started (the first build counts as 1).
    pub fn version(&self) -> u64 {
        self.version.load(Ordering::SeqCst)
    }
}

/// Builds once, then serves `options.out` on `addr` and rebuilds on changes. `on_build` is told
/// of every build's outcome (the command line prints it). Returns once the server runs; the
/// work goes on in background threads for as long as the returned [`Server`] lives.
pub fn start(
    options: BuildOptions,
    addr: SocketAddr,
    on_build: impl Fn(&anyhow::Result<BuildReport>) + Send + 'static,
) -> anyhow::Result<Server> {
    let first = crate::build(&options);
    let failed = first.is_err();
    on_build(&first);
    if failed && !options.out.join("index.html").exists() {
        anyhow::bail!("the first build failed and there is no earlier site to serve");
    }
    let version = Arc::new(AtomicU64::new(1));
    let listener = TcpListener::bind(addr).with_context(|| format!("cannot listen on {addr}"))?;
    let addr = listener.local_addr()?;

    let (tx, rx) = mpsc::channel::<()>();
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        if let Ok(event) = event {
            if !matches!(event.kind, notify::EventKind::Access(_)) {
                let _ = tx.send(());
            }
        }
    })
    .context("cannot watch for changes")?;
    watcher
        .watch(&options.seeds, RecursiveMode::Recursive)
        .with_context(|| format!("cannot watch {}", options.seeds.display()))?;
    for path in watched_besides_seeds(&options) {
        // A config or templates folder that appears later is not watched; a missing one is
        // simply not there yet.
        let _ = watcher.watch(&path, RecursiveMode::Recursive);
    }

    let root = options.out.clone();
    let rebuilt = Arc::clone(&version);
    std::thread::spawn(move || {
        while rx.recv().is_ok() {
            // One save is often several events: gather them, then build once.
            while rx.recv_timeout(Duration::from_millis(150)).is_ok() {}
            let report = crate::build(&options);
            on_build(&report);
            if report.is_ok() {
                rebuilt.fetch_add(1, Ordering::SeqCst);
            }
        }
    });

    let served = Arc::clone(&version);
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let root = root.clone();
            let version = Arc::clone(&served);
            std::thread::spawn(move || {
                let _ = respond(stream, &root, version.load(Ordering::SeqCst));
            });
        }
    });
    Ok(Server {
        addr,
        version,
        _watcher: watcher,
    })
}

/// Runs the server until the process is stopped.
pub fn run(options: BuildOptions, port: u16, quiet: bool) -> anyhow::Result<()> {
    let server = start(
        options,
        SocketAddr::from(([127, 0, 0, 1], port)),
        move |report| match report {
            Ok(r) => {
                for p in &r.problems {
                    eprintln!("{}: {p}", if p.skipped { "skipped" } else { "warning" });
                }
                if !quiet {
                    eprintln!("built {} sources ({} files)", r.sources, r.files);
                }
            }
            Err(e) => eprintln!("error: {e:#} (still serving the last good build)"),
        },
    )?;
    eprintln!(
        "serving on http://{}/ — edit the seeds, templates or config and the page reloads; Ctrl-C stops",
        server.addr
    );
    loop {
        std::thread::park();
    }
}

/// Serves `options` on `addr` from a test or another program: like [`run`], without blocking.
pub fn spawn(options: BuildOptions, addr: SocketAddr) -> anyhow::Result<Server> {
    start(options, addr, |_| {})
}

fn watched_besides_seeds(options: &BuildOptions) -> Vec<PathBuf> {
    let mut paths = Vec::new();
    let config = options
        .config
        .clone()
        .or_else(|| crate::config::discover(&options.seeds));
    if let Some(config_path) = config {
        if let Ok(config) = crate::config::load(&config_path) {
            paths.extend(config.template_dir());
        }
        paths.push(config_path);
    } else if let Some(parent) = options.seeds.parent() {
        // No config yet: watch for one being created beside the seeds.
        paths.push(parent.join("briefing.toml"));
    }
    paths
}

/// Answers one request: a file under `root`, the reload script, or the build version.
fn respond(stream: TcpStream, root: &Path, version: u64) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(5)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.by_ref().take(8192).read_line(&mut request_line)?;
    // Drain the headers; nothing in them changes the answer.
    let mut header = String::new();
    while reader.by_ref().take(8192).read_line(&mut header)? > 2 {
        header.clear();
    }
    let mut parts = request_line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or("/"));
    let mut out = stream;
    if method != "GET" && method != "HEAD" {
        return send(
            &mut out,
            method,
            "405 Method Not Allowed",
            "text/plain",
            b"",
        );
    }
    let path = target.split(['?', '#']).next().unwrap_or("/");
    if path == RELOAD_SCRIPT {
        return send(
            &mut out,
            method,
            "200 OK",
            "text/javascript",
            RELOAD_JS.as_bytes(),
        );
    }
    if path == VERSION_PATH {
        return send(
            &mut out,
            method,
            "200 OK",
            "text/plain",
            version.to_string().as_bytes(),
        );
    }
    match file_for(root, path) {
        Some(file) => {
            let bytes = std::fs::read(&file)?;
            let kind = content_type(&file);
            let body = if kind.starts_with("text/html") {
                with_reload(&bytes)
            } else {
                bytes
            };
            send(&mut out, method, "200 OK", kind, &body)
        }
        None => {
            let page = std::fs::read(root.join("404.html")).unwrap_or_default();
            send(
                &mut out,
                method,
                "404 Not Found",
                "text/html; charset=utf-8",
                &with_reload(&page),
            )
        }
    }
}

fn send(
    out: &mut TcpStream,
    method: &str,
    status: &str,
    kind: &str,
    body: &[u8],
) -> std::io::Result<()> {
    write!(
        out,
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
        body.len()
    )?;
    if method != "HEAD" {
        out.write_all(body)?;
    }
    out.flush()
}

/// The file a URL path names under `root`: percent-decoded, no `..`, folders to their
/// `index.html`. `None` for anything outside `root` or missing.
pub fn file_for(root: &Path, url_path: &str) -> Option<PathBuf> {
    let decoded = percent_decode(url_path)?;
    let mut file = root.to_path_buf();
    for component in Path::new(decoded.trim_start_matches('/')).components() {
        match component {
            Component::Normal(part) => file.push(part),
            Component::CurDir => {}
            _ => return None,
        }
    }
    if file.is_dir() {
        file.push("index.html");
    }
    // Never follow a link out of the site.
    let real = file.canonicalize().ok()?;
    let root = root.canonicalize().ok()?;
    (real.starts_with(&root) && real.is_file()).then_some(real)
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml",
        "png" => "image/png",
        "svg" => "image/svg+xml",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// A page as served: the reload script before `</body>`, and a policy that lets it (and only
/// it, from this origin) run and ask for the version.
pub fn with_reload(page: &[u8]) -> Vec<u8> {
    let Ok(text) = std::str::from_utf8(page) else {
        return page.to_vec();
    };
    let mut text = text.to_string();
    let extra = if text.contains("script-src 'self'") {
        "connect-src 'self'; "
    } else {
        "connect-src 'self'; script-src 'self'; "
    };
    text = text.replacen(
        "content=\"default-src 'none'; ",
        &format!("content=\"default-src 'none'; {extra}"),
        1,
    );
    let tag = format!("<script src=\"{RELOAD_SCRIPT}\"></script>\n</body>");
    if let Some(at) = text.rfind("</body>") {
        text.replace_range(at..at + "</body>".len(), &tag);
    }
    text.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_get_the_reload_script_and_a_policy_allowing_it() {
        let page = b"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'self'\">\n<body><p>x</p></body>";
        let served = String::from_utf8(with_reload(page)).unwrap();
        assert!(served.contains(
            "content=\"default-src 'none'; connect-src 'self'; script-src 'self'; style-src 'self'\""
        ));
        assert!(served.ends_with("<script src=\"/__briefing/reload.js\"></script>\n</body>"));
    }

    #[test]
    fn paths_stay_inside_the_site() {
        let dir = tempfile::tempdir().unwrap();
        let site = dir.path().join("site");
        std::fs::create_dir_all(site.join("sources")).unwrap();
        std::fs::write(site.join("index.html"), "i").unwrap();
        std::fs::write(site.join("sources/a b.html"), "a").unwrap();
        std::fs::write(dir.path().join("secret.txt"), "s").unwrap();
        let real = |p: &str| site.join(p).canonicalize().unwrap();
        assert_eq!(file_for(&site, "/"), Some(real("index.html")));
        assert_eq!(
            file_for(&site, "/sources/a%20b.html"),
            Some(real("sources/a b.html"))
        );
        assert_eq!(file_for(&site, "/../secret.txt"), None);
        assert_eq!(file_for(&site, "/%2e%2e/secret.txt"), None);
        assert_eq!(file_for(&site, "/missing.html"), None);
    }
}
