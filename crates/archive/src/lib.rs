//! `reckon-archive`: stream news-article archives into [`reckon_text::Document`]s.
//!
//! An [`Archive`] is an iterator over [`Item`]s: each is a document or an [`Error`] naming the
//! file, line and (when known) document id of an article that could not be read. One bad
//! article never stops the stream; every input article comes out as exactly one item, except
//! when a compressed stream is cut short, where one error stands for the unreadable rest.
//!
//! ```
//! use reckon_archive::{Archive, Input, Options};
//!
//! let dir = std::env::temp_dir().join(format!("reckon-archive-doc-{}", std::process::id()));
//! std::fs::create_dir_all(&dir).unwrap();
//! std::fs::write(dir.join("a.txt"), " date 2025-07-07 Talks resumed in Doha on Sunday.").unwrap();
//! std::fs::write(dir.join("b.jsonl"), "{\"id\":\"b1\",\"text\":\"Hi.\"}\nnot json\n").unwrap();
//!
//! let items: Vec<_> = Archive::new(vec![Input::Path(dir.clone())], Options::default()).collect();
//! assert_eq!(items.len(), 3);
//! let first = items[0].as_ref().unwrap();
//! assert_eq!((first.meta.id.as_str(), first.meta.date.map(|d| d.to_string())), ("a.txt", Some("2025-07-07".into())));
//! assert_eq!(items[1].as_ref().unwrap().meta.id, "b1");
//! assert!(items[2].as_ref().unwrap_err().to_string().ends_with("b.jsonl:2: not a JSON object: expected ident at line 1 column 2"));
//! # std::fs::remove_dir_all(&dir).unwrap();
//! ```
//!
//! Inputs: a folder (walked recursively in name order, following symlinks with loop detection)
//! of `.txt` articles in the seed format (` date YYYY-MM-DD ` then the text) and `.jsonl` /
//! `.ndjson` files (one article a line: `id`, `text`, optional `date`, `title`, `url`, `source`;
//! other fields pass through in [`reckon_text::DocMeta::extra`]); any of them gzip- or
//! zstd-compressed (detected from the magic bytes); or standard input (`-`).
//!
//! Design decisions:
//! - Streaming: at most one article (or one JSONL line, capped by [`Options::max_line_bytes`]) is
//!   held at a time, so memory does not grow with the archive.
//! - Ids are stable: the path relative to the folder given, the JSONL `id` (a number as written),
//!   or `file:line`. Several inputs may repeat an id; [`UniqueIds`] renames repeats `ID#2`...
//! - A compressed file is checked member by member before it is read, and no document of a
//!   damaged gzip member or zstd frame is emitted (see `verify`); folders yield only regular
//!   files (a FIFO is an error item, never waited for).
//! - Text that is not UTF-8 but is clearly a single-byte legacy encoding (Windows-1252, Latin-1)
//!   is decoded and [`reckon_text::DocMeta::decoded_from`] says so; UTF-8 mixed with invalid bytes is
//!   an error for that article only.
//!
//! Cargo features: `gzip` and `zstd` (on by default) read compressed inputs; `parquet` (off)
//! reads Apache Parquet article tables with arrow-rs. An input whose feature is off is an
//! [`Error`] item for that input (code `unsupported`), never a panic.

mod decode;
mod entry;
mod error;
#[cfg(feature = "html")]
mod html;
#[cfg(feature = "parquet")]
mod parquet_input;
mod record;
mod skipped;
mod source;
mod unique;
mod verify;
#[cfg(feature = "warc")]
mod warc;

use std::collections::VecDeque;
use std::io::{BufRead, Read};
use std::path::{Path, PathBuf};

pub use entry::{Entry, RawItem, RawPage};
pub use error::{Error, Location};
use reckon_text::Document;
pub use record::{WARNINGS, split_date_header};
pub use skipped::SkipCounts;
use source::{Compression, Line, Stream};
pub use unique::{DUPLICATE_OF, Renamable, UniqueIds};

/// Opens any byte source the archive reader accepts as a plain buffered reader: gzip and zstd
/// are detected from the magic bytes and decompressed (when their feature is on), anything
/// else is passed through; reading fails past `limit` decompressed bytes. For programs that
/// read other JSONL outputs (`reckon run` records) the same way as articles.
///
/// ```
/// use std::io::BufRead;
/// let plain = std::io::Cursor::new(b"one\ntwo\n".to_vec());
/// let r = reckon_archive::decompressed(plain, 1 << 20).unwrap();
/// assert_eq!(r.lines().count(), 2);
/// ```
pub fn decompressed(
    raw: impl Read + Send + 'static,
    limit: u64,
) -> std::io::Result<Box<dyn BufRead + Send>> {
    source::open_stream(Box::new(raw), limit, None).map(|(stream, _)| stream)
}

/// One item of an archive: a document, or the reason an article could not be read.
pub type Item = Result<Document, Error>;

/// One input the user named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A file or a folder.
    Path(PathBuf),
    /// Standard input: JSONL if it starts with `{`, otherwise one `.txt` article.
    Stdin,
}

impl Input {
    /// `-` is standard input; anything else is a path.
    pub fn parse(arg: &str) -> Input {
        if arg == "-" {
            Input::Stdin
        } else {
            Input::Path(PathBuf::from(arg))
        }
    }
}

/// Limits that keep one hostile input from exhausting memory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// Largest article (a `.txt` file) read, in bytes. Default 256 MiB.
    pub max_document_bytes: u64,
    /// Longest JSONL line read, in bytes; longer lines are skipped without being buffered. Default 256 MiB.
    pub max_line_bytes: u64,
    /// Most bytes one compressed input may expand to (decompression-bomb guard). Default 64 GiB.
    pub max_decompressed_bytes: u64,
    /// The column of a Parquet table holding the article text. Default `text`.
    pub text_column: String,
    /// The column of a Parquet table holding the article id. Default `id`.
    pub id_column: String,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            max_document_bytes: 256 << 20,
            max_line_bytes: 256 << 20,
            max_decompressed_bytes: 64 << 30,
            text_column: "text".to_owned(),
            id_column: "id".to_owned(),
        }
    }
}

/// How one file's content is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Layout {
    Jsonl,
    Txt,
    /// One HTML page (feature `html`).
    Html,
}

/// A file being read.
struct OpenFile {
    stream: Stream,
    compression: Compression,
    /// The path shown in messages.
    path: String,
    /// The id of a `.txt` article (relative path).
    id: String,
    layout: Layout,
    line: u64,
    done: bool,
    buf: Vec<u8>,
}

/// A folder being walked.
struct Walk {
    root: PathBuf,
    iter: walkdir::IntoIter,
}

/// A streaming reader over many inputs. See the [crate docs](crate).
pub struct Archive {
    inputs: VecDeque<Input>,
    walk: Option<Walk>,
    file: Option<OpenFile>,
    /// A Parquet table being read.
    #[cfg(feature = "parquet")]
    table: Option<parquet_input::ParquetRows>,
    /// A WARC file being read.
    #[cfg(feature = "warc")]
    warc: Option<warc::WarcFile>,
    /// WARC records read but not turned into documents.
    skipped: SkipCounts,
    /// An error met while opening a stream in [`Archive::from_reader`], returned first.
    pending_error: Option<Error>,
    options: Options,
}

impl Archive {
    /// Reads `inputs` in order.
    pub fn new(inputs: Vec<Input>, options: Options) -> Archive {
        Archive {
            inputs: inputs.into(),
            walk: None,
            file: None,
            #[cfg(feature = "parquet")]
            table: None,
            #[cfg(feature = "warc")]
            warc: None,
            skipped: SkipCounts::default(),
            pending_error: None,
            options,
        }
    }

    /// Reads one already-open stream (a socket, an in-memory buffer, a decompressor of your own):
    /// compression and layout (JSONL or one `.txt` article) are sniffed from its first bytes.
    /// `name` is used for ids and messages as a file path would be.
    pub fn from_reader(
        name: &str,
        reader: impl Read + Send + 'static,
        options: Options,
    ) -> Archive {
        Archive::from_stream(name, Box::new(reader), options, None)
    }

    /// Reads one already-open stream as JSONL, one article a line, whatever its first bytes
    /// (compression is still sniffed): a line that is not JSON is an error item for that line,
    /// never the start of one `.txt` article. For line-in, line-out use such as Spark's
    /// `RDD.pipe`, where one bad first line must not change how the rest is read.
    pub fn from_jsonl_reader(
        name: &str,
        reader: impl Read + Send + 'static,
        options: Options,
    ) -> Archive {
        Archive::from_stream(name, Box::new(reader), options, Some(Layout::Jsonl))
    }

    /// [`Archive::from_reader`] with the layout given (`None`: sniffed).
    fn from_stream(
        name: &str,
        reader: Box<dyn Read + Send>,
        options: Options,
        layout: Option<Layout>,
    ) -> Archive {
        let mut archive = Archive::new(Vec::new(), options);
        match archive.open_stream(reader, name.to_owned(), name.to_owned(), layout, None) {
            Ok(f) => archive.file = Some(f),
            Err(e) => archive.pending_error = Some(e),
        }
        archive
    }

    /// Reads one already-open WARC stream: gzip members one at a time (offsets name the
    /// member), anything else as one stream (zstd is sniffed and decompressed).
    #[cfg(feature = "warc")]
    pub fn from_warc_reader(
        name: &str,
        reader: impl Read + Send + 'static,
        options: Options,
    ) -> Archive {
        let mut archive = Archive::new(Vec::new(), options);
        let mut raw = std::io::BufReader::new(reader);
        let gzip = raw.fill_buf().is_ok_and(|h| h.starts_with(&[0x1f, 0x8b]));
        let input = if gzip {
            Ok(Box::new(raw) as Box<dyn Read + Send>)
        } else {
            match archive.open_stream(Box::new(raw), name.to_owned(), name.to_owned(), None, None) {
                Ok(f) => Err(f.stream),
                Err(e) => {
                    archive.pending_error = Some(e);
                    return archive;
                }
            }
        };
        let max = html::MAX_PAGE_BYTES.min(archive.options.max_document_bytes);
        let skipped = archive.skipped.clone();
        archive.warc = Some(warc::WarcFile::new(input, name.to_owned(), skipped, max));
        archive
    }

    /// Counts of records read but not turned into documents (WARC requests, metadata,
    /// non-HTML or non-200 responses), shared with the archive as it goes on reading.
    pub fn skip_counts(&self) -> SkipCounts {
        self.skipped.clone()
    }

    /// True for file names the folder walk reads: `.txt`, `.text`, `.jsonl`, `.ndjson`,
    /// optionally followed by `.gz`, `.zst` or `.zstd`.
    pub fn is_article_file(path: &Path) -> bool {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with('.') {
            return false;
        }
        let base = strip_compression_ext(name);
        layout_from_name(base).is_some() || name.ends_with(".parquet") || is_warc_name(base)
    }

    /// Opens one file: a Parquet table, or a (possibly compressed) text stream.
    fn open_file(&mut self, path: &Path, shown: String, id: String) -> Result<(), Error> {
        let location = Location {
            id: Some(id.clone()),
            ..Location::file(shown.clone())
        };
        let io_error = |source: std::io::Error| Error::Io {
            location: location.clone(),
            source,
        };
        let mut file = std::fs::File::open(path).map_err(|source| match source.kind() {
            std::io::ErrorKind::NotFound => Error::NotFound(location.clone()),
            _ => io_error(source),
        })?;
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let layout = layout_from_name(strip_compression_ext(name));
        if !file.metadata().map_err(io_error)?.is_file() {
            // A named pipe or device given by name (`reckon run <(zcat x.jsonl.gz)`): it cannot
            // seek, so it is read as a stream, sniffed from a buffered prefix.
            self.file = Some(self.open_stream(Box::new(file), shown, id, layout, None)?);
            return Ok(());
        }
        let mut head = Vec::with_capacity(4);
        (&mut file)
            .take(4)
            .read_to_end(&mut head)
            .map_err(io_error)?;
        std::io::Seek::rewind(&mut file).map_err(io_error)?;
        let is_parquet = head == b"PAR1";
        if is_parquet {
            #[cfg(feature = "parquet")]
            {
                let table = parquet_input::ParquetRows::open(file, shown, id, &self.options)?;
                self.table = Some(table);
                return Ok(());
            }
            #[cfg(not(feature = "parquet"))]
            return Err(Error::Unsupported {
                location,
                format: "parquet",
            });
        }
        if is_warc_name(strip_compression_ext(name)) {
            #[cfg(feature = "warc")]
            {
                // Gzip members are read one at a time (offsets name the member); plain and
                // zstd files as one stream.
                let input = if head.starts_with(&[0x1f, 0x8b]) {
                    Ok(Box::new(file) as Box<dyn Read + Send>)
                } else {
                    Err(self
                        .open_stream(Box::new(file), shown.clone(), id, None, None)?
                        .stream)
                };
                let max = html::MAX_PAGE_BYTES.min(self.options.max_document_bytes);
                self.warc = Some(warc::WarcFile::new(input, shown, self.skipped.clone(), max));
                return Ok(());
            }
            #[cfg(not(feature = "warc"))]
            return Err(Error::Unsupported {
                location,
                format: "warc",
            });
        }
        let cap = verify::precheck(&mut file, &head, self.options.max_decompressed_bytes)
            .map_err(io_error)?;
        self.file = Some(self.open_stream(Box::new(file), shown, id, layout, cap)?);
        Ok(())
    }

    fn open_stream(
        &self,
        raw: Box<dyn Read + Send>,
        shown: String,
        id: String,
        layout: Option<Layout>,
        cap: Option<(u64, String)>,
    ) -> Result<OpenFile, Error> {
        let location = Location::file(shown.clone());
        let (mut stream, compression) =
            source::open_stream(raw, self.options.max_decompressed_bytes, cap).map_err(|e| {
                stream_error(
                    e,
                    Compression::None,
                    location.clone(),
                    self.options.max_decompressed_bytes,
                )
            })?;
        if e_unsupported(compression) {
            return Err(Error::Unsupported {
                location,
                format: compression.name(),
            });
        }
        let layout = match layout {
            Some(l) => l,
            None => {
                let head = stream.fill_buf().map_err(|e| {
                    stream_error(
                        e,
                        compression,
                        location.clone(),
                        self.options.max_decompressed_bytes,
                    )
                })?;
                let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
                match head.iter().find(|b| !b.is_ascii_whitespace()) {
                    Some(b'{') => Layout::Jsonl,
                    _ => Layout::Txt,
                }
            }
        };
        Ok(OpenFile {
            stream,
            compression,
            path: shown,
            id,
            layout,
            line: 0,
            done: false,
            buf: Vec::new(),
        })
    }

    fn next_from_file(&mut self) -> Option<RawItem> {
        let options = &self.options;
        let f = self.file.as_mut()?;
        if f.done {
            return None;
        }
        match f.layout {
            Layout::Txt | Layout::Html => {
                f.done = true;
                let location = Location {
                    id: Some(f.id.clone()),
                    ..Location::file(f.path.clone())
                };
                let mut bytes = Vec::new();
                let limit = options.max_document_bytes;
                let read = (&mut f.stream).take(limit + 1).read_to_end(&mut bytes);
                if let Err(e) = read {
                    return Some(Err(stream_error(
                        e,
                        f.compression,
                        location,
                        options.max_decompressed_bytes,
                    )));
                }
                if bytes.len() as u64 > limit {
                    return Some(Err(Error::TooLarge {
                        location,
                        what: "article",
                        size: bytes.len() as u64,
                        limit,
                    }));
                }
                if f.layout == Layout::Html {
                    return Some(html_file(bytes, f.id.clone(), location));
                }
                Some(record::txt_document(bytes, f.id.clone(), location).map(Entry::Document))
            }
            Layout::Jsonl => loop {
                let line =
                    source::read_line_capped(&mut f.stream, &mut f.buf, options.max_line_bytes);
                f.line += 1;
                let location = Location::line(f.path.clone(), f.line);
                match line {
                    Err(e) => {
                        f.done = true;
                        return Some(Err(stream_error(
                            e,
                            f.compression,
                            location,
                            options.max_decompressed_bytes,
                        )));
                    }
                    Ok(Line::Eof) => {
                        f.done = true;
                        if f.line == 1 {
                            return Some(Err(Error::EmptyFile(Location::file(f.path.clone()))));
                        }
                        return None;
                    }
                    Ok(Line::TooLong(size)) => {
                        return Some(Err(Error::TooLarge {
                            location,
                            what: "line",
                            size,
                            limit: options.max_line_bytes,
                        }));
                    }
                    Ok(Line::Read) => {
                        if f.buf.iter().all(u8::is_ascii_whitespace) {
                            continue;
                        }
                        let line = std::mem::take(&mut f.buf);
                        let fallback = format!("{}:{}", f.id, f.line);
                        return Some(
                            record::jsonl_document(line, fallback, location).map(Entry::Document),
                        );
                    }
                }
            },
        }
    }
}

impl Iterator for Archive {
    type Item = Item;

    /// The next document: an HTML page's article is extracted here, on the calling thread.
    fn next(&mut self) -> Option<Item> {
        self.next_entry().map(|e| e.and_then(Entry::into_document))
    }
}

/// The entries of an [`Archive`], HTML pages not yet extracted: see [`Archive::entries`].
pub struct Entries(Archive);

impl Entries {
    /// Counts of records read but not turned into entries (see [`Archive::skip_counts`]).
    pub fn skip_counts(&self) -> SkipCounts {
        self.0.skip_counts()
    }
}

impl Iterator for Entries {
    type Item = RawItem;

    fn next(&mut self) -> Option<RawItem> {
        self.0.next_entry()
    }
}

impl Archive {
    /// The same stream as entries: documents as read, and HTML pages (WARC records, `.html`
    /// files) as [`RawPage`]s whose article is extracted by [`RawPage::into_document`], on
    /// whatever thread the caller likes. Every item of the archive is one item here.
    ///
    /// ```
    /// use reckon_archive::{Archive, Entry, Options};
    /// let jsonl = &b"{\"id\":\"a\",\"text\":\"One.\"}\n"[..];
    /// let entries: Vec<_> = Archive::from_reader("f", jsonl, Options::default()).entries().collect();
    /// assert!(matches!(&entries[0], Ok(Entry::Document(d)) if d.meta.id == "a"));
    /// ```
    pub fn entries(self) -> Entries {
        Entries(self)
    }

    fn next_entry(&mut self) -> Option<RawItem> {
        if let Some(e) = self.pending_error.take() {
            return Some(Err(e));
        }
        loop {
            #[cfg(feature = "parquet")]
            if let Some(table) = &mut self.table {
                match table.next_item() {
                    Some(item) => return Some(item.map(Entry::Document)),
                    None => self.table = None,
                }
            }
            #[cfg(feature = "warc")]
            if let Some(w) = &mut self.warc {
                match w.next_item() {
                    Some(item) => return Some(item),
                    None => self.warc = None,
                }
            }
            if self.file.is_some() {
                if let Some(item) = self.next_from_file() {
                    return Some(item);
                }
                self.file = None;
            }
            if let Some(walk) = &mut self.walk {
                match walk.iter.next() {
                    None => self.walk = None,
                    Some(Err(e)) => {
                        let id = e.path().map(|p| relative_id(&walk.root, p));
                        let path = e.path().map_or_else(
                            || walk.root.display().to_string(),
                            |p| p.display().to_string(),
                        );
                        let message = match e.loop_ancestor() {
                            Some(a) => format!("symlink loop back to {}", a.display()),
                            None => e
                                .io_error()
                                .map_or_else(|| e.to_string(), ToString::to_string),
                        };
                        return Some(Err(Error::Walk {
                            location: Location {
                                id,
                                ..Location::file(path)
                            },
                            message,
                        }));
                    }
                    Some(Ok(entry)) => {
                        if entry.file_type().is_dir() || !Archive::is_article_file(entry.path()) {
                            continue;
                        }
                        let id = relative_id(&walk.root, entry.path());
                        let shown = entry.path().display().to_string();
                        if !entry.file_type().is_file() {
                            // A FIFO would block the walk forever; a device could be endless.
                            return Some(Err(Error::NotRegular {
                                location: Location {
                                    id: Some(id),
                                    ..Location::file(shown)
                                },
                                kind: special_kind(entry.file_type()),
                            }));
                        }
                        let path = entry.path().to_path_buf();
                        if let Err(e) = self.open_file(&path, shown, id) {
                            return Some(Err(e));
                        }
                    }
                }
                continue;
            }
            match self.inputs.pop_front()? {
                Input::Stdin => {
                    let raw: Box<dyn Read + Send> = Box::new(std::io::stdin());
                    match self.open_stream(raw, "-".into(), "-".into(), None, None) {
                        Ok(f) => self.file = Some(f),
                        Err(e) => return Some(Err(e)),
                    }
                }
                Input::Path(path) => {
                    let shown = path.display().to_string();
                    match std::fs::metadata(&path) {
                        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                            return Some(Err(Error::NotFound(Location::file(shown))));
                        }
                        Err(source) => {
                            return Some(Err(Error::Io {
                                location: Location::file(shown),
                                source,
                            }));
                        }
                        Ok(m) if m.is_dir() => {
                            let iter = walkdir::WalkDir::new(&path)
                                .follow_links(true)
                                .sort_by_file_name()
                                .into_iter();
                            self.walk = Some(Walk { root: path, iter });
                        }
                        Ok(_) => {
                            if let Err(e) = self.open_file(&path, shown.clone(), shown) {
                                return Some(Err(e));
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The id of a file found in a folder walk: its path relative to the folder given, `/`-separated.
fn relative_id(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// What a file that is neither a regular file nor a folder is, for messages.
fn special_kind(t: std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if t.is_socket() {
            return "a socket";
        }
        if t.is_char_device() || t.is_block_device() {
            return "a device";
        }
    }
    let _ = t;
    "not a regular file"
}

fn e_unsupported(c: Compression) -> bool {
    match c {
        Compression::None => false,
        Compression::Gzip => !cfg!(feature = "gzip"),
        Compression::Zstd => !cfg!(feature = "zstd"),
    }
}

/// Maps a read error on a (possibly compressed) stream to the error users should see.
fn stream_error(
    e: std::io::Error,
    compression: Compression,
    location: Location,
    limit: u64,
) -> Error {
    if source::is_limit(&e) {
        return Error::DecompressionLimit { location, limit };
    }
    match compression {
        Compression::None => Error::Io {
            location,
            source: e,
        },
        c => Error::Corrupt {
            location,
            format: c.name(),
            message: e.to_string(),
        },
    }
}

fn strip_compression_ext(name: &str) -> &str {
    for ext in [".gz", ".zst", ".zstd"] {
        if let Some(base) = name.strip_suffix(ext) {
            return base;
        }
    }
    name
}

fn layout_from_name(name: &str) -> Option<Layout> {
    let ext = name.rsplit_once('.')?.1.to_ascii_lowercase();
    match ext.as_str() {
        "jsonl" | "ndjson" => Some(Layout::Jsonl),
        "txt" | "text" => Some(Layout::Txt),
        "html" | "htm" if cfg!(feature = "html") => Some(Layout::Html),
        _ => None,
    }
}

/// `.warc` names (the compression suffix already stripped).
fn is_warc_name(name: &str) -> bool {
    name.rsplit_once('.')
        .is_some_and(|(_, ext)| ext.eq_ignore_ascii_case("warc"))
}

/// One `.html` file's page: its id is its path; no URL is known.
fn html_file(bytes: Vec<u8>, id: String, location: Location) -> RawItem {
    #[cfg(feature = "html")]
    {
        let meta = entry::PageMeta {
            id,
            url: None,
            content_type: None,
            capture_date: None,
            offset: None,
            duplicate_of: None,
        };
        Ok(Entry::Page(RawPage {
            bytes,
            body_start: 0,
            meta,
            location,
        }))
    }
    #[cfg(not(feature = "html"))]
    {
        let _ = (bytes, id);
        Err(Error::Unsupported {
            location,
            format: "html",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_reader_sniffs_jsonl_and_txt() {
        let items: Vec<Item> = Archive::from_reader(
            "mem",
            &b"{\"text\":\"a\"}\n{\"text\":\"b\"}\n"[..],
            Options::default(),
        )
        .collect();
        let ids: Vec<String> = items.into_iter().map(|i| i.unwrap().meta.id).collect();
        assert_eq!(ids, ["mem:1", "mem:2"]);
        let items: Vec<Item> =
            Archive::from_reader("t", &b" date 2020-01-01 Hi."[..], Options::default()).collect();
        assert_eq!(items[0].as_ref().unwrap().text, "Hi.");
        // Found by fuzzing: a BOM before the first `{` must not hide that the stream is JSONL.
        let bom = &b"\xEF\xBB\xBF{\"text\":\"a\"}\n{\"text\":\"b\"}\n"[..];
        assert_eq!(
            Archive::from_reader("b", bom, Options::default()).count(),
            2
        );
    }
}
