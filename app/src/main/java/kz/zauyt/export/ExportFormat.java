package kz.zauyt.export;

import java.util.Locale;

/** The formats an export is written in, with what an HTTP download says about each. */
public enum ExportFormat {
    CSV("text/csv; charset=utf-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    GEOJSON("application/geo+json", "geojson"),
    OC4IDS("application/json", "json"),
    JSONL("application/x-ndjson; charset=utf-8", "jsonl");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the format describes projects only (GeoJSON points, OC4IDS project records). */
    public boolean projectsOnly() {
        return this == GEOJSON || this == OC4IDS;
    }

    /** "xlsx" (any case); a clear error naming the choices otherwise. */
    public static ExportFormat parse(String s) {
        for (ExportFormat f : values()) {
            if (f.key().equalsIgnoreCase(s == null ? "" : s.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("format must be one of csv, xlsx, geojson, oc4ids, jsonl; got '" + s + "'");
    }
}
