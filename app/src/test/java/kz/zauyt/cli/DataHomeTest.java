package kz.zauyt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import kz.zauyt.registry.db.DatabaseConfig;
import org.junit.jupiter.api.Test;

/** The embedded registry's folder: one per user, whatever folder a command runs in. */
class DataHomeTest {

    private static final Path HOME = Path.of(System.getProperty("user.home"));

    @Test
    void zauytDataThenXdgThenTheUsersShareFolder() {
        assertThat(DataHome.of(Map.of("ZAUYT_DATA", "/srv/zauyt", "XDG_DATA_HOME", "/x"))).isEqualTo(Path.of("/srv/zauyt"));
        assertThat(DataHome.of(Map.of("XDG_DATA_HOME", "/home/a/.data"))).isEqualTo(Path.of("/home/a/.data/zauyt"));
        assertThat(DataHome.of(Map.of("XDG_DATA_HOME", "relative"))).as("a relative XDG_DATA_HOME is ignored")
                .isEqualTo(HOME.resolve(".local/share/zauyt"));
        assertThat(DataHome.of(Map.of())).isEqualTo(HOME.resolve(".local/share/zauyt"));
    }

    @Test
    void dataThenDbThenTheDefault() {
        RegistryOptions o = new RegistryOptions();
        assertThat(o.config(Map.of()).dataDir()).isEqualTo(HOME.resolve(".local/share/zauyt"));
        assertThat(o.config(Map.of("ZAUYT_DATA", "/tmp/z")).dataDir()).isEqualTo(Path.of("/tmp/z"));
        DatabaseConfig server = o.config(Map.of("ZAUYT_DB", "jdbc:postgresql://h/db", "ZAUYT_DATA", "/tmp/z"));
        assertThat(server.isEmbedded()).as("a server named wins over the default folder").isFalse();
        o.data = Path.of("/tmp/given");
        assertThat(o.config(Map.of("ZAUYT_DB", "jdbc:postgresql://h/db")).dataDir()).isEqualTo(Path.of("/tmp/given"));
    }
}
