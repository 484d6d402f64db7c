//! A value a thread builds while the caller does something else.

use super::SyncError;

/// A value a thread is building, waited for on first use.
pub(super) struct Pending<T> {
    /// The build's result, or its panic's message.
    building: Option<std::thread::JoinHandle<Result<Result<T, SyncError>, String>>>,
    /// The value, or why it could not be built, once the thread is joined.
    built: Option<Result<T, String>>,
}

impl<T: Send + 'static> Pending<T> {
    pub(super) fn spawn(
        build: impl FnOnce() -> Result<T, SyncError> + Send + 'static,
    ) -> Pending<T> {
        Pending {
            building: Some(std::thread::spawn(|| crate::bug::catch(build))),
            built: None,
        }
    }

    /// The value; the build's error, or the panic's message when the thread
    /// building it panicked. A later call repeats the first one's failure.
    pub(super) fn get(&mut self) -> Result<&T, SyncError> {
        if let Some(handle) = self.building.take() {
            let caught = handle
                .join()
                .map_err(|payload| crate::bug::message(&*payload));
            match caught.and_then(|built| built) {
                Ok(Ok(built)) => self.built = Some(Ok(built)),
                Ok(Err(error)) => {
                    self.built = Some(Err(error.to_string()));
                    return Err(error);
                }
                Err(message) => {
                    self.built = Some(Err(message.clone()));
                    return Err(SyncError::MatcherFailed(message));
                }
            }
        }
        match &self.built {
            Some(Ok(built)) => Ok(built),
            Some(Err(message)) => Err(SyncError::MatcherFailed(message.clone())),
            None => unreachable!("a Pending is built or building"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gives_the_value_its_error_or_its_panic_every_time() {
        let mut value = Pending::spawn(|| Ok(7));
        assert_eq!(*value.get().unwrap(), 7);
        assert_eq!(*value.get().unwrap(), 7);

        let mut failed: Pending<u8> =
            Pending::spawn(|| Err(SyncError::MatcherFailed("no names".into())));
        for _ in 0..2 {
            let error = failed.get().unwrap_err().to_string();
            assert!(error.contains("no names"), "{error}");
        }

        let mut panicked: Pending<u8> = Pending::spawn(|| panic!("a bug"));
        for _ in 0..2 {
            let error = panicked.get().unwrap_err().to_string();
            assert!(error.contains("a bug"), "{error}");
        }
    }
}
