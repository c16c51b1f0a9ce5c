package kz.zauyt.registry.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;

/**
 * An open registry database: the embedded server (when no URL was given), a connection pool, the
 * schema migrated to the newest version, and Jdbi over it. Close it to end this process's use of the
 * embedded server (the last user stops it).
 */
public final class Database implements AutoCloseable {

    private final EmbeddedServer embedded;
    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread onExit;

    private Database(EmbeddedServer embedded, HikariDataSource pool) {
        this.embedded = embedded;
        this.pool = pool;
        // a command stopped by Ctrl-C (serve) still ends its use of the shared server: the last user stops it
        this.onExit = embedded == null ? null : new Thread(this::close, "zauyt-db-close");
        if (onExit != null) {
            Runtime.getRuntime().addShutdownHook(onExit);
        }
        // String[] binds as text[], not varchar[]: text[] has the && and @> operators the GIN indexes serve
        this.jdbi = Jdbi.create(pool).installPlugin(new PostgresPlugin())
                .registerArrayType(String.class, "text").registerArrayType(Long.class, "bigint");
    }

    public static Database open(DatabaseConfig config) {
        quietLibraries();
        EmbeddedServer embedded;
        try {
            embedded = config.isEmbedded() ? EmbeddedServer.start(config.dataDir()) : null;
        } catch (RuntimeException e) {
            throw new Unavailable(e.getMessage(), e);
        }
        String url = embedded != null ? embedded.jdbcUrl() : config.jdbcUrl();
        HikariDataSource pool = null;
        try {
            pool = pool(url, config.schema());
            migrate(pool, config.schema());
            return new Database(embedded, pool);
        } catch (RuntimeException e) {
            if (pool != null) {
                pool.close();
            }
            if (embedded != null) {
                embedded.close();
            }
            throw new Unavailable("cannot open the registry at " + redact(url) + ": " + e.getMessage(), e);
        }
    }

    /** How pooled connections plan prepared statements (see {@link #pool}). */
    public static final String PLANS = "force_custom_plan";

    private static HikariDataSource pool(String url, String schema) {
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(url);
        hc.setPoolName("zauyt");
        hc.setMaximumPoolSize(8);
        hc.setMinimumIdle(1);
        hc.setConnectionTimeout(30_000);
        // commits need not wait for the disk: a server crash may lose the last few documents whole,
        // never half of one (each is one transaction), and the next ingest stores them again
        // Every query is planned for its own values: "sector C" matches most of the registry and
        // "C29 in 2015" a few hundred projects, and a plan made once for both serves one of them badly.
        // Ingest plans its few statements once instead (IngestSession) and puts this back after.
        hc.setConnectionInitSql("select set_config('synchronous_commit', 'off', false), "
                + "set_config('plan_cache_mode', '" + PLANS + "', false)");
        if (schema != null) {
            hc.setSchema(schema);
        }
        return new HikariDataSource(hc);
    }

    private static void migrate(DataSource ds, String schema) {
        var flyway = Flyway.configure().dataSource(ds).locations("classpath:db/migration")
                .javaMigrations(new V6__Summaries_rebuilt(), new V12__Money_and_search());
        if (schema != null) {
            flyway = flyway.schemas(schema).defaultSchema(schema).createSchemas(true);
        }
        flyway.load().migrate();
    }

    /** Flyway, Hikari and zonky log every step at INFO; a command line wants only their warnings. */
    private static void quietLibraries() {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
    }

    /** Error messages name the server, not its password. */
    static String redact(String url) {
        return url == null ? null : url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public DataSource dataSource() {
        return pool;
    }

    @Override
    public synchronized void close() { // synchronized: a shutdown hook calling it waits for a close under way
        if (closed.getAndSet(true)) {
            return;
        }
        if (onExit != null && Thread.currentThread() != onExit) {
            try {
                Runtime.getRuntime().removeShutdownHook(onExit);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down
            }
        }
        pool.close();
        if (embedded != null) {
            embedded.close();
        }
    }

    /** The registry cannot be opened (no server there, a bad data directory): a user's problem to fix, not a bug. */
    public static final class Unavailable extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
