//! `reckon-text`: the types every reckon stage shares, and news-aware segmentation.
//!
//! A [`Document`] is one article; a [`Span`] is a byte range into its original text;
//! [`segment`] splits a text into [`Token`]s and [`Sentence`]s whose spans, with the
//! whitespace between them, rebuild the text exactly.
//!
//! ```
//! use reckon_text::{segment, TokenKind};
//!
//! let text = "Israel has killed more than 57,500 Palestinians, Hamas’s U.S. envoy said.\nNext line";
//! let seg = segment(text);
//! let toks: Vec<(&str, TokenKind)> = seg.tokens.iter().map(|t| (t.text(text), t.kind)).collect();
//! assert!(toks.contains(&("57,500", TokenKind::Number)));
//! assert!(toks.contains(&("’s", TokenKind::Possessive)));
//! assert!(toks.contains(&("U.S.", TokenKind::Abbreviation)));
//! assert_eq!(seg.sentences.len(), 2); // a line break always ends a sentence
//! ```
//!
//! Design decisions:
//! - Spans are `u32` byte offsets into the original text (documents over 4 GiB are rejected
//!   by the archive reader), always on character boundaries.
//! - Tokenization is a hand-written single-pass byte scanner with an ASCII fast path rather than
//!   UAX #29 plus re-gluing: news needs joins exactly where UAX #29 splits (`6:30pm`, `U.S.`,
//!   `$4.5bn`, `21-month-old`), and one pass is about three times faster than the plain UAX #29
//!   split ([`uax29_tokenize`], kept as the bench baseline).
//! - Sentence splitting is a second pass over the tokens; line breaks always end a sentence.
//! - The word lists (abbreviations, sentence starters, `'s` contractions, TLDs) are data files
//!   under `data/`, compiled in and parsed once ([`Lexicon::builtin`]); [`Lexicon::parse`] and
//!   [`Segmenter`] take your own.
//! - Every look-ahead is bounded or consumes what it scans, so time is linear in the input.
//! - This crate knows nothing about entities, claims or archives.

mod baseline;
mod document;
mod lexicon;
mod segment;
mod sentence;
mod span;
mod token;

pub use baseline::uax29_tokenize;
pub use document::{DocMeta, Document};
pub use lexicon::{AbbrevClass, Lexicon, LexiconError};
pub use segment::{Segmenter, segment, tokenize};
pub use sentence::{split_sentences, split_sentences_builtin};
pub use span::Span;
pub use token::{Segmented, Sentence, Token, TokenKind};
