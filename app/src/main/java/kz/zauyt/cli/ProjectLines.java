package kz.zauyt.cli;

import java.io.PrintStream;
import kz.zauyt.registry.project.MentionRecord;
import kz.zauyt.registry.project.StatusStep;
import kz.zauyt.registry.query.FieldValues;
import kz.zauyt.registry.query.Page;
import kz.zauyt.registry.query.ProjectFilter;
import kz.zauyt.registry.query.ProjectRow;
import kz.zauyt.registry.query.ProjectView;
import kz.zauyt.registry.query.Reported;

/** What {@code projects list} and {@code show} print, the same whether the registry or a running serve answered. */
final class ProjectLines {

    private ProjectLines() {
    }

    static void list(Page<ProjectRow> p, ProjectFilter f, PrintStream out) {
        for (ProjectRow row : p.items()) {
            out.printf("%6d  %-13s %-6s %-4s %s%s  [%s..%s, %d mention%s]%n", row.id(), dash(row.status()),
                    dash(row.region()), dash(row.sector()), row.name(),
                    row.companies().isEmpty() ? "" : " — " + String.join(", ", row.companies()),
                    dash(row.firstEvidence()), dash(row.lastEvidence()), row.mentions(), row.mentions() == 1 ? "" : "s");
        }
        out.printf("%s project%s%s; %s%n", (p.exact() ? "" : "more than ") + p.total(),
                p.total() == 1 ? "" : "s", f.equals(ProjectFilter.ANY) ? "" : " match", p.pastEnd()
                        ? "there is no page " + p.paging().page() + ": the list ends on page " + p.pages()
                        : "page " + p.paging().page() + " of " + p.pages());
    }

    static void show(ProjectView v, PrintStream out) {
        ProjectRow p = v.project();
        out.printf("Project %d: %s%n  status %s since %s; evidence %s..%s%n", p.id(), p.name(), dash(p.status()),
                dash(p.statusDate()), dash(p.firstEvidence()), dash(p.lastEvidence()));
        out.println("Timeline:");
        for (StatusStep s : v.timeline()) {
            out.printf("  %-10s %-13s (%d report%s)%n", dash(s.since()), s.status(), s.mentions().size(),
                    s.mentions().size() == 1 ? "" : "s");
        }
        out.println("Reported:");
        for (FieldValues f : v.fields()) {
            for (Reported r : f.values()) {
                out.printf("  %-11s%s %s  <- %s%n", f.field(), f.conflicting() ? "!" : " ", r.value(),
                        String.join(", ", r.sources().stream().map(s -> dash(s.published()) + " " + s.source()).toList()));
            }
        }
        out.println("Mentions:");
        for (MentionRecord m : v.mentions()) {
            out.printf("  #%d %s %s \"%s\": %s%n", m.id(), dash(m.published()), m.language().code(), m.name(), m.reason());
        }
    }

    private static String dash(Object o) {
        return o == null ? "-" : o.toString();
    }
}
