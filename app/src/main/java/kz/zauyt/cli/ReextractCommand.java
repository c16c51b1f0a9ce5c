package kz.zauyt.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import kz.zauyt.extract.Extractor;
import kz.zauyt.follow.ArticleReader;
import kz.zauyt.follow.Articles;
import kz.zauyt.follow.Reextract;
import kz.zauyt.ingest.ConsoleProgress;
import kz.zauyt.ingest.IngestSummary;
import kz.zauyt.ingest.Progress;
import kz.zauyt.registry.Registry;
import kz.zauyt.registry.db.DatabaseConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code zauyt reextract}: the registry's facts read again from the kept WARC files, nothing fetched. */
@Command(name = "reextract", mixinStandardHelpOptions = true,
        description = {"Reads every page kept in the WARC files again with this build's engine and stores it as 'ingest' does:",
            "facts stored by an older extractor are replaced, missing documents added. Nothing is fetched."})
final class ReextractCommand implements Callable<Integer> {

    @Mixin RegistryOptions db = new RegistryOptions();

    @Option(names = "--warc", paramLabel = "DIR", description = "Where the WARC files are (default: warc/ in the data folder, --data or the per-user one).")
    Path warc;

    @Option(names = "--extractor-version", hidden = true, description = "The version to store the facts under (default: this build's).")
    String version = Extractor.VERSION;

    @Override
    public Integer call() {
        Registry registry;
        Path dir;
        try {
            DatabaseConfig config = db.config();
            dir = FollowOptions.warcDir(warc, config);
            registry = Registry.open(config);
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("zauyt reextract: " + e.getMessage());
            return 2;
        }
        try (Registry r = registry) {
            Reextract re = new Reextract(new ArticleReader(Extractor::load), r.store(), new Articles(r.database().jdbi()), version,
                    Clock.systemDefaultZone());
            List<String> problems = new ArrayList<>();
            IngestSummary s;
            try (Progress progress = ConsoleProgress.forTerminal()) {
                s = re.run(dir, progress, problems);
            }
            System.out.println(s.line());
            problems.forEach(p -> System.out.println("  warning: " + p));
            s.failures().forEach(f -> System.out.println("  failed: " + f.reason()));
            if (s.read() == 0 && problems.isEmpty()) {
                System.out.println("  (no WARC files in " + dir + ")");
            }
            return s.read() > 0 && s.failed() == s.read() ? 1 : 0;
        }
    }
}
