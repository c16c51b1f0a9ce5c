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
import java.util.concurrent.Callable;
import kz.zauyt.extract.Extractor;
import kz.zauyt.ingest.ConsoleProgress;
import kz.zauyt.ingest.ContractParser;
import kz.zauyt.ingest.IngestService;
import kz.zauyt.ingest.IngestSummary;
import kz.zauyt.ingest.Progress;
import kz.zauyt.registry.Registry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code zauyt demo}: the whole application on a fresh machine in one command. Starts the registry
 * (the embedded PostgreSQL under ./data/ unless told otherwise), ingests the sample articles bundled
 * in the application (a second run finds them stored and changes nothing), then serves the web pages.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingests the bundled sample articles into the registry and serves the web pages.")
final class DemoCommand implements Callable<Integer> {

    @Mixin
    ServeCommand.Options options = new ServeCommand.Options();

    @Option(names = "--no-serve", description = "Ingest the samples and stop (for scripts and tests).")
    boolean noServe;

    @Override
    public Integer call() throws IOException, URISyntaxException, InterruptedException {
        System.out.println("zauyt demo: starting the registry...");
        try (Registry registry = Registry.open(options.database())) {
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
            ServeCommand.serve(registry, options, "  <- open this in a browser");
        }
        return 0;
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
