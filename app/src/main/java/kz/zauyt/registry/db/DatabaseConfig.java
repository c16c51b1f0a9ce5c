package kz.zauyt.registry.db;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the registry lives: a PostgreSQL server named by a JDBC URL, or (when {@code jdbcUrl} is null)
 * an embedded server keeping its data in {@code dataDir}. {@code schema} is null for the server's
 * default schema; tests give each class its own.
 */
public record DatabaseConfig(String jdbcUrl, Path dataDir, String schema) {

    /** The environment variable that names a server when {@code --db} is not given. */
    public static final String ENV = "ZAUYT_DB";
    public static final Path DEFAULT_DATA_DIR = Path.of("data");

    private static final Pattern CURRENT_SCHEMA = Pattern.compile("[?&]currentSchema=([^&]+)");

    public DatabaseConfig {
        if (jdbcUrl != null && !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("the registry needs a PostgreSQL JDBC URL (jdbc:postgresql://HOST/DB), got '"
                    + jdbcUrl + "'");
        }
        if (jdbcUrl == null && dataDir == null) {
            throw new IllegalArgumentException("an embedded registry needs a data directory");
        }
        if (schema != null && !schema.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("schema must be a lower-case SQL identifier, got '" + schema + "'");
        }
    }

    public static DatabaseConfig embedded(Path dataDir) {
        return new DatabaseConfig(null, dataDir, null);
    }

    /**
     * A server by URL; a {@code currentSchema} parameter in it becomes the schema Flyway creates and
     * migrates (PostgreSQL would otherwise silently fall back to {@code public}).
     */
    public static DatabaseConfig server(String jdbcUrl) {
        Matcher m = CURRENT_SCHEMA.matcher(jdbcUrl);
        return new DatabaseConfig(jdbcUrl, null, m.find() ? m.group(1) : null);
    }

    /** {@code --db} wins, then {@code ZAUYT_DB}, then the embedded server under {@code ./data/}. */
    public static DatabaseConfig resolve(String dbOption, Map<String, String> env) {
        if (dbOption != null && !dbOption.isBlank()) {
            return server(dbOption.strip());
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return server(fromEnv.strip());
        }
        return embedded(DEFAULT_DATA_DIR);
    }

    public boolean isEmbedded() {
        return jdbcUrl == null;
    }
}
