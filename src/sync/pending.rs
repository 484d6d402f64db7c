//! A value a thread builds while the caller does something else.

use super::{SyncError, panic_message};

/// A value a thread is building, waited for on first use.
pub(super) struct Pending<T> {
    building: Option<std::thread::JoinHandle<T>>,
    built: Option<T>,
}

impl<T: Send + 'static> Pending<T> {
    pub(super) fn spawn(build: impl FnOnce() -> T + Send + 'static) -> Pending<T> {
        Pending {
            building: Some(std::thread::spawn(build)),
            built: None,
        }
    }

    /// The value; the panic's message when the thread building it panicked.
    pub(super) fn get(&mut self) -> Result<&T, SyncError> {
        if let Some(handle) = self.building.take() {
            match handle.join() {
                Ok(built) => self.built = Some(built),
                Err(payload) => return Err(SyncError::MatcherFailed(panic_message(&*payload))),
            }
        }
        self.built
            .as_ref()
            .ok_or_else(|| SyncError::MatcherFailed("it panicked earlier".to_owned()))
    }
}
