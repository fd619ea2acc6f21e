//! Developer aid: cosine between the candidate sentences holding two substrings.
//! `cargo run --example cos -- DIR NEEDLE_A NEEDLE_B`
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let raws = briefing::ingest::read_seeds(std::path::Path::new(&args[1]), &Default::default())
        .unwrap()
        .articles;
    let docs = briefing::prepare(&raws);
    let units = briefing::extract::developments::candidate_units(&docs);
    let vecs = briefing::extract::cluster::vectors(&units);
    let find = |n: &str| units.iter().position(|u| u.text.contains(n));
    let (Some(a), Some(b)) = (find(&args[2]), find(&args[3])) else {
        println!("not found");
        return;
    };
    println!(
        "{:.3}\n{:?}\n{:?}",
        briefing::extract::cluster::cosine(&vecs[a], &vecs[b]),
        units[a].stems,
        units[b].stems
    );
}
