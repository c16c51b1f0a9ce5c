package kz.zauyt.export;

import java.util.Locale;

/** What an export holds: the registry's projects, its indicators and targets as read, or the targets ledger. */
public enum Kind {
    PROJECTS("Projects"),
    INDICATORS("Indicators"),
    TARGETS("Targets"),
    LEDGER("Ledger");

    private final String sheet;

    Kind(String sheet) {
        this.sheet = sheet;
    }

    /** The spreadsheet tab's name. */
    public String sheet() {
        return sheet;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "projects" (any case); a clear error naming the choices otherwise. */
    public static Kind parse(String s) {
        for (Kind k : values()) {
            if (k.key().equalsIgnoreCase(s == null ? "" : s.strip())) {
                return k;
            }
        }
        throw new IllegalArgumentException("what must be one of projects, indicators, targets, ledger; got '" + s + "'");
    }
}
