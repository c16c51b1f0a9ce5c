package kz.zauyt.registry.project;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import kz.zauyt.extract.fact.Capacity;
import kz.zauyt.extract.fact.Company;
import kz.zauyt.extract.fact.Investment;
import kz.zauyt.extract.text.Language;
import kz.zauyt.extract.text.Span;
import kz.zauyt.registry.db.Json;

/**
 * A stored project mention with the document it came from: what a project's summary, timeline and
 * reported values are computed from. {@code score} and {@code matchedMention} are null for the
 * mention that started its project. {@code source} is the article's address when it was read from the web
 * ({@code document.url}), else the path it was ingested from.
 */
public record MentionRecord(long id, long projectId, String documentId, String title, String source, LocalDate published,
                            Language language, String name, List<Company> companies, String region, String place,
                            String zone, String sector, List<String> products, List<Capacity> capacity,
                            Investment investment, Long jobs, String status, String expected, List<Span> evidence,
                            String quote, Double score, Long matchedMention, String reason) {

    public MentionRecord {
        companies = List.copyOf(companies);
        products = List.copyOf(products);
        capacity = List.copyOf(capacity);
        evidence = List.copyOf(evidence);
    }

    /** The columns {@link #map} reads, for {@code select ... from mention m join document d}. */
    public static final String COLUMNS = "m.id, m.project_id, m.document_id, d.title, coalesce(d.url, d.source) as source, d.published, m.language, "
            + "m.name, m.companies::text as companies, m.region, m.place, m.zone, m.sector, m.products, "
            + "m.capacity::text as capacity, m.investment, m.currency, m.jobs, m.status, m.expected, "
            + "m.evidence::text as evidence, m.quote, m.score, m.matched_mention, m.reason";

    public static MentionRecord map(ResultSet rs) throws SQLException {
        double investment = rs.getDouble("investment");
        Investment inv = rs.wasNull() ? null : new Investment(investment, rs.getString("currency"));
        long jobs = rs.getLong("jobs");
        Long j = rs.wasNull() ? null : jobs;
        double score = rs.getDouble("score");
        Double s = rs.wasNull() ? null : score;
        long matched = rs.getLong("matched_mention");
        Long m = rs.wasNull() ? null : matched;
        java.sql.Date published = rs.getDate("published");
        return new MentionRecord(rs.getLong("id"), rs.getLong("project_id"), rs.getString("document_id"),
                rs.getString("title"), rs.getString("source"), published == null ? null : published.toLocalDate(),
                Language.fromCode(rs.getString("language")), rs.getString("name"), Json.companies(rs.getString("companies")),
                rs.getString("region"), rs.getString("place"), rs.getString("zone"), rs.getString("sector"),
                List.of((String[]) rs.getArray("products").getArray()), Json.capacity(rs.getString("capacity")), inv, j,
                rs.getString("status"), rs.getString("expected"), Json.spans(rs.getString("evidence")),
                rs.getString("quote"), s, m, rs.getString("reason"));
    }
}
