//! Syndication: the same wire copy printed by several outlets.
//!
//! Two outlets running one agency story are one report, not two: corroboration counts each
//! such family once. Sources are compared by the eight-word shingles they share, found through
//! an inverted index, so only pairs that actually share text are ever compared.

use rustc_hash::FxHashMap as HashMap;
use std::collections::BTreeMap;

use super::SourceDoc;
use crate::clean::BlockRole;
use crate::text::tokens;

const N: usize = 8;
/// Share of the shorter text's shingles two sources must share to be one copy.
const SHARED: f64 = 0.5;
/// Shorter texts than this (in shingles) are not judged.
const MIN_SHINGLES: usize = 20;

/// The family of each source: the index of the first source carrying the same copy.
pub fn families(docs: &[SourceDoc]) -> Vec<usize> {
    let shingles: Vec<Vec<u64>> = docs
        .iter()
        .map(|d| {
            let toks: Vec<String> = d
                .doc
                .paragraphs
                .iter()
                .filter(|p| p.role == BlockRole::Paragraph)
                .flat_map(|p| tokens(&p.text))
                .collect();
            let mut sh: Vec<u64> = toks.windows(N).map(hash).collect();
            sh.sort_unstable();
            sh.dedup();
            sh
        })
        .collect();
    let mut index: HashMap<u64, Vec<usize>> = HashMap::default();
    for (s, sh) in shingles.iter().enumerate() {
        for &h in sh {
            index.entry(h).or_default().push(s);
        }
    }
    let mut family: Vec<usize> = (0..docs.len()).collect();
    for (s, sh) in shingles.iter().enumerate() {
        if sh.len() < MIN_SHINGLES {
            continue;
        }
        let mut shared: BTreeMap<usize, usize> = BTreeMap::new();
        for h in sh {
            for &o in &index[h] {
                if o < s {
                    *shared.entry(o).or_default() += 1;
                }
            }
        }
        for (o, n) in shared {
            let smaller = sh.len().min(shingles[o].len());
            if shingles[o].len() >= MIN_SHINGLES && n as f64 >= SHARED * smaller as f64 {
                let root = family[o];
                family[s] = family[s].min(root);
            }
        }
    }
    family
}

fn hash(words: &[String]) -> u64 {
    // FNV-1a: stable across runs and platforms, so families never change between builds.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for w in words {
        for b in w.bytes().chain(std::iter::once(b' ')) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
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
}
