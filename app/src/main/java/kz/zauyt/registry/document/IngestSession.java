package kz.zauyt.registry.document;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import kz.zauyt.registry.db.Database;
import kz.zauyt.registry.db.ResolutionLock;
import kz.zauyt.registry.db.Script;
import kz.zauyt.registry.project.Profile;
import org.jdbi.v3.core.Handle;

/**
 * Stores a run of documents, each in a transaction of its own, deciding exactly as storing them one at a
 * time would, while the registry works on one document and this process on the next.
 *
 * <ul>
 * <li>The registry's write lock is held across documents in slices of half a second instead of being taken
 * in every transaction, and a slice is let go only when someone waits for the lock (a split, a merge,
 * another ingest), who then waits half a second at most. The lock is a session-level advisory lock on the
 * same key as the per-transaction one, so the two exclude each other; if the process dies, the lock dies
 * with its connection.
 * <li>A document's writes are one script sent without a BEGIN: PostgreSQL runs statements sent together
 * that way as one implicit transaction, committed after the last, so the commit costs no round trip of its
 * own, and a failure leaves none of the document.
 * <li>While the lock is held without a break, the session keeps what it read and wrote lately: the mentions
 * of the projects it wrote ({@link KnownProjects}), so joining a project seen lately reads nothing back,
 * and each key's newest mentions with their match profiles ({@link KnownKeys}), so the candidate search
 * reads only keys and mentions it has not seen.
 * <li>Scripts run in order on one connection, from a thread of their own. A document's reading goes ahead
 * of the writes of the document before it, which this thread builds (the projects' summaries) while the
 * registry reads; the registry then writes while this thread places the document. The reading does not see
 * those writes, and what they add (mentions at the head of their keys' lists) is added to what it read
 * ({@link KnownKeys#candidates}); where more would differ (the document before is re-extracted or pinned
 * by hand, or is the same text) the reading goes after the writes instead. Reads that need no writes on
 * their way (profiles of stored mentions, mentions of projects those writes do not touch, a town's plants
 * of an industry they do not add to) go to a second connection meanwhile; others wait for the writes.
 * </ul>
 *
 * <p>Each document's end is told to the {@link Listener} once, in input order, possibly during a later
 * call: a document is stored when its writes are committed, not when {@link #store} returns. When writes
 * fail (or a reading), the documents after them that were read or placed meanwhile are stored again one at a
 * time, as if the failure had come first.
 */
public final class IngestSession implements AutoCloseable {

    /** Hears how each document handed to the session ended. */
    public interface Listener {
        void stored(Article a, Outcome outcome);

        /** Storing {@code a} failed, and nothing of it was written; may throw to end the run. */
        void failed(Article a, RuntimeException e);
    }

    private static final long SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    /** Whether another session of this database waits for the write lock (the key as PostgreSQL splits it). */
    private static final String WAITING = "select exists (select 1 from pg_locks where locktype = 'advisory' "
            + "and not granted and database = (select oid from pg_database where datname = current_database()) "
            + "and classid::bigint = " + (ResolutionLock.KEY >>> 32) + " and objid::bigint = "
            + (ResolutionLock.KEY & 0xffffffffL) + " and objsubid = 1)";

    /** The connection scripts run on, in order, from {@link #db}'s thread only; it holds the lock. */
    private final Handle h;
    /** A connection for reads of committed rows from this thread while a script runs. */
    private final Handle side;
    private final ExecutorService db;
    private final DocumentStore store;
    private final Listener listener;
    private final KnownProjects projects = new KnownProjects();
    private final KnownKeys keys = new KnownKeys();
    /** The documents handed over and not told yet, in input order: writes sent, then one placed, then one read. */
    private final Deque<Doc> open = new ArrayDeque<>();
    private long lockedAt;
    private boolean locked;

    /** A document on its way through the session. */
    private static final class Doc {
        final DocumentStore.Prepared prepared;
        /** Its reading once answered (read again, it keeps the ids this one gave it). */
        Reading reading;
        DocumentStore.Placed placed;
        DocumentStore.Write write;
        /** Its writes, once sent. */
        Future<?> done;
        /** Whether they were sent with the next document's reading, whose failure would look like theirs. */
        boolean withReading;
        /** Its reading, once sent: stored again after a failure, it keeps the ids that reading gave it. */
        Asked asked;
        Future<?> read;

        Doc(DocumentStore.Prepared prepared) {
            this.prepared = prepared;
        }

        Article article() {
            return prepared.article();
        }
    }

    /** Writes before a document failed after it was read or placed: it and those after it are stored again. */
    private static final class Replay extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Replay() {
            this(null);
        }

        /** {@code cause}: the failure of resolution itself, told if it fails again on its own. */
        Replay(RuntimeException cause) {
            super(null, cause, false, false);
        }
    }

    IngestSession(Handle h, Handle side, DocumentStore store, Listener listener) {
        this.h = h;
        this.side = side;
        this.store = store;
        this.listener = listener;
        this.db = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "zauyt-registry");
            t.setDaemon(true);
            return t;
        });
        // the same few statements run for every document: plan them once (their planning, with the
        // candidate search's joins, costs more than running them) rather than for each parameter set
        for (Handle c : List.of(h, side)) {
            c.execute("set plan_cache_mode = force_generic_plan");
            try {
                c.getConnection().setAutoCommit(true);
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
    }

    /** Stores a document, working out its profiles here (they failed on the reading thread, say). */
    public void store(Article a) {
        DocumentStore.Prepared prepared;
        try {
            prepared = store.prepare(a);
        } catch (RuntimeException e) {
            flush(); // the documents before it end first
            listener.failed(a, e);
            return;
        }
        store(prepared);
    }

    /** Stores a document whose profiles were worked out beforehand ({@link DocumentStore#prepare}). */
    public void store(DocumentStore.Prepared prepared) {
        lock();
        Doc next = new Doc(prepared);
        Doc before = open.isEmpty() || open.getLast().write != null ? null : open.getLast();
        open.add(next);
        try {
            step(before, next);
        } catch (Replay r) {
            replay();
        }
    }

    /** Sends the last document's writes, if any wait, and waits for everything sent: when no document follows soon. */
    public void flush() {
        try {
            if (!open.isEmpty() && open.getLast().write == null) {
                send(open.getLast());
            }
            confirm(d -> true);
        } catch (Replay r) {
            replay();
        }
    }

    /** Reads {@code next}, with or ahead of the writes of the placed document {@code before}, and places it. */
    private void step(Doc before, Doc next) {
        Script s = new Script();
        List<Profile> unseen = List.of();
        if (before != null && ahead(before.placed, next.prepared)) {
            next.asked = ask(s, next);
            next.read = submit(s);
            unseen = before.placed.mentions();
            send(before);
        } else {
            if (before != null) {
                build(before);
                confirm(d -> d != before);
                s.addAll(before.write.script());
            }
            next.asked = ask(s, next);
            next.read = submit(s);
            if (before != null) {
                before.done = next.read;
                before.withReading = true;
            }
        }
        if (await(next.read) != null) {
            throw new Replay(); // the reading failed, or the writes sent with it: apart, each tells whose it is
        }
        place(next, next.asked.answered(), unseen);
    }

    /**
     * Whether {@code next}'s reading may go before {@code before}'s writes: they add mentions and projects,
     * which the candidates make up for, and nothing else it reads (a re-extraction removes mentions, a
     * manual pin makes a project other pins may name, and the same text reads its own row).
     */
    private static boolean ahead(DocumentStore.Placed before, DocumentStore.Prepared next) {
        return before.outcome() != Outcome.REEXTRACTED && before.reading().pins().isEmpty()
                && !before.article().id().equals(next.article().id());
    }

    /** A document's reading and candidate search, added to a script. */
    private record Asked(Doc doc, Reading.Ask reading, KnownKeys.Search search) {

        /** Puts the reading on its document once the script has run. */
        KnownKeys.Search answered() {
            doc.reading = reading.answer();
            return search;
        }
    }

    private Asked ask(Script s, Doc d) {
        Set<String> searched = DocumentStore.keys(d.prepared);
        return new Asked(d, Reading.ask(s, d.article(), searched, false, d.reading), keys.ask(s, d.article(), searched));
    }

    /** Places a document whose reading has come; what it adds is remembered for the next one's search. */
    private void place(Doc d, KnownKeys.Search search, List<Profile> unseen) {
        String id = d.article().id();
        try {
            d.placed = store.place(d.prepared, d.reading, () -> keys.candidates(side, search, unseen), key -> {
                // a town's plants, as the registry counts them once the writes on their way that add to them are in
                confirm(w -> w.write.mentions().stream().anyMatch(p -> KnownKeys.written(p).contains(key)));
                return Reading.rivals(side, key, id);
            });
        } catch (Replay r) {
            throw r;
        } catch (RuntimeException e) {
            throw new Replay(e); // stored again on its own, it fails again and is told so
        }
        keys.remember(d.placed);
    }

    /** Builds {@code d}'s writes and sends them once the writes before them are known to be in. */
    private void send(Doc d) {
        build(d);
        confirm(x -> x != d);
        d.done = submit(d.write.script());
    }

    private void build(Doc d) {
        String id = d.article().id();
        try {
            d.write = store.write(d.placed, ids -> projects.mentionsOf(ids, id, unknown -> {
                // a project the writes on their way touch is known; if it was let go, they go in first
                confirm(w -> unknown.stream().anyMatch(p -> w.write.projects().containsKey(p) || w.write.removed().contains(p)));
                return Reading.mentionsOf(side, unknown, id);
            }));
        } catch (Replay r) {
            throw r;
        } catch (RuntimeException e) {
            throw new Replay(e);
        }
        projects.remember(d.write);
    }

    /**
     * Waits for the writes sent, oldest first, up to the last one {@code which} picks (none picked, nothing
     * waited for), and tells the listener of each stored document; a failure starts {@link #replay}.
     */
    private void confirm(Predicate<Doc> which) {
        Doc last = null;
        for (Doc d : open) {
            if (d.done != null && which.test(d)) {
                last = d;
            }
        }
        while (last != null && !open.isEmpty() && open.getFirst().done != null) {
            Doc d = open.getFirst();
            if (await(d.done) != null) {
                throw new Replay();
            }
            open.removeFirst();
            listener.stored(d.article(), d.write.outcome());
            if (d == last) {
                return;
            }
        }
    }

    /**
     * After a failure: waits for every write sent and tells how each ended, forgets what the session knew,
     * and stores the documents left one at a time, each read after the last is in.
     */
    private void replay() {
        while (!open.isEmpty() && open.getFirst().done != null) {
            Doc d = open.removeFirst();
            RuntimeException failure = await(d.done);
            if (failure != null && d.withReading) {
                failure = await(submit(d.write.script())); // the reading's failure, or its own?
            }
            if (failure == null) {
                listener.stored(d.article(), d.write.outcome());
            } else {
                listener.failed(d.article(), failure);
            }
        }
        forget();
        for (Doc d : open) {
            if (d.reading == null && d.read != null && await(d.read) == null) {
                d.asked.answered(); // the ids it was given, as storing it alone after the failure would have
            }
        }
        while (!open.isEmpty()) {
            alone(open.removeFirst());
        }
    }

    /** Stores {@code d} on its own, nothing else on its way. */
    private void alone(Doc d) {
        d.placed = null;
        d.write = null;
        d.done = null;
        Script s = new Script();
        Asked asked = ask(s, d);
        RuntimeException failure = await(submit(s));
        if (failure == null) {
            try {
                place(d, asked.answered(), List.of());
                build(d);
                failure = await(submit(d.write.script()));
            } catch (Replay r) {
                failure = r.getCause() instanceof RuntimeException e ? e : new IllegalStateException("resolution failed", r);
            }
        }
        if (failure != null) {
            forget();
            listener.failed(d.article(), failure);
            return;
        }
        listener.stored(d.article(), d.write.outcome());
    }

    private void forget() {
        projects.forget();
        keys.forget();
    }

    private Future<?> submit(Script s) {
        return db.submit(() -> {
            if (!s.isEmpty()) {
                s.run(h);
            }
        });
    }

    private static RuntimeException await(Future<?> f) {
        try {
            f.get();
            return null;
        } catch (ExecutionException e) {
            return e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while storing", e);
        }
    }

    private void lock() {
        if (locked && System.nanoTime() - lockedAt > SLICE_NANOS) {
            if (side.createQuery(WAITING).mapTo(Boolean.class).one()) {
                // what was decided under the lock is committed before it is let go; after it, another
                // writer may have changed any project
                flush();
                onDb("select pg_advisory_unlock(?)");
                locked = false;
                forget();
            } else {
                lockedAt = System.nanoTime();
            }
        }
        if (!locked) {
            onDb("select pg_advisory_lock(?)");
            locked = true;
            lockedAt = System.nanoTime();
        }
    }

    private void onDb(String lockCall) {
        RuntimeException failure = await(db.submit(() -> {
            h.execute(lockCall, ResolutionLock.KEY);
        }));
        if (failure != null) {
            throw failure;
        }
    }

    /** Ends the session; writes not {@link #flush flushed} are dropped (the run is ending on an error). */
    @Override
    public void close() {
        try {
            await(db.submit(() -> { })); // whatever was sent has ended: the connection is idle
            if (locked) {
                onDb("select pg_advisory_unlock(?)");
            }
            // the connections go back to the pool, where queries are planned for their own values
            for (Handle c : List.of(h, side)) {
                c.execute("set plan_cache_mode = " + Database.PLANS);
            }
        } catch (RuntimeException e) {
            // the connection is gone, and the lock with it; the caller is already reporting why
        } finally {
            db.shutdownNow();
            h.close();
            side.close();
        }
    }
}
