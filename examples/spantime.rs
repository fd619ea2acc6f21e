//! scratch
use std::time::Instant;
fn main() {
    let path = std::path::PathBuf::from(std::env::args().nth(1).unwrap());
    let raws = briefing::ingest::read_seeds(&path, &Default::default())
        .unwrap()
        .articles;
    let docs = briefing::prepare(&raws);
    let mut sents = Vec::new();
    let mut paras = Vec::new();
    for d in &docs {
        for p in &d.doc.paragraphs {
            paras.push(p.text.as_str());
            for s in &p.sentences {
                sents.push(p.text_of(s));
            }
        }
    }
    let bytes: usize = paras.iter().map(|s| s.len()).sum();
    for _ in 0..3 {
        let t = Instant::now();
        let mut n = 0usize;
        for s in &sents {
            n += briefing::extract::quotes::find_spans(s).len();
        }
        for s in &paras {
            n += briefing::extract::quotes::find_spans(s).len();
        }
        let e = t.elapsed().as_secs_f64();
        eprintln!(
            "find_spans x2 {:.3} s {:.0} MB/s n {}",
            e,
            2.0 * bytes as f64 / e / 1e6,
            n
        );
    }
}
