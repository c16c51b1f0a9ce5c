package kz.zauyt.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import kz.zauyt.extract.Extractor;
import kz.zauyt.ingest.ConsoleProgress;
import kz.zauyt.ingest.ContractParser;
import kz.zauyt.ingest.IngestService;
import kz.zauyt.ingest.IngestSummary;
import kz.zauyt.ingest.Progress;
import kz.zauyt.registry.db.Database;
import kz.zauyt.registry.document.DocumentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code zauyt ingest}: articles and JSON Lines of facts into the registry, one transaction per document. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Stores articles (.txt, .html, .htm) and extract's JSON Lines (.jsonl) in the registry.",
            "Each document is stored once; running it again changes nothing, and finishes a batch that was interrupted."})
final class IngestCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories.")
    List<Path> paths;

    @Mixin
    RegistryOptions registry = new RegistryOptions();

    @Option(names = "--extractor-version", paramLabel = "VERSION",
            description = "The extractor version of JSON lines that do not name theirs (default: this build's, ${DEFAULT-VALUE}).")
    String jsonVersion = Extractor.VERSION;

    @Option(names = "--threads", description = "Threads reading and extracting (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-seconds", defaultValue = "120",
            description = "A document taking longer to read and extract is reported and skipped (default: ${DEFAULT-VALUE}).")
    double maxSeconds;

    @Override
    public Integer call() {
        if (!(maxSeconds > 0)) {
            System.err.println("zauyt ingest: --max-seconds must be above 0, got " + maxSeconds);
            return 2;
        }
        try (Database database = Database.open(registry.config())) {
            IngestService service = new IngestService(new DocumentStore(database.jdbi()), Extractor::load,
                    new ContractParser(jsonVersion), Math.max(1, threads), Duration.ofMillis((long) (maxSeconds * 1000)));
            IngestSummary s;
            try (Progress progress = ConsoleProgress.forTerminal()) {
                s = service.ingest(paths, progress);
            }
            System.out.println(s.line());
            for (IngestSummary.Failure f : s.failures()) {
                System.out.println("  failed: " + f.reason());
            }
            return s.read() > 0 && s.failed() == s.read() ? 1 : 0;
        }
    }
}
