//! Hostile input: nothing crashes, nothing is lost, nothing is injected.

use std::fs;
use std::path::Path;

use briefing::{BuildOptions, build};

fn write(path: &Path, bytes: &[u8]) {
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, bytes).unwrap();
}

const GOOD: &str = "Harbour bridge approved\n\nThe city council approved the harbour bridge on Friday, officials said.\n\n“It will change the city,” Mayor Ana Lima said.\n";

fn build_dir(seeds: &Path) -> (briefing::BuildReport, std::path::PathBuf) {
    let out = seeds.parent().unwrap().join("out");
    let report = build(&BuildOptions {
        seeds: seeds.to_path_buf(),
        out: out.clone(),
        config: None,
    })
    .unwrap();
    (report, out)
}

fn problem<'a>(report: &'a briefing::BuildReport, file: &str) -> &'a briefing::ingest::Problem {
    report
        .problems
        .iter()
        .find(|p| p.file == file)
        .unwrap_or_else(|| panic!("no problem reported for {file}: {:?}", report.problems))
}

#[test]
fn bad_files_are_reported_and_the_rest_builds() {
    let dir = tempfile::tempdir().unwrap();
    let seeds = dir.path().join("seeds");
    write(&seeds.join("good.txt"), GOOD.as_bytes());
    write(&seeds.join("empty.txt"), b"");
    write(&seeds.join("binary.txt"), b"\x7fELF\x00\x01\x02\x03");
    write(&seeds.join("cp1252.txt"), b"Caf\xe9 owners protest\n\nOwners of the caf\xe9 said \x93prices\x94 had risen sharply this year.\n");
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in "Tide rises\n\nThe tide rose higher than expected on Monday, officials said.\n"
        .encode_utf16()
    {
        utf16.extend(unit.to_le_bytes());
    }
    write(&seeds.join("utf16.txt"), &utf16);
    write(
        &seeds.join("bad-front.md"),
        b"+++\ntitle = \"ok\"\noutlet = = 3\n+++\nBody.\n",
    );
    write(&seeds.join("bad-date.md"), b"---\ntitle: Storm warning\npublished: next Tuesday\n---\nA storm is expected to reach the coast, forecasters said.\n");
    write(
        &seeds.join("unclosed.txt"),
        "Quote trouble\n\n“This quote never closes, said nobody at all on Friday.\n".as_bytes(),
    );
    write(
        &seeds.join("nothing.txt"),
        b"x\n\n\xc2\xa9 Some Media Group\n",
    );
    write(&seeds.join("deep/a/b/c/d/e/f/nested.txt"), GOOD.as_bytes());
    write(&seeds.join("same-headline.txt"), GOOD.as_bytes());

    let (report, out) = build_dir(&seeds);
    assert!(problem(&report, "empty.txt").message.contains("no text"));
    assert!(problem(&report, "binary.txt").message.contains("binary"));
    let cp = problem(&report, "cp1252.txt");
    assert!(!cp.skipped && cp.message.contains("Windows-1252"));
    let front = problem(&report, "bad-front.md");
    assert!(front.skipped && front.line == Some(3), "{front}");
    let date = problem(&report, "bad-date.md");
    assert!(!date.skipped && date.message.contains("next Tuesday"));
    let skipped: Vec<&str> = report
        .problems
        .iter()
        .filter(|p| p.skipped)
        .map(|p| p.file.as_str())
        .collect();
    assert_eq!(skipped, vec!["bad-front.md", "binary.txt", "empty.txt"]);
    // good, cp1252, utf16, bad-date, unclosed, nothing, nested, same-headline
    assert_eq!(report.sources, 8);

    let json: serde_json::Value =
        serde_json::from_slice(&fs::read(out.join("briefing.json")).unwrap()).unwrap();
    let pages: Vec<&str> = json["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["page"].as_str().unwrap())
        .collect();
    let mut unique = pages.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(
        unique.len(),
        pages.len(),
        "two articles with one headline get distinct pages"
    );
    let cafe = json["sources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["file"] == "cp1252.txt")
        .unwrap();
    assert_eq!(cafe["headline"], "Café owners protest");
    assert!(
        briefing::check::check_site(&out)
            .unwrap()
            .findings
            .is_empty()
    );
}

#[cfg(unix)]
#[test]
fn links_are_not_followed_out_of_the_seeds() {
    let dir = tempfile::tempdir().unwrap();
    let seeds = dir.path().join("seeds");
    write(&seeds.join("good.txt"), GOOD.as_bytes());
    write(
        &dir.path().join("secret/private.txt"),
        b"Secret\n\nThe private diary of someone else, not for publication.\n",
    );
    std::os::unix::fs::symlink(
        dir.path().join("secret/private.txt"),
        seeds.join("outside.txt"),
    )
    .unwrap();
    std::os::unix::fs::symlink(&seeds, seeds.join("loop")).unwrap();
    let (report, out) = build_dir(&seeds);
    assert_eq!(report.sources, 1);
    assert!(
        problem(&report, "outside.txt")
            .message
            .contains("symbolic link")
    );
    let all: String = walkdir::WalkDir::new(&out)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| fs::read_to_string(e.path()).unwrap_or_default())
        .collect();
    assert!(!all.contains("private diary"));
}

#[test]
fn oversized_and_long_line_files() {
    let dir = tempfile::tempdir().unwrap();
    let seeds = dir.path().join("seeds");
    write(&seeds.join("good.txt"), GOOD.as_bytes());
    // One line of 5 MB: sentences with and without marks, no paragraph breaks.
    let sentence = "Officials said the bridge would open in the spring, “after many delays,” the mayor added. ";
    let long = format!(
        "A very long article\n\n{}\n",
        sentence.repeat(5 * 1024 * 1024 / sentence.len())
    );
    write(&seeds.join("long.txt"), long.as_bytes());
    write(&dir.path().join("briefing.toml"), b"max_bytes = 6000000\n");
    let (report, _) = build_dir(&seeds);
    assert_eq!(report.sources, 2);

    write(&dir.path().join("briefing.toml"), b"max_bytes = 1000000\n");
    let (report, _) = build_dir(&seeds);
    assert_eq!(report.sources, 1);
    let big = problem(&report, "long.txt");
    assert!(big.skipped && big.message.contains("size limit"), "{big}");
}

#[test]
fn markup_in_articles_is_inert() {
    let dir = tempfile::tempdir().unwrap();
    let seeds = dir.path().join("seeds");
    write(
        &seeds.join("evil.md"),
        b"+++\ntitle = \"<script>alert(1)</script> headline\"\nurl = \"javascript:alert(1)\"\n+++\nThe mayor said <img src=x onerror=alert(1)> the plan was fine. A \" onmouseover=\"alert(2) attribute and </textarea> tag.\n\n<iframe src=\"https://evil.example\"></iframe>\n",
    );
    write(&seeds.join("evil.txt"), b"<b>Bold</b> claims\n\nOfficials said \"<script>alert(3)</script>\" was found on the page, the report said.\n");
    let (report, out) = build_dir(&seeds);
    assert_eq!(report.sources, 2);
    for entry in walkdir::WalkDir::new(&out)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "html"))
    {
        let html = fs::read_to_string(entry.path()).unwrap();
        let page = entry.path().display();
        assert!(!html.contains("<script>"), "{page}: raw script");
        assert!(!html.contains("<img"), "{page}: raw img");
        assert!(!html.contains("<iframe"), "{page}: raw iframe");
        assert!(!html.contains("javascript:"), "{page}: javascript URL");
        assert!(
            !html.contains("\" onmouseover"),
            "{page}: attribute injection"
        );
        assert!(!html.contains("</textarea>"), "{page}: raw textarea close");
    }
    assert!(
        briefing::check::check_site(&out)
            .unwrap()
            .findings
            .is_empty()
    );
}

#[cfg(unix)]
#[test]
fn unreadable_files_and_pipes_are_reported_not_fatal() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let seeds = dir.path().join("seeds");
    write(&seeds.join("good.txt"), GOOD.as_bytes());
    let locked = seeds.join("locked.txt");
    write(
        &locked,
        b"Locked away\n\nNobody may read this article, the owner said.\n",
    );
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
    // A pipe named like an article: reading it would block the build forever.
    let made_pipe = std::process::Command::new("mkfifo")
        .arg(seeds.join("pipe.txt"))
        .status()
        .is_ok_and(|s| s.success());

    let (report, out) = build_dir(&seeds);
    // Root reads through permissions; anyone else cannot.
    let readable = fs::File::open(&locked).is_ok();
    if readable {
        assert_eq!(report.sources, 2);
    } else {
        assert_eq!(report.sources, 1);
        let p = problem(&report, "locked.txt");
        assert!(p.skipped && p.message.contains("cannot read"), "{p}");
    }
    if made_pipe {
        let p = problem(&report, "pipe.txt");
        assert!(p.skipped && p.message.contains("not a regular file"), "{p}");
    }
    assert!(out.join("index.html").is_file());
    // The user's file is untouched.
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o644)).unwrap();
    assert!(
        fs::read_to_string(&locked)
            .unwrap()
            .starts_with("Locked away")
    );
}

#[test]
fn ten_thousand_tiny_files_build() {
    let dir = tempfile::tempdir().unwrap();
    let seeds = dir.path().join("seeds");
    fs::create_dir_all(&seeds).unwrap();
    for i in 0..10_000 {
        fs::write(
            seeds.join(format!("n{i:05}.txt")),
            format!(
                "Note {i}\n\nThe harbour board met for session {i} on Friday, its chair said.\n"
            ),
        )
        .unwrap();
    }
    let (report, out) = build_dir(&seeds);
    assert_eq!(report.sources, 10_000);
    assert!(report.problems.is_empty(), "{:?}", &report.problems[..3]);
    let json: serde_json::Value =
        serde_json::from_slice(&fs::read(out.join("briefing.json")).unwrap()).unwrap();
    assert_eq!(json["sources"].as_array().unwrap().len(), 10_000);
    assert!(out.join("sources/n09999.html").is_file());
}

#[test]
fn exit_code_is_an_error_only_when_nothing_was_built_or_strict() {
    let dir = tempfile::tempdir().unwrap();
    let seeds = dir.path().join("seeds");
    write(&seeds.join("good.txt"), GOOD.as_bytes());
    write(&seeds.join("empty.txt"), b"");
    let run = |extra: &[&str], seeds: &Path| {
        std::process::Command::new(env!("CARGO_BIN_EXE_briefing"))
            .arg("build")
            .arg("--seeds")
            .arg(seeds)
            .arg("--out")
            .arg(dir.path().join("out"))
            .args(extra)
            .output()
            .unwrap()
    };
    let lenient = run(&[], &seeds);
    let stderr = String::from_utf8_lossy(&lenient.stderr);
    assert!(lenient.status.success(), "{stderr}");
    assert!(stderr.contains("skipped: empty.txt"), "{stderr}");

    let strict = run(&["--strict"], &seeds);
    assert_eq!(strict.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&strict.stderr).contains("--strict"));

    let only_bad = dir.path().join("bad-seeds");
    write(&only_bad.join("empty.txt"), b"");
    let nothing = run(&[], &only_bad);
    let stderr = String::from_utf8_lossy(&nothing.stderr);
    assert_eq!(nothing.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("no articles found") && stderr.contains("empty.txt"),
        "{stderr}"
    );
}
