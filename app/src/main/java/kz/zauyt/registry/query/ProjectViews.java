package kz.zauyt.registry.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.zauyt.extract.fact.Company;
import kz.zauyt.registry.project.MentionRecord;
import kz.zauyt.registry.project.NameKeys;
import kz.zauyt.registry.project.Timeline;
import org.jdbi.v3.core.Jdbi;

/** One project with everything said about it. */
public final class ProjectViews {

    /** Fields a plant has one of at a time; several values there are a conflict worth showing. */
    private static final Set<String> SINGLE = Set.of("region", "place", "sector", "capacity", "investment", "jobs",
            "expected");

    private final Jdbi jdbi;

    public ProjectViews(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Optional<ProjectView> get(long id) {
        return jdbi.withHandle(h -> {
            Optional<ProjectRow> row = h.createQuery("select " + ProjectRow.COLUMNS + " from project p where p.id = :id")
                    .bind("id", id).map((rs, ctx) -> ProjectRow.map(rs)).findOne();
            if (row.isEmpty()) {
                return Optional.empty();
            }
            List<MentionRecord> mentions = h.createQuery("select " + MentionRecord.COLUMNS
                            + " from mention m join document d on d.id = m.document_id where m.project_id = :id "
                            + "order by d.published nulls last, m.id")
                    .bind("id", id).map((rs, ctx) -> MentionRecord.map(rs)).list();
            return Optional.of(new ProjectView(row.get(), Timeline.of(mentions), fields(mentions), mentions));
        });
    }

    static List<FieldValues> fields(List<MentionRecord> ms) {
        List<FieldValues> out = new ArrayList<>();
        out.add(field("name", ms, m -> List.of(m.name())));
        out.add(field("companies", ms, m -> m.companies().stream().map(ProjectViews::company).toList()));
        out.add(field("region", ms, m -> one(m.region())));
        // "Kostanay" and "Костанай" are one place, not a conflict
        out.add(field("place", ms, m -> one(m.place()), (m, v) -> NameKeys.get().placeKey(v, m.language())));
        out.add(field("zone", ms, m -> one(m.zone())));
        out.add(field("sector", ms, m -> one(m.sector())));
        out.add(field("products", ms, MentionRecord::products));
        out.add(field("capacity", ms, m -> m.capacity().stream()
                .map(c -> number(c.value()) + " " + c.unit() + (c.per() == null ? "" : "/" + c.per())).toList()));
        out.add(field("investment", ms, m -> m.investment() == null ? List.of()
                : List.of(number(m.investment().amount()) + " " + m.investment().currency())));
        out.add(field("jobs", ms, m -> m.jobs() == null ? List.of() : List.of(String.valueOf(m.jobs()))));
        out.add(field("status", ms, m -> one(m.status())));
        out.add(field("expected", ms, m -> one(m.expected())));
        return out;
    }

    private static FieldValues field(String name, List<MentionRecord> ms, Function<MentionRecord, List<String>> values) {
        return field(name, ms, values, (m, v) -> v);
    }

    /** {@code same} maps a value to what two reports must share to say the same thing. */
    private static FieldValues field(String name, List<MentionRecord> ms, Function<MentionRecord, List<String>> values,
                                     BiFunction<MentionRecord, String, String> same) {
        Map<String, List<Reported.Source>> byValue = new LinkedHashMap<>();
        Set<String> distinct = new HashSet<>();
        for (MentionRecord m : ms) {
            for (String v : values.apply(m)) {
                distinct.add(same.apply(m, v));
                byValue.computeIfAbsent(v, k -> new ArrayList<>()).add(new Reported.Source(m.id(), m.documentId(),
                        m.title(), m.source(), m.published(), m.quote()));
            }
        }
        List<Reported> reported = byValue.entrySet().stream().map(e -> new Reported(e.getKey(), e.getValue()))
                .collect(Collectors.toList());
        return new FieldValues(name, SINGLE.contains(name) && distinct.size() > 1, reported);
    }

    private static List<String> one(String v) {
        return v == null || v.isBlank() ? List.of() : List.of(v);
    }

    private static String company(Company c) {
        String extra = (c.role() == null ? "" : c.role()) + (c.country() == null ? "" : (c.role() == null ? "" : ", ") + c.country());
        if (!c.named()) {
            return extra; // "a Chinese investor": "investor, CN"
        }
        return extra.isEmpty() ? c.name() : c.name() + " (" + extra + ")";
    }

    /** 1.2e11 reads as "120000000000", not "1.2E11": figures are compared by eye. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        return String.format(Locale.ROOT, "%s", v);
    }
}
