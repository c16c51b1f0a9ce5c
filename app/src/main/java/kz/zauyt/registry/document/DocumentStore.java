package kz.zauyt.registry.document;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import kz.zauyt.registry.db.ResolutionLock;
import kz.zauyt.registry.project.NameKeys;
import kz.zauyt.registry.project.Resolver;
import kz.zauyt.registry.project.Summaries;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Stores one document and its facts in one transaction: a crash at any point leaves either the whole
 * document or none of it. The same text is stored once; an extractor newer than the one that read
 * it replaces its facts (and what those facts said about projects) and nothing else.
 */
public final class DocumentStore {

    private final Jdbi jdbi;
    private final Resolver resolver;
    private final Summaries summaries;

    public DocumentStore(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.resolver = new Resolver(NameKeys.get());
        this.summaries = new Summaries(NameKeys.get());
    }

    public Outcome store(Article a) {
        return jdbi.inTransaction(h -> store(h, a));
    }

    /**
     * Refreshes the planner's statistics. A registry filled faster than autovacuum looks (once a minute)
     * is planned as if empty: sequential scans per mention, and ingest slows as it grows. Ingest calls
     * this as the registry grows by powers of four.
     */
    public void analyze() {
        jdbi.useHandle(h -> h.execute("analyze document, mention, project, indicator, target"));
    }

    private Outcome store(Handle h, Article a) {
        // the lock first, and the look-up in a statement of its own: in READ COMMITTED its snapshot is
        // then taken after the lock, so a document another writer just stored is seen
        ResolutionLock.take(h);
        Optional<String> stored = h.createQuery("select extractor_version from document where id = :id")
                .bind("id", a.id()).mapTo(String.class).findOne();
        if (stored.isPresent() && Versions.compare(a.extractorVersion(), stored.get()) <= 0) {
            if (a.text() != null) {
                // facts first loaded from JSON Lines without the text: keep the text now that it came
                h.createUpdate("update document set body = :text where id = :id and body is null")
                        .bind("text", a.text()).bind("id", a.id()).execute();
            }
            return Outcome.UNCHANGED;
        }
        Set<Long> touched = new LinkedHashSet<>();
        if (stored.isPresent()) {
            touched.addAll(h.createQuery("delete from mention where document_id = :id returning project_id")
                    .bind("id", a.id()).mapTo(Long.class).list());
            h.createUpdate("delete from indicator where document_id = :id").bind("id", a.id()).execute();
            h.createUpdate("delete from target where document_id = :id").bind("id", a.id()).execute();
        }
        h.createUpdate("insert into document (id, source, title, language, published, body, extractor_version) "
                        + "values (:id, :source, :title, :language, :published, :text, :version) "
                        + "on conflict (id) do update set title = excluded.title, "
                        + "language = excluded.language, published = excluded.published, "
                        + "body = coalesce(excluded.body, document.body), extractor_version = excluded.extractor_version, "
                        + "extracted_at = now()")
                .bind("id", a.id()).bind("source", a.source()).bind("title", a.title())
                .bind("language", a.language().code()).bind("published", a.published()).bind("text", a.text())
                .bind("version", a.extractorVersion())
                .execute();
        touched.addAll(resolver.resolve(h, a));
        FactWriter.indicators(h, a);
        FactWriter.targets(h, a);
        summaries.refresh(h, touched);
        return stored.isPresent() ? Outcome.REEXTRACTED : Outcome.NEW;
    }
}
