package kz.zauyt.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import kz.zauyt.follow.Following;
import kz.zauyt.follow.Round;
import kz.zauyt.ingest.ConsoleProgress;
import kz.zauyt.ingest.Progress;
import kz.zauyt.registry.Registry;
import kz.zauyt.registry.db.DatabaseConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code zauyt follow}: polls every source on its interval and brings each new article into the registry. */
@Command(name = "follow", mixinStandardHelpOptions = true,
        description = {"Polls every source on its interval (see 'zauyt sources') and stores each new article in the registry,",
            "as 'ingest' does a file; the raw pages are kept in WARC files. --once polls each source once and exits."})
final class FollowCommand implements Callable<Integer> {

    @Mixin RegistryOptions db = new RegistryOptions();
    @Mixin FollowOptions options = new FollowOptions();

    @Option(names = "--once", description = "Poll each source once, read what it lists, print a summary and exit (for cron).")
    boolean once;

    @Override
    public Integer call() throws Exception {
        Registry registry;
        DatabaseConfig config;
        try {
            options.fetchConfig();
            config = db.config();
            registry = Registry.open(config);
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("zauyt follow: " + e.getMessage());
            return 2;
        }
        try (Registry r = registry; Following f = options.open(r, config)) {
            if (f.sources().all().isEmpty()) {
                System.out.println("No sources yet: add one with 'zauyt sources add URL' or 'zauyt sources add --known'.");
                if (once) {
                    return 1;
                }
            }
            if (once) {
                Round round;
                try (Progress progress = ConsoleProgress.forTerminal()) {
                    round = f.once(progress);
                }
                Following.print(round, System.out, "");
                return !round.polls().isEmpty() && round.failing() == round.polls().size() ? 1 : 0;
            }
            System.out.println("Following " + f.sources().all().size() + " sources (Ctrl-C stops).");
            CountDownLatch done = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                f.stop();
                try {
                    done.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "zauyt-follow-stop"));
            try {
                f.loop(System.out);
            } finally {
                done.countDown();
            }
            return 0;
        }
    }
}
