package kz.zauyt.follow;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import kz.zauyt.extract.document.ReadException;
import kz.zauyt.follow.warc.WarcPages;
import kz.zauyt.ingest.IngestSummary;
import kz.zauyt.ingest.Progress;
import kz.zauyt.registry.document.Article;
import kz.zauyt.registry.document.DocumentStore;
import kz.zauyt.registry.document.Outcome;

/**
 * {@code zauyt reextract}: the registry rebuilt from the pages kept in the WARC archive, without
 * fetching anything. Each page is read by this build's engine and stored as {@code ingest} stores a
 * document: a text stored by an older extractor has its facts replaced, one already current is left
 * alone, and one the registry lacks (a fresh registry) is added with its article's address.
 */
public final class Reextract {

    private final ArticleReader reader;
    private final DocumentStore store;
    private final Articles articles;
    private final String extractorVersion;
    private final Clock clock;

    public Reextract(ArticleReader reader, DocumentStore store, Articles articles, String extractorVersion, Clock clock) {
        this.reader = reader;
        this.store = store;
        this.articles = articles;
        this.extractorVersion = extractorVersion;
        this.clock = clock;
    }

    public IngestSummary run(Path warcDir, Progress progress, List<String> problems) {
        List<Path> files = WarcPages.files(warcDir);
        progress.start(files.size());
        long[] outcomes = new long[Outcome.values().length];
        long[] read = new long[1];
        List<IngestSummary.Failure> failures = new ArrayList<>();
        for (Path f : files) {
            problems.addAll(WarcPages.read(f, page -> {
                read[0]++;
                try {
                    Article a = reader.read(page, page.requested());
                    Article versioned = new Article(a.id(), a.source(), a.title(), a.language(), a.published(), a.text(),
                            a.projects(), a.indicators(), a.targets(), extractorVersion);
                    outcomes[store.store(versioned).ordinal()]++;
                    articles.stored(page.requested(), null, a.id(), page.etag(), page.lastModified(), clock.instant());
                } catch (ReadException e) {
                    failures.add(new IngestSummary.Failure(page.uri().toString(), e.getMessage()));
                }
            }));
            progress.done(f.toString());
        }
        return new IngestSummary(read[0], outcomes[Outcome.NEW.ordinal()], outcomes[Outcome.UNCHANGED.ordinal()],
                outcomes[Outcome.REEXTRACTED.ordinal()], failures);
    }
}
