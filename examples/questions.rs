//! Developer aid for open questions: how many cue sentences are put as a question.
//! `cargo run --release --example questions -- DIR` prints, per cue strength (1 speculative,
//! 2 pending, 3 explicit), how many of the folder's cue sentences of six words or more
//! [`question`](briefing::extract::questions::question) phrases; with a second argument `q`
//! it lists each question and its sentence, with `1`, `2` or `3` the sentences of that
//! strength it does not phrase. `-` as the folder reads sentences from stdin instead, one a
//! line, and prints the cue strength and question of each.
use briefing::extract::open_questions::cue_strength;
use briefing::extract::questions::question;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(dir) = args.get(1) else {
        eprintln!("usage: questions DIR [q|1|2|3]  (or - to read sentences from stdin)");
        std::process::exit(2);
    };
    if dir == "-" {
        for line in std::io::stdin().lines().map_while(Result::ok) {
            println!("{} | {:?}", cue_strength(&line), question(&line));
        }
        return;
    }
    let raws = briefing::ingest::read_seeds(std::path::Path::new(dir), &Default::default())
        .expect("a readable folder")
        .articles;
    let docs = briefing::prepare(&raws);
    let show = args.get(2).map(String::as_str);
    // (sentences, phrased) per cue strength 1..=3.
    let mut counts = [(0usize, 0usize); 4];
    for doc in &docs {
        for para in &doc.doc.paragraphs {
            for sentence in &para.sentences {
                let text = para.text_of(sentence);
                let cue = usize::from(cue_strength(text));
                if cue == 0 || briefing::text::word_count(text) < 6 {
                    continue;
                }
                let asked = question(text);
                counts[cue].0 += 1;
                counts[cue].1 += usize::from(asked.is_some());
                match (&asked, show) {
                    (Some(q), Some("q")) => println!("Q {q}\n  {text}"),
                    (None, Some(level)) if level == cue.to_string() => println!("- {text}"),
                    _ => {}
                }
            }
        }
    }
    for (cue, (sentences, phrased)) in counts.iter().enumerate().skip(1) {
        println!("cue {cue}: {phrased} of {sentences} put as a question");
    }
}
