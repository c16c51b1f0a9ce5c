package kz.zauyt.registry.query;

import java.util.Optional;
import kz.zauyt.registry.project.MentionRecord;
import kz.zauyt.registry.ledger.IndicatorRecord;
import kz.zauyt.registry.ledger.TargetRecord;
import org.jdbi.v3.core.Jdbi;

/** One document with its facts and their spans. */
public final class DocumentViews {

    private final Jdbi jdbi;

    public DocumentViews(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Optional<DocumentView> get(String id) {
        return jdbi.withHandle(h -> h.createQuery("select id, source, title, language, published, body, extractor_version, url "
                        + "from document where id = :id")
                .bind("id", id)
                .map((rs, ctx) -> new DocumentView(rs.getString("id"), rs.getString("source"), rs.getString("title"),
                        rs.getString("language"), ProjectRow.date(rs, "published"), rs.getString("body"),
                        rs.getString("extractor_version"),
                        h.createQuery("select " + MentionRecord.COLUMNS + " from mention m join document d "
                                + "on d.id = m.document_id where m.document_id = :id order by m.ordinal")
                                .bind("id", id).map((r, c) -> MentionRecord.map(r)).list(),
                        h.createQuery("select " + IndicatorRecord.COLUMNS + " from indicator i join document d "
                                + "on d.id = i.document_id where i.document_id = :id order by i.ordinal")
                                .bind("id", id).map((r, c) -> IndicatorRecord.map(r)).list(),
                        h.createQuery("select " + TargetRecord.COLUMNS + " from target t join document d "
                                + "on d.id = t.document_id where t.document_id = :id order by t.ordinal")
                                .bind("id", id).map((r, c) -> TargetRecord.map(r)).list(), rs.getString("url")))
                .findOne());
    }
}
