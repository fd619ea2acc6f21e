//! A real browser reads the committed site from disk: headless Chromium, driven over the
//! DevTools protocol, opens `public/index.html` through file://, follows a citation to its
//! source page, sees the cited sentence shown and highlighted, runs the offline search, and
//! meets no console error on the way.
//!
//! Needs Chromium (`/usr/bin/chromium`, Debian package `chromium`; or `$CHROMIUM`). Without it
//! the test says so and passes, unless `BRIEFING_REQUIRE_BROWSER=1` (set by `.ci/run`, which
//! installs Chromium) makes a missing browser a failure.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use tungstenite::{Message, WebSocket};

fn chromium() -> Option<PathBuf> {
    let candidates = [
        std::env::var("CHROMIUM").unwrap_or_default(),
        "/usr/bin/chromium".into(),
        "/usr/bin/chromium-browser".into(),
        "/usr/bin/google-chrome".into(),
    ];
    candidates
        .into_iter()
        .filter(|c| !c.is_empty())
        .map(PathBuf::from)
        .find(|p| p.is_file())
}

/// The browser process, killed when the test ends however it ends.
struct Browser(Child);

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A DevTools connection to one page, keeping every event it has seen.
struct Page {
    ws: WebSocket<TcpStream>,
    next_id: u64,
    /// Events since the last navigation.
    events: Vec<Value>,
    /// Console errors and uncaught exceptions since the browser started.
    errors: Vec<String>,
}

impl Page {
    fn read(&mut self) -> Value {
        loop {
            match self.ws.read().expect("DevTools connection") {
                Message::Text(text) => {
                    let message: Value = serde_json::from_str(text.as_str()).unwrap();
                    let e = &message;
                    if e["method"] == "Runtime.exceptionThrown"
                        || e["method"] == "Runtime.consoleAPICalled"
                            && e["params"]["type"] == "error"
                        || e["method"] == "Log.entryAdded"
                            && e["params"]["entry"]["level"] == "error"
                    {
                        self.errors.push(message.to_string());
                    }
                    return message;
                }
                Message::Close(_) => panic!("DevTools closed the connection"),
                _ => continue,
            }
        }
    }

    fn call(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        let message = json!({"id": id, "method": method, "params": params});
        self.ws
            .send(Message::text(message.to_string()))
            .expect("send to DevTools");
        loop {
            let answer = self.read();
            if answer["id"] == id {
                assert!(answer.get("error").is_none(), "{method}: {answer}");
                return answer["result"].clone();
            }
            self.events.push(answer);
        }
    }

    fn wait_for(&mut self, event: &str) {
        if self.events.iter().any(|e| e["method"] == event) {
            return;
        }
        let started = Instant::now();
        loop {
            assert!(started.elapsed() < Duration::from_secs(30), "no {event}");
            let message = self.read();
            let done = message["method"] == event;
            self.events.push(message);
            if done {
                return;
            }
        }
    }

    fn eval(&mut self, expression: &str) -> Value {
        let result = self.call(
            "Runtime.evaluate",
            json!({"expression": expression, "returnByValue": true, "awaitPromise": true}),
        );
        assert!(
            result.get("exceptionDetails").is_none(),
            "{expression}: {result}"
        );
        result["result"]["value"].clone()
    }

    fn open(&mut self, url: &str) {
        self.events.clear();
        self.call("Page.navigate", json!({ "url": url }));
        self.wait_for("Page.loadEventFired");
    }
}

fn http_get(port: u16, path: &str) -> String {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(stream, "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    answer
        .split_once("\r\n\r\n")
        .map(|(_, body)| body.to_string())
        .unwrap_or_default()
}

fn launch(chromium: &Path, profile: &Path) -> (Browser, Page) {
    let child = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--remote-debugging-port=0",
            "--window-size=1200,800",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("about:blank")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromium");
    let browser = Browser(child);
    // Chromium writes the port it chose into the profile folder.
    let started = Instant::now();
    let port: u16 = loop {
        let written = std::fs::read_to_string(profile.join("DevToolsActivePort")).ok();
        if let Some(port) = written.and_then(|t| t.lines().next()?.parse().ok()) {
            break port;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "chromium did not start"
        );
        std::thread::sleep(Duration::from_millis(100));
    };
    let targets: Value = loop {
        if let Ok(list) = serde_json::from_str::<Value>(&http_get(port, "/json/list")) {
            if list
                .as_array()
                .is_some_and(|l| l.iter().any(|t| t["type"] == "page"))
            {
                break list;
            }
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "no page target"
        );
        std::thread::sleep(Duration::from_millis(100));
    };
    let url = targets
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["type"] == "page")
        .and_then(|t| t["webSocketDebuggerUrl"].as_str())
        .unwrap()
        .to_string();
    let stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    let (ws, _) = tungstenite::client(url.as_str(), stream).expect("DevTools handshake");
    let mut page = Page {
        ws,
        next_id: 0,
        events: Vec::new(),
        errors: Vec::new(),
    };
    page.call("Runtime.enable", json!({}));
    page.call("Log.enable", json!({}));
    page.call("Page.enable", json!({}));
    (browser, page)
}

#[test]
fn the_committed_site_works_in_chromium_from_disk() {
    let Some(chromium) = chromium() else {
        assert!(
            std::env::var("BRIEFING_REQUIRE_BROWSER").is_err(),
            "BRIEFING_REQUIRE_BROWSER is set but no Chromium was found"
        );
        eprintln!("skipped: no Chromium (install the Debian package `chromium`)");
        return;
    };
    let site = Path::new(env!("CARGO_MANIFEST_DIR")).join("public");
    let index = format!("file://{}", site.join("index.html").display());
    let profile = tempfile::tempdir().unwrap();
    let (_browser, mut page) = launch(&chromium, profile.path());

    // The index: search shown (JavaScript runs from file://), citations present.
    page.open(&index);
    let citation = page.eval(
        r#"(() => {
            const a = [...document.querySelectorAll('main a[href*="sources/"]')]
                .find(a => a.getAttribute('href').includes('#'));
            return a ? a.getAttribute('href') : null;
        })()"#,
    );
    let citation = citation
        .as_str()
        .expect("a citation link on the index")
        .to_string();
    assert_eq!(
        page.eval("document.querySelector('form.search').hidden"),
        json!(false),
        "the search form is shown once its script runs"
    );

    // Follow the citation by clicking it: the source page opens at the cited sentence.
    page.events.clear();
    page.eval(&format!(
        "document.querySelector('main a[href=\"{citation}\"]').click()"
    ));
    page.wait_for("Page.loadEventFired");
    let fragment = citation.split_once('#').unwrap().1.to_string();
    let target = page.eval(
        r#"(() => {
            const el = document.getElementById(location.hash.slice(1));
            if (!el) return null;
            const r = el.getBoundingClientRect();
            const style = getComputedStyle(el);
            return {
                path: location.pathname,
                id: el.id,
                target: el.matches(':target'),
                visible: r.height > 0 && r.bottom > 0 && r.top < innerHeight,
                background: style.backgroundColor,
                outline: style.outlineStyle,
                text: el.textContent.trim().length,
            };
        })()"#,
    );
    assert_eq!(target["id"], json!(fragment), "{target}");
    assert!(
        target["path"].as_str().unwrap().contains("/sources/"),
        "{target}"
    );
    assert_eq!(target["target"], json!(true), "{target}");
    assert_eq!(
        target["visible"],
        json!(true),
        "the cited sentence is on screen: {target}"
    );
    assert!(target["text"].as_u64().unwrap() > 0, "{target}");
    let highlighted =
        target["background"] != json!("rgba(0, 0, 0, 0)") || target["outline"] != json!("none");
    assert!(highlighted, "the cited sentence is highlighted: {target}");

    // Search from the index: typing gives results that link into the site.
    page.open(&index);
    let results = page.eval(
        r#"new Promise(done => {
            const word = (document.querySelector('main h2 + * a, main li a') || {}).textContent || 'said';
            const input = document.querySelector('form.search input');
            input.value = word.trim().split(/\s+/)[0];
            input.dispatchEvent(new Event('input', { bubbles: true }));
            setTimeout(() => done({
                query: input.value,
                count: document.querySelectorAll('form.search ol a').length,
                first: (document.querySelector('form.search ol a') || {}).href || null,
            }), 200);
        })"#,
    );
    assert!(
        results["count"].as_u64().unwrap() > 0,
        "search finds something: {results}"
    );
    assert!(
        results["first"].as_str().unwrap().starts_with("file://"),
        "{results}"
    );

    assert!(page.errors.is_empty(), "console errors: {:#?}", page.errors);
}
