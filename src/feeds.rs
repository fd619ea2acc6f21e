//! Feeds for a published briefing: an Atom feed of the developments and a `sitemap.xml`.
//!
//! Both need absolute URLs, so they are written only when the config sets `base_url`; the
//! pages themselves keep relative links either way. Dates come from the sources, never the
//! clock, so the output stays byte-identical between builds.

use crate::model::Briefing;
use crate::render::OutputFile;

/// Escapes text for XML.
fn xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// `base_url` with exactly one trailing slash.
fn base(url: &str) -> String {
    format!("{}/", url.trim_end_matches('/'))
}

/// The Atom feed and sitemap for `base_url`, given the HTML pages of the site.
pub fn feeds(briefing: &Briefing, base_url: &str, pages: &[String]) -> Vec<OutputFile> {
    let base = base(base_url);
    let updated = briefing
        .sources
        .iter()
        .filter_map(|s| s.published.clone())
        .max()
        .unwrap_or_else(|| "1970-01-01".to_string());
    let mut atom = String::new();
    atom.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
    atom.push_str(&format!("<title>{}</title>\n<id>{}</id>\n<link href=\"{}\"/>\n<link rel=\"self\" href=\"{}atom.xml\"/>\n<updated>{}T00:00:00Z</updated>\n<author><name>briefing</name></author>\n", xml(&briefing.title), xml(&base), xml(&base), xml(&base), updated));
    for d in &briefing.developments {
        let link = format!("{base}index.html#{}", d.id);
        atom.push_str(&format!(
            "<entry>\n<title>{}</title>\n<id>{}</id>\n<link href=\"{}\"/>\n<updated>{}T00:00:00Z</updated>\n<summary>Reported by {} of {} sources.</summary>\n</entry>\n",
            xml(&d.summary),
            xml(&link),
            xml(&link),
            updated,
            d.sources.len(),
            briefing.sources.len()
        ));
    }
    atom.push_str("</feed>\n");
    let mut sitemap = String::from(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for page in pages
        .iter()
        .filter(|p| p.ends_with(".html") && p.as_str() != "404.html")
    {
        sitemap.push_str(&format!(
            "<url><loc>{}</loc></url>\n",
            xml(&format!("{base}{page}"))
        ));
    }
    sitemap.push_str("</urlset>\n");
    vec![
        OutputFile {
            path: "atom.xml".into(),
            bytes: atom.into_bytes(),
        },
        OutputFile {
            path: "sitemap.xml".into(),
            bytes: sitemap.into_bytes(),
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feed_and_sitemap_use_the_base_url() {
        let briefing: Briefing = serde_json::from_str(
            r#"{"schema":"briefing/1","title":"Bridge & tunnel","sources":[{"id":"s1","file":"a.txt","headline":null,"author":null,"outlet":null,"published":"2024-03-10","url":null,"page":"sources/a.html","words":3,"dateline":null,"syndicated_with":[]}],
               "developments":[{"id":"d1","summary":"Council <approves> bridge","sources":["s1"],"evidence":[],"single_source":true,"conflicts":[],"independent_sources":1}],
               "quotes":[],"open_questions":[],"entities":[],"timeline":[]}"#,
        )
        .unwrap();
        let files = feeds(
            &briefing,
            "https://example.org/brief",
            &[
                "index.html".into(),
                "sources/a.html".into(),
                "404.html".into(),
                "style.css".into(),
            ],
        );
        let atom = String::from_utf8(files[0].bytes.clone()).unwrap();
        assert!(atom.contains("<title>Bridge &amp; tunnel</title>"));
        assert!(atom.contains("<title>Council &lt;approves&gt; bridge</title>"));
        assert!(atom.contains("<link href=\"https://example.org/brief/index.html#d1\"/>"));
        assert!(atom.contains("<updated>2024-03-10T00:00:00Z</updated>"));
        let sitemap = String::from_utf8(files[1].bytes.clone()).unwrap();
        assert_eq!(sitemap.matches("<loc>").count(), 2);
        assert!(sitemap.contains("<loc>https://example.org/brief/sources/a.html</loc>"));
    }
}
