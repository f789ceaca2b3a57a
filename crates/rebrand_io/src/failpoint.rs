//! Deterministic kill points for the test suite: with `REBRAND_TEST_ABORT_AT_WRITE_STEP=N` in the
//! environment the process aborts (as a `SIGKILL` would end it, running no destructor) at the N-th
//! write step of the run, so a test can stop an apply between any two steps and check that a plain
//! re-run finishes the job.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

/// The environment variable that names the step to abort at.
const VARIABLE: &str = "REBRAND_TEST_ABORT_AT_WRITE_STEP";

static ABORT_AT: OnceLock<Option<u64>> = OnceLock::new();
static STEPS: AtomicU64 = AtomicU64::new(0);

/// Marks one write step done; aborts the process when it is the step the environment names.
pub(crate) fn step() {
    let abort_at = ABORT_AT.get_or_init(|| {
        std::env::var(VARIABLE)
            .ok()
            .and_then(|value| value.parse().ok())
    });
    if let Some(abort_at) = abort_at {
        if STEPS.fetch_add(1, Ordering::SeqCst) + 1 == *abort_at {
            std::process::abort();
        }
    }
}
