//! Links the `pundex` binary at a fixed address (not as a PIE) on Linux.
//!
//! Each run is a short process, and a PIE first relocates some 47,000
//! pointers, touching ~250 extra pages: about 1.3 ms of a 7 ms search
//! (measured with `benches/compare.sh`). Only the binary is affected, not
//! the library or the tests' own executables.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}
