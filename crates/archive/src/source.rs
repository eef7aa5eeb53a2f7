//! Opening one input: file or stdin, transparent gzip/zstd, with a decompression limit.

use std::io::{self, BufRead, BufReader, Read};

/// Compression of an input, detected from its first bytes (never from its name).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Compression {
    None,
    Gzip,
    Zstd,
}

impl Compression {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Compression::None => "plain",
            Compression::Gzip => "gzip",
            Compression::Zstd => "zstd",
        }
    }
}

/// The marker error a [`Limited`] reader returns when the limit is passed.
#[derive(Debug)]
pub(crate) struct LimitExceeded;

impl std::fmt::Display for LimitExceeded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("decompressed size limit exceeded")
    }
}

impl std::error::Error for LimitExceeded {}

/// True if `e` was raised by a [`Limited`] reader.
pub(crate) fn is_limit(e: &io::Error) -> bool {
    e.get_ref().is_some_and(|r| r.is::<LimitExceeded>())
}

/// A reader that fails once more than `remaining` bytes have come out of it.
#[cfg(any(feature = "gzip", feature = "zstd"))]
struct Limited<R> {
    inner: R,
    remaining: u64,
}

#[cfg(any(feature = "gzip", feature = "zstd"))]
impl<R: Read> Read for Limited<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        if n as u64 > self.remaining {
            return Err(io::Error::other(LimitExceeded));
        }
        self.remaining -= n as u64;
        Ok(n)
    }
}

/// A buffered reader over the decompressed bytes of one input.
pub(crate) type Stream = Box<dyn BufRead + Send>;

/// Wraps a raw byte source: detects compression from the magic bytes and decompresses,
/// failing past `limit` decompressed bytes.
/// `cap`, from the verifying pre-pass (`crate::verify`), cuts the decompressed stream at the
/// start of its first damaged member: `(verified bytes, the decoder's message)`.
pub(crate) fn open_stream(
    raw: Box<dyn Read + Send>,
    limit: u64,
    cap: Option<(u64, String)>,
) -> io::Result<(Stream, Compression)> {
    let mut raw = BufReader::with_capacity(64 * 1024, raw);
    let head = raw.fill_buf()?;
    let compression = if head.starts_with(&[0x1f, 0x8b]) {
        Compression::Gzip
    } else if head.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
        Compression::Zstd
    } else {
        Compression::None
    };
    let stream: Stream = match compression {
        Compression::None => Box::new(raw),
        Compression::Gzip => gzip(raw, limit)?,
        Compression::Zstd => zstd(raw, limit)?,
    };
    let stream: Stream = match cap {
        Some((remaining, message)) if compression != Compression::None => {
            Box::new(BufReader::with_capacity(
                256 * 1024,
                Capped {
                    inner: stream,
                    remaining,
                    message,
                },
            ))
        }
        _ => stream,
    };
    Ok((stream, compression))
}

/// A decompressor's output, buffered, failing once more than `limit` bytes come out.
#[cfg(any(feature = "gzip", feature = "zstd"))]
fn limited(dec: impl Read + Send + 'static, limit: u64) -> Stream {
    Box::new(BufReader::with_capacity(
        256 * 1024,
        Limited {
            inner: dec,
            remaining: limit,
        },
    ))
}

#[cfg(feature = "gzip")]
fn gzip(raw: BufReader<Box<dyn Read + Send>>, limit: u64) -> io::Result<Stream> {
    Ok(limited(flate2::bufread::MultiGzDecoder::new(raw), limit))
}

#[cfg(not(feature = "gzip"))]
fn gzip(_: BufReader<Box<dyn Read + Send>>, _: u64) -> io::Result<Stream> {
    Err(io::Error::new(io::ErrorKind::Unsupported, "gzip"))
}

#[cfg(feature = "zstd")]
fn zstd(raw: BufReader<Box<dyn Read + Send>>, limit: u64) -> io::Result<Stream> {
    Ok(limited(
        zstd::stream::read::Decoder::with_buffer(raw)?,
        limit,
    ))
}

#[cfg(not(feature = "zstd"))]
fn zstd(_: BufReader<Box<dyn Read + Send>>, _: u64) -> io::Result<Stream> {
    Err(io::Error::new(io::ErrorKind::Unsupported, "zstd"))
}

/// The result of reading one line with a size cap.
pub(crate) enum Line {
    /// End of input.
    Eof,
    /// A line (without its `\n`) is in the buffer.
    Read,
    /// The line was longer than the cap; it was consumed and dropped. Holds its length.
    TooLong(u64),
}

/// Reads one `\n`-terminated line into `buf` (cleared first), never holding more than `cap`
/// bytes: a longer line is skipped to its end and reported as [`Line::TooLong`].
pub(crate) fn read_line_capped(
    r: &mut dyn BufRead,
    buf: &mut Vec<u8>,
    cap: u64,
) -> io::Result<Line> {
    buf.clear();
    let mut total: u64 = 0;
    let mut too_long = false;
    let mut any = false;
    loop {
        let chunk = match r.fill_buf() {
            Ok(c) => c,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            break;
        }
        any = true;
        let (take, done) = match memchr::memchr(b'\n', chunk) {
            Some(i) => (i, true),
            None => (chunk.len(), false),
        };
        total += take as u64;
        if !too_long {
            if total > cap {
                too_long = true;
                buf.clear();
                buf.shrink_to(64 * 1024);
            } else {
                buf.extend_from_slice(&chunk[..take]);
            }
        }
        r.consume(if done { take + 1 } else { take });
        if done {
            break;
        }
    }
    if !any {
        return Ok(Line::Eof);
    }
    if too_long {
        return Ok(Line::TooLong(total));
    }
    if buf.last() == Some(&b'\r') {
        buf.pop();
    }
    Ok(Line::Read)
}

/// The error a [`Capped`] reader returns at the start of the damaged member.
#[derive(Debug)]
pub(crate) struct DamagedMember(pub(crate) String);

impl std::fmt::Display for DamagedMember {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}; nothing of the damaged member was read (checked before reading)",
            self.0
        )
    }
}

impl std::error::Error for DamagedMember {}

/// A decompressed stream cut at the start of its first damaged member: reading past it fails.
pub(crate) struct Capped<R> {
    pub(crate) inner: R,
    pub(crate) remaining: u64,
    pub(crate) message: String,
}

impl<R: Read> Read for Capped<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.remaining == 0 {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                DamagedMember(self.message.clone()),
            ));
        }
        let want = buf
            .len()
            .min(usize::try_from(self.remaining).unwrap_or(usize::MAX));
        let n = self.inner.read(&mut buf[..want])?;
        self.remaining -= n as u64;
        Ok(n)
    }
}
