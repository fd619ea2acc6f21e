//! Criterion benchmarks of the pipeline's stages, on generated news-like articles (the same
//! text on every machine, so figures compare across runs):
//!
//! - `prepare/N`: clean and segment N articles (per-article work, parallel);
//! - `extract/N`: the cross-article pass (entities, quotes, clustering, timeline) on N;
//! - `render/N`: the HTML pages and search index for N.
//!
//! `cargo bench` runs them all; `cargo bench -- extract` runs one group. Whole-build figures
//! at 100 to 10,000 articles (wall time, articles/s, MB/s, peak memory, rebuilds) come from
//! `scripts/bench`.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

use briefing::render::{HtmlRenderer, Renderer, SiteSettings};

const NAMES: [&str; 6] = [
    "Ana Lima",
    "Omar Reyes",
    "Jo Park",
    "Lena Holt",
    "Tom Varga",
    "Mira Costa",
];
const PLACES: [&str; 4] = ["Porto", "Oslo", "Lyon", "Tartu"];
const CLAIMS: [&str; 8] = [
    "the council approved the new harbour bridge after a long debate",
    "costs for the bridge rose by 12 percent this year",
    "the vote was delayed twice because of legal challenges",
    "it remains unclear when construction will begin",
    "residents protested outside the city hall on Friday",
    "the regional government has yet to confirm its funding",
    "engineers warned that the old crossing is unsafe",
    "the opposition said the plan would cost more than expected",
];

/// One deterministic article: a headline, claims in varying order, a quote, a date.
fn article(i: usize) -> String {
    let name = NAMES[i % NAMES.len()];
    let place = PLACES[i % PLACES.len()];
    let mut text = format!("Bridge vote in {place}, report {i}\n\n");
    for k in 0..8 {
        let claim = CLAIMS[(i + k * 3) % CLAIMS.len()];
        text.push_str(&format!("In {place}, {claim}, officials said on Monday. "));
        if k % 3 == 2 {
            text.push_str("\n\n");
        }
    }
    text.push_str(&format!(
        "\n\n“We will keep the public informed at every step of the process,” {name} said in a statement on March {}, 2024.\n",
        1 + i % 28
    ));
    text
}

fn raws(n: usize) -> Vec<briefing::ingest::RawArticle> {
    (0..n)
        .map(|i| {
            briefing::ingest::parse_article(&format!("{i:05}.txt"), &article(i), false).unwrap()
        })
        .collect()
}

fn stages(c: &mut Criterion) {
    for n in [20, 200] {
        let raw = raws(n);
        let bytes: usize = (0..n).map(|i| article(i).len()).sum();
        let docs = briefing::prepare(&raw);
        let briefing = briefing::extract::extract(&docs, &Default::default());
        let renderer = HtmlRenderer::new(None).unwrap();
        let settings = SiteSettings {
            language: "en".into(),
            ..Default::default()
        };

        let mut group = c.benchmark_group("prepare");
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_with_input(BenchmarkId::from_parameter(n), &raw, |b, raw| {
            b.iter(|| briefing::prepare(raw))
        });
        group.finish();

        let mut group = c.benchmark_group("extract");
        group.sample_size(10);
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::from_parameter(n), &docs, |b, docs| {
            b.iter(|| briefing::extract::extract(docs, &Default::default()))
        });
        group.finish();

        let mut group = c.benchmark_group("render");
        group.sample_size(10);
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::from_parameter(n), &docs, |b, docs| {
            b.iter(|| renderer.render(&briefing, docs, &settings).unwrap())
        });
        group.finish();
    }
}

criterion_group!(benches, stages);
criterion_main!(benches);
