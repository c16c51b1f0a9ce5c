package kz.zauyt.web.data;

import java.time.LocalDate;
import java.util.List;
import kz.zauyt.registry.query.Page;
import kz.zauyt.registry.query.Paging;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/** The stored articles, newest first, with how many facts each gave. */
public final class Documents {

    /** One article in a list. */
    public record DocumentRow(String id, String title, String source, String language, LocalDate published,
                              long projects, long indicators, long targets) {
    }

    private final Jdbi jdbi;

    public Documents(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** {@code language}: en, ru or kk, or null; {@code text}: words of the title, or null. */
    public Page<DocumentRow> list(String language, String text, Paging paging) {
        String where = " where true" + (language == null ? "" : " and d.language = :language")
                + (text == null ? "" : " and d.title ilike :text");
        return jdbi.withHandle(h -> {
            List<DocumentRow> rows = bind(h.createQuery("select d.id, d.title, d.source, d.language, d.published, "
                            + "(select count(*) from mention m where m.document_id = d.id) as p, "
                            + "(select count(*) from indicator i where i.document_id = d.id) as i, "
                            + "(select count(*) from target t where t.document_id = d.id) as t "
                            + "from document d" + where + " order by d.published desc nulls last, d.id limit :limit offset :offset"),
                    language, text)
                    .bind("limit", paging.size()).bind("offset", (long) (paging.page() - 1) * paging.size())
                    .map((rs, ctx) -> new DocumentRow(rs.getString("id"), rs.getString("title"), rs.getString("source"),
                            rs.getString("language"), Rows.date(rs, "published"), rs.getLong("p"), rs.getLong("i"),
                            rs.getLong("t")))
                    .list();
            // counted past the page asked for, so a deep page is never "page 81 of 40"
            long limit = Math.max(Page.COUNT_LIMIT, paging.offset() + 10L * paging.size());
            long total = bind(h.createQuery("select count(*) from (select 1 from document d" + where + " limit "
                    + (limit + 1) + ") c"), language, text).mapTo(Long.class).one();
            boolean exact = total <= limit;
            return new Page<>(rows, Page.bounded(paging, rows.size(), exact ? total : limit), exact, paging);
        });
    }

    private static Query bind(Query q, String language, String text) {
        if (language != null) {
            q.bind("language", language);
        }
        if (text != null) {
            // the words of the title, any order: LIKE's own wildcards in the input match themselves
            q.bind("text", "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return q;
    }
}
