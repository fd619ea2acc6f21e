//! Cross-source clustering of sentences that state the same fact.
//!
//! Sentences become TF-IDF vectors over stemmed content words; each sentence joins the most
//! similar existing cluster (cosine to the cluster's centroid) or starts a new one. Candidate
//! clusters come from an inverted index of the terms they hold, so the pass stays near-linear
//! in the number of sentences instead of comparing all pairs.

use std::collections::{BTreeMap, HashMap};

/// A sentence offered for clustering.
#[derive(Debug, Clone)]
pub struct Unit {
    pub source: usize,
    /// Paragraph index in its doc (0-based), for lead position.
    pub paragraph: usize,
    pub anchor: String,
    pub text: String,
    pub stems: Vec<String>,
}

/// A sparse, unit-length vector: (term id, weight), sorted by term id.
pub type Vector = Vec<(usize, f64)>;

/// TF-IDF vectors of the units, IDF computed over the units themselves.
pub fn vectors(units: &[Unit]) -> Vec<Vector> {
    let mut ids: BTreeMap<&str, usize> = BTreeMap::new();
    let mut df: Vec<usize> = Vec::new();
    for u in units {
        let mut seen: Vec<usize> = Vec::new();
        for s in &u.stems {
            let next = ids.len();
            let id = *ids.entry(s.as_str()).or_insert(next);
            if id == df.len() {
                df.push(0);
            }
            if !seen.contains(&id) {
                seen.push(id);
                df[id] += 1;
            }
        }
    }
    let n = units.len().max(1) as f64;
    units
        .iter()
        .map(|u| {
            let mut tf: BTreeMap<usize, f64> = BTreeMap::new();
            for s in &u.stems {
                *tf.entry(ids[s.as_str()]).or_default() += 1.0;
            }
            let v: Vector = tf
                .into_iter()
                .map(|(id, f)| (id, (1.0 + f.ln()) * (1.0 + (n / df[id] as f64).ln())))
                .collect();
            normalise(v)
        })
        .collect()
}

fn normalise(v: Vector) -> Vector {
    let norm = v.iter().map(|(_, w)| w * w).sum::<f64>().sqrt();
    if norm == 0.0 {
        return v;
    }
    v.into_iter().map(|(i, w)| (i, w / norm)).collect()
}

/// Cosine of two unit vectors.
pub fn cosine(a: &Vector, b: &Vector) -> f64 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    sum
}

fn add_into(centroid: &mut BTreeMap<usize, f64>, v: &Vector) {
    for &(i, w) in v {
        *centroid.entry(i).or_default() += w;
    }
}

/// Groups units whose similarity to a cluster's centroid reaches `threshold`. Units are taken
/// in `order`; returns clusters as lists of unit indices, in creation order.
pub fn cluster(vectors: &[Vector], order: &[usize], threshold: f64) -> Vec<Vec<usize>> {
    let mut clusters: Vec<Vec<usize>> = Vec::new();
    let mut centroids: Vec<BTreeMap<usize, f64>> = Vec::new();
    let mut by_term: HashMap<usize, Vec<usize>> = HashMap::new();
    for &u in order {
        let v = &vectors[u];
        let mut candidates: Vec<usize> = v
            .iter()
            .flat_map(|(t, _)| by_term.get(t).into_iter().flatten().copied())
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        let mut best: Option<(f64, usize)> = None;
        for c in candidates {
            let centroid: Vector = normalise(centroids[c].iter().map(|(&i, &w)| (i, w)).collect());
            let sim = cosine(v, &centroid);
            if sim >= threshold && best.is_none_or(|(b, _)| sim > b) {
                best = Some((sim, c));
            }
        }
        let c = match best {
            Some((_, c)) => c,
            None => {
                clusters.push(Vec::new());
                centroids.push(BTreeMap::new());
                clusters.len() - 1
            }
        };
        clusters[c].push(u);
        add_into(&mut centroids[c], v);
        for &(t, _) in v {
            let list = by_term.entry(t).or_default();
            if list.last() != Some(&c) && !list.contains(&c) {
                list.push(c);
            }
        }
    }
    clusters
}

/// The normalised centroid of some vectors.
pub fn centroid(vectors: &[Vector], members: &[usize]) -> Vector {
    let mut c = BTreeMap::new();
    for &m in members {
        add_into(&mut c, &vectors[m]);
    }
    normalise(c.into_iter().collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::content_stems;

    fn unit(source: usize, text: &str) -> Unit {
        Unit {
            source,
            paragraph: 0,
            anchor: "p1-s1".into(),
            text: text.into(),
            stems: content_stems(text),
        }
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
        let v = vectors(&units);
        assert!(cosine(&v[0], &v[1]) > cosine(&v[0], &v[2]));
        let clusters = cluster(&v, &[0, 1, 2], 0.3);
        assert_eq!(clusters, vec![vec![0, 1], vec![2]]);
    }

    #[test]
    fn cosine_of_unit_vector_with_itself_is_one() {
        let v = vectors(&[unit(0, "alpha beta gamma"), unit(1, "beta delta")]);
        assert!((cosine(&v[0], &v[0]) - 1.0).abs() < 1e-9);
    }
}
