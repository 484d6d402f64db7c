//! pundex: a local full-text search engine for political commentary.
//!
//! The modules follow an article's path: [`article`] (files → articles),
//! [`extract`] (actors, issues, dates), [`index`] (schema, documents, manifest),
//! [`sync`] (folder vs. index → one commit), [`watch`] (file events → batches), [`search`] (queries, snippets,
//! facets), [`alert`] (saved searches checked against a run's new articles)
//! and [`render`] (terminal and JSON); [`text`] cuts words for the
//! matcher and the snippets; [`bug`] reports a panic as a bug. The command line (its flags, settings and
//! subcommands) is the binary's, in `main.rs`, so the library needs no clap.

pub mod alert;
pub mod article;
pub mod bug;
pub mod error;
pub mod extract;
pub mod index;
pub mod render;
pub mod search;
pub mod sync;
pub mod text;
pub mod watch;

#[cfg(test)]
mod fixture;
