//! Developer aid: how the development ranking reads sentences (timeless, background,
//! newsworthiness). `cargo run --example signals -- "SENTENCE" …`
use briefing::extract::developments::{is_background, is_timeless, newsworthiness};

fn main() {
    for s in std::env::args().skip(1) {
        println!(
            "timeless={} background(2025)={} news={:.2} | {s}",
            is_timeless(&s),
            is_background(&s, Some(2025)),
            newsworthiness(&s)
        );
    }
}
