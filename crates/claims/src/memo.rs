//! Per-thread memos of pure tests of a lower-cased word (issue 17, speed): a rule that runs a
//! chain of word-list tests at nearly every lexeme of an article (`the`, `said`, ...) asks a
//! direct-mapped table keyed by the whole word instead; news repeats a few thousand words, so
//! most lexemes hit. A hit is exact (the entry holds the word), so the answer is the test's.

use std::cell::RefCell;
use std::thread::LocalKey;

/// The longest word a memo keeps (bytes); longer ones are tested every time.
const KEY: usize = 16;

/// Entries of a memo's table (a power of two).
const SLOTS: usize = 4096;

/// One remembered word: its bytes zero-padded, its length (0: an empty slot) and the answer.
#[derive(Clone, Copy, Default)]
pub(crate) struct Entry {
    key: [u64; 2],
    len: u8,
    answer: bool,
}

/// A memo's table, one per thread and test: `thread_local!(static M: Memo = Memo::default())`.
pub(crate) type Memo = RefCell<Vec<Entry>>;

/// `test(w)`, remembered in `memo` (which must serve `test` alone).
#[inline]
pub(crate) fn remembered(memo: &'static LocalKey<Memo>, w: &str, test: fn(&str) -> bool) -> bool {
    let b = w.as_bytes();
    if b.is_empty() || b.len() > KEY {
        return test(w);
    }
    let mut bytes = [0u8; KEY];
    bytes[..b.len()].copy_from_slice(b);
    let key = [
        u64::from_le_bytes(bytes[..8].try_into().expect("8 bytes")),
        u64::from_le_bytes(bytes[8..].try_into().expect("8 bytes")),
    ];
    let h = (key[0] ^ key[1].rotate_left(29) ^ b.len() as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let slot = (h >> 52) as usize & (SLOTS - 1);
    memo.with_borrow_mut(|table| {
        if table.is_empty() {
            table.resize(SLOTS, Entry::default());
        }
        let e = &mut table[slot];
        if e.len as usize == b.len() && e.key == key {
            return e.answer;
        }
        let answer = test(w);
        *e = Entry {
            key,
            len: b.len() as u8,
            answer,
        };
        answer
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn long_or_x(w: &str) -> bool {
        w.len() > 3 || w.starts_with('x')
    }

    thread_local!(static M: Memo = Memo::default());

    #[test]
    fn answers_are_the_tests_hit_or_miss() {
        let words = [
            "x",
            "xy",
            "a",
            "ab",
            "abcd",
            "the",
            "said",
            "twenty",
            "",
            "é",
            "a\0",
            "abcdefghijklmnop",
            "abcdefghijklmnopq",
        ];
        for _ in 0..3 {
            for w in words {
                assert_eq!(remembered(&M, w, long_or_x), long_or_x(w), "{w:?}");
            }
        }
        // Thousands of words through the table: collisions evict, answers stay exact.
        for k in 0..20_000u32 {
            let w = format!("w{k}");
            assert_eq!(remembered(&M, &w, long_or_x), long_or_x(&w));
        }
    }
}
