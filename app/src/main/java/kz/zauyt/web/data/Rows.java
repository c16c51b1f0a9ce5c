package kz.zauyt.web.data;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** Small JDBC reading helpers for the web's own queries. */
final class Rows {

    private Rows() {
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
