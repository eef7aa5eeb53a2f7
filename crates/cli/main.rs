//! The `reckon` command line (being written).
fn main() {}
