package kz.zauyt.export;

import java.time.LocalDate;
import java.util.List;
import kz.zauyt.registry.ledger.TargetState;
import kz.zauyt.registry.query.ProjectFilter;

/**
 * One export: its format, the kinds it holds (several only in a workbook, one sheet each), and the
 * filters of the lists they come from: the projects' filters, a metric (part of its name) and region
 * for indicators and targets, a state for the ledger, judged as of {@code asOf}.
 */
public record ExportRequest(ExportFormat format, List<Kind> kinds, ProjectFilter projects, String metric, String region,
                            TargetState state, LocalDate asOf) {

    public ExportRequest {
        kinds = List.copyOf(kinds);
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("an export needs something to export");
        }
        if (kinds.size() > 1 && format != ExportFormat.XLSX) {
            throw new IllegalArgumentException(format.key() + " holds one kind of row; give what: projects, indicators, "
                    + "targets or ledger (only xlsx takes all, one sheet each)");
        }
        if (format.projectsOnly() && kinds.get(0) != Kind.PROJECTS) {
            throw new IllegalArgumentException(format.key() + " describes projects only, not " + kinds.get(0).key());
        }
        if (metric != null && (metric.isBlank() || metric.chars().anyMatch(Character::isISOControl))) {
            throw new IllegalArgumentException("metric must be words without control characters");
        }
        if (region != null && !region.matches("KZ(-\\d{2})?")) {
            throw new IllegalArgumentException("region must be KZ or an ISO 3166-2:KZ code such as KZ-75, got '" + region + "'");
        }
        projects = projects == null ? ProjectFilter.ANY : projects;
    }

    /**
     * The kinds {@code what} names ("projects", or "all"/none: every kind for xlsx, projects for the
     * other formats).
     */
    public static List<Kind> kinds(ExportFormat format, String what) {
        if (what == null || what.isBlank() || "all".equalsIgnoreCase(what.strip())) {
            if (format == ExportFormat.XLSX) {
                return List.of(Kind.values());
            }
            if (what != null && !what.isBlank()) {
                throw new IllegalArgumentException(format.key() + " holds one kind of row; what=all is for xlsx only");
            }
            return List.of(Kind.PROJECTS);
        }
        return List.of(Kind.parse(what));
    }

    /** The file name a download suggests: zauyt-projects.csv, zauyt.xlsx. */
    public String fileName() {
        return "zauyt" + (kinds.size() == 1 ? "-" + kinds.get(0).key() : "") + "." + format.extension();
    }
}
