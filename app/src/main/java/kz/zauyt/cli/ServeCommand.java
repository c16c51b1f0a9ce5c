package kz.zauyt.cli;

import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.net.ServerSocket;
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

        @Mixin
        RegistryOptions registry = new RegistryOptions();

        DatabaseConfig database() {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("--port must be 0..65535, got " + port);
            }
            DatabaseConfig config = registry.config();
            requireFreePort(); // before the registry opens: a busy port must not start a database for nothing
            return config;
        }

        private void requireFreePort() {
            if (port == 0) {
                return;
            }
            try (ServerSocket probe = new ServerSocket()) {
                probe.bind(new InetSocketAddress(host, port));
            } catch (IOException e) {
                throw busy(host, port);
            }
        }
    }

    private static final String JAVALIN_LOG = "org.slf4j.simpleLogger.log.io.javalin.Javalin";

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

    private static IllegalArgumentException busy(String host, int port) {
        return new IllegalArgumentException("cannot listen on " + host + ":" + port
                + " (is another server using it? choose another --port)");
    }

    /**
     * Tells commands on the same embedded registry where this server listens ({@link ServeFile}), so they ask
     * it instead of opening the database; null when the registry is a server of its own (nothing to share).
     */
    private static Path announce(Options options, URI address) {
        DatabaseConfig config = options.registry.config();
        if (!config.isEmbedded()) {
            return null;
        }
        try {
            return ServeFile.write(config.dataDir(), address);
        } catch (IOException e) {
            System.err.println("zauyt serve: cannot write " + config.dataDir().resolve(ServeFile.NAME) + " (" + e.getMessage()
                    + "); other commands will open the registry themselves");
            return null;
        }
    }

    /** Serves until the JVM is asked to stop; prints the address first ({@code note} after it). */
    static void serve(Registry registry, Options options, String note) throws InterruptedException {
        String host = options.host;
        CountDownLatch stopped = new CountDownLatch(1);
        WebServer started;
        if (System.getProperty(JAVALIN_LOG) == null) {
            System.setProperty(JAVALIN_LOG, "off"); // it logs a failed start as an ERROR; the message below says it
        }
        try {
            started = WebServer.start(registry, host, options.port, Clock.systemDefaultZone());
        } catch (JavalinBindException e) {
            // taken since the check: the caller closes the registry on the way out, stopping a server started for it
            throw busy(host, options.port);
        }
        try (WebServer server = started) {
            String shown = "0.0.0.0".equals(host) ? "localhost" : host;
            Path announced = announce(options, URI.create("http://" + ("0.0.0.0".equals(host) ? "127.0.0.1" : host)
                    + ":" + server.port() + "/"));
            Thread hook = new Thread(() -> {
                if (announced != null) {
                    ServeFile.remove(announced);
                }
                server.close();
                stopped.countDown();
            }, "zauyt-web-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            System.out.println("Zauyt is serving http://" + shown + ":" + server.port() + "/" + note + "  (Ctrl-C stops it)");
            System.out.flush();
            stopped.await();
        }
    }
}
