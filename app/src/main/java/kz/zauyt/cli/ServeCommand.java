package kz.zauyt.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import kz.zauyt.registry.Registry;
import kz.zauyt.registry.db.DatabaseConfig;
import kz.zauyt.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code zauyt serve}: the registry's pages and JSON API over HTTP, until stopped (Ctrl-C). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the registry's web pages and read-only JSON API (/api/v1/, described at /api/openapi.json)."})
final class ServeCommand implements Callable<Integer> {

    /** Where to serve and which registry: shared with {@code demo}. */
    static final class Options {
        @Option(names = "--port", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
        int port = 7070;

        @Option(names = "--host", description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
        String host = "127.0.0.1";

        @Option(names = "--db", paramLabel = "JDBC_URL",
                description = "A PostgreSQL server (jdbc:postgresql://HOST/DB?user=...); default: $ZAUYT_DB, else an embedded server with its data in ./data/.")
        String db;

        DatabaseConfig database() {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("--port must be 0..65535, got " + port);
            }
            return DatabaseConfig.resolve(db, System.getenv());
        }
    }

    @Mixin
    Options options = new Options();

    @Option(names = "--follow", description = "Also follow the sources (as 'zauyt follow') in this process.")
    boolean follow;

    @Mixin
    FollowOptions following = new FollowOptions();

    @Override
    public Integer call() throws Exception {
        try (Registry registry = Registry.open(options.database())) {
            following.serve(registry, options.database(), follow, note -> serve(registry, options, note));
        }
        return 0;
    }

    /** Serves until the JVM is asked to stop; prints the address first ({@code note} after it). */
    static void serve(Registry registry, Options options, String note) throws InterruptedException {
        String host = options.host;
        CountDownLatch stopped = new CountDownLatch(1);
        try (WebServer server = WebServer.start(registry, host, options.port, Clock.systemDefaultZone())) {
            Thread hook = new Thread(() -> {
                server.close();
                stopped.countDown();
            }, "zauyt-web-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            String shown = "0.0.0.0".equals(host) ? "localhost" : host;
            System.out.println("Zauyt is serving http://" + shown + ":" + server.port() + "/" + note + "  (Ctrl-C stops it)");
            System.out.flush();
            stopped.await();
        }
    }
}
