package kz.zauyt.registry;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import kz.zauyt.extract.Extractor;
import kz.zauyt.ingest.ContractParser;
import kz.zauyt.ingest.IngestService;
import kz.zauyt.ingest.IngestSummary;
import kz.zauyt.ingest.Progress;
import kz.zauyt.registry.document.DocumentStore;
import org.jdbi.v3.core.Jdbi;

/** The hand-made test corpus (src/test/resources/registry/corpus, written by make-corpus.py) and ways to load it. */
public final class Corpus {

    private Corpus() {
    }

    public static Path resource(String name) {
        URL url = Corpus.class.getResource("/registry/" + name);
        if (url == null) {
            throw new IllegalStateException("test resource registry/" + name + " is missing");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path facts() {
        return resource("corpus/facts.jsonl");
    }

    public static IngestService ingester(Jdbi jdbi, String jsonVersion) {
        return new IngestService(new DocumentStore(jdbi), Extractor::load, new ContractParser(jsonVersion), 2);
    }

    public static IngestSummary ingest(Jdbi jdbi, Path... paths) {
        return ingester(jdbi, Extractor.VERSION).ingest(List.of(paths), Progress.NONE);
    }

    /** How many rows a table holds. */
    public static long count(Jdbi jdbi, String table) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from " + table).mapTo(Long.class).one());
    }
}
