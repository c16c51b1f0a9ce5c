package kz.zauyt.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the embedded registry lives when no {@code --data} is given: one folder per user, whatever folder
 * a command runs in ({@code ./data} of the current folder made every directory its own empty registry).
 * {@code $ZAUYT_DATA}, else {@code $XDG_DATA_HOME/zauyt}, else {@code ~/.local/share/zauyt} (the XDG
 * base directory default).
 */
final class DataHome {

    static final String ENV = "ZAUYT_DATA";

    private DataHome() {
    }

    static Path of(Map<String, String> env) {
        String own = env.get(ENV);
        if (own != null && !own.isBlank()) {
            return Path.of(own.strip());
        }
        String xdg = env.get("XDG_DATA_HOME");
        // the XDG specification: a relative XDG_DATA_HOME is invalid and is to be ignored
        if (xdg != null && !xdg.isBlank() && Path.of(xdg.strip()).isAbsolute()) {
            return Path.of(xdg.strip(), "zauyt");
        }
        return Path.of(System.getProperty("user.home"), ".local", "share", "zauyt");
    }
}
