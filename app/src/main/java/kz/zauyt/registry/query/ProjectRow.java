package kz.zauyt.registry.query;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/** A project as a list shows it: the summary the registry keeps in step with its mentions. */
public record ProjectRow(long id, String name, String status, LocalDate statusDate, String region, String place,
                         String zone, String sector, List<String> companies, List<String> countries,
                         List<String> products, Double investment, String currency, Long jobs,
                         LocalDate firstEvidence, LocalDate lastEvidence, int mentions, Double investmentKzt,
                         Double investmentUsd) {

    public ProjectRow {
        companies = List.copyOf(companies);
        countries = List.copyOf(countries);
        products = List.copyOf(products);
    }

    public static final String COLUMNS = "p.id, p.name, p.status, p.status_date, p.region, p.place, p.zone, p.sector, "
            + "p.companies, p.countries, p.products, p.investment, p.currency, p.jobs, p.first_evidence, "
            + "p.last_evidence, p.mentions, p.investment_kzt, p.investment_usd";

    public static ProjectRow map(ResultSet rs) throws SQLException {
        double inv = rs.getDouble("investment");
        Double investment = rs.wasNull() ? null : inv;
        long j = rs.getLong("jobs");
        Long jobs = rs.wasNull() ? null : j;
        return new ProjectRow(rs.getLong("id"), rs.getString("name"), rs.getString("status"), date(rs, "status_date"),
                rs.getString("region"), rs.getString("place"), rs.getString("zone"), rs.getString("sector"),
                strings(rs.getArray("companies")), strings(rs.getArray("countries")), strings(rs.getArray("products")),
                investment, rs.getString("currency"), jobs, date(rs, "first_evidence"), date(rs, "last_evidence"),
                rs.getInt("mentions"), nullable(rs, "investment_kzt"), nullable(rs, "investment_usd"));
    }

    static Double nullable(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    static List<String> strings(Array a) throws SQLException {
        return a == null ? List.of() : List.of((String[]) a.getArray());
    }
}
