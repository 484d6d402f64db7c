//! The gazetteer's automaton: a trie of the patterns' bytes (in lower case),
//! walked only from a place where a pattern may start, so that it needs no
//! failure links, and a node's matches are exactly the patterns spelled by
//! the path to it.
//!
//! Why not aho-corasick: its NFA fills failure transitions that an anchored
//! walk never takes, and with the default lexicon (17,121 names and their
//! case variants) building it was over half of building the extractor, a
//! cost every `pundex index` run pays. This trie is built in one pass per
//! depth over the sorted keys.

/// Nodes are numbered breadth first from the root (0); a node's edges and
/// matches are contiguous, so each is a range of a flat array.
#[derive(Debug)]
pub(super) struct Trie {
    /// Node `n`'s edges are `first_edge[n]..first_edge[n + 1]` of
    /// `edge_bytes` (sorted) and `edge_nodes`.
    first_edge: Vec<u32>,
    edge_bytes: Vec<u8>,
    edge_nodes: Vec<u32>,
    /// Node `n`'s patterns (ids, ascending) are
    /// `first_match[n]..first_match[n + 1]` of `matches`.
    first_match: Vec<u32>,
    matches: Vec<u32>,
}

/// A place in the trie.
pub(super) type Node = u32;

impl Trie {
    pub(super) const ROOT: Node = 0;

    /// The trie of `keys`; key `i` is pattern `i`. Equal keys share a node.
    pub(super) fn new(keys: &[String]) -> Trie {
        let mut order: Vec<u32> = (0..keys.len() as u32).collect();
        // Sorted by key, then by id, so that every node's keys are a run of
        // `order` and its matches come in pattern order.
        order.sort_by(|&a, &b| keys[a as usize].cmp(&keys[b as usize]).then(a.cmp(&b)));
        let key = |i: u32| keys[i as usize].as_bytes();
        let mut trie = Trie {
            first_edge: vec![0],
            edge_bytes: Vec::new(),
            edge_nodes: Vec::new(),
            first_match: vec![0],
            matches: Vec::new(),
        };
        // Breadth first: each node is the run `order[lo..hi]` of the keys
        // that start with its path of `depth` bytes; the keys that end
        // there are its matches, the rest are grouped by their next byte
        // into its children, numbered in the order they are queued.
        let mut queue = std::collections::VecDeque::from([(0, keys.len(), 0)]);
        let mut nodes = 1u32;
        while let Some((lo, hi, depth)) = queue.pop_front() {
            let mut i = lo;
            while i < hi && key(order[i]).len() == depth {
                trie.matches.push(order[i]);
                i += 1;
            }
            while i < hi {
                let byte = key(order[i])[depth];
                let run = i;
                while i < hi && key(order[i])[depth] == byte {
                    i += 1;
                }
                trie.edge_bytes.push(byte);
                trie.edge_nodes.push(nodes);
                nodes += 1;
                queue.push_back((run, i, depth + 1));
            }
            trie.first_edge.push(trie.edge_bytes.len() as u32);
            trie.first_match.push(trie.matches.len() as u32);
        }
        trie
    }

    /// The node after `byte` from `node`, if any pattern goes on so.
    #[inline]
    pub(super) fn next(&self, node: Node, byte: u8) -> Option<Node> {
        let n = node as usize;
        let (from, to) = (self.first_edge[n] as usize, self.first_edge[n + 1] as usize);
        let bytes = &self.edge_bytes[from..to];
        let found = if bytes.len() <= 8 {
            bytes.iter().position(|&b| b == byte)
        } else {
            bytes.binary_search(&byte).ok()
        };
        found.map(|k| self.edge_nodes[from + k])
    }

    /// The patterns whose key is the path to `node`, in ascending order.
    #[inline]
    pub(super) fn matches(&self, node: Node) -> &[u32] {
        let n = node as usize;
        &self.matches[self.first_match[n] as usize..self.first_match[n + 1] as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The node reached by `path` from the root, if any.
    fn reach(trie: &Trie, path: &[u8]) -> Option<Node> {
        path.iter()
            .try_fold(Trie::ROOT, |node, &b| trie.next(node, b))
    }

    #[test]
    fn matches_are_the_keys_spelled_by_the_path() {
        let keys: Vec<String> = ["us", "u.s.", "us", "usa", "", "union"]
            .map(String::from)
            .to_vec();
        let trie = Trie::new(&keys);
        assert_eq!(trie.matches(Trie::ROOT), &[4]);
        assert_eq!(trie.matches(reach(&trie, b"us").unwrap()), &[0, 2]);
        assert_eq!(trie.matches(reach(&trie, b"usa").unwrap()), &[3]);
        assert_eq!(trie.matches(reach(&trie, b"u").unwrap()), &[] as &[u32]);
        assert_eq!(reach(&trie, b"usb"), None);
        assert_eq!(
            reach(&trie, b"unio").map(|n| trie.matches(n).len()),
            Some(0)
        );
    }

    proptest! {
        /// Against the plain reference: a path reaches a node exactly when
        /// it is empty (the root) or some key starts with it, and the node's matches are the keys
        /// equal to it, in id order. Keys from a small alphabet (with a
        /// two-byte letter) share many prefixes; paths are the keys'
        /// prefixes and a few others.
        #[test]
        fn the_trie_is_its_keys(
            keys in prop::collection::vec("[abé ]{0,6}", 0..40),
            others in prop::collection::vec("[abéc ]{0,7}", 0..10),
        ) {
            let trie = Trie::new(&keys);
            let mut paths: Vec<Vec<u8>> = others.iter().map(|o| o.as_bytes().to_vec()).collect();
            for k in &keys {
                paths.extend((0..=k.len()).map(|n| k.as_bytes()[..n].to_vec()));
            }
            for path in paths {
                let expected_reach =
                    path.is_empty() || keys.iter().any(|k| k.as_bytes().starts_with(&path));
                let node = reach(&trie, &path);
                prop_assert_eq!(node.is_some(), expected_reach, "{:?}", path);
                if let Some(node) = node {
                    let expected: Vec<u32> = (0..keys.len() as u32)
                        .filter(|&i| keys[i as usize].as_bytes() == path.as_slice())
                        .collect();
                    prop_assert_eq!(trie.matches(node), expected.as_slice());
                }
            }
        }
    }
}
