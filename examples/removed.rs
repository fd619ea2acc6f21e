//! Developer aid: what cleaning removes from one article, and why.
//! `cargo run --example removed -- FILE`
fn main() {
    let path = std::env::args().nth(1).expect("a file");
    let text = std::fs::read_to_string(&path).expect("readable");
    let raw = briefing::ingest::parse_article("x.txt", &text, false).expect("parsed");
    let article = briefing::clean::clean(&raw);
    for r in &article.removed {
        println!("line {} {:?} ({} words)", r.line, r.kind, r.words);
    }
}
