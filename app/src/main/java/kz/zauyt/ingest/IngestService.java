package kz.zauyt.ingest;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
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
 * registry a single run would have built. A document that cannot be read or stored, or whose reading
 * takes longer than its time budget, is counted with its reason and the batch goes on; only losing
 * the database stops it.
 */
public final class IngestService {

    private final DocumentStore store;
    private final Supplier<Extractor> extractor;
    private final ContractParser parser;
    private final int threads;
    private final Duration budget;

    /** How long one document may take to read and extract by default, as {@code extract --max-seconds}. */
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(120);

    /** {@code extractor} is asked for only when an article file (not JSON Lines) comes along. */
    public IngestService(DocumentStore store, Supplier<Extractor> extractor, ContractParser parser, int threads) {
        this(store, extractor, parser, threads, DEFAULT_BUDGET);
    }

    public IngestService(DocumentStore store, Supplier<Extractor> extractor, ContractParser parser, int threads,
                         Duration budget) {
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("a document's time budget must be above 0, got " + budget);
        }
        this.budget = budget;
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
        // the planner's statistics are refreshed each time the registry grew by a factor of four (a small
        // one plans as if empty otherwise), then every 16,384 documents: a run of a few thousand documents
        // into a registry of a hundred thousand needs none (analysing one costs seconds)
        long before = store.estimatedDocuments();
        Tally tally = new Tally(nextAnalysis(before) - before);
        IngestSession session = store.session(tally);
        try {
            // documents are read on worker threads and stored here in input order, each as soon as it
            // and those before it are read (a document's writes go with the next one's reading, or alone
            // when the next is not read yet); one that takes longer than its budget is reported, not waited for
            InOrder.run(items, threads, budget, this::load,
                    (item, b) -> new Loaded(item.source(), null, item.source() + ": took longer than " + seconds(b) + " s"),
                    loaded -> {
                        long n = tally.read++;
                        if (loaded.failure() != null) {
                            tally.failures.put(n, new IngestSummary.Failure(loaded.source(), loaded.failure()));
                        } else {
                            tally.storing.add(n);
                            storeOne(session, loaded);
                            if (++tally.stored == tally.nextAnalyze) {
                                session.flush();
                                store.analyze();
                                tally.nextAnalyze = nextAnalysis(before + tally.stored) - before;
                            }
                        }
                        progress.done(loaded.source());
                    }, session::flush);
            session.flush();
        } finally {
            session.close();
        }
        long[] o = tally.outcomes;
        return new IngestSummary(tally.read, o[Outcome.NEW.ordinal()], o[Outcome.UNCHANGED.ordinal()],
                o[Outcome.REEXTRACTED.ordinal()], new ArrayList<>(tally.failures.values()));
    }

    /**
     * What one run has counted so far, and how each stored document ended (told in input order, possibly
     * after the next document was handed on); touched only by the storing thread.
     */
    private static final class Tally implements IngestSession.Listener {
        final long[] outcomes = new long[Outcome.values().length];
        /** By input position, so a store failure told late still lists in order. */
        final java.util.SortedMap<Long, IngestSummary.Failure> failures = new java.util.TreeMap<>();
        /** The input positions of documents handed to the session whose end is not told yet. */
        final java.util.Deque<Long> storing = new java.util.ArrayDeque<>();
        long read;
        long stored;
        long nextAnalyze;

        Tally(long nextAnalyze) {
            this.nextAnalyze = nextAnalyze;
        }

        @Override
        public void stored(Article a, Outcome outcome) {
            storing.remove();
            outcomes[outcome.ordinal()]++;
        }

        /** Losing the database is not one document's fault: it ends the run. */
        @Override
        public void failed(Article a, RuntimeException e) {
            long n = storing.remove();
            if (databaseGone(e)) {
                throw new IllegalStateException("lost the registry database while storing " + a.source() + ": "
                        + e.getMessage(), e);
            }
            failures.put(n, new IngestSummary.Failure(a.source(), a.source() + ": cannot store (" + rootMessage(e) + ")"));
        }
    }

    private static String seconds(Duration d) {
        double s = d.toMillis() / 1000.0;
        return s == Math.rint(s) ? String.valueOf((long) s) : String.valueOf(s);
    }

    /** A document read, with its profiles when they could be worked out on the reading thread. */
    private record Loaded(String source, Article article, DocumentStore.Prepared prepared, String failure) {

        Loaded(String source, Article article, String failure) {
            this(source, article, null, failure);
        }
    }

    /** Reads a document on a worker thread, and works out its match profiles there, outside the registry's lock. */
    private Loaded load(Inputs.Item item) {
        Article article;
        try {
            article = item.loader().load();
        } catch (ReadException e) {
            return new Loaded(item.source(), null, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // a bug of ours must not stop the batch: report it against the document and go on
            return new Loaded(item.source(), null, item.source() + ": reading failed (" + e + ")");
        }
        try {
            return new Loaded(item.source(), article, store.prepare(article), null);
        } catch (RuntimeException | StackOverflowError e) {
            // storing works them out again and reports the failure against the document, as it always has
            return new Loaded(item.source(), article, null);
        }
    }

    private Article article(Path file) throws ReadException {
        return Article.of(extractor.get().extract(file));
    }

    /** Hands one document to the session, which tells the tally how it ended. */
    private static void storeOne(IngestSession session, Loaded loaded) {
        if (loaded.prepared() != null) {
            session.store(loaded.prepared());
        } else {
            session.store(loaded.article());
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
