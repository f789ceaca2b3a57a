//! B-cubed precision, recall and F1 of a clustering against gold labels (Bagga and Baldwin):
//! per item, the share of its cluster that shares its label (precision) and the share of its
//! label that shares its cluster (recall), averaged over items.

use std::collections::HashMap;
use std::hash::Hash;

/// B-cubed scores.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scores {
    /// Average per-item precision.
    pub precision: f64,
    /// Average per-item recall.
    pub recall: f64,
    /// Harmonic mean of the two.
    pub f1: f64,
}

/// Scores `found[i]` (cluster of item `i`) against `gold[i]` (its label).
#[must_use]
pub fn score<C: Hash + Eq, L: Hash + Eq>(found: &[C], gold: &[L]) -> Scores {
    assert_eq!(
        found.len(),
        gold.len(),
        "one cluster and one label per item"
    );
    let mut cluster_sizes: HashMap<&C, usize> = HashMap::new();
    let mut label_sizes: HashMap<&L, usize> = HashMap::new();
    let mut both: HashMap<(&C, &L), usize> = HashMap::new();
    for (cluster, label) in found.iter().zip(gold) {
        *cluster_sizes.entry(cluster).or_default() += 1;
        *label_sizes.entry(label).or_default() += 1;
        *both.entry((cluster, label)).or_default() += 1;
    }
    let items = found.len().max(1) as f64;
    let (mut precision, mut recall) = (0.0, 0.0);
    for (cluster, label) in found.iter().zip(gold) {
        let shared = both[&(cluster, label)] as f64;
        precision += shared / cluster_sizes[cluster] as f64;
        recall += shared / label_sizes[label] as f64;
    }
    precision /= items;
    recall /= items;
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    Scores {
        precision,
        recall,
        f1,
    }
}

#[cfg(test)]
mod tests {
    use super::score;

    #[test]
    fn perfect_and_merged_clusterings_score_as_expected() {
        let gold = ["a", "a", "b", "b"];
        assert!((score(&[1, 1, 2, 2], &gold).f1 - 1.0).abs() < 1e-12);
        let merged = score(&[1, 1, 1, 1], &gold);
        assert!((merged.precision - 0.5).abs() < 1e-12);
        assert!((merged.recall - 1.0).abs() < 1e-12);
    }
}
