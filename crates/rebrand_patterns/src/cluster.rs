//! Clustering that scales and does not chain: exact grouping, MinHash/LSH candidates, then a
//! linkage that admits a group only if it is similar to every group already in the cluster.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;

/// Hash functions per signature and how they are banded: 21 bands of 3 rows find a pair whose
/// Jaccard similarity is 0.6 with probability 0.99 (16 bands of 4 rows missed one in ten, and
/// looks of five or six tokens sit there).
const HASHES: usize = 63;
const BANDS: usize = 21;
const ROWS: usize = HASHES / BANDS;

/// A set of members with identical looks, clustered as one. Tokens are interned ids, sorted.
pub(crate) struct Group {
    pub tokens: Vec<u32>,
    pub members: Vec<usize>,
    /// The elements its members render: a component used in thirty places weighs thirty in
    /// choosing seeds and in telling a small cluster from a large one.
    pub rendered: usize,
}

/// `SplitMix64` of a token id and a seed.
fn mix(token: u32, seed: u64) -> u64 {
    let mut state = u64::from(token) ^ seed.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    state = (state ^ (state >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    state = (state ^ (state >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    state ^ (state >> 31)
}

/// Every group's `MinHash` signature. A token's hashes are computed once however many groups hold
/// it: a partition's thousands of looks share a few hundred tokens, and taking a minimum is far
/// cheaper than hashing.
fn signatures(groups: &[Group]) -> Vec<[u64; HASHES]> {
    let mut hashes: FxHashMap<u32, [u64; HASHES]> = FxHashMap::default();
    groups
        .iter()
        .map(|group| {
            let mut signature = [u64::MAX; HASHES];
            for &token in &group.tokens {
                let row = hashes
                    .entry(token)
                    .or_insert_with(|| std::array::from_fn(|seed| mix(token, seed as u64)));
                for (slot, &hash) in signature.iter_mut().zip(row.iter()) {
                    *slot = (*slot).min(hash);
                }
            }
            signature
        })
        .collect()
}

/// Weighted Jaccard similarity of two sorted, deduplicated token lists: the weight they share
/// over the weight either has. `weights[token]` is a token's weight, one where missing, so that
/// with no weights this is the plain Jaccard index.
pub(crate) fn jaccard(left: &[u32], right: &[u32], weights: &[f32]) -> f64 {
    let weight = |token: u32| f64::from(weights.get(token as usize).copied().unwrap_or(1.0));
    let (mut i, mut j) = (0, 0);
    let (mut shared, mut union) = (0.0, 0.0);
    while i < left.len() && j < right.len() {
        match left[i].cmp(&right[j]) {
            std::cmp::Ordering::Less => {
                union += weight(left[i]);
                i += 1;
            }
            std::cmp::Ordering::Greater => {
                union += weight(right[j]);
                j += 1;
            }
            std::cmp::Ordering::Equal => {
                shared += weight(left[i]);
                union += weight(left[i]);
                i += 1;
                j += 1;
            }
        }
    }
    union += left[i..]
        .iter()
        .chain(&right[j..])
        .map(|&token| weight(token))
        .sum::<f64>();
    if union == 0.0 {
        1.0
    } else {
        shared / union
    }
}

/// How a text-identity property tells text styles apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum IdentityKind {
    /// Two values of it are two styles (a weight, a transform).
    Value,
    /// Two values of it are two styles, and so are having it and not having it: a monospace
    /// value beside a text in the page's family.
    Presence,
    /// It tells plain text apart only (a colour, a size): see `cluster`'s `plain_text`.
    PlainText,
    /// Having it and not having it are two kinds of object, whatever its value: a floating
    /// panel's shadow beside a flat section.
    PresenceOnly,
}

/// What clustering knows of one look token beyond its id.
#[derive(Debug, Clone, Copy)]
pub(crate) struct TokenTraits {
    /// Its weight in similarity (see `shorthands::weight`).
    pub weight: f32,
    /// For a token that says which text style a text is, the id of its property (with its
    /// condition) and how it says so.
    pub identity: Option<(u32, IdentityKind)>,
    /// Whether it draws more than text: a fill, a border, a radius, a shadow.
    pub decorative: bool,
    /// For a fixed size, its dimension (0 width, 1 height) and pixels.
    pub size: Option<(usize, f32)>,
}

impl Default for TokenTraits {
    fn default() -> Self {
        Self {
            weight: 1.0,
            identity: None,
            decorative: false,
            size: None,
        }
    }
}

/// Two fixed sizes of one dimension this far apart (or further) are two kinds of object.
const SIZE_RATIO: f32 = 1.5;

/// Per group, what says which text style or which kind of object it is.
struct Identity {
    /// Its text-identity tokens: (property, token, kind), by token.
    identities: Vec<Vec<(u32, u32, IdentityKind)>>,
    /// Whether it draws nothing but text, in a partition where that decides (static text).
    draws_only_text: Vec<bool>,
    /// Its fixed width and height, where set.
    sizes: Vec<[Option<f32>; 2]>,
}

impl Identity {
    fn new(groups: &[Group], traits: &[TokenTraits], plain_text: bool) -> Self {
        let traits_of = |token: u32| traits.get(token as usize).copied().unwrap_or_default();
        let identities = groups
            .iter()
            .map(|group| {
                group
                    .tokens
                    .iter()
                    .filter_map(|&token| {
                        let (property, kind) = traits_of(token).identity?;
                        Some((property, token, kind))
                    })
                    .collect()
            })
            .collect();
        let draws_only_text = groups
            .iter()
            .map(|group| {
                plain_text
                    && !group
                        .tokens
                        .iter()
                        .any(|&token| traits_of(token).decorative)
            })
            .collect();
        let sizes = groups
            .iter()
            .map(|group| {
                let mut sizes = [None; 2];
                for &token in &group.tokens {
                    if let Some((dimension, px)) = traits_of(token).size {
                        sizes[dimension] = Some(px);
                    }
                }
                sizes
            })
            .collect();
        Self {
            identities,
            draws_only_text,
            sizes,
        }
    }

    /// Whether two groups are two text styles or two kinds of object, whatever else they share.
    fn conflict(&self, left: usize, right: usize) -> bool {
        let far_apart = self.sizes[left]
            .iter()
            .zip(&self.sizes[right])
            .any(|pair| match pair {
                (Some(one), Some(other)) => one.max(*other) >= SIZE_RATIO * one.min(*other),
                _ => false,
            });
        if far_apart {
            return true;
        }
        let identities = &self.identities;
        if self.draws_only_text[left] && self.draws_only_text[right] {
            return identities[left] != identities[right];
        }
        let differs = |one: &[(u32, u32, IdentityKind)], other: &[(u32, u32, IdentityKind)]| {
            one.iter()
                .filter(|identity| identity.2 != IdentityKind::PlainText)
                .any(|&(property, token, kind)| {
                    let theirs = other
                        .iter()
                        .find(|&&(other_property, ..)| other_property == property);
                    match theirs {
                        Some(&(_, other_token, _)) => {
                            kind != IdentityKind::PresenceOnly && other_token != token
                        }
                        None => matches!(kind, IdentityKind::Presence | IdentityKind::PresenceOnly),
                    }
                })
        };
        differs(&identities[left], &identities[right])
            || differs(&identities[right], &identities[left])
    }
}

/// Clusters `groups` (already sorted, largest first): returns, per cluster, the indexes of its
/// groups, the first being its seed. A group joins the candidate cluster whose *least* similar
/// group is most similar to it, if that is at least `threshold`; otherwise it seeds a cluster.
///
/// `traits[token]` describes a token (defaults where missing). Two groups that set one
/// text-identity property (weight, family, transform, style) to different values are different
/// text styles, however much else they share, and never cluster. With `plain_text`, two groups
/// that draw nothing but text are one text style only if they agree on every identity property,
/// colour and size included, and set the same ones: what a static text looks like is all it
/// is, and `14px` in three greys are three styles. Two groups of fixed sizes (a width or a
/// height) [`SIZE_RATIO`] apart are two kinds of object.
pub(crate) fn cluster(
    groups: &[Group],
    threshold: f64,
    traits: &[TokenTraits],
    plain_text: bool,
) -> Vec<Vec<usize>> {
    let signatures = signatures(groups);
    let weights: Vec<f32> = traits.iter().map(|traits| traits.weight).collect();
    let weights = weights.as_slice();
    let identity = Identity::new(groups, traits, plain_text);
    let conflict = |left: usize, right: usize| identity.conflict(left, right);
    // Each band's buckets hold the clusters of the groups that fell in them (a group never
    // changes cluster), so a bucket of a big pattern does not list its cluster once per group.
    let mut buckets: FxHashMap<(usize, u64), Vec<usize>> = FxHashMap::default();
    let mut clusters: Vec<Vec<usize>> = Vec::new();
    let mut candidates: Vec<usize> = Vec::new();
    let band_keys = |index: usize| -> [(usize, u64); BANDS] {
        std::array::from_fn(|band| {
            let rows = &signatures[index][band * ROWS..(band + 1) * ROWS];
            let key = rows.iter().fold(band as u64, |accumulator, &row| {
                mix((row ^ (row >> 32)) as u32, accumulator ^ row)
            });
            (band, key)
        })
    };
    for (index, group) in groups.iter().enumerate() {
        let keys = band_keys(index);
        candidates.clear();
        for key in &keys {
            candidates.extend(buckets.get(key).into_iter().flatten());
        }
        candidates.sort_unstable();
        candidates.dedup();
        // Candidates are visited in ascending order and a later one must be strictly more
        // similar to win, so comparing with a cluster stops as soon as its weakest link can no
        // longer beat the best so far (or falls below the threshold).
        let mut best: Option<(usize, f64)> = None;
        for &candidate in &candidates {
            let mut weakest = f64::INFINITY;
            for &member in &clusters[candidate] {
                let similarity = if conflict(index, member) {
                    0.0
                } else {
                    jaccard(&group.tokens, &groups[member].tokens, weights)
                };
                weakest = weakest.min(similarity);
                if weakest < threshold || best.is_some_and(|(_, best)| weakest <= best) {
                    break;
                }
            }
            if weakest >= threshold && best.is_none_or(|(_, best)| weakest > best) {
                best = Some((candidate, weakest));
            }
        }
        let assigned = if let Some((candidate, _)) = best {
            clusters[candidate].push(index);
            candidate
        } else {
            clusters.push(vec![index]);
            clusters.len() - 1
        };
        for key in keys {
            let bucket = buckets.entry(key).or_default();
            // At most one entry per group, as before; repeats in a row are common and skipped.
            if bucket.last() != Some(&assigned) {
                bucket.push(assigned);
            }
        }
    }
    let similarity = |left: usize, right: usize| {
        if conflict(left, right) {
            0.0
        } else {
            jaccard(&groups[left].tokens, &groups[right].tokens, weights)
        }
    };
    absorb_small_clusters(
        groups,
        clusters,
        threshold,
        &buckets,
        &band_keys,
        &similarity,
    )
}

/// A cluster this many times smaller than another, or smaller still, may join it as its
/// outliers.
const SMALL: usize = 4;

/// Joins each small cluster to a cluster at least [`SMALL`] times its size whose seed (its
/// largest group, the look most of it has) its own seed is similar to: three members that drift
/// each in their own property stay one pattern with three outliers, where comparing every two
/// groups split them off. Clusters are visited largest first, and one that joined another
/// never takes others in, so no chain forms and the result does not depend on input order.
fn absorb_small_clusters(
    groups: &[Group],
    clusters: Vec<Vec<usize>>,
    threshold: f64,
    buckets: &FxHashMap<(usize, u64), Vec<usize>>,
    band_keys: &dyn Fn(usize) -> [(usize, u64); BANDS],
    similarity: &dyn Fn(usize, usize) -> f64,
) -> Vec<Vec<usize>> {
    let sizes: Vec<usize> = clusters
        .iter()
        .map(|cluster| cluster.iter().map(|&group| groups[group].rendered).sum())
        .collect();
    let mut order: Vec<usize> = (0..clusters.len()).collect();
    order.sort_by_key(|&cluster| (std::cmp::Reverse(sizes[cluster]), cluster));
    // By cluster: the cluster it joined, if it did.
    let mut joined: Vec<Option<usize>> = vec![None; clusters.len()];
    let mut candidates: Vec<usize> = Vec::new();
    for &small in &order {
        let seed = clusters[small][0];
        candidates.clear();
        for key in band_keys(seed) {
            candidates.extend(buckets.get(&key).into_iter().flatten());
        }
        candidates.sort_unstable();
        candidates.dedup();
        let mut best: Option<(usize, f64)> = None;
        for &large in &candidates {
            if large == small || joined[large].is_some() || sizes[large] < SMALL * sizes[small] {
                continue;
            }
            let similar = similarity(seed, clusters[large][0]);
            if similar >= threshold && best.is_none_or(|(_, best)| similar > best) {
                best = Some((large, similar));
            }
        }
        joined[small] = best.map(|(large, _)| large);
    }
    let mut merged = clusters;
    for small in order.into_iter().rev() {
        if let Some(large) = joined[small] {
            let groups = std::mem::take(&mut merged[small]);
            merged[large].extend(groups);
        }
    }
    merged.retain(|cluster| !cluster.is_empty());
    merged
}

/// Groups members with identical tokens, largest group first (ties by tokens, so the order is
/// the same on every run).
pub(crate) fn exact_groups(tokens: &[Vec<u32>]) -> Vec<Group> {
    exact_groups_rendering(tokens, &[])
}

/// [`exact_groups`] where member `i` renders `rendered[i]` elements (one where missing), the
/// largest group being the one that renders most.
pub(crate) fn exact_groups_rendering(tokens: &[Vec<u32>], rendered: &[usize]) -> Vec<Group> {
    let mut by_tokens: BTreeMap<&Vec<u32>, Vec<usize>> = BTreeMap::new();
    for (member, set) in tokens.iter().enumerate() {
        by_tokens.entry(set).or_default().push(member);
    }
    let mut groups: Vec<Group> = by_tokens
        .into_iter()
        .map(|(tokens, members)| Group {
            tokens: tokens.clone(),
            rendered: members
                .iter()
                .map(|&member| rendered.get(member).copied().unwrap_or(1))
                .sum(),
            members,
        })
        .collect();
    groups.sort_by(|left, right| {
        right
            .rendered
            .cmp(&left.rendered)
            .then_with(|| left.tokens.cmp(&right.tokens))
    });
    groups
}

#[cfg(test)]
mod tests {
    use super::{cluster, exact_groups, jaccard, IdentityKind, TokenTraits};

    /// Interns `p=1`-like tokens as small ids, sorted.
    fn set(tokens: &[&str]) -> Vec<u32> {
        let mut ids: Vec<u32> = tokens
            .iter()
            .map(|token| {
                token
                    .bytes()
                    .fold(0u32, |id, byte| id * 31 + u32::from(byte))
            })
            .collect();
        ids.sort_unstable();
        ids
    }

    /// Members per cluster.
    fn sizes(groups: &[super::Group], clusters: &[Vec<usize>]) -> Vec<usize> {
        clusters
            .iter()
            .map(|cluster| {
                cluster
                    .iter()
                    .map(|&group| groups[group].members.len())
                    .sum()
            })
            .collect()
    }

    #[test]
    fn similar_groups_join_and_chains_do_not_form() {
        // a ≈ b and b ≈ c, but a ≉ c: c must not join a's cluster through b.
        let a = set(&["p=1", "q=1", "r=1", "s=1", "t=1", "u=1"]);
        let b = set(&["p=1", "q=1", "r=1", "s=1", "t=1", "u=2"]);
        let c = set(&["p=1", "q=1", "r=1", "s=2", "t=2", "u=2"]);
        assert!((jaccard(&a, &b, &[]) - 5.0 / 7.0).abs() < 1e-9);
        assert!((jaccard(&b, &c, &[]) - 0.5).abs() < 1e-9);
        assert!((jaccard(&a, &c, &[]) - 1.0 / 3.0).abs() < 1e-9);
        let tokens = vec![a.clone(), a.clone(), a, b, c];
        let groups = exact_groups(&tokens);
        assert_eq!(sizes(&groups, &cluster(&groups, 0.6, &[], false)), [4, 1]);
    }

    #[test]
    fn members_drifting_in_different_properties_join_their_pattern_as_outliers() {
        // Eight of one look and two that each drift in another property: the two are too unlike
        // each other to share a cluster, but each is close to the pattern's seed.
        let look = vec![0, 1, 2, 3, 4];
        let mut tokens = vec![look; 8];
        tokens.push(vec![0, 1, 2, 3, 5]);
        tokens.push(vec![0, 1, 2, 4, 6]);
        let groups = exact_groups(&tokens);
        let found = cluster(&groups, 0.6, &[], false);
        assert_eq!(found.len(), 1, "{found:?}");
        // A cluster not four times the other's size takes no one in: two patterns of 3 and 1.
        let tokens = vec![
            vec![0, 1, 2, 3, 4],
            vec![0, 1, 2, 3, 4],
            vec![0, 1, 2, 3, 5],
            vec![0, 1, 2, 4, 6],
        ];
        let groups = exact_groups(&tokens);
        assert_eq!(sizes(&groups, &cluster(&groups, 0.6, &[], false)), [3, 1]);
    }

    #[test]
    fn fixed_sizes_far_apart_and_a_family_set_on_one_side_tell_objects_apart() {
        // Tokens 0–2: one fill, radius and colour; 3 and 4: heights of 6px and 27px (weighing
        // nothing); 5: a monospace family.
        let mut traits = [TokenTraits::default(); 6];
        traits[3].weight = 0.0;
        traits[3].size = Some((1, 6.0));
        traits[4].weight = 0.0;
        traits[4].size = Some((1, 27.0));
        traits[5].identity = Some((0, IdentityKind::Presence));
        let track = vec![0, 1, 2, 3];
        let tile = vec![0, 1, 2, 4];
        let tokens = vec![track.clone(), track, tile];
        let groups = exact_groups(&tokens);
        assert_eq!(cluster(&groups, 0.6, &traits, false).len(), 2);
        // The same look with no size on one side is one pattern.
        let tokens = vec![vec![0, 1, 2, 3], vec![0, 1, 2, 3], vec![0, 1, 2]];
        let groups = exact_groups(&tokens);
        assert_eq!(cluster(&groups, 0.6, &traits, false).len(), 1);
        // A shadowed panel beside the same look without one: two kinds of surface; two
        // shadows of different depth: one kind.
        traits[3] = TokenTraits {
            identity: Some((1, IdentityKind::PresenceOnly)),
            ..TokenTraits::default()
        };
        traits[4] = traits[3];
        let tokens = vec![vec![0, 1, 2], vec![0, 1, 2], vec![0, 1, 2, 3]];
        let groups = exact_groups(&tokens);
        assert_eq!(cluster(&groups, 0.6, &traits, false).len(), 2);
        let tokens = vec![vec![0, 1, 2, 3], vec![0, 1, 2, 3], vec![0, 1, 2, 4]];
        let groups = exact_groups(&tokens);
        assert_eq!(cluster(&groups, 0.6, &traits, false).len(), 1);
        // A monospace value beside the same look in the inherited family: two styles.
        let tokens = vec![vec![0, 1, 2], vec![0, 1, 2], vec![0, 1, 2, 5]];
        let groups = exact_groups(&tokens);
        assert_eq!(cluster(&groups, 0.6, &traits, false).len(), 2);
    }

    #[test]
    fn the_clusters_do_not_depend_on_the_input_order() {
        // Three latent looks of six tokens, each member dropping or swapping one token.
        let looks: Vec<Vec<u32>> = (0..60u32)
            .map(|member| {
                let base = (member % 3) * 10;
                let mut look: Vec<u32> = (base..base + 6).collect();
                match member % 5 {
                    0 => look[(member % 6) as usize] = 100 + member,
                    1 => {
                        look.pop();
                    }
                    _ => {}
                }
                look.sort_unstable();
                look
            })
            .collect();
        let clusters_of = |order: &[usize]| {
            let tokens: Vec<Vec<u32>> = order.iter().map(|&member| looks[member].clone()).collect();
            let groups = exact_groups(&tokens);
            let mut clusters: Vec<Vec<usize>> = cluster(&groups, 0.6, &[], false)
                .iter()
                .map(|clustered| {
                    let mut members: Vec<usize> = clustered
                        .iter()
                        .flat_map(|&group| groups[group].members.iter().map(|&at| order[at]))
                        .collect();
                    members.sort_unstable();
                    members
                })
                .collect();
            clusters.sort();
            clusters
        };
        let forward: Vec<usize> = (0..looks.len()).collect();
        let backward: Vec<usize> = forward.iter().rev().copied().collect();
        let interleaved: Vec<usize> = (0..looks.len()).map(|at| (at * 7) % looks.len()).collect();
        assert_eq!(clusters_of(&forward), clusters_of(&backward));
        assert_eq!(clusters_of(&forward), clusters_of(&interleaved));
        assert_eq!(clusters_of(&forward).len(), 3);
    }

    #[test]
    fn a_shorthands_longhands_share_its_weight() {
        // Four padding sides weigh a quarter each: a changed side costs a quarter of a property.
        let weights = [1.0, 1.0, 0.25, 0.25, 0.25, 0.25, 0.25];
        let narrow = [0, 1, 2, 3, 4, 5];
        let wide = [0, 1, 2, 3, 4, 6];
        assert!((jaccard(&narrow, &wide, &weights) - 2.75 / 3.25).abs() < 1e-9);
        assert!((jaccard(&narrow, &wide, &[]) - 5.0 / 7.0).abs() < 1e-9);
    }

    #[test]
    fn text_styles_of_two_weights_never_cluster() {
        // Tokens 0–4 are shared (size, line height, colour…); 5 and 6 are font-weight 600 and
        // 500, one identity property.
        let semibold = vec![0, 1, 2, 3, 4, 5];
        let medium = vec![0, 1, 2, 3, 4, 6];
        let tokens = vec![semibold.clone(), semibold, medium];
        let groups = exact_groups(&tokens);
        let found = cluster(&groups, 0.6, &[], false);
        assert_eq!(found.len(), 1, "{found:?}");
        let mut traits = [TokenTraits::default(); 7];
        traits[5].identity = Some((0, IdentityKind::Value));
        traits[6].identity = Some((0, IdentityKind::Value));
        assert_eq!(cluster(&groups, 0.6, &traits, false).len(), 2);
    }

    #[test]
    fn plain_texts_of_two_colours_are_two_styles_and_a_drawn_element_may_drift() {
        // Tokens 0–3 are shared (size, line height, weight, letter spacing); 4 and 5 are two
        // greys of one colour property, 6 a background.
        let mut traits = [TokenTraits::default(); 7];
        traits[4].identity = Some((0, IdentityKind::PlainText));
        traits[5].identity = Some((0, IdentityKind::PlainText));
        traits[6].decorative = true;
        let grey = vec![0, 1, 2, 3, 4];
        let darker = vec![0, 1, 2, 3, 5];
        let tokens = vec![grey.clone(), grey, darker.clone()];
        let groups = exact_groups(&tokens);
        assert_eq!(cluster(&groups, 0.6, &traits, true).len(), 2);
        // A link or a tab in another colour is that link drifting.
        assert_eq!(cluster(&groups, 0.6, &traits, false).len(), 1);
        // So is a filled element: plain-text identity is only for plain text.
        let filled = vec![0, 1, 2, 3, 4, 6];
        let tokens = vec![filled.clone(), filled, vec![0, 1, 2, 3, 5, 6]];
        let groups = exact_groups(&tokens);
        assert_eq!(cluster(&groups, 0.6, &traits, true).len(), 1);
    }
}
