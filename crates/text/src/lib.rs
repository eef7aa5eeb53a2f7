//! `reckon-text`: the types every reckon stage shares, and news-aware segmentation.
//!
//! A [`Document`] is one article; a [`Span`] is a byte range into its original text;
//! [`segment`] splits a text into [`Token`]s and [`Sentence`]s whose spans, with the
//! whitespace between them, rebuild the text exactly.
//!
//! ```
//! use reckon_text::{segment, TokenKind};
//!
//! let text = "Israel has killed more than 57,500 Palestinians.";
//! let seg = segment(text);
//! let words: Vec<&str> = seg.tokens.iter().map(|t| t.text(text)).collect();
//! assert!(words.contains(&"57,500"));
//! assert_eq!(seg.sentences.len(), 1);
//! ```
//!
//! Design decisions:
//! - Spans are `u32` byte offsets into the original text (documents over 4 GiB are rejected
//!   by the archive reader), always on character boundaries.
//! - This crate knows nothing about entities, claims or archives.

mod baseline;
mod document;
mod lexicon;
mod segment;
mod sentence;
mod span;
mod token;

pub use baseline::uax29_tokenize;
pub use document::Document;
pub use lexicon::{AbbrevClass, Lexicon, LexiconError};
pub use segment::{Segmenter, segment, tokenize};
pub use sentence::{split_sentences, split_sentences_builtin};
pub use span::Span;
pub use token::{Segmented, Sentence, Token, TokenKind};
