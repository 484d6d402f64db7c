//! A value a thread builds while the caller does something else.

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

    pub(super) fn get(&mut self) -> anyhow::Result<&T> {
        if let Some(handle) = self.building.take() {
            self.built = handle.join().ok();
        }
        self.built
            .as_ref()
            .ok_or_else(|| anyhow::anyhow!("building the name matcher failed"))
    }
}
