//! Developer aid for development clustering.
//! `cargo run --example clusters -- DIR` prints the ranked clusters with their members;
//! `cargo run --example clusters -- DIR NEEDLE_A NEEDLE_B` prints the cosine between the
//! candidate sentences holding two substrings; with `PAIRS=1` set, the centroid cosine of
//! every pair of ranked clusters at or above 0.2 (to judge merging clusters).
use briefing::extract::cluster::{cosine, vectors};
use briefing::extract::developments as d;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let raws = briefing::ingest::read_seeds(std::path::Path::new(&args[1]), &Default::default())
        .unwrap()
        .articles;
    let docs = briefing::prepare(&raws);
    let (units, stems) = d::candidate_units(&docs);
    let vecs = vectors(&stems);
    if let [_, _, a, b] = args.as_slice() {
        let find = |n: &str| units.iter().position(|u| u.text.contains(n));
        let (Some(a), Some(b)) = (find(a), find(b)) else {
            println!("not found");
            return;
        };
        println!(
            "{:.3}\n{:?}\n{:?}",
            cosine(&vecs[a], &vecs[b]),
            stems.stems(a),
            stems.stems(b)
        );
        return;
    }
    let penalty = d::background_penalty(&units, &docs);
    let options = d::news_options(&penalty, &[]);
    let ranked = d::rank_clusters(&units, &vecs, &options);
    if std::env::var("PAIRS").is_ok() {
        // Centroid cosine of every pair of the top clusters above 0.2.
        let cs: Vec<_> = ranked
            .iter()
            .map(|c| briefing::extract::cluster::centroid(&vecs, &c.members))
            .collect();
        for i in 0..cs.len() {
            for j in i + 1..cs.len() {
                let x = cosine(&cs[i], &cs[j]);
                if x >= 0.2 {
                    println!("#{} #{} {:.3}", i + 1, j + 1, x);
                }
            }
        }
        return;
    }
    for (i, c) in ranked.iter().enumerate() {
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
