package kz.zauyt.registry.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Several SQL statements sent to PostgreSQL in one round trip (the JDBC driver splits them at the
 * semicolons and pipelines them). Storing a document takes two of these instead of a dozen separate
 * exchanges; on a busy machine the exchanges, not the work, are what ingest waits for.
 *
 * <p>Parameters are {@code ?} in statement order: strings, numbers, {@code String[]} (sent as text[]),
 * or null; statements cast them where the type is not a string ({@code ?::date}, {@code ?::jsonb}).
 */
public final class Script {

    /** Reads the rows of one statement's result, in statement order. */
    public interface Rows {
        void read(ResultSet rs) throws SQLException;
    }

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> params = new ArrayList<>();
    private final List<Rows> readers = new ArrayList<>();

    /** A statement whose result (if it returns rows) is not read. */
    public Script add(String statement, Object... values) {
        return add(statement, null, values);
    }

    /** A query whose rows go to {@code rows}. */
    public Script query(String statement, Rows rows, Object... values) {
        return add(statement, rows, values);
    }

    private Script add(String statement, Rows rows, Object... values) {
        if (sql.length() > 0) {
            sql.append(";\n");
        }
        sql.append(statement);
        params.addAll(java.util.Arrays.asList(values));
        readers.add(rows); // one result per statement, in order: rows, or an update count
        return this;
    }

    /** Appends {@code other}'s statements, parameters and readers, to run after this script's own. */
    public Script addAll(Script other) {
        if (other.sql.length() > 0) {
            if (sql.length() > 0) {
                sql.append(";\n");
            }
            sql.append(other.sql);
            params.addAll(other.params);
            readers.addAll(other.readers);
        }
        return this;
    }

    public boolean isEmpty() {
        return sql.length() == 0;
    }

    /** Runs every statement, in one round trip, on the handle's connection and transaction. */
    public void run(Handle h) {
        Connection c = h.getConnection();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                bind(c, ps, i + 1, params.get(i));
            }
            boolean isQuery = ps.execute();
            for (int statement = 0; ; statement++) {
                if (isQuery) {
                    try (ResultSet rs = ps.getResultSet()) {
                        Rows rows = readers.get(statement);
                        if (rows != null) {
                            rows.read(rs);
                        }
                    }
                } else if (ps.getUpdateCount() == -1) {
                    break;
                }
                isQuery = ps.getMoreResults();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static void bind(Connection c, PreparedStatement ps, int i, Object v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.VARCHAR);
        } else if (v instanceof String[]) {
            ps.setArray(i, c.createArrayOf("text", (String[]) v));
        } else if (v instanceof Long || v instanceof Integer) {
            ps.setLong(i, ((Number) v).longValue());
        } else {
            ps.setString(i, v.toString());
        }
    }
}
