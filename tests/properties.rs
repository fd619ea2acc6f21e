//! Properties over arbitrary input: no panic, and every cited text is really in its source.

use proptest::prelude::*;

fn build_from(texts: &[String]) -> briefing::model::Briefing<'static> {
    let raws: Vec<briefing::ingest::RawArticle> = texts
        .iter()
        .enumerate()
        .filter_map(|(i, t)| {
            briefing::ingest::parse_article(&format!("{i}.txt"), t, i % 2 == 1).ok()
        })
        .collect();
    let docs = briefing::prepare(&raws);
    briefing::extract::extract(&docs, &Default::default()).into_owned()
}

/// Text that looks like news copy: words, names, quote marks of every kind, dashes, digits.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[A-Z][a-z]{1,8}",
        "[a-z]{1,10}",
        Just("said".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("‘".to_string()),
        Just("’".to_string()),
        Just("''".to_string()),
        Just(". ".to_string()),
        Just(", ".to_string()),
        Just("\n\n".to_string()),
        Just(" – ".to_string()),
        Just("Mr.".to_string()),
        Just("U.S.".to_string()),
        Just("on Friday".to_string()),
        Just("March 3, 2019".to_string()),
        "[0-9]{1,4}",
        "\\PC{1,3}",
    ];
    prop::collection::vec(piece, 0..80).prop_map(|parts| parts.join(" "))
}

/// Pieces of web pages, well formed or not, with the content of scripts marked.
fn html_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("<p>".to_string()),
        Just("</p>".to_string()),
        Just("<article>".to_string()),
        Just("</article>".to_string()),
        Just("<nav>".to_string()),
        Just("</nav>".to_string()),
        Just("<li>".to_string()),
        Just("<br>".to_string()),
        Just("<h2 class='x'>".to_string()),
        Just("<script>SECRET</script>".to_string()),
        Just("<style>p{x:'SECRET'}</style>".to_string()),
        Just("<!-- c -->".to_string()),
        Just("<meta name=\"author\" content=\"Jo Roe\">".to_string()),
        Just("&amp;".to_string()),
        Just("&#8217;".to_string()),
        Just("<".to_string()),
        Just(">".to_string()),
        Just("\"".to_string()),
        Just("\n".to_string()),
        "[A-Za-z ]{1,12}",
        "\\PC{1,3}",
    ];
    prop::collection::vec(piece, 0..60).prop_map(|parts| parts.concat())
}

proptest! {
    // 64 cases in the suite; PROPTEST_CASES=N for a longer hunt.
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(64),
        .. ProptestConfig::default()
    })]

    #[test]
    fn words_are_counted_as_runs_between_white_space_holding_a_letter_or_digit(
        text in prop_oneof![newsy(), "\\PC*", "[ \\t\\x0B\\x0C\\r\\n\\u{85}\\u{a0}\\u{3000}a1.,—’é]*"],
    ) {
        let general = text
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count();
        prop_assert_eq!(briefing::text::word_count(&text), general);
        for limit in [0, 1, 2, 5, 12] {
            prop_assert_eq!(briefing::text::word_count_up_to(&text, limit), general.min(limit));
        }
    }

    #[test]
    fn arbitrary_unicode_never_panics(texts in prop::collection::vec("\\PC*", 1..4)) {
        let _ = build_from(&texts);
    }

    #[test]
    fn any_page_reads_as_trimmed_text_blocks_in_line_order(page in html_like()) {
        let a = briefing::ingest::parse_html_article("p.html", &page);
        let lines = page.lines().count().max(1);
        let mut last = 1;
        for b in &a.blocks {
            prop_assert!(!b.text.is_empty() && b.text.trim() == b.text);
            prop_assert!(b.line >= last && b.line <= lines, "{} after {} of {}", b.line, last, lines);
            last = b.line;
        }
        // What a script or style element holds never becomes text.
        prop_assert!(a.blocks.iter().all(|b| !b.text.contains("SECRET")));
    }

    #[test]
    fn sentences_are_ordered_disjoint_trimmed_slices(text in newsy()) {
        let ranges = briefing::segment::split_sentences(&text);
        let mut last_end = 0;
        for &(start, end) in &ranges {
            prop_assert!(last_end <= start && start < end && end <= text.len());
            prop_assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
            let sentence = &text[start..end];
            prop_assert_eq!(sentence, sentence.trim());
            last_end = end;
        }
        // Nothing but white space is left between and around them.
        let mut rest = String::new();
        let mut at = 0;
        for &(start, end) in &ranges {
            rest.push_str(&text[at..start]);
            at = end;
        }
        rest.push_str(&text[at..]);
        prop_assert!(rest.trim().is_empty(), "{:?}", rest);
    }

    #[test]
    fn newsy_text_gives_valid_evidence(texts in prop::collection::vec(newsy(), 1..4)) {
        let briefing = build_from(&texts);
        let json = serde_json::to_value(&briefing).unwrap();
        for list in ["developments", "quotes", "open_questions", "timeline", "entities"] {
            for item in json[list].as_array().unwrap() {
                for e in item["evidence"].as_array().unwrap() {
                    let source = e["source"].as_str().unwrap();
                    prop_assert!(briefing.sources.iter().any(|s| s.id == source));
                    prop_assert!(!e["text"].as_str().unwrap().is_empty() || list == "entities");
                }
            }
        }
        let ids: std::collections::BTreeSet<&str> = briefing.quotes.iter().map(|q| q.id.as_str()).collect();
        prop_assert_eq!(ids.len(), briefing.quotes.len());
    }
}
