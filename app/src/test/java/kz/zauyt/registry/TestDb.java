package kz.zauyt.registry;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import kz.zauyt.registry.db.DatabaseConfig;

/**
 * The PostgreSQL the tests run against: the server named by {@code ZAUYT_TEST_DB} when set (CI points
 * it at 127.0.0.1:5432), else one embedded server for the whole test JVM. Each test class takes a
 * schema of its own, so runs and classes never see each other's rows.
 */
public final class TestDb {

    public static final String ENV = "ZAUYT_TEST_DB";
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static String serverUrl;

    private TestDb() {
    }

    /** A JDBC URL of the test server (no schema). */
    public static synchronized String serverUrl() {
        if (serverUrl == null) {
            String env = System.getenv(ENV);
            if (env != null && !env.isBlank()) {
                serverUrl = env.strip();
            } else {
                try {
                    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
                    // one throwaway server per test JVM; zonky's shutdown hook stops it and deletes its data
                    EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
                    serverUrl = pg.getJdbcUrl("postgres", "postgres");
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot start the embedded PostgreSQL for the tests", e);
                }
            }
        }
        return serverUrl;
    }

    /** A new, empty schema named after the test; the registry's migrations create it on open. */
    public static DatabaseConfig freshSchema(String test) {
        String schema = ("t_" + test.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_") + "_"
                + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + "_" + SEQ.incrementAndGet());
        schema = schema.length() > 60 ? schema.substring(0, 60) : schema;
        String url = serverUrl();
        return new DatabaseConfig(url, null, schema);
    }

    /** The URL a child process gives {@code --db} to reach the same schema. */
    public static String urlWithSchema(DatabaseConfig config) {
        return config.jdbcUrl() + (config.jdbcUrl().contains("?") ? "&" : "?") + "currentSchema=" + config.schema();
    }

    public static void drop(DatabaseConfig config) {
        try (Connection c = DriverManager.getConnection(config.jdbcUrl()); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + config.schema() + " cascade");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop test schema " + config.schema() + ": " + e.getMessage(), e);
        }
    }
}
