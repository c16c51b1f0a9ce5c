package kz.zauyt.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * A query's rows handed on one at a time through a server-side cursor, {@link #FETCH} rows per round
 * trip, never the whole result in memory.
 */
final class Cursor {

    /** Rows per round trip: enough to keep the server busy, few enough to keep memory flat. */
    static final int FETCH = 500;

    /** What receives each row; it may write (and fail to write) as it goes. */
    interface Handler<T> {
        void accept(T row) throws IOException;
    }

    private Cursor() {
    }

    /** Each row of the query {@code query} makes to {@code handler}; the number of rows. */
    static <T> long stream(Jdbi jdbi, Function<Handle, Query> query, RowMapper<T> mapper, Handler<T> handler)
            throws IOException {
        try {
            // a cursor needs a transaction: with autocommit on, the driver fetches every row at once
            return jdbi.inTransaction(h -> {
                long[] n = {0};
                query.apply(h).setFetchSize(FETCH).map(mapper).forEach(row -> {
                    try {
                        handler.accept(row);
                        n[0]++;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                return n[0];
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
