//! `pundex alerts`: the saved searches of pundex.toml, each checked against
//! the index and lexicon as `index --alerts` would check it.

use crate::cli::AlertsArgs;
use crate::context::Context;
use pundex::render::{json, terminal};
use std::io::Write;

pub fn run(args: &AlertsArgs, ctx: &Context) -> anyhow::Result<()> {
    if let Some(dir) = &args.dir {
        super::check_folder(dir, "to read pundex.toml from")?;
    }
    let open = super::open_index(ctx)?;
    let alerts = super::resolve_alerts(ctx, &open, open.state.root.as_deref(), None)?;
    let mut out = super::stdout();
    if args.json {
        for (saved, alert) in &alerts {
            json::line(&mut out, &json::SavedSearchRecord::new(saved, alert))?;
        }
    } else {
        terminal::saved_searches(&mut out, &alerts, ctx.style)?;
    }
    out.flush()?;
    Ok(())
}
