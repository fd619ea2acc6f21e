//! Cross-source clustering of sentences that state the same fact.
//!
//! Sentences become TF-IDF vectors over stemmed content words. Pairs across sources that are
//! similar enough are linked (candidates from an inverted index of each sentence's most
//! distinctive terms, so the pass stays near-linear instead of comparing all pairs), then
//! star clustering groups each centre with its best match in every other source.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::BTreeMap;

use super::narrow;

/// A sentence offered for clustering, borrowed from its source document. Its content stems
/// are kept beside it, in a [`StemLists`].
#[derive(Debug, Clone, Copy)]
pub struct Unit<'a> {
    /// Index of the source in the build.
    pub source: usize,
    /// Paragraph index in its doc (0-based), for lead position.
    pub paragraph: usize,
    /// Sentence index in its paragraph (0-based).
    pub sentence: usize,
    /// The sentence's fragment id on its source page.
    pub anchor: &'a str,
    /// The sentence as printed.
    pub text: &'a str,
}

impl<'a> Unit<'a> {
    /// The unit as evidence: its source's id, its anchor and its text.
    pub fn evidence<'d>(&self, docs: &'d [super::SourceDoc]) -> crate::model::Evidence<'a>
    where
        'd: 'a,
    {
        crate::model::Evidence {
            source: docs[self.source].id.as_str().into(),
            anchor: self.anchor.into(),
            text: self.text.into(),
        }
    }
}

/// Folds derived forms onto a stem the story also uses, so that "Palestinian" meets
/// "Palestine" and "populist" meets "populism" (stems that differ by an "-ian" or "-ist"
/// ending), and a name's rarer spelling meets its commoner one ("Kowalczik", "Kowalczyk").
/// Only stems both present in the story are joined, so no word list can conflate words the
/// story keeps apart. (Wider folds, "Peruvian"/"Peru", "Danish"/"Denmark",
/// "-ian" onto "-ia", were tried: they also joined an airline's name with its country and
/// split a story's headline fact, so they are left out.)
/// `stems` holds the content stems of `units`, one list per unit.
pub fn conflate(units: &[Unit], stems: &mut StemLists) {
    let mapped = conflations(units, &stems.words);
    if mapped.is_empty() {
        return;
    }
    // Each stem replaced once (not through a chain of replacements), as a table by stem id.
    let mut replacement: Vec<u32> = (0..stems.words.len() as u32).collect();
    let mut mapped: Vec<(String, String)> = mapped.into_iter().collect();
    mapped.sort_unstable();
    for (from, to) in mapped {
        // Only stems the units have are replaced (not one another's replacements).
        if let Some(from) = stems
            .id(&from)
            .filter(|&id| (id as usize) < replacement.len())
        {
            replacement[from as usize] = stems.intern(to);
        }
    }
    use rayon::prelude::*;
    stems.lists.par_iter_mut().for_each(|list| {
        for s in list {
            *s = replacement[*s as usize];
        }
    });
}

/// The content stems of many units, each distinct stem stored once: `lists[u]` holds unit
/// `u`'s stems, in order, as indices into `words`. For a story of thousands of articles the
/// stems as strings, one per word, were the largest thing clustering held.
#[derive(Debug, Default, Clone)]
pub struct StemLists {
    /// Every distinct stem, in order of first use.
    pub words: Vec<String>,
    /// Per unit, its stems as indices into `words`.
    pub lists: Vec<Vec<u32>>,
    ids: HashMap<String, u32>,
}

impl StemLists {
    /// Adds the next unit's stems.
    pub fn push(&mut self, stems: Vec<String>) {
        let list = stems.into_iter().map(|s| self.intern(s)).collect();
        self.lists.push(list);
    }

    /// Adds the units of `part` after these, as if each had been pushed here (stem ids
    /// follow first use over the whole); its stems are moved, not copied. Sources are
    /// stemmed in parallel and appended in source order.
    pub fn append(&mut self, part: StemLists) {
        let mut to_all: Vec<Option<u32>> = vec![None; part.words.len()];
        let mut words: Vec<Option<String>> = part.words.into_iter().map(Some).collect();
        for list in part.lists {
            let mut mapped = Vec::with_capacity(list.len());
            for local in list {
                let local = local as usize;
                let id = match to_all[local] {
                    Some(id) => id,
                    None => {
                        let word = words[local].take().unwrap_or_default();
                        let id = self.intern(word);
                        to_all[local] = Some(id);
                        id
                    }
                };
                mapped.push(id);
            }
            self.lists.push(mapped);
        }
    }

    /// Unit `u`'s stems as text.
    pub fn stems(&self, u: usize) -> Vec<&str> {
        self.lists[u]
            .iter()
            .map(|&w| self.words[w as usize].as_str())
            .collect()
    }

    /// The id of `stem`, if any unit has it.
    fn id(&self, stem: &str) -> Option<u32> {
        self.ids.get(stem).copied()
    }

    fn intern(&mut self, stem: String) -> u32 {
        if let Some(&id) = self.ids.get(&stem) {
            return id;
        }
        let id = self.words.len() as u32;
        self.ids.insert(stem.clone(), id);
        self.words.push(stem);
        id
    }
}

impl FromIterator<Vec<String>> for StemLists {
    fn from_iter<I: IntoIterator<Item = Vec<String>>>(units: I) -> StemLists {
        let mut lists = StemLists::default();
        for stems in units {
            lists.push(stems);
        }
        lists
    }
}

/// The stems [`conflate`] replaces, each with its replacement.
fn conflations(units: &[Unit], words: &[String]) -> HashMap<String, String> {
    use rayon::prelude::*;
    let vocabulary: HashSet<&str> = words.iter().map(String::as_str).collect();
    // The counts below are gathered in parallel: sums, so the result does not depend on how
    // the units were split between threads.
    let mut mapped: HashMap<String, String> = HashMap::default();
    // Names spelled two ways by different outlets (transliterations: "Kowalczyk",
    // "Kowalczik") are one name: the rarer spelling folds onto the commoner. Counted by
    // printed word first, so each distinct word is stemmed once.
    let word_count: HashMap<&str, usize> = units
        .par_iter()
        .fold(HashMap::default, |mut counts: HashMap<&str, usize>, u| {
            for word in u.text.split_whitespace().skip(1) {
                let word = word.trim_matches(|c: char| !c.is_alphanumeric());
                if word.chars().next().is_some_and(char::is_uppercase) && word.len() >= 5 {
                    *counts.entry(word).or_default() += 1;
                }
            }
            counts
        })
        .reduce(HashMap::default, |mut a, b| {
            for (word, n) in b {
                *a.entry(word).or_default() += n;
            }
            a
        });
    let mut name_count: HashMap<String, usize> = HashMap::default();
    for (word, n) in word_count {
        *name_count
            .entry(crate::text::stem(&word.to_lowercase()))
            .or_default() += n;
    }
    let mut by_skeleton: HashMap<String, Vec<&String>> = HashMap::default();
    for name in name_count.keys() {
        by_skeleton
            .entry(super::entities::skeleton(name))
            .or_default()
            .push(name);
    }
    for group in by_skeleton.values().filter(|g| g.len() > 1) {
        for &a in group {
            let commoner = group
                .iter()
                .filter(|&&b| {
                    b != a
                        && super::entities::close_stems(a, b)
                        && (name_count[b], std::cmp::Reverse(b))
                            > (name_count[a], std::cmp::Reverse(a))
                })
                .max_by_key(|&&b| (name_count[b], std::cmp::Reverse(b)));
            if let Some(&b) = commoner {
                mapped.insert(a.clone(), b.clone());
            }
        }
    }
    for &stem in &vocabulary {
        if mapped.contains_key(stem) {
            continue;
        }
        let base = ["ian", "ist"].iter().find_map(|ending| {
            let root = stem.strip_suffix(ending)?;
            (root.len() >= 4 && vocabulary.contains(root)).then(|| root.to_string())
        });
        if let Some(base) = base {
            mapped.insert(stem.to_string(), base);
        }
    }
    mapped
}

/// A sparse, unit-length vector: (term id, weight), sorted by term id. Eight bytes a term:
/// a large story has millions of terms over its sentences, all held while it clusters, and
/// weights need no more than single precision (sums and cosines are taken in double).
pub type Vector = Vec<(u32, f32)>;

/// TF-IDF vectors of the units whose content stems are `stems`, IDF computed over the units
/// themselves.
pub fn vectors(stems: &StemLists) -> Vec<Vector> {
    term_vectors(stems).0
}

/// The term id of each stem [`vectors_with_vocabulary`] met: the stem lists' own ids, taken
/// over, and the term each became.
#[derive(Debug)]
pub struct Vocabulary {
    stem_ids: HashMap<String, u32>,
    term_of: Vec<usize>,
}

impl Vocabulary {
    /// The term id of `stem`, if any unit has it.
    pub fn id(&self, stem: &str) -> Option<usize> {
        let stem = *self.stem_ids.get(stem)?;
        Some(self.term_of[stem as usize]).filter(|&term| term != UNSEEN)
    }
}

/// [`vectors`], and the vocabulary giving each stem's term id (the stem lists are not needed
/// after: their table of ids becomes the vocabulary's).
pub fn vectors_with_vocabulary(stems: StemLists) -> (Vec<Vector>, Vocabulary) {
    let (vectors, term_of) = term_vectors(&stems);
    let vocabulary = Vocabulary {
        stem_ids: stems.ids,
        term_of,
    };
    (vectors, vocabulary)
}

/// A stem no unit has (conflation replaced it everywhere).
const UNSEEN: usize = usize::MAX;

/// The vectors, and the term id of each stem id.
fn term_vectors(stems: &StemLists) -> (Vec<Vector>, Vec<usize>) {
    use rayon::prelude::*;
    // Term ids in order of first use over the units, so they do not depend on how the stems
    // were numbered (conflation may have replaced some).
    let mut term_of: Vec<usize> = vec![UNSEEN; stems.words.len()];
    let mut df: Vec<usize> = Vec::new();
    let mut last_seen: Vec<usize> = Vec::new();
    for (i, list) in stems.lists.iter().enumerate() {
        for &w in list {
            let slot = &mut term_of[w as usize];
            if *slot == UNSEEN {
                *slot = df.len();
                df.push(0);
                last_seen.push(usize::MAX);
            }
            let id = *slot;
            if last_seen[id] != i {
                last_seen[id] = i;
                df[id] += 1;
            }
        }
    }
    let n = stems.lists.len().max(1) as f64;
    let vectors = stems
        .lists
        .par_iter()
        .map(|list| {
            let mut terms: Vec<usize> = list.iter().map(|&w| term_of[w as usize]).collect();
            terms.sort_unstable();
            let mut v = Vec::with_capacity(terms.len());
            for group in terms.chunk_by(|a, b| a == b) {
                let (id, f) = (group[0], group.len() as f64);
                v.push((
                    narrow(id),
                    (1.0 + f.ln()) * (1.0 + (n / df[id] as f64).ln()),
                ));
            }
            unit_length(v)
        })
        .collect();
    (vectors, term_of)
}

/// Weights in double precision, scaled to unit length and stored in single.
fn unit_length(v: Vec<(u32, f64)>) -> Vector {
    let norm = v.iter().map(|(_, w)| w * w).sum::<f64>().sqrt();
    let scale = if norm == 0.0 { 1.0 } else { norm };
    v.into_iter()
        .map(|(i, w)| (i, (w / scale) as f32))
        .collect()
}

/// One more than the highest term id in some vectors: the length of a table indexed by term.
pub fn term_count(vectors: &[Vector]) -> usize {
    vectors
        .iter()
        .filter_map(|v| v.last())
        .map(|&(t, _)| t as usize + 1)
        .max()
        .unwrap_or(0)
}

/// Cosine of two unit vectors.
pub fn cosine(a: &Vector, b: &Vector) -> f64 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += f64::from(a[i].1) * f64::from(b[j].1);
                i += 1;
                j += 1;
            }
        }
    }
    sum
}

/// A score rounded to six decimals, for comparing. Scores built from cosines of these
/// single-precision weights can differ by rounding alone (the same cosine from two symmetric
/// members); rounded, they tie, and the caller's stated tie-break decides, not the noise.
pub fn settled(score: f64) -> i64 {
    (score * 1e6).round() as i64
}

/// Cross-source links: pairs of units from different sources with cosine ≥ `threshold`.
///
/// Candidates come from an inverted index over each unit's most distinctive terms (highest
/// weights), so the pass never compares all pairs.
pub fn links(units: &[Unit], vectors: &[Vector], threshold: f64) -> Links {
    const KEY_TERMS: usize = 8;
    let key_terms = |v: &Vector| -> Vec<u32> {
        let mut terms = v.clone();
        terms.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        terms.into_iter().take(KEY_TERMS).map(|(t, _)| t).collect()
    };
    let mut index: HashMap<u32, Vec<usize>> = HashMap::default();
    for (u, v) in vectors.iter().enumerate() {
        for t in key_terms(v) {
            index.entry(t).or_default().push(u);
        }
    }
    // A term in very many sentences links nothing in particular; skipping its postings keeps
    // the pass near-linear even on huge or repetitive input.
    const MAX_POSTINGS: usize = 400;
    const LOTS_OF_CANDIDATES: usize = 600;
    // Each unit's links to later units, worked out in parallel and made symmetric after.
    use rayon::prelude::*;
    // Candidates are counted in a table reused across the units of one worker (one slot per
    // unit, reset after use), so each is compared once however many key terms it shares.
    // Each unit's weights are also spread over a table indexed by term (reset after use):
    // a candidate's cosine is then a lookup per term of the candidate instead of a merge of
    // two sorted lists. The shared terms are added in the same order, so the value is the same.
    let vocabulary = term_count(vectors);
    let forward: Vec<Vec<(usize, f64)>> = vectors
        .par_iter()
        .enumerate()
        .map_init(
            || {
                (
                    vec![0u16; vectors.len()],
                    Vec::<usize>::new(),
                    vec![0.0f64; vocabulary],
                )
            },
            |(counts, touched, spread), (u, v)| {
                for &(t, w) in v {
                    spread[t as usize] = f64::from(w);
                }
                for t in key_terms(v) {
                    let Some(postings) = index.get(&t).filter(|p| p.len() <= MAX_POSTINGS) else {
                        continue;
                    };
                    for &w in postings.iter().filter(|&&w| w > u) {
                        if counts[w] == 0 {
                            touched.push(w);
                        }
                        counts[w] = counts[w].saturating_add(1);
                    }
                }
                // With very many candidates (a huge story), only those sharing two key terms
                // are compared: one shared common word almost never makes a match. Small
                // stories compare every candidate.
                let needed = if touched.len() > LOTS_OF_CANDIDATES {
                    2
                } else {
                    1
                };
                touched.sort_unstable();
                let mut found = Vec::new();
                for &w in touched.iter() {
                    if counts[w] >= needed {
                        let sim: f64 = (vectors[w].iter())
                            .map(|&(t, x)| spread[t as usize] * f64::from(x))
                            .sum();
                        if sim >= threshold {
                            found.push((w, sim));
                        }
                    }
                    counts[w] = 0;
                }
                touched.clear();
                for &(t, _) in v {
                    spread[t as usize] = 0.0;
                }
                found
            },
        )
        .collect();
    // Laid out in one table (each unit's links one after another), sized exactly: a large
    // story has millions of links, and a list per unit grown by doubling held a third more.
    let mut starts = vec![0usize; units.len() + 1];
    for (u, found) in forward.iter().enumerate() {
        starts[u + 1] += found.len();
        for &(w, _) in found {
            starts[w + 1] += 1;
        }
    }
    for u in 0..units.len() {
        starts[u + 1] += starts[u];
    }
    let total = starts[units.len()];
    let mut next = starts.clone();
    let mut targets = vec![0u32; total];
    let mut sims = vec![0.0f64; total];
    for (u, found) in forward.into_iter().enumerate() {
        for (w, sim) in found {
            for (from, to) in [(u, w), (w, u)] {
                targets[next[from]] = narrow(to);
                sims[next[from]] = sim;
                next[from] += 1;
            }
        }
    }
    // Each unit's links by the unit linked to.
    let mut order: Vec<(u32, f64)> = Vec::new();
    for u in 0..units.len() {
        let span = starts[u]..starts[u + 1];
        order.clear();
        order.extend(
            targets[span.clone()]
                .iter()
                .copied()
                .zip(sims[span.clone()].iter().copied()),
        );
        order.sort_by_key(|a| a.0);
        for (k, (t, w)) in span.zip(order.iter().copied()) {
            targets[k] = t;
            sims[k] = w;
        }
    }
    Links {
        starts,
        targets,
        sims,
    }
}

/// Every unit's links to units of other sources, with their cosine, in one table.
#[derive(Debug, Clone, PartialEq)]
pub struct Links {
    /// Where each unit's links begin in `targets` and `sims` (one more entry than units).
    starts: Vec<usize>,
    /// The unit each link goes to.
    targets: Vec<u32>,
    /// The cosine of each link.
    sims: Vec<f64>,
}

impl Links {
    /// Unit `u`'s links: (the other unit, cosine), by the other unit's index.
    pub fn of(&self, u: usize) -> impl Iterator<Item = (usize, f64)> + '_ {
        let span = self.starts[u]..self.starts[u + 1];
        self.targets[span.clone()]
            .iter()
            .map(|&t| t as usize)
            .zip(self.sims[span].iter().copied())
    }
}

/// Star clustering: the unit with the strongest links to other sources becomes a centre and
/// takes its best match from each other source (and close repeats from its own); repeat until
/// every unit is placed. Each cluster is coherent around its centre, unlike single-link
/// chains. `lead` breaks ties towards sentences near the top of their article.
pub fn star_clusters(units: &[Unit], links: &Links, same_source: f64) -> Vec<Vec<usize>> {
    star_clusters_with_copies(units, links, same_source, &[])
}

/// [`star_clusters`] where a unit stands for identical sentences in other sources too
/// (`copies[u]`: those sources): they count as its matches there, and the centre takes no
/// other sentence from them.
pub fn star_clusters_with_copies(
    units: &[Unit],
    links: &Links,
    same_source: f64,
    copies: &[Vec<usize>],
) -> Vec<Vec<usize>> {
    let n = units.len();
    let copies_of = |u: usize| copies.get(u).map_or(&[][..], Vec::as_slice);
    let mut placed = vec![false; n];
    let score = |u: usize, placed: &[bool]| -> f64 {
        let mut best: BTreeMap<usize, f64> = copies_of(u).iter().map(|&s| (s, 1.0)).collect();
        for (w, sim) in links.of(u) {
            if placed[w] || units[w].source == units[u].source {
                continue;
            }
            let e = best.entry(units[w].source).or_default();
            *e = e.max(sim);
        }
        best.values().sum::<f64>() + 0.05 / (1.0 + units[u].paragraph as f64)
    };
    // Lazy max-heap: scores only fall as units are placed.
    let mut heap: std::collections::BinaryHeap<(Ordered, std::cmp::Reverse<usize>)> = (0..n)
        .map(|u| (Ordered(score(u, &placed)), std::cmp::Reverse(u)))
        .collect();
    let mut clusters = Vec::new();
    while let Some((Ordered(stale), std::cmp::Reverse(u))) = heap.pop() {
        if placed[u] {
            continue;
        }
        let fresh = score(u, &placed);
        if fresh + 1e-12 < stale {
            heap.push((Ordered(fresh), std::cmp::Reverse(u)));
            continue;
        }
        let mut members = vec![u];
        placed[u] = true;
        let mut best: BTreeMap<usize, (f64, usize)> = BTreeMap::new();
        for (w, sim) in links.of(u) {
            if placed[w] {
                continue;
            }
            if units[w].source == units[u].source {
                if sim >= same_source {
                    members.push(w);
                }
                continue;
            }
            if copies_of(u).contains(&units[w].source) {
                continue;
            }
            let e = best.entry(units[w].source).or_insert((sim, w));
            if sim > e.0 {
                *e = (sim, w);
            }
        }
        members.extend(best.values().map(|&(_, w)| w));
        for &m in &members {
            placed[m] = true;
        }
        members.sort_unstable();
        members.dedup();
        clusters.push(members);
    }
    clusters
}

/// `f64` ordered for the heap (scores are finite).
struct Ordered(f64);
impl PartialEq for Ordered {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other).is_eq()
    }
}
impl Eq for Ordered {}
impl PartialOrd for Ordered {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Ordered {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.total_cmp(&other.0)
    }
}

/// The normalised centroid of some vectors.
pub fn centroid(vectors: &[Vector], members: &[usize]) -> Vector {
    if let [only] = members {
        // A unit vector is its own centroid.
        return vectors[*only].clone();
    }
    // Concatenated, sorted by term and summed: no tree of partial sums to allocate.
    let mut all: Vec<(u32, f64)> = members
        .iter()
        .flat_map(|&m| vectors[m].iter().map(|&(t, w)| (t, f64::from(w))))
        .collect();
    // Stable: each term's weights are summed in member order, as they always were.
    all.sort_by_key(|&(t, _)| t);
    let mut summed: Vec<(u32, f64)> = Vec::with_capacity(all.len());
    for (t, w) in all {
        match summed.last_mut() {
            Some((last, total)) if *last == t => *total += w,
            _ => summed.push((t, w)),
        }
    }
    unit_length(summed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::content_stems;

    fn unit(source: usize, text: &str) -> Unit<'_> {
        Unit {
            source,
            paragraph: 0,
            sentence: 0,
            anchor: "p1-s1",
            text,
        }
    }

    fn stems(units: &[Unit]) -> StemLists {
        units.iter().map(|u| content_stems(u.text)).collect()
    }

    #[test]
    fn same_fact_clusters_and_other_fact_does_not() {
        let units = vec![
            unit(
                0,
                "The harbour bridge will cost 40 million dollars, the council said.",
            ),
            unit(
                1,
                "Council officials said the new harbour bridge costs 40 million dollars.",
            ),
            unit(
                2,
                "A storm closed schools across the northern region on Tuesday.",
            ),
        ];
        let v = vectors(&stems(&units));
        assert!(cosine(&v[0], &v[1]) > cosine(&v[0], &v[2]));
        let l = links(&units, &v, 0.3);
        let clusters = star_clusters(&units, &l, 0.6);
        assert_eq!(clusters, vec![vec![0, 1], vec![2]]);
    }

    #[test]
    fn derived_forms_meet_their_base_only_when_the_story_has_both() {
        let units = vec![
            unit(0, "Palestinian officials met populist leaders."),
            unit(1, "Palestine banned the populism of the day."),
            unit(2, "The Canadian pilot landed safely."),
            unit(0, "Minister Anna Kowalczik spoke."),
            unit(1, "Minister Anna Kowalczyk spoke, and Kowalczyk left."),
        ];
        let mut stems = stems(&units);
        conflate(&units, &mut stems);
        assert_eq!(stems.stems(3), stems.stems(4)[..4].to_vec());
        assert_eq!(
            stems.stems(0),
            vec!["palestin", "offici", "met", "popul", "leader"]
        );
        // No "Canada" anywhere: "Canadian" stays as it is.
        assert!(stems.stems(2).contains(&"canadian"));
    }

    #[test]
    fn stem_lists_joined_in_parts_equal_one_list() {
        let units: Vec<Vec<String>> = ["alpha beta", "gamma alpha", "beta delta", "delta alpha"]
            .iter()
            .map(|t| t.split(' ').map(str::to_string).collect())
            .collect();
        let whole: StemLists = units.iter().cloned().collect();
        let parts = vec![
            units[..1].iter().cloned().collect::<StemLists>(),
            units[1..].iter().cloned().collect::<StemLists>(),
        ];
        let mut joined = StemLists::default();
        for part in parts {
            joined.append(part);
        }
        assert_eq!(joined.lists, whole.lists);
        assert_eq!(joined.words, vec!["alpha", "beta", "gamma", "delta"]);
        assert_eq!(joined.stems(3), vec!["delta", "alpha"]);
        assert_eq!(vectors(&joined), vectors(&whole));
    }

    #[test]
    fn cosine_of_unit_vector_with_itself_is_one() {
        let (v, vocabulary) =
            vectors_with_vocabulary(stems(&[unit(0, "alpha beta gamma"), unit(1, "beta delta")]));
        assert_eq!(vocabulary.id("beta"), Some(1));
        assert_eq!(vocabulary.id("omega"), None);
        assert_eq!(v[1].iter().map(|&(t, _)| t).collect::<Vec<_>>(), vec![1, 3]);
        // (Weights are held in single precision.)
        assert!((cosine(&v[0], &v[0]) - 1.0).abs() < 1e-6);
    }
}
