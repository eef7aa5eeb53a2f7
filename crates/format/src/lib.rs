//! `reckon-format`: every output reckon writes.
//!
//! (Sketched by the spine; filled in by the formats work.)
