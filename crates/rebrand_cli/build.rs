//! Build script: the version `rebrand --version` prints, with the commit when the source is a git
//! checkout, so a bug report names exactly what was run.

fn main() {
    let commit = std::process::Command::new("git")
        .args(["rev-parse", "--short=12", "HEAD"])
        .output()
        .ok()
        .filter(|output| output.status.success())
        .map(|output| String::from_utf8_lossy(&output.stdout).trim().to_owned())
        .unwrap_or_default();
    let version = env!("CARGO_PKG_VERSION");
    let shown = if commit.is_empty() {
        version.to_owned()
    } else {
        format!("{version} ({commit})")
    };
    println!("cargo:rustc-env=REBRAND_VERSION={shown}");
    // A new commit changes the branch's ref; cargo scans these for changes.
    println!("cargo:rerun-if-changed=../../.git/HEAD");
    println!("cargo:rerun-if-changed=../../.git/refs/heads");
}
