package kz.zauyt.cli;

import java.nio.file.Path;
import kz.zauyt.registry.Registry;
import kz.zauyt.registry.db.DatabaseConfig;
import picocli.CommandLine.Option;

/** Which registry a command opens: {@code --db}, else {@code --data}, else {@code $ZAUYT_DB}, else ./data. */
final class RegistryOptions {

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "A PostgreSQL server (jdbc:postgresql://HOST/DB?user=...); default: $ZAUYT_DB, else the embedded server (see --data).")
    String db;

    @Option(names = "--data", paramLabel = "DIR",
            description = "The embedded PostgreSQL's data directory (default: ./data), shared by every command using it.")
    Path data;

    DatabaseConfig config() {
        if (db != null && data != null) {
            throw new IllegalArgumentException("--data is the embedded server's directory and --db names another server: give one");
        }
        if (data != null) {
            return DatabaseConfig.embedded(data);
        }
        return DatabaseConfig.resolve(db, System.getenv());
    }

    Registry open() {
        return Registry.open(config());
    }
}
