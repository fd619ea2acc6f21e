//! Developer aid: the ranked development clusters of a folder, with scores and members.
//! `cargo run --example clusters -- DIR`
use chrono::Datelike;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let raws = briefing::ingest::read_seeds(std::path::Path::new(&args[1]), &Default::default())
        .unwrap()
        .articles;
    let docs = briefing::prepare(&raws);
    use briefing::extract::developments as d;
    let units = d::candidate_units(&docs);
    let vecs = briefing::extract::cluster::vectors(&units);
    let year = docs
        .iter()
        .filter_map(|d| d.article.meta.published)
        .map(|d| d.year())
        .max();
    let penalty: Vec<f64> = units
        .iter()
        .map(|u| {
            f64::from(u8::from(
                d::is_background(&u.text, year) || d::is_timeless(&u.text),
            ))
        })
        .collect();
    let options = d::RankOptions {
        join: 0.28,
        same: 0.5,
        fold_single: 0.25,
        penalty: &penalty,
        limit: 40,
        family: &[],
        news: true,
    };
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
