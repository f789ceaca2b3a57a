//! `cluster_bench [ELEMENTS] [PATTERNS]`: clusters synthetic looks (default 1,000,000 elements
//! drawn from 200 latent patterns with noise) and prints the time and the B-cubed quality.

use std::time::Instant;

/// A deterministic 64-bit LCG.
struct Sequence(u64);

impl Sequence {
    fn below(&mut self, bound: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % bound.max(1)
    }
}

fn main() {
    let arguments: Vec<String> = std::env::args().collect();
    let elements: usize = arguments
        .get(1)
        .and_then(|count| count.parse().ok())
        .unwrap_or(1_000_000);
    let patterns: u32 = arguments
        .get(2)
        .and_then(|count| count.parse().ok())
        .unwrap_or(200);
    let mut sequence = Sequence(7);
    // Each latent pattern has 14 look tokens; an element keeps most of them, sometimes swaps one
    // for a neighbouring value (drift) and sometimes gains an unrelated token (noise).
    let started = Instant::now();
    let mut labels = Vec::with_capacity(elements);
    let looks: Vec<Vec<u32>> = (0..elements)
        .map(|_| {
            let pattern = sequence.below(u64::from(patterns)) as u32;
            labels.push(pattern);
            let mut look: Vec<u32> = (0..14).map(|token| pattern * 1000 + token).collect();
            if sequence.below(10) == 0 {
                let slot = sequence.below(14) as usize;
                look[slot] = pattern * 1000 + 500 + slot as u32;
            }
            if sequence.below(5) == 0 {
                look.push(10_000_000 + sequence.below(50) as u32);
            }
            look.sort_unstable();
            look
        })
        .collect();
    let generated = started.elapsed();
    let started = Instant::now();
    let clusters = rebrand_patterns::cluster_looks(&looks, 0.6);
    let clustered = started.elapsed();
    let mut found = vec![0usize; elements];
    for (index, cluster) in clusters.iter().enumerate() {
        for &member in cluster {
            found[member] = index;
        }
    }
    let scores = rebrand_bench::bcubed::score(&found, &labels);
    println!(
        "{elements} elements, {patterns} latent patterns: generated in {:.2} s, clustered in {:.2} s into {} clusters; B-cubed precision {:.4} recall {:.4} F1 {:.4}",
        generated.as_secs_f64(),
        clustered.as_secs_f64(),
        clusters.len(),
        scores.precision,
        scores.recall,
        scores.f1
    );
}
