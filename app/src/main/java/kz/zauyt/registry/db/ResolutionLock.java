package kz.zauyt.registry.db;

import org.jdbi.v3.core.Handle;

/**
 * Serialises the transactions that move mentions between projects (storing a document, a manual
 * split or merge), so two of them never both create "the same new plant". A transaction-level
 * advisory lock: it is released at commit or rollback, and a killed client's dies with its session.
 */
public final class ResolutionLock {

    /** The advisory lock key: "zauyt_re". */
    public static final long KEY = 0x7a617579745f7265L;

    private ResolutionLock() {
    }

    public static void take(Handle h) {
        h.execute("select pg_advisory_xact_lock(?)", KEY);
    }
}
