//! End-to-end: build the seeds and small fixtures, check the site and the JSON contract.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use briefing::{BuildOptions, build, build_site};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every file below `dir`, relative path → bytes.
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.unwrap();
        if entry.file_type().is_file() {
            let rel = entry
                .path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            out.insert(rel, fs::read(entry.path()).unwrap());
        }
    }
    out
}

fn build_seeds_into(out: &Path) {
    build(&BuildOptions {
        seeds: repo().join("seeds"),
        out: out.to_path_buf(),
        config: None,
    })
    .unwrap();
}

/// Values of `attr="…"` in an HTML page (entities in URLs are only `&amp;` and `&#x2F;`).
fn attributes(html: &str, attr: &str) -> Vec<String> {
    let needle = format!(" {attr}=\"");
    html.match_indices(&needle)
        .map(|(i, _)| {
            let rest = &html[i + needle.len()..];
            rest[..rest.find('"').unwrap()]
                .replace("&#x2F;", "/")
                .replace("&amp;", "&")
        })
        .collect()
}

#[test]
fn seeds_build_into_a_linked_site() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    build_seeds_into(&out);
    let files = tree(&out);
    assert!(files.contains_key("index.html") && files.contains_key("briefing.json"));

    let briefing: serde_json::Value = serde_json::from_slice(&files["briefing.json"]).unwrap();
    assert_eq!(briefing["sources"].as_array().unwrap().len(), 5);

    // Every relative link, fragment and citation on every page resolves; nothing is remote.
    let report = briefing::check::check_site(&out).unwrap();
    assert!(report.findings.is_empty(), "{:?}", report.findings);
    assert!(report.links > 500, "only {} links checked", report.links);
    for (path, bytes) in files.iter().filter(|(p, _)| p.ends_with(".html")) {
        let html = String::from_utf8_lossy(bytes);
        assert!(
            html.contains("http-equiv=\"Content-Security-Policy\""),
            "{path} has no CSP"
        );
        // Scripts only from files of the site, never inline.
        for (i, _) in html.match_indices("<script") {
            let tag = &html[i..i + html[i..].find("</script>").expect("closed script")];
            assert!(
                tag.contains(" src=\"") && tag.ends_with('>'),
                "{path} has an inline script: {tag}"
            );
        }
    }
    assert!(files.contains_key("search.js") && files.contains_key("search-index.js"));
    // Every evidence anchor names a sentence on its source's page.
    let ids: BTreeSet<String> = files
        .iter()
        .filter(|(p, _)| p.starts_with("sources/"))
        .flat_map(|(p, b)| {
            attributes(&String::from_utf8_lossy(b), "id")
                .into_iter()
                .map(move |id| format!("{p}#{id}"))
        })
        .collect();
    let pages: BTreeMap<&str, &str> = briefing["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["id"].as_str().unwrap(), s["page"].as_str().unwrap()))
        .collect();
    for list in [
        "developments",
        "quotes",
        "open_questions",
        "timeline",
        "entities",
    ] {
        for item in briefing[list].as_array().unwrap() {
            for e in item["evidence"].as_array().unwrap() {
                let target = format!(
                    "{}#{}",
                    pages[e["source"].as_str().unwrap()],
                    e["anchor"].as_str().unwrap()
                );
                assert!(ids.contains(&target), "{list}: {target} does not exist");
            }
        }
    }
}

#[test]
fn briefing_json_follows_the_contract() {
    let site = build_site(&repo().join("seeds"), None).unwrap();
    let json: serde_json::Value = serde_json::to_value(&site.briefing).unwrap();
    let has = |v: &serde_json::Value, keys: &[&str]| {
        for k in keys {
            assert!(v.get(k).is_some(), "missing {k} in {v}");
        }
    };
    has(
        &json,
        &[
            "schema",
            "title",
            "sources",
            "developments",
            "quotes",
            "open_questions",
            "entities",
            "timeline",
        ],
    );
    assert_eq!(json["schema"], "briefing/1");
    let evidence = ["source", "anchor", "text"];
    for s in json["sources"].as_array().unwrap() {
        has(
            s,
            &[
                "id",
                "file",
                "headline",
                "author",
                "outlet",
                "published",
                "url",
                "page",
                "words",
            ],
        );
    }
    for (list, keys) in [
        (
            "developments",
            &["id", "summary", "sources", "evidence"][..],
        ),
        (
            "quotes",
            &["id", "text", "speaker", "venue", "fragment", "evidence"][..],
        ),
        (
            "open_questions",
            &["id", "question", "sources", "evidence"][..],
        ),
        (
            "entities",
            &["id", "name", "kind", "aliases", "mentions", "sources"][..],
        ),
        ("timeline", &["id", "date", "when", "event", "evidence"][..]),
    ] {
        let items = json[list].as_array().unwrap();
        assert!(!items.is_empty(), "{list} is empty");
        for item in items {
            has(item, keys);
            for e in item
                .get("evidence")
                .and_then(|e| e.as_array())
                .into_iter()
                .flatten()
            {
                has(e, &evidence);
            }
        }
    }

    // Evidence text is a substring of the sentence its anchor names.
    let ingested =
        briefing::ingest::read_seeds(&repo().join("seeds"), &Default::default()).unwrap();
    let docs = briefing::prepare(&ingested.articles);
    let sentence = |source: &str, anchor: &str| -> String {
        let doc = docs.iter().find(|d| d.id == source).unwrap();
        doc.doc
            .paragraphs
            .iter()
            .flat_map(|p| {
                p.sentences
                    .iter()
                    .map(move |s| (s.anchor.clone(), p.text.clone()))
            })
            .find(|(a, _)| a == anchor)
            .unwrap_or_else(|| panic!("{source}#{anchor} does not exist"))
            .1
    };
    let b = &site.briefing;
    let all = b
        .developments
        .iter()
        .flat_map(|d| d.evidence.iter())
        .chain(b.quotes.iter().flat_map(|q| q.evidence.iter()))
        .chain(b.open_questions.iter().flat_map(|o| o.evidence.iter()))
        .chain(b.timeline.iter().flat_map(|t| t.evidence.iter()));
    for e in all {
        assert!(
            sentence(&e.source, &e.anchor).contains(&*e.text),
            "{e:?} not in its paragraph"
        );
    }
    let ids: BTreeSet<&str> = b.quotes.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(ids.len(), b.quotes.len(), "quote ids are unique");
}

#[test]
fn builds_are_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    build_seeds_into(&dir.path().join("a"));
    build_seeds_into(&dir.path().join("b"));
    assert_eq!(tree(&dir.path().join("a")), tree(&dir.path().join("b")));
}

#[test]
fn committed_public_equals_a_fresh_build() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    build_seeds_into(&out);
    let fresh = tree(&out);
    let committed = tree(&repo().join("public"));
    let differing: Vec<&String> = fresh
        .keys()
        .chain(committed.keys())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .filter(|k| fresh.get(*k) != committed.get(*k))
        .collect();
    assert!(
        differing.is_empty(),
        "public/ is stale (run `cargo run --release`): {differing:?}"
    );
}

fn write(path: &Path, text: &str) {
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

/// A small story folder: two outlets and one broken file.
fn fixture(dir: &Path) -> PathBuf {
    let seeds = dir.join("seeds");
    write(
        &seeds.join("a.md"),
        "+++\ntitle = \"Harbour bridge approved\"\noutlet = \"The Daily\"\npublished = 2024-03-10\n+++\nThe city council approved the harbour bridge on Friday, officials said.\n\n“It will change the city,” Mayor Ana Lima said. <script>alert(1)</script>\n",
    );
    write(
        &seeds.join("b.txt"),
        "Council backs harbour bridge\n\nThe council approved the new harbour bridge on Friday after a long debate.\n\nIt remains unclear who will pay for the bridge. \" onmouseover=\"alert(1)\n",
    );
    fs::write(seeds.join("c.txt"), b"\x00\x01binary").unwrap();
    write(&seeds.join("notes.docx"), "not an article");
    seeds
}

#[test]
fn bad_files_are_reported_and_skipped_and_text_is_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let seeds = fixture(dir.path());
    let out = dir.path().join("public");
    let report = build(&BuildOptions {
        seeds,
        out: out.clone(),
        config: None,
    })
    .unwrap();
    assert_eq!(report.sources, 2);
    let skipped: Vec<&str> = report
        .problems
        .iter()
        .filter(|p| p.skipped)
        .map(|p| p.file.as_str())
        .collect();
    assert_eq!(skipped, vec!["c.txt", "notes.docx"]);
    for (path, bytes) in tree(&out) {
        let text = String::from_utf8_lossy(&bytes);
        if path.ends_with(".html") {
            assert!(!text.contains("<script>"), "{path}");
            assert!(!text.contains("\" onmouseover"), "{path}");
        }
    }
}

#[test]
fn failed_build_leaves_previous_output_and_user_files_alone() {
    let dir = tempfile::tempdir().unwrap();
    let seeds = fixture(dir.path());
    let out = dir.path().join("public");
    build(&BuildOptions {
        seeds: seeds.clone(),
        out: out.clone(),
        config: None,
    })
    .unwrap();
    write(&out.join("CNAME"), "example.org");
    let before = tree(&out);

    // A broken template override makes rendering fail.
    write(
        &dir.path().join("theme/index.html"),
        "{% extends \"base.html\" %}{% block main %}{{ missing_variable }}{% endblock main %}",
    );
    write(
        &dir.path().join("briefing.toml"),
        "title = \"Bridge\"\ntemplates = \"theme\"\n",
    );
    let err = build(&BuildOptions {
        seeds: seeds.clone(),
        out: out.clone(),
        config: None,
    })
    .unwrap_err();
    assert!(format!("{err:#}").contains("index.html"), "{err:#}");
    assert_eq!(tree(&out), before);

    // A working override is used, and the user's file survives the rebuild.
    write(
        &dir.path().join("theme/index.html"),
        "{% extends \"base.html\" %}{% block main %}<h1>Custom {{ title }}</h1>{% endblock main %}",
    );
    build(&BuildOptions {
        seeds: seeds.clone(),
        out: out.clone(),
        config: None,
    })
    .unwrap();
    let index = fs::read_to_string(out.join("index.html")).unwrap();
    assert!(index.contains("<h1>Custom Bridge</h1>"));
    assert_eq!(
        fs::read_to_string(out.join("CNAME")).unwrap(),
        "example.org"
    );

    // Refused outright: the seeds folder itself, or a folder containing it.
    assert!(
        build(&BuildOptions {
            seeds: seeds.clone(),
            out: seeds.clone(),
            config: None
        })
        .is_err()
    );
    assert!(
        build(&BuildOptions {
            seeds: seeds.clone(),
            out: dir.path().to_path_buf(),
            config: None
        })
        .is_err()
    );
    assert!(seeds.join("a.md").exists());
}

#[test]
fn empty_seeds_is_an_error_naming_the_folder() {
    let dir = tempfile::tempdir().unwrap();
    let seeds = dir.path().join("seeds");
    fs::create_dir(&seeds).unwrap();
    let err = build(&BuildOptions {
        seeds,
        out: dir.path().join("out"),
        config: None,
    })
    .unwrap_err();
    assert!(err.to_string().contains("no articles found"), "{err}");
    assert!(!dir.path().join("out").exists());
}

#[test]
fn story_folders_build_an_edition() {
    let dir = tempfile::tempdir().unwrap();
    let seeds = dir.path().join("seeds");
    write(
        &seeds.join("harbour/a.txt"),
        "Harbour bridge approved\n\nThe city council approved the harbour bridge on Friday, officials said.\n",
    );
    write(
        &seeds.join("harbour/b.txt"),
        "Council backs bridge\n\nThe council backed the new harbour bridge on Friday after a long debate.\n",
    );
    write(
        &seeds.join("storm/a.txt"),
        "Storm hits the coast\n\nA storm hit the northern coast on Monday, closing schools, officials said.\n",
    );
    write(&seeds.join("storm/broken.txt"), "\u{0}\u{1}binary");
    let out = dir.path().join("public");
    let report = build(&BuildOptions {
        seeds,
        out: out.clone(),
        config: None,
    })
    .unwrap();
    assert_eq!(report.sources, 3);
    let skipped: Vec<&str> = report
        .problems
        .iter()
        .filter(|p| p.skipped)
        .map(|p| p.file.as_str())
        .collect();
    assert_eq!(skipped, vec!["storm/broken.txt"]);
    let index = fs::read_to_string(out.join("index.html")).unwrap();
    assert!(
        index.contains("href=\"harbour&#x2F;index.html\"")
            || index.contains("href=\"harbour/index.html\""),
        "{index}"
    );
    assert!(index.contains("Storm hits the coast"));
    for story in ["harbour", "storm"] {
        assert!(out.join(story).join("index.html").is_file());
        assert!(out.join(story).join("briefing.json").is_file());
    }
    let report = briefing::check::check_site(&out).unwrap();
    assert!(report.findings.is_empty(), "{:?}", report.findings);
}

/// Every file of a built folder, path → bytes.
fn snapshot(dir: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            (
                e.path()
                    .strip_prefix(dir)
                    .unwrap()
                    .to_string_lossy()
                    .to_string(),
                fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

#[cfg(unix)]
#[test]
fn an_edition_rebuild_redoes_only_the_changed_story() {
    use std::os::unix::fs::MetadataExt;
    let dir = tempfile::tempdir().unwrap();
    let seeds = dir.path().join("seeds");
    for (story, headline) in [
        ("alpha", "Harbour bridge approved"),
        ("beta", "Storm hits the coast"),
        ("gamma", "Library reopens"),
    ] {
        write(
            &seeds.join(format!("{story}/a.txt")),
            &format!(
                "{headline}\n\n{headline} on Friday, officials said, after months of debate.\n"
            ),
        );
    }
    let out = dir.path().join("public");
    let options = BuildOptions {
        seeds: seeds.clone(),
        out: out.clone(),
        config: None,
    };
    build(&options).unwrap();
    let cache = dir.path().join(".briefing-cache");
    let entries = || -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(&cache)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
            .collect();
        names.sort();
        names
    };
    let first = entries();
    assert_eq!(first.len(), 3, "one cache entry per story: {first:?}");
    assert!(
        !out.join(".briefing-cache").exists(),
        "the cache is not in the output"
    );
    let inode = |story: &str| {
        fs::metadata(out.join(story).join("index.html"))
            .unwrap()
            .ino()
    };
    let before: Vec<u64> = ["alpha", "beta", "gamma"].map(inode).to_vec();

    // One article changes; one cached file is edited in place (so its entry is not trusted).
    write(
        &seeds.join("beta/a.txt"),
        "Storm hits the coast\n\nStorm hits the coast on Saturday, forecasters said, closing schools.\n",
    );
    let gamma_cached = fs::read_dir(&cache)
        .unwrap()
        .map(|e| e.unwrap().path().join("files/index.html"))
        .find(|p| fs::read_to_string(p).unwrap().contains("Library reopens"))
        .unwrap();
    let text = fs::read_to_string(&gamma_cached).unwrap();
    fs::write(
        &gamma_cached,
        text.replace("officials said", "officials (edited) said"),
    )
    .unwrap();
    build(&options).unwrap();

    let page = |story: &str| fs::read_to_string(out.join(story).join("index.html")).unwrap();
    assert_eq!(
        inode("alpha"),
        before[0],
        "the unchanged story is linked from the cache"
    );
    assert_ne!(inode("beta"), before[1], "the changed story is rebuilt");
    assert!(page("beta").contains("forecasters said"));
    assert!(
        !page("gamma").contains("(edited)"),
        "an edited cache entry is not used"
    );
    let second = entries();
    assert_eq!(second.len(), 3, "stale entries are pruned: {second:?}");
    // alpha's and gamma's keys are unchanged (gamma's entry was stored again), beta's is new.
    assert_eq!(first.iter().filter(|n| second.contains(n)).count(), 2);

    // A rebuild from the cache equals a build from scratch.
    build(&options).unwrap();
    let cached = snapshot(&out);
    fs::remove_dir_all(&cache).unwrap();
    build(&options).unwrap();
    assert_eq!(cached, snapshot(&out));
}

#[test]
fn major_entities_and_only_they_get_a_page() {
    let site = build_site(&repo().join("seeds"), None).unwrap();
    let major = site
        .briefing
        .entities
        .iter()
        .filter(|e| e.sources.len() >= 2 || e.mentions >= 3)
        .count()
        .min(briefing::render::MAX_ENTITY_PAGES);
    let pages = site
        .files
        .iter()
        .filter(|f| f.path.starts_with("entities/"))
        .count();
    assert!(major > 0);
    assert!(major < site.briefing.entities.len());
    assert_eq!(pages, major);
}

/// A made-up word for `i`, distinct for every `i` ("Bakodi", "Belumo" …).
fn made_up_name(i: usize) -> String {
    const SYLLABLES: [&str; 10] = ["ba", "ko", "di", "lu", "me", "ra", "si", "to", "vu", "ze"];
    let mut name = String::from("Ka");
    let mut n = i;
    for _ in 0..3 {
        name.push_str(SYLLABLES[n % 10]);
        n /= 10;
    }
    name
}

#[test]
fn lists_too_long_for_the_index_get_pages_of_their_own() {
    let limit = briefing::render::INDEX_LIST_LIMIT;
    let dir = tempfile::tempdir().unwrap();
    let seeds = dir.path().join("seeds");
    // One article per town: each names its own mayor and town and dates its own event, so
    // every list of the briefing is longer than the index shows.
    for i in 0..=limit {
        let (town, mayor) = (made_up_name(i), made_up_name(i + 500));
        write(
            &seeds.join(format!("{i:03}.md")),
            &format!(
                "+++\ntitle = \"{town} opens a library\"\npublished = 2024-03-15\n+++\n\
                 Mayor Lena {mayor} opened the new library of {town} on Monday, the council said.\n\n\
                 “Readers in {town} waited years for this,” {mayor} said.\n"
            ),
        );
    }
    let out = dir.path().join("public");
    build(&BuildOptions {
        seeds,
        out: out.clone(),
        config: None,
    })
    .unwrap();
    let files = tree(&out);
    let briefing: serde_json::Value = serde_json::from_slice(&files["briefing.json"]).unwrap();
    let page = |name: &str| String::from_utf8_lossy(&files[name]).into_owned();
    let index = page("index.html");
    // The ids of a list's items on a page, found by the prefix its ids share.
    let listed = |html: &str, list: &str| -> usize {
        let ids: BTreeSet<String> = briefing[list]
            .as_array()
            .unwrap()
            .iter()
            .map(|item| item["id"].as_str().unwrap().to_string())
            .collect();
        attributes(html, "id")
            .iter()
            .filter(|id| ids.contains(*id))
            .count()
    };
    for (list, own_page) in [
        ("quotes", "quotes.html"),
        ("timeline", "timeline.html"),
        ("entities", "entities.html"),
        ("sources", "sources.html"),
    ] {
        let total = briefing[list].as_array().unwrap().len();
        assert!(total > limit, "{list}: only {total}");
        assert_eq!(listed(&index, list), limit, "{list} on the index");
        assert_eq!(listed(&page(own_page), list), total, "{list} on {own_page}");
        assert!(index.contains(&format!("href=\"{own_page}\"")), "{list}");
    }
    // Cited sentences link back to their dated events on the timeline's page.
    let events: BTreeSet<&str> = briefing["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["id"].as_str().unwrap())
        .collect();
    let backrefs: Vec<String> = attributes(&page("sources/000.html"), "href")
        .into_iter()
        .filter(|h| h.split('#').nth(1).is_some_and(|id| events.contains(id)))
        .collect();
    assert!(!backrefs.is_empty());
    assert!(
        backrefs.iter().all(|h| h.starts_with("../timeline.html#")),
        "{backrefs:?}"
    );
    // Every link and fragment of every page resolves.
    let report = briefing::check::check_site(&out).unwrap();
    assert!(report.findings.is_empty(), "{:?}", report.findings);
}

#[test]
fn a_byline_of_several_names_gives_the_lead_author_and_all_authors() {
    let dir = tempfile::tempdir().unwrap();
    let seeds = dir.path().join("seeds");
    write(
        &seeds.join("a.txt"),
        "Harbour bridge approved\n\nBy Ana Lima, Jo Roe and Kim Sato\n\nThe city council approved the harbour bridge on Friday after a long debate.\n",
    );
    write(
        &seeds.join("b.txt"),
        "Council backs bridge\n\nThe council approved the new harbour bridge on Friday, officials said.\n\nWrite to Li Wei at li.wei@example.com\n",
    );
    let out = dir.path().join("public");
    build(&BuildOptions {
        seeds,
        out: out.clone(),
        config: None,
    })
    .unwrap();
    let json: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(out.join("briefing.json")).unwrap()).unwrap();
    let sources = json["sources"].as_array().unwrap();
    assert_eq!(sources[0]["author"], "Ana Lima");
    assert_eq!(
        sources[0]["authors"],
        serde_json::json!(["Ana Lima", "Jo Roe", "Kim Sato"])
    );
    assert_eq!(sources[1]["author"], "Li Wei");
    let page = fs::read_to_string(out.join("sources/a.html")).unwrap();
    assert!(page.contains("· Ana Lima, Jo Roe and Kim Sato ·"), "{page}");
    assert!(!page.contains("By Ana Lima"));
}

#[test]
fn a_saved_web_page_is_read_as_an_article() {
    let dir = tempfile::tempdir().unwrap();
    let seeds = dir.path().join("seeds");
    write(
        &seeds.join("a.html"),
        "<html><head><title>Bridge approved | The Daily</title>\n<meta property=\"og:site_name\" content=\"The Daily\">\n<meta property=\"article:published_time\" content=\"2024-03-10T09:00:00Z\">\n<script>document.write('tracking')</script></head>\n<body><nav><a href=\"/\">Home</a> <a href=\"/sport\">Sport</a></nav>\n<article><h1>Bridge approved</h1>\n<p>The city council approved the harbour bridge on Friday, officials said.</p>\n<p onclick=\"alert(1)\">&ldquo;It will change the city,&rdquo; Mayor Ana Lima said.</p>\n</article><footer>Copyright The Daily</footer></body></html>\n",
    );
    write(
        &seeds.join("b.txt"),
        "Council backs harbour bridge\n\nThe council approved the new harbour bridge on Friday after a long debate.\n",
    );
    let out = dir.path().join("public");
    let report = build(&BuildOptions {
        seeds,
        out: out.clone(),
        config: None,
    })
    .unwrap();
    assert_eq!(report.sources, 2);
    let json: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(out.join("briefing.json")).unwrap()).unwrap();
    let page = &json["sources"][0];
    assert_eq!(page["file"], "a.html");
    assert_eq!(page["headline"], "Bridge approved");
    assert_eq!(page["outlet"], "The Daily");
    assert_eq!(page["published"], "2024-03-10");
    assert_eq!(json["quotes"][0]["speaker"], "Ana Lima");
    assert_eq!(json["quotes"][0]["text"], "It will change the city");
    let html = fs::read_to_string(out.join("sources/a.html")).unwrap();
    for leaked in ["tracking", "Sport", "Copyright", "onclick"] {
        assert!(!html.contains(leaked), "{leaked}");
    }
}
