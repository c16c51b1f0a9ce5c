package kz.zauyt.follow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.zauyt.extract.document.ReadException;
import kz.zauyt.follow.feed.FeedException;
import kz.zauyt.follow.feed.FeedReader;
import kz.zauyt.follow.feed.Item;
import kz.zauyt.follow.feed.Listing;
import kz.zauyt.follow.fetch.FetchException;
import kz.zauyt.follow.fetch.Fetcher;
import kz.zauyt.follow.fetch.Page;
import kz.zauyt.follow.fetch.Validators;
import kz.zauyt.follow.warc.WarcArchive;
import kz.zauyt.ingest.IngestSummary;
import kz.zauyt.ingest.Progress;
import kz.zauyt.registry.document.Article;
import kz.zauyt.registry.document.DocumentStore;
import kz.zauyt.registry.document.Outcome;

/**
 * Follows the sources: a round polls the sources given, queues what they list, then reads every queued
 * article (fetch, WARC, engine, registry) as {@code ingest} stores a file. Sources and hosts go in
 * parallel, each host's articles one at a time in the order they were listed. A failing source or
 * article is recorded and the rest go on; only losing the database or the archive's disk stops a round.
 */
public final class Follower {

    /** How many child sitemaps of a sitemap index are read (news sitemaps come first in practice). */
    static final int CHILD_SITEMAPS = 3;

    private final Sources sources;
    private final Articles articles;
    private final Fetcher fetcher;
    private final ArticleReader reader;
    private final DocumentStore store;
    private final WarcArchive archive;
    private final Clock clock;
    private final int threads;

    public Follower(Sources sources, Articles articles, Fetcher fetcher, ArticleReader reader, DocumentStore store,
                    WarcArchive archive, Clock clock, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("follow needs at least one thread, got " + threads);
        }
        this.sources = sources;
        this.articles = articles;
        this.fetcher = fetcher;
        this.reader = reader;
        this.store = store;
        this.archive = archive;
        this.clock = clock;
        this.threads = threads;
    }

    public Round round(List<Source> polled, Progress progress) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Poll>> futures = new ArrayList<>();
            for (Source s : polled) {
                futures.add(pool.submit(() -> poll(s)));
            }
            List<Poll> polls = new ArrayList<>();
            for (Future<Poll> f : futures) {
                polls.add(get(f));
            }
            return new Round(polls, readQueue(pool, progress));
        } finally {
            pool.shutdownNow();
        }
    }

    Poll poll(Source s) {
        Instant now = clock.instant();
        try {
            Page p = fetcher.get(s.url(), new Validators(s.etag(), s.lastModified()));
            if (p.notModified()) {
                sources.unchanged(s, now);
                return new Poll(s, "ok", 0, 0, null);
            }
            Listing l = FeedReader.read(p.uri(), p.text(), s.kind(), s.links());
            List<Item> items = new ArrayList<>(l.items());
            for (URI child : l.sitemaps().subList(0, Math.min(CHILD_SITEMAPS, l.sitemaps().size()))) {
                Page c = fetcher.get(child, Validators.NONE);
                items.addAll(FeedReader.read(c.uri(), c.text(), Listing.Kind.SITEMAP, null).items());
            }
            int queued = sources.listed(s, items, p.etag(), p.lastModified(), now);
            return new Poll(s, "ok", items.size(), queued, null);
        } catch (FetchException e) {
            boolean robots = e.reason() == FetchException.Reason.ROBOTS;
            sources.failed(s, e.getMessage(), robots, now);
            return new Poll(s, robots ? "robots" : "failing", 0, 0, e.getMessage());
        } catch (FeedException e) {
            String why = s.url() + ": " + e.getMessage();
            sources.failed(s, why, false, now);
            return new Poll(s, "failing", 0, 0, why);
        }
    }

    private IngestSummary readQueue(ExecutorService pool, Progress progress) {
        List<Queued> queue = articles.pending();
        progress.start(queue.size());
        Map<String, List<Queued>> byHost = new LinkedHashMap<>();
        for (Queued q : queue) {
            byHost.computeIfAbsent(q.url().getHost(), h -> new ArrayList<>()).add(q);
        }
        long[] outcomes = new long[Outcome.values().length];
        List<IngestSummary.Failure> failures = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> hosts = new ArrayList<>();
        for (List<Queued> list : byHost.values()) {
            hosts.add(pool.submit(() -> {
                for (Queued q : list) {
                    String failure = read(q, outcomes);
                    if (failure != null) {
                        failures.add(new IngestSummary.Failure(q.url().toString(), failure));
                    }
                    synchronized (progress) {
                        progress.done(q.url().toString());
                    }
                }
            }));
        }
        hosts.forEach(Follower::get);
        return new IngestSummary(queue.size(), outcomes[Outcome.NEW.ordinal()], outcomes[Outcome.UNCHANGED.ordinal()],
                outcomes[Outcome.REEXTRACTED.ordinal()], failures);
    }

    /** Reads one queued article; returns why it failed, or null. */
    private String read(Queued q, long[] outcomes) {
        Instant now = clock.instant();
        Outcome outcome;
        try {
            Page p = fetcher.get(q.url(), new Validators(q.etag(), q.lastModified()));
            if (p.notModified()) {
                articles.unchanged(q.url(), now);
                outcome = Outcome.UNCHANGED;
            } else {
                archive.write(p); // the raw page is on disk before the registry hears of it
                Article a = reader.read(p, q.url());
                outcome = store(a);
                articles.stored(q.url(), q.sourceId(), a.id(), p.etag(), p.lastModified(), now);
                URI canonical = ArticleReader.canonical(p);
                if (canonical != null && !canonical.equals(q.url())) {
                    // known under its canonical address too, so a listing of that address is not read again
                    articles.stored(canonical, q.sourceId(), a.id(), null, null, now);
                }
            }
        } catch (FetchException e) {
            return failed(q, e.getMessage(), e.permanent());
        } catch (ReadException e) {
            return failed(q, e.getMessage(), true); // the same page reads the same way next time
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the WARC archive in " + archive.dir() + ": " + e.getMessage(), e);
        }
        synchronized (outcomes) {
            outcomes[outcome.ordinal()]++;
        }
        return null;
    }

    private String failed(Queued q, String why, boolean permanent) {
        boolean gaveUp = articles.failed(q.url(), why, permanent);
        return why + (!gaveUp ? " (will retry)" : permanent ? "" : " (given up after " + Articles.MAX_ATTEMPTS + " tries)");
    }

    private Outcome store(Article a) throws ReadException {
        try {
            return store.store(a);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SQLException s && s.getSQLState() != null
                        && (s.getSQLState().startsWith("08") || s.getSQLState().startsWith("57P"))) {
                    throw e; // the database is gone: not this article's fault, and nothing else can be stored
                }
            }
            throw new ReadException(a.source() + ": cannot store (" + e.getMessage() + ")", e);
        }
    }

    private static <T> T get(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("follow interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
