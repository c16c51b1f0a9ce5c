package kz.zauyt.web;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import kz.zauyt.extract.Extractor;
import kz.zauyt.ingest.ContractParser;
import kz.zauyt.ingest.IngestService;
import kz.zauyt.ingest.IngestSummary;
import kz.zauyt.ingest.Progress;
import kz.zauyt.registry.Registry;
import kz.zauyt.registry.TestDb;
import kz.zauyt.registry.db.DatabaseConfig;

/**
 * One real server for the web tests of a test JVM: a fresh schema on the test PostgreSQL (embedded, or
 * {@code ZAUYT_TEST_DB}), the 50 bundled sample articles and the hostile ones ingested through the
 * registry's ingest service, and the web server on a free port. The clock is fixed so the targets
 * ledger's states do not drift with the calendar.
 */
final class WebFixture {

    static final Instant TODAY = Instant.parse("2026-11-23T09:00:00Z");
    private static WebFixture instance;

    final Registry registry;
    final WebServer server;
    final IngestSummary summary;

    private WebFixture(Registry registry, WebServer server, IngestSummary summary) {
        this.registry = registry;
        this.server = server;
        this.summary = summary;
    }

    static synchronized WebFixture get() {
        if (instance == null) {
            try {
                DatabaseConfig config = TestDb.freshSchema("web");
                Registry registry = Registry.open(config);
                Path samples = Path.of(WebFixture.class.getResource("/samples").toURI());
                Path hostile = Hostile.write(Files.createTempDirectory("zauyt-hostile"));
                IngestSummary s = new IngestService(registry.store(), Extractor::load, new ContractParser(Extractor.VERSION), 2)
                        .ingest(List.of(samples, hostile), Progress.NONE);
                WebServer server = WebServer.start(registry, "127.0.0.1", 0, Clock.fixed(TODAY, ZoneOffset.UTC));
                instance = new WebFixture(registry, server, s);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    server.close();
                    registry.close();
                    try {
                        TestDb.drop(config);
                    } catch (RuntimeException e) {
                        // the embedded server's own hook may have stopped it first: its data goes with it
                    }
                }));
            } catch (java.io.IOException | URISyntaxException e) {
                throw new IllegalStateException("cannot set up the web test server: " + e.getMessage(), e);
            }
        }
        return instance;
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }
}
