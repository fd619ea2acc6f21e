//! Developer aid for development clustering.
//! `cargo run --example clusters -- DIR` prints the ranked clusters with their members;
//! `cargo run --example clusters -- DIR NEEDLE_A NEEDLE_B` prints the cosine between the
//! candidate sentences holding two substrings.
use briefing::extract::cluster::{cosine, vectors};
use briefing::extract::developments as d;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let raws = briefing::ingest::read_seeds(std::path::Path::new(&args[1]), &Default::default())
        .unwrap()
        .articles;
    let docs = briefing::prepare(&raws);
    let units = d::candidate_units(&docs);
    let vecs = vectors(&units);
    if let [_, _, a, b] = args.as_slice() {
        let find = |n: &str| units.iter().position(|u| u.text.contains(n));
        let (Some(a), Some(b)) = (find(a), find(b)) else {
            println!("not found");
            return;
        };
        println!(
            "{:.3}\n{:?}\n{:?}",
            cosine(&vecs[a], &vecs[b]),
            units[a].stems,
            units[b].stems
        );
        return;
    }
    let penalty = d::background_penalty(&units, &docs);
    let options = d::news_options(&penalty, &[]);
    for (i, c) in d::rank_clusters(&units, &vecs, &options).iter().enumerate() {
        println!(
            "#{} score {:.2} sources {:?}\n  = {}",
            i + 1,
            c.score,
            c.sources,
            units[c.summary].text
        );
        for &m in &c.members {
            let t: String = units[m].text.chars().take(110).collect();
            println!("    s{} p{} {}", units[m].source + 1, units[m].paragraph, t);
        }
    }
}
