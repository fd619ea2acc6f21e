//! Fuzz target: arbitrary bytes through ingest → clean → segment → extract → render.
//!
//! The input is split on `\0\0` into up to four articles, so cross-article passes
//! (clustering, quote merging, alias merging) see several sources. Odd-numbered pieces are
//! read as Markdown with front matter, even ones as plain text.
#![no_main]

use briefing::render::{HtmlRenderer, Renderer, SiteSettings};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fuzz_target!(|data: &[u8]| {
    let mut raws = Vec::new();
    for (i, piece) in data.split(|&b| b == 0).filter(|p| !p.is_empty()).take(4).enumerate() {
        let Ok((text, _warning)) = briefing::ingest::decode(piece) else {
            continue;
        };
        if let Ok(raw) = briefing::ingest::parse_article(&format!("{i}.md"), &text, i % 2 == 1) {
            raws.push(raw);
        }
    }
    let docs = briefing::prepare(&raws);
    let briefing = briefing::extract::extract(&docs, &Default::default());
    // Templates are parsed once per process, as in a real build.
    static RENDERER: OnceLock<HtmlRenderer> = OnceLock::new();
    let renderer = RENDERER.get_or_init(|| HtmlRenderer::new(None).expect("embedded templates parse"));
    let settings = SiteSettings {
        language: "en".into(),
        description: None,
        feed: false,
    };
    let files = renderer
        .render(&briefing, &docs, &settings)
        .expect("rendering a briefing never fails");
    assert!(files.iter().all(|f| !f.path.is_empty()));
});
