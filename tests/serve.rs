//! `briefing serve`: serves the built site, rebuilds on a change, and tells the page.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, Instant};

fn get(addr: SocketAddr, path: &str) -> (String, String) {
    let mut stream = TcpStream::connect(addr).unwrap();
    write!(stream, "GET {path} HTTP/1.1\r\nHost: localhost\r\n\r\n").unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    let (head, body) = answer.split_once("\r\n\r\n").unwrap();
    (head.lines().next().unwrap().to_string(), body.to_string())
}

#[test]
fn serves_rebuilds_on_change_and_signals_the_page() {
    let dir = tempfile::tempdir().unwrap();
    let seeds = dir.path().join("seeds");
    std::fs::create_dir_all(&seeds).unwrap();
    std::fs::write(
        seeds.join("a.txt"),
        "Harbour bridge approved\n\nThe city council approved the harbour bridge on Friday, officials said.\n",
    )
    .unwrap();
    let options = briefing::BuildOptions {
        seeds: seeds.clone(),
        out: dir.path().join("public"),
        config: None,
    };
    let server = briefing::serve::spawn(options, SocketAddr::from(([127, 0, 0, 1], 0))).unwrap();
    let addr = server.addr;

    let (status, page) = get(addr, "/");
    assert_eq!(status, "HTTP/1.1 200 OK");
    assert!(page.contains("Harbour bridge approved"));
    assert!(page.contains("<script src=\"/__briefing/reload.js\"></script>"));
    assert!(page.contains("connect-src 'self'"));
    // On disk the page is exactly what `build` writes: no reload script.
    let on_disk = std::fs::read_to_string(dir.path().join("public/index.html")).unwrap();
    assert!(!on_disk.contains("__briefing"));
    assert_eq!(get(addr, "/__briefing/version").1, "1");
    assert!(
        get(addr, "/__briefing/reload.js")
            .1
            .contains("location.reload()")
    );
    assert_eq!(get(addr, "/../../etc/passwd").0, "HTTP/1.1 404 Not Found");
    assert_eq!(get(addr, "/nothing-here.html").0, "HTTP/1.1 404 Not Found");

    std::fs::write(
        seeds.join("b.txt"),
        "Ferry service resumes\n\nThe ferry service resumed on Saturday after the storm, the operator said.\n",
    )
    .unwrap();
    let started = Instant::now();
    while server.version() < 2 {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "no rebuild after a change"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(
        get(addr, "/__briefing/version").1,
        server.version().to_string()
    );
    let (_, page) = get(addr, "/");
    assert!(
        page.contains("Ferry service resumes"),
        "the page shows the new article"
    );
}
