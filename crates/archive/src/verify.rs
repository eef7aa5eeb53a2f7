//! The verifying pre-pass over a compressed file on disk: no document of a damaged gzip member
//! or zstd frame is ever emitted as valid.
//!
//! A gzip member's CRC-32 (and a zstd frame's optional XXH64 checksum) is only known once the
//! whole member has been decompressed, and a corrupt deflate stream can decode to plausible
//! garbage long before that. So before a regular compressed file is read, it is decompressed
//! once into nothing, member by member, with each checksum checked; memory stays bounded (one
//! decoder buffer). The real pass then stops at the start of the first damaged member and
//! reports one `Corrupt` error for the rest of the file. A member cut short is damaged too:
//! its checksum cannot be checked, and a corrupt length field can look like an early end, so
//! a truncated file keeps only its complete members.
//!
//! Standard input and pipes cannot be read twice; they are not pre-checked (see the README):
//! `zcat damaged.gz | reckon run -` is also the way to salvage what a damaged member holds.

use std::io::{self, BufRead, BufReader, Read};

use crate::source::Compression;

/// What the pre-pass found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Verdict {
    /// Every member checked out (or the stream is too large to check: the real pass stops at
    /// the limit).
    Sound,
    /// The member starting at decompressed byte `verified` is damaged; everything before it
    /// was checked.
    Damaged {
        /// Decompressed bytes of the members before the damaged one.
        verified: u64,
        /// The decoder's message.
        message: String,
    },
}

/// Decompresses `raw` member by member (frame by frame for zstd), checking each checksum, and
/// says where the first damaged member starts. Stops checking past `limit` decompressed bytes
/// (the real pass reports the limit).
pub(crate) fn verify(raw: impl Read, compression: Compression, limit: u64) -> io::Result<Verdict> {
    let mut r = BufReader::with_capacity(256 * 1024, raw);
    let mut verified = 0u64;
    loop {
        if r.fill_buf()?.is_empty() {
            return Ok(Verdict::Sound);
        }
        let budget = limit.saturating_sub(verified).saturating_add(1);
        let member = match compression {
            Compression::None => return Ok(Verdict::Sound),
            Compression::Gzip => gzip_member(&mut r, budget),
            Compression::Zstd => zstd_frame(&mut r, budget),
        };
        match member {
            Ok(n) => {
                verified += n;
                if verified > limit {
                    return Ok(Verdict::Sound);
                }
            }
            Err(e) => {
                return Ok(Verdict::Damaged {
                    verified,
                    message: e.to_string(),
                });
            }
        }
    }
}

/// The pre-pass over a regular file whose first bytes are `head`: for gzip and zstd, checks
/// every member and returns where to cut the real pass (see [`open_stream`](crate::source::open_stream));
/// the file is rewound either way.
pub(crate) fn precheck(
    file: &mut std::fs::File,
    head: &[u8],
    limit: u64,
) -> io::Result<Option<(u64, String)>> {
    let compression = if head.starts_with(&[0x1f, 0x8b]) {
        Compression::Gzip
    } else if head.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
        Compression::Zstd
    } else {
        return Ok(None);
    };
    if crate::e_unsupported(compression) {
        return Ok(None);
    }
    let verdict = verify(&mut *file, compression, limit)?;
    std::io::Seek::rewind(file)?;
    Ok(match verdict {
        Verdict::Sound => None,
        Verdict::Damaged { verified, message } => Some((verified, message)),
    })
}

/// Decompresses one gzip member (header, deflate data, CRC-32 and size trailer) into nothing;
/// returns its decompressed size.
#[cfg(feature = "gzip")]
fn gzip_member(r: &mut impl BufRead, budget: u64) -> io::Result<u64> {
    let dec = flate2::bufread::GzDecoder::new(r);
    io::copy(&mut dec.take(budget), &mut io::sink())
}

#[cfg(not(feature = "gzip"))]
fn gzip_member(_: &mut impl BufRead, _: u64) -> io::Result<u64> {
    Err(io::Error::new(io::ErrorKind::Unsupported, "gzip"))
}

/// Decompresses one zstd frame into nothing (its checksum is checked when the frame has one);
/// returns its decompressed size.
#[cfg(feature = "zstd")]
fn zstd_frame(r: &mut impl BufRead, budget: u64) -> io::Result<u64> {
    let dec = zstd::stream::read::Decoder::with_buffer(r)?.single_frame();
    io::copy(&mut dec.take(budget), &mut io::sink())
}

#[cfg(not(feature = "zstd"))]
fn zstd_frame(_: &mut impl BufRead, _: u64) -> io::Result<u64> {
    Err(io::Error::new(io::ErrorKind::Unsupported, "zstd"))
}

#[cfg(all(test, feature = "gzip", feature = "zstd"))]
mod tests {
    use super::*;
    use std::io::Write;

    fn gz(bytes: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(bytes).unwrap();
        e.finish().unwrap()
    }

    #[test]
    fn sound_multi_member_gzip_is_sound() {
        let mut data = gz(b"one\n");
        data.extend(gz(b"two\n"));
        assert_eq!(
            verify(&data[..], Compression::Gzip, u64::MAX).unwrap(),
            Verdict::Sound
        );
    }

    #[test]
    fn damaged_second_gzip_member_is_found_at_its_start() {
        let text: String = (0..2000).map(|i| format!("line {i} of text\n")).collect();
        let mut data = gz(b"first member\n");
        let second_start = data.len();
        let second = gz(text.as_bytes());
        data.extend(&second);
        // Overwrite 8 bytes in the middle of the second member's deflate data.
        let mid = second_start + second.len() / 2;
        data[mid..mid + 8].copy_from_slice(b"\x55\xAA\x55\xAA\x55\xAA\x55\xAA");
        match verify(&data[..], Compression::Gzip, u64::MAX).unwrap() {
            Verdict::Damaged { verified, .. } => assert_eq!(verified, 13),
            v => panic!("{v:?}"),
        }
    }

    #[test]
    fn truncated_gzip_keeps_only_its_complete_members() {
        let text: String = (0..2000).map(|i| format!("line {i}\n")).collect();
        let mut data = gz(b"whole\n");
        let second = gz(text.as_bytes());
        data.extend_from_slice(&second[..second.len() / 2]);
        match verify(&data[..], Compression::Gzip, u64::MAX).unwrap() {
            Verdict::Damaged { verified, .. } => assert_eq!(verified, 6),
            v => panic!("{v:?}"),
        }
    }

    #[test]
    fn zstd_frame_with_bad_checksum_is_damaged() {
        let mut first = zstd::stream::Encoder::new(Vec::new(), 3).unwrap();
        first.include_checksum(true).unwrap();
        first.write_all(b"first frame\n").unwrap();
        let mut data = first.finish().unwrap();
        let mut second = zstd::stream::Encoder::new(Vec::new(), 3).unwrap();
        second.include_checksum(true).unwrap();
        second.write_all(b"second frame\n").unwrap();
        let second = second.finish().unwrap();
        data.extend(&second);
        let n = data.len();
        data[n - 1] ^= 0xFF; // the last byte of the checksum
        match verify(&data[..], Compression::Zstd, u64::MAX).unwrap() {
            Verdict::Damaged { verified, .. } => assert_eq!(verified, 12),
            v => panic!("{v:?}"),
        }
    }
}
