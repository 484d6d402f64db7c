//! Keeping the index in step with a folder: walk it (`scan`), compare it
//! with the manifest (`plan`) and apply the plan in one commit (`apply`).
//! `pundex index` and `pundex watch` both write through a [`Session`]
//! (`session`), whose matcher a thread builds meanwhile (`pending`).

mod apply;
mod pending;
mod plan;
mod scan;
mod session;

pub use apply::{Summary, SyncTarget, apply};
pub use plan::{Redo, Scope, SyncPlan, plan, plan_scope};
pub use scan::{FoundFile, is_article_path, is_temporary, mtime_of, relative, walk, walk_from};
use serde::Serialize;
pub use session::Session;

/// A file that was not indexed, and why.
#[derive(Debug, Clone, Serialize)]
pub struct Skipped {
    pub path: String,
    pub reason: String,
}
