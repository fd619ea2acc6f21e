//! Developer aid: the entities and quotes of an article folder (or one file), optionally
//! filtered by a substring. `cargo run --example dbg -- DIR [FILTER]`
fn main() {
    let path = std::path::PathBuf::from(std::env::args().nth(1).unwrap());
    let filter = std::env::args().nth(2).unwrap_or_default();
    let raws = if path.is_dir() {
        briefing::ingest::read_seeds(&path, &Default::default())
            .unwrap()
            .articles
    } else {
        let text = std::fs::read_to_string(&path).unwrap();
        vec![briefing::ingest::parse_article("x.txt", &text, false).unwrap()]
    };
    let docs = briefing::prepare(&raws);
    let index = briefing::extract::entities::EntityIndex::build(&docs);
    for (i, e) in index.entities.iter().enumerate() {
        if e.name.contains(&filter) {
            println!(
                "E {} {} {:?} {:?}",
                e.name, e.kind, e.aliases, index.gender[i]
            );
        }
    }
    for q in briefing::extract::quotes::extract(&docs, &index) {
        if q.text.contains(&filter) || q.speaker.as_deref().unwrap_or("").contains(&filter) {
            println!("Q {:?} | {}", q.speaker, q.text);
        }
    }
}
