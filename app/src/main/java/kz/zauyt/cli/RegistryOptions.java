package kz.zauyt.cli;

import java.nio.file.Path;
import java.util.Map;
import kz.zauyt.registry.Registry;
import kz.zauyt.registry.db.DatabaseConfig;
import picocli.CommandLine.Option;

/**
 * Which registry a command opens: {@code --db}, else {@code --data}, else {@code $ZAUYT_DB}, else the
 * embedded server in the per-user folder ({@link DataHome}: {@code $ZAUYT_DATA}, else
 * {@code $XDG_DATA_HOME/zauyt}, else {@code ~/.local/share/zauyt}).
 */
final class RegistryOptions {

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "A PostgreSQL server (jdbc:postgresql://HOST/DB?user=...); default: $ZAUYT_DB, else the embedded server (see --data).")
    String db;

    @Option(names = "--data", paramLabel = "DIR",
            description = "The embedded PostgreSQL's data folder, shared by every command using it (default: $ZAUYT_DATA, "
                    + "else $XDG_DATA_HOME/zauyt, else ~/.local/share/zauyt).")
    Path data;

    DatabaseConfig config() {
        return config(System.getenv());
    }

    DatabaseConfig config(Map<String, String> env) {
        if (db != null && data != null) {
            throw new IllegalArgumentException("--data is the embedded server's directory and --db names another server: give one");
        }
        if (data != null) {
            return DatabaseConfig.embedded(data);
        }
        String named = env.get(DatabaseConfig.ENV);
        if (db != null || named != null && !named.isBlank()) {
            return DatabaseConfig.resolve(db, env);
        }
        return DatabaseConfig.embedded(DataHome.of(env));
    }

    Registry open() {
        return Registry.open(config());
    }
}
