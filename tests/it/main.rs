//! The integration tests, as one binary so that pundex and tantivy are linked
//! once. Each module runs the real `pundex` on temp folders through `common`.

mod common;

mod alerts;
mod analytics;
mod dates_ru;
mod declension;
mod discover;
mod eval;
mod extract;
mod hostile;
mod hostile_input;
mod ingest;
mod json_shapes;
mod languages;
mod local_names;
mod ranking;
mod search;
mod shared_corpus;
mod sync;
mod titles;
mod watch;
