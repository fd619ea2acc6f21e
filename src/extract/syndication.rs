//! Syndication: the same wire copy printed by several outlets.
//!
//! Two outlets running one agency story are one report, not two: corroboration counts each
//! such family once. Sources are compared by the eight-word shingles they share, found through
//! an inverted index, so only pairs that actually share text are ever compared.

use rustc_hash::FxHashMap as HashMap;

use super::SourceDoc;
use crate::clean::BlockRole;
use crate::text::{fold, folded_tokens, shingle_hash, token_hash};

const N: usize = 8;
/// Share of the shorter text's shingles two sources must share to be one copy.
const SHARED: f64 = 0.5;
/// Shorter texts than this (in shingles) are not judged.
const MIN_SHINGLES: usize = 20;
/// Sources whose shingles are hashed in parallel before they join the index.
const SOURCE_BATCH: usize = 256;

/// The family of each source: the index of the first source carrying the same copy.
pub fn families(docs: &[SourceDoc]) -> Vec<usize> {
    use rayon::prelude::*;
    // The inverted index as chains in one flat table, not a list allocated per shingle (a
    // large edition has millions of distinct shingles). Sources are added in order, so each
    // entry's chain (the shingle's earlier entries) holds exactly the earlier sources that
    // carry it; a source's entries are contiguous, starting at `first[s]`.
    const END: u32 = u32::MAX;
    // Grown as needed, not sized for every shingle: a large collection repeats much of its
    // text (wire copies, rewrites), and a table for all of them was the build's peak.
    let mut latest: HashMap<u64, u32> = HashMap::default();
    let mut entries: Vec<(u32, u32)> = Vec::new();
    let mut first: Vec<usize> = Vec::with_capacity(docs.len() + 1);
    // Only how many shingles each source has is kept: its entries stand for the shingles
    // themselves. They are hashed a batch of sources at a time (in parallel) and indexed in
    // source order, so the hashes of every source are never held at once.
    let mut counts: Vec<usize> = Vec::with_capacity(docs.len());
    for (b, batch) in docs.chunks(SOURCE_BATCH).enumerate() {
        let hashed: Vec<Vec<u64>> = batch.par_iter().map(shingles).collect();
        for (i, sh) in hashed.into_iter().enumerate() {
            let s = b * SOURCE_BATCH + i;
            first.push(entries.len());
            counts.push(sh.len());
            // Entry numbers are u32 (half the table's memory). Past that many shingles (tens
            // of GB of text) they would wrap: every source then counts as its own report.
            if entries.len() + sh.len() >= END as usize {
                return (0..docs.len()).collect();
            }
            for h in sh {
                let slot = latest.entry(h).or_insert(END);
                let previous = std::mem::replace(slot, entries.len() as u32);
                entries.push((s as u32, previous));
            }
        }
    }
    first.push(entries.len());
    drop(latest);
    let entries = &entries;
    let earlier = move |entry: usize| {
        let mut at = entries[entry].1;
        std::iter::from_fn(move || {
            if at == END {
                return None;
            }
            let (o, next) = entries[at as usize];
            at = next;
            Some(o as usize)
        })
    };
    // Per source, the earlier sources it shares enough shingles with: counted in parallel, in
    // a table reused across the sources of one worker (one slot per source, reset after use).
    let copies_of: Vec<Vec<usize>> = counts
        .par_iter()
        .enumerate()
        .map_init(
            || (vec![0u32; docs.len()], Vec::<usize>::new()),
            |(shared, touched), (s, &own)| {
                if own < MIN_SHINGLES {
                    return Vec::new();
                }
                for entry in first[s]..first[s + 1] {
                    for o in earlier(entry) {
                        if shared[o] == 0 {
                            touched.push(o);
                        }
                        shared[o] += 1;
                    }
                }
                touched.sort_unstable();
                let mut copies = Vec::new();
                for &o in touched.iter() {
                    let smaller = own.min(counts[o]);
                    if counts[o] >= MIN_SHINGLES && f64::from(shared[o]) >= SHARED * smaller as f64
                    {
                        copies.push(o);
                    }
                    shared[o] = 0;
                }
                touched.clear();
                copies
            },
        )
        .collect();
    // In source order, so an earlier source's family is settled before a later one joins it.
    let mut family: Vec<usize> = (0..docs.len()).collect();
    for (s, copies) in copies_of.iter().enumerate() {
        for &o in copies {
            family[s] = family[s].min(family[o]);
        }
    }
    family
}

/// The distinct hashes of a source's eight-word shingles (body paragraphs only).
fn shingles(doc: &SourceDoc) -> Vec<u64> {
    let folded: Vec<String> = doc
        .doc
        .paragraphs
        .iter()
        .filter(|p| p.role == BlockRole::Paragraph)
        .map(|p| fold(&p.text))
        .collect();
    // Each token is hashed once; a shingle's hash combines its eight tokens' hashes.
    let toks: Vec<u64> = folded
        .iter()
        .flat_map(|p| folded_tokens(p))
        .map(token_hash)
        .collect();
    let mut sh: Vec<u64> = toks.windows(N).map(shingle_hash).collect();
    sh.sort_unstable();
    sh.dedup();
    sh
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tests::docs_from;

    #[test]
    fn shared_wire_copy_is_one_family() {
        let wire = "Officials said the new bridge across the harbour would open to traffic in the spring after years of delays and rising costs for the city council and its partners. ";
        let own = "A different story about farming and rain in the north of the country, told in words of its own by a local reporter who spent the whole week among the farmers there.";
        let a = wire.repeat(2);
        let b = format!("{}Local traders welcomed the news.", wire.repeat(2));
        assert_eq!(families(&docs_from(&[&a, own, &b])), vec![0, 1, 0]);
    }

    #[test]
    fn same_words_in_another_order_are_not_a_copy() {
        let wire = "Officials said the new bridge across the harbour would open to traffic in the spring after years of delays and rising costs for the city council and its partners.";
        let reversed: Vec<&str> = wire.trim_end_matches('.').split(' ').rev().collect();
        let reversed = format!("{}.", reversed.join(" "));
        let (a, b) = (wire.repeat(2), reversed.repeat(2));
        // A third source copying the first joins its family, however far down it comes.
        assert_eq!(families(&docs_from(&[&a, &b, &a])), vec![0, 1, 0]);
    }
}
