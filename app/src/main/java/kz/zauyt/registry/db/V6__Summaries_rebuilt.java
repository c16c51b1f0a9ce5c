package kz.zauyt.registry.db;

import java.util.List;
import kz.zauyt.registry.project.NameKeys;
import kz.zauyt.registry.project.Summaries;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Migration 6: every project's summary recomputed from its mentions, in Java as ingest computes it,
 * for what V5 added and SQL cannot derive: the facets, and the search vector now built in one
 * configuration (names are romanised by ICU, which the database does not have).
 */
// named in Flyway's pattern (version, two underscores, description), which Flyway checks
@SuppressWarnings("checkstyle:TypeName")
final class V6__Summaries_rebuilt extends BaseJavaMigration {

    private static final int BATCH = 1_000;

    @Override
    public void migrate(Context context) {
        // not closed: the connection is Flyway's, and closing the handle would close it
        Handle h = Jdbi.open(context.getConnection());
        Summaries summaries = new Summaries(NameKeys.get());
        List<Long> ids = h.createQuery("select id from project order by id").mapTo(Long.class).list();
        for (int i = 0; i < ids.size(); i += BATCH) {
            summaries.refresh(h, ids.subList(i, Math.min(ids.size(), i + BATCH)));
        }
    }
}
