package kz.zauyt.ingest;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import kz.zauyt.extract.Extractor;
import kz.zauyt.extract.document.ReadException;
import kz.zauyt.registry.document.Article;
import kz.zauyt.registry.document.DocumentStore;
import kz.zauyt.registry.document.IngestSession;
import kz.zauyt.registry.document.Outcome;

/**
 * {@code zauyt ingest}: reads articles and JSON Lines, and stores each document in its own transaction.
 *
 * <p>Reading and extraction run on worker threads; storing runs on the calling thread in input order,
 * so projects resolve the same way on every run and an interrupted run, run again, finishes with the
 * registry a single run would have built. A document that cannot be read or stored is counted with
 * its reason and the batch goes on; only losing the database stops it.
 */
public final class IngestService {

    private final DocumentStore store;
    private final Supplier<Extractor> extractor;
    private final ContractParser parser;
    private final int threads;

    /** {@code extractor} is asked for only when an article file (not JSON Lines) comes along. */
    public IngestService(DocumentStore store, Supplier<Extractor> extractor, ContractParser parser, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("ingest needs at least one thread, got " + threads);
        }
        this.store = store;
        this.extractor = memoize(extractor);
        this.parser = parser;
        this.threads = threads;
    }

    /** The registry size (in documents) at which to analyse next, for one of {@code documents}. */
    static long nextAnalysis(long documents) {
        return Math.min(Math.max(documents, 16) * 4, documents + 16_384);
    }

    public IngestSummary ingest(List<Path> paths, Progress progress) {
        Inputs inputs = Inputs.of(paths);
        progress.start(inputs.count());
        Iterator<Inputs.Item> items = inputs.items(this::article, parser);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        IngestSession session = store.session();
        long read = 0;
        long stored = 0;
        // the planner's statistics are refreshed each time the registry grew by a factor of four (a small
        // one plans as if empty otherwise), then every 16,384 documents: a run of a few thousand documents
        // into a registry of a hundred thousand needs none (analysing one costs seconds)
        long before = store.estimatedDocuments();
        long nextAnalyze = nextAnalysis(before) - before;
        long[] outcomes = new long[Outcome.values().length];
        List<IngestSummary.Failure> failures = new ArrayList<>();
        try {
            // a bounded window of loads in flight keeps order and memory in check
            Deque<Pending> window = new ArrayDeque<>();
            int depth = threads * 8;
            while (items.hasNext() || !window.isEmpty()) {
                while (window.size() < depth && items.hasNext()) {
                    Inputs.Item item = items.next();
                    window.add(new Pending(item.source(), pool.submit(() -> load(item))));
                }
                Pending next = window.poll();
                read++;
                Loaded loaded = get(next.future());
                if (loaded.failure() != null) {
                    failures.add(new IngestSummary.Failure(next.source(), loaded.failure()));
                } else {
                    String problem = storeOne(session, loaded.article(), outcomes);
                    if (problem != null) {
                        failures.add(new IngestSummary.Failure(next.source(), problem));
                    }
                    if (++stored == nextAnalyze) {
                        store.analyze();
                        nextAnalyze = nextAnalysis(before + stored) - before;
                    }
                }
                progress.done(next.source());
            }
        } finally {
            pool.shutdownNow();
            session.close();
        }
        return new IngestSummary(read, outcomes[Outcome.NEW.ordinal()], outcomes[Outcome.UNCHANGED.ordinal()],
                outcomes[Outcome.REEXTRACTED.ordinal()], failures);
    }

    private record Pending(String source, Future<Loaded> future) {
    }

    private record Loaded(Article article, String failure) {
    }

    private static Loaded load(Inputs.Item item) {
        try {
            return new Loaded(item.loader().load(), null);
        } catch (ReadException e) {
            return new Loaded(null, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // a bug of ours must not stop the batch: report it against the document and go on
            return new Loaded(null, item.source() + ": reading failed (" + e + ")");
        }
    }

    private Article article(Path file) throws ReadException {
        return Article.of(extractor.get().extract(file));
    }

    /** Stores one document; returns why it failed, or null. Losing the database is not one document's fault. */
    private static String storeOne(IngestSession session, Article a, long[] outcomes) {
        try {
            outcomes[session.store(a).ordinal()]++;
            return null;
        } catch (RuntimeException e) {
            if (databaseGone(e)) {
                throw new IllegalStateException("lost the registry database while storing " + a.source() + ": "
                        + e.getMessage(), e);
            }
            return a.source() + ": cannot store (" + rootMessage(e) + ")";
        }
    }

    /** SQLSTATE class 08 (connection exception) and 57P (operator intervention: shutdown). */
    private static boolean databaseGone(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException) {
                String state = ((SQLException) t).getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null ? t.toString() : m.lines().findFirst().orElse(m);
    }

    private static Loaded get(Future<Loaded> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        } catch (ExecutionException e) {
            return new Loaded(null, "reading failed (" + e.getCause() + ")");
        }
    }

    private static <T> Supplier<T> memoize(Supplier<T> s) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = s.get();
                }
                return value;
            }
        };
    }
}
