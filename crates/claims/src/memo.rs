//! Per-thread memos of pure tests of a lower-cased word (issue 17, speed): a rule that runs a
//! chain of word-list tests at nearly every lexeme of an article (`the`, `said`, ...) asks a
//! direct-mapped table keyed by the whole word instead; news repeats a few thousand words, so
//! most lexemes hit. A hit is exact (the entry holds the word), so the answer is the test's.

use std::cell::RefCell;
use std::thread::LocalKey;

/// The longest word a memo keeps (bytes); longer ones are tested every time.
const KEY: usize = 16;

/// Entries of a memo's table (a power of two).
const SLOTS: usize = 8192;

/// One remembered word: its bytes zero-padded, its length (0: an empty slot) and the answer.
#[derive(Clone, Copy, Default)]
pub(crate) struct Entry {
    key: [u64; 2],
    len: u8,
    answer: bool,
}

/// A memo's table, one per thread and test: `thread_local!(static M: Memo = Memo::default())`.
pub(crate) type Memo = RefCell<Vec<Entry>>;

/// The bytes of a word of 1 to [`KEY`] bytes as two integers, read without a variable-length
/// copy (a `memcpy` call): with the length, the key is the word (overlapping reads hold the
/// same bytes).
#[inline(always)]
fn key_of(b: &[u8]) -> [u64; 2] {
    let n = b.len();
    let u32_at = |k: usize| u32::from_le_bytes(b[k..k + 4].try_into().expect("4 bytes")) as u64;
    let u64_at = |k: usize| u64::from_le_bytes(b[k..k + 8].try_into().expect("8 bytes"));
    match n {
        0..=3 => {
            let mut x = 0u64;
            for (k, &c) in b.iter().enumerate() {
                x |= (c as u64) << (8 * k);
            }
            [x, 0]
        }
        4..=7 => [u32_at(0) | u32_at(n - 4) << 32, 0],
        _ => [u64_at(0), u64_at(n - 8)],
    }
}

/// `test(w)`, remembered in `memo` (which must serve `test` alone).
#[inline]
pub(crate) fn remembered(memo: &'static LocalKey<Memo>, w: &str, test: fn(&str) -> bool) -> bool {
    let b = w.as_bytes();
    if b.is_empty() || b.len() > KEY {
        return test(w);
    }
    let key = key_of(b);
    let h = (key[0] ^ key[1].rotate_left(29) ^ b.len() as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let slot = (h >> (64 - SLOTS.trailing_zeros())) as usize & (SLOTS - 1);
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
        // Every length: words that differ in one byte anywhere have their own answers.
        fn digit_sum_even(w: &str) -> bool {
            w.bytes().map(u32::from).sum::<u32>() % 2 == 0
        }
        thread_local!(static D: Memo = Memo::default());
        for n in 1..=KEY + 1 {
            for at in 0..n {
                for c in [b'a', b'b'] {
                    let mut w = vec![b'x'; n];
                    w[at] = c;
                    let w = String::from_utf8(w).expect("ASCII");
                    assert_eq!(
                        remembered(&D, &w, digit_sum_even),
                        digit_sum_even(&w),
                        "{w}"
                    );
                }
            }
        }
        assert_eq!(key_of(b"abcd"), key_of(b"abcd"));
        assert_ne!(key_of(b"abcdefgh"), key_of(b"abcdefgi"));
        assert_ne!(key_of(b"xaxxxxxxxxxxxxxx"), key_of(b"xbxxxxxxxxxxxxxx"));
        // Thousands of words through the table: collisions evict, answers stay exact.
        for k in 0..20_000u32 {
            let w = format!("w{k}");
            assert_eq!(remembered(&M, &w, long_or_x), long_or_x(&w));
        }
    }
}
