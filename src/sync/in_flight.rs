//! A bound on the text waiting in tantivy's indexing queue.
//!
//! tantivy's writer queues up to 10,000 documents for its indexing threads.
//! When reading and extracting outrun indexing (or merges take the cores),
//! that queue fills: 10,000 UN speeches are some 200 MB, 10,000 long reports
//! far more, whatever the writer's memory budget says. So each document
//! carries a [`Permit`] for its size; a parsing thread waits while the
//! documents in the queue already hold [`InFlight`]'s limit, and an indexing
//! thread gives the permit back when it has indexed the document.
//!
//! A writer whose indexing threads have died (a full disk) gives nothing
//! back, and keeps what is queued until it is dropped. So a thread waits at
//! most [`PATIENCE`] and then goes ahead: tantivy's `add_document` reports
//! the dead writer, as it did before this bound, instead of a wait forever.

use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};
use tantivy::TantivyDocument;
use tantivy::schema::document::Document;

/// The longest a thread waits for room: far longer than an indexing thread
/// usually takes to write out a segment. A live writer that is slower still
/// only lets the queue pass the limit for a while.
pub const PATIENCE: Duration = Duration::from_secs(10);

/// Bytes of documents handed to the writer and not yet indexed.
#[derive(Debug)]
pub struct InFlight {
    limit: usize,
    patience: Duration,
    held: Mutex<usize>,
    released: Condvar,
}

impl InFlight {
    pub fn new(limit: usize) -> Arc<InFlight> {
        InFlight::with_patience(limit, PATIENCE)
    }

    fn with_patience(limit: usize, patience: Duration) -> Arc<InFlight> {
        Arc::new(InFlight {
            limit,
            patience,
            held: Mutex::new(0),
            released: Condvar::new(),
        })
    }

    /// Waits until `bytes` fit under the limit, then holds them until the
    /// permit is dropped. A document larger than the limit waits for an
    /// empty queue and then goes alone. Past the patience, it goes anyway.
    pub fn acquire(self: &Arc<InFlight>, bytes: usize) -> Permit {
        let deadline = Instant::now() + self.patience;
        let mut held = self.held.lock().unwrap_or_else(|e| e.into_inner());
        while *held > 0 && *held + bytes > self.limit {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                break;
            }
            held = self
                .released
                .wait_timeout(held, left)
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
        *held += bytes;
        Permit {
            bytes,
            pool: Arc::clone(self),
        }
    }

    /// Bytes held now.
    #[cfg(test)]
    fn held(&self) -> usize {
        *self.held.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// A share of [`InFlight`], given back on drop.
#[derive(Debug)]
pub struct Permit {
    bytes: usize,
    pool: Arc<InFlight>,
}

impl Drop for Permit {
    fn drop(&mut self) {
        let mut held = self.pool.held.lock().unwrap_or_else(|e| e.into_inner());
        *held -= self.bytes;
        self.pool.released.notify_all();
    }
}

/// A document with its permit: tantivy drops it, and so gives the permit
/// back, once an indexing thread has indexed it.
pub struct QueuedDocument {
    doc: TantivyDocument,
    _permit: Permit,
}

impl QueuedDocument {
    pub fn new(doc: TantivyDocument, permit: Permit) -> QueuedDocument {
        QueuedDocument {
            doc,
            _permit: permit,
        }
    }
}

impl Document for QueuedDocument {
    type Value<'a> = <TantivyDocument as Document>::Value<'a>;
    type FieldsValuesIter<'a> = <TantivyDocument as Document>::FieldsValuesIter<'a>;

    fn iter_fields_and_values(&self) -> Self::FieldsValuesIter<'_> {
        self.doc.iter_fields_and_values()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn permits_add_up_and_are_given_back_on_drop() {
        let pool = InFlight::new(100);
        let a = pool.acquire(40);
        let b = pool.acquire(60);
        assert_eq!(pool.held(), 100);
        drop(a);
        assert_eq!(pool.held(), 60);
        drop(b);
        assert_eq!(pool.held(), 0);
    }

    #[test]
    fn a_document_larger_than_the_limit_goes_alone() {
        let pool = InFlight::new(10);
        let big = pool.acquire(1_000);
        assert_eq!(pool.held(), 1_000);
        drop(big);
        assert_eq!(pool.held(), 0);
    }

    /// Nothing gives room back (a writer whose threads died): a thread
    /// waits its patience out and goes ahead rather than wait forever.
    #[test]
    fn a_wait_nobody_ends_gives_up_after_the_patience() {
        let pool = InFlight::with_patience(10, Duration::from_millis(50));
        let stuck = pool.acquire(10);
        let started = Instant::now();
        let late = pool.acquire(5);
        assert!(started.elapsed() >= Duration::from_millis(50));
        assert_eq!(pool.held(), 15);
        drop((stuck, late));
        assert_eq!(pool.held(), 0);
    }

    /// Through a real writer: with a limit of a few documents, adding many
    /// more only works if tantivy's indexing thread drops each document
    /// (giving its permit back) once indexed; afterwards nothing is held.
    #[test]
    fn tantivy_gives_permits_back_as_it_indexes() {
        use tantivy::schema::{STORED, Schema, TEXT};
        let mut schema = Schema::builder();
        let body = schema.add_text_field("body", TEXT | STORED);
        let index = tantivy::Index::create_in_ram(schema.build());
        let mut writer: tantivy::IndexWriter<QueuedDocument> =
            index.writer_with_num_threads(1, 15_000_000).unwrap();
        let pool = InFlight::new(300);
        for i in 0..500 {
            let text = format!("document number {i} of a long run");
            let permit = pool.acquire(text.len() * 4);
            writer
                .add_document(QueuedDocument::new(tantivy::doc!(body => text), permit))
                .unwrap();
        }
        writer.commit().unwrap();
        assert_eq!(pool.held(), 0);
        let searcher = index.reader().unwrap().searcher();
        assert_eq!(searcher.num_docs(), 500);
    }

    /// Many threads acquiring and releasing at random: the bytes held never
    /// pass the limit (except for one oversized document alone), and every
    /// thread finishes.
    #[test]
    fn the_limit_holds_under_contention() {
        let pool = InFlight::new(1_000);
        let worst = Arc::new(AtomicUsize::new(0));
        std::thread::scope(|s| {
            for t in 0..8usize {
                let pool = Arc::clone(&pool);
                let worst = Arc::clone(&worst);
                s.spawn(move || {
                    let mut seed = t as u64 + 1;
                    for _ in 0..200 {
                        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
                        let bytes = (seed >> 33) as usize % 700 + 1;
                        let permit = pool.acquire(bytes);
                        let held = pool.held();
                        worst.fetch_max(held, Ordering::SeqCst);
                        if seed.is_multiple_of(7) {
                            std::thread::sleep(Duration::from_micros(50));
                        }
                        drop(permit);
                    }
                });
            }
        });
        assert!(worst.load(Ordering::SeqCst) <= 1_000);
        assert_eq!(pool.held(), 0);
    }
}
