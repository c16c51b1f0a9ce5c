package kz.zauyt.registry.document;

import java.util.concurrent.TimeUnit;
import kz.zauyt.registry.db.Database;
import kz.zauyt.registry.db.ResolutionLock;
import org.jdbi.v3.core.Handle;

/**
 * Stores a run of documents on one connection, one transaction each, holding the registry's write
 * lock across documents in slices of half a second instead of taking it in every transaction: a
 * round trip less per document, while a split, a merge or another ingest waits half a second at most
 * between slices. The lock is a session-level advisory lock on the same key as the per-transaction
 * one, so the two exclude each other; if the process dies, the lock dies with its connection.
 */
public final class IngestSession implements AutoCloseable {

    private static final long SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    private final Handle h;
    private final DocumentStore store;
    private long lockedAt;
    private boolean locked;

    IngestSession(Handle h, DocumentStore store) {
        this.h = h;
        this.store = store;
        // the same few statements run for every document: plan them once (their planning, with the
        // candidate search's joins, costs more than running them) rather than for each parameter set
        h.execute("set plan_cache_mode = force_generic_plan");
    }

    public Outcome store(Article a) {
        return store(store.prepare(a));
    }

    /** Stores a document whose profiles were worked out beforehand ({@link DocumentStore#prepare}). */
    public Outcome store(DocumentStore.Prepared a) {
        long now = System.nanoTime();
        if (locked && now - lockedAt > SLICE_NANOS) {
            release();
        }
        if (!locked) {
            h.execute("select pg_advisory_lock(?)", ResolutionLock.KEY);
            locked = true;
            lockedAt = System.nanoTime();
        }
        return h.inTransaction(t -> store.store(t, a));
    }

    private void release() {
        h.execute("select pg_advisory_unlock(?)", ResolutionLock.KEY);
        locked = false;
    }

    @Override
    public void close() {
        try {
            if (locked) {
                release();
            }
            // the connection goes back to the pool, where queries are planned for their own values
            h.execute("set plan_cache_mode = " + Database.PLANS);
        } catch (RuntimeException e) {
            // the connection is gone, and the lock with it; the caller is already reporting why
        } finally {
            h.close();
        }
    }
}
