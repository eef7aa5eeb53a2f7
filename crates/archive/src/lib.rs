//! `reckon-archive`: reading article archives into [`reckon_text::Document`]s (being written).
