package kz.zauyt.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import kz.zauyt.extract.Extractor;
import kz.zauyt.follow.DemoNewsroom;
import kz.zauyt.follow.Source;
import kz.zauyt.follow.Sources;
import kz.zauyt.ingest.ConsoleProgress;
import kz.zauyt.ingest.ContractParser;
import kz.zauyt.ingest.IngestService;
import kz.zauyt.ingest.IngestSummary;
import kz.zauyt.ingest.Progress;
import kz.zauyt.registry.Registry;
import kz.zauyt.registry.db.DatabaseConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code zauyt demo}: the whole application on a fresh machine in one command. Starts the registry
 * (the embedded PostgreSQL in the per-user data folder unless told otherwise), ingests the sample articles bundled
 * in the application (a second run finds them stored and changes nothing), then serves the web pages
 * while following the demo newsroom, served on loopback, whose invented articles appear one by one.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingests the bundled sample articles into the registry and serves the web pages,",
            "following meanwhile a small newsroom of invented articles that the demo serves itself on loopback."})
final class DemoCommand implements Callable<Integer> {

    @Mixin
    ServeCommand.Options options = new ServeCommand.Options();

    @Option(names = "--no-serve", description = "Ingest the samples and stop (for scripts and tests).")
    boolean noServe;

    @Option(names = "--newsroom-every", paramLabel = "INTERVAL",
            description = "How often the demo newsroom publishes its next article (default: ${DEFAULT-VALUE}).")
    String newsroomEvery = "30s";

    @Override
    public Integer call() throws Exception {
        Duration every;
        try {
            every = Source.every(newsroomEvery);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--newsroom-every must be a number with s, m or h (30s), got '" + newsroomEvery + "'");
        }
        System.out.println("zauyt demo: starting the registry...");
        DatabaseConfig config = options.database();
        try (Registry registry = Registry.open(config)) {
            IngestService ingest = new IngestService(registry.store(), Extractor::load, new ContractParser(Extractor.VERSION),
                    Math.max(1, Runtime.getRuntime().availableProcessors()));
            IngestSummary s;
            try (Progress progress = ConsoleProgress.forTerminal()) {
                s = ingest.ingest(List.of(samples()), progress);
            }
            System.out.println("Sample articles: " + s.line());
            s.failures().forEach(f -> System.out.println("  failed: " + f.reason()));
            if (noServe) {
                return s.read() > 0 && s.failed() == s.read() ? 1 : 0;
            }
            try (DemoNewsroom newsroom = DemoNewsroom.start(every, Clock.systemUTC())) {
                newsroom.follow(new Sources(registry.database().jdbi()), newsroomPoll(every));
                System.out.println("Following the demo newsroom " + newsroom.feed() + ": " + newsroom.size()
                        + " invented articles, one every " + Source.show(every) + " (see /sources and /documents).");
                new FollowOptions().serve(registry, config, true,
                        note -> ServeCommand.serve(registry, options, note + "  <- open this in a browser"));
            }
        }
        return 0;
    }

    /** Polled often enough that an article shows within seconds of its publication, but at most every 10 s. */
    static Duration newsroomPoll(Duration every) {
        Duration max = Duration.ofSeconds(10);
        return every.compareTo(max) < 0 ? every : max;
    }

    /** The directory of samples inside the application jar (or the classes directory in a build). */
    static Path samples() throws IOException, URISyntaxException {
        URL url = DemoCommand.class.getResource("/samples");
        if (url == null) {
            throw new IOException("the sample articles are missing from the application");
        }
        URI uri = url.toURI();
        if (!"jar".equals(uri.getScheme())) {
            return Path.of(uri);
        }
        try {
            return FileSystems.newFileSystem(uri, Map.of()).provider().getPath(uri);
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri).provider().getPath(uri);
        }
    }
}
