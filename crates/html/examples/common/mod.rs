//! What the html examples share: the benchmark's pages read from a folder.

use std::io::Read;
use std::path::PathBuf;

/// The pages of a folder (`*.html`, `*.html.gz`, any name holding `.htm`) in file-name order,
/// each with its bytes, gzip members decompressed.
pub fn pages(dir: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("readable folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().contains(".htm"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let raw = std::fs::read(&path).expect("readable page");
            let page = if raw.starts_with(&[0x1f, 0x8b]) {
                let mut out = Vec::new();
                flate2::read::GzDecoder::new(&raw[..])
                    .read_to_end(&mut out)
                    .expect("gzip page");
                out
            } else {
                raw
            };
            (path, page)
        })
        .collect()
}
