package kz.zauyt.registry.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.zauyt.registry.db.ResolutionLock;
import kz.zauyt.registry.db.Script;
import kz.zauyt.registry.project.MentionRecord;
import kz.zauyt.registry.project.NameKeys;
import kz.zauyt.registry.project.Profile;
import kz.zauyt.registry.project.Resolver;
import kz.zauyt.registry.project.Reviews;
import kz.zauyt.registry.project.Resolver.Placement;
import kz.zauyt.registry.project.Summaries;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Stores one document and its facts in one transaction: a crash at any point leaves either the whole
 * document or none of it. The same text is stored once; an extractor newer than the one that read
 * it replaces its facts (and what those facts said about projects) and nothing else.
 *
 * <p>A document costs four round trips at most: one script reads what resolution needs
 * ({@link Reading}), one reads the projects it joins (none when it only starts new ones), one writes
 * the document, its facts and the projects' new summaries, and the commit.
 */
public final class DocumentStore {

    private final Jdbi jdbi;
    private final Resolver resolver = new Resolver(NameKeys.get());
    private final Summaries summaries = new Summaries(NameKeys.get());

    public DocumentStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Stores one document in a transaction of its own, under the registry's write lock. */
    public Outcome store(Article a) {
        return jdbi.inTransaction(h -> {
            ResolutionLock.take(h);
            return store(h, a);
        });
    }

    /** A run of documents on one connection; see {@link IngestSession}. */
    public IngestSession session() {
        return new IngestSession(jdbi.open(), this);
    }

    /**
     * Refreshes the planner's statistics and the visibility maps of the candidate keys and the projects.
     * A registry filled faster than autovacuum looks (once a minute) is planned as if empty: sequential
     * scans per mention, and ingest slows as it grows. mention_key answers from its index alone, and
     * lists count their matches from an index alone, only where vacuum has marked the pages all-visible
     * (and a server may run without autovacuum). Ingest calls this as the registry grows.
     */
    public void analyze() {
        jdbi.useHandle(h -> {
            h.execute("vacuum (analyze) mention_key, project");
            h.execute("analyze document, mention, indicator, target");
        });
    }

    /** How many documents the registry holds, as of its last analysis (0 before the first): free to ask. */
    public long estimatedDocuments() {
        return jdbi.withHandle(h -> h.createQuery("select greatest(reltuples, 0)::bigint from pg_class "
                + "where oid = 'document'::regclass").mapTo(Long.class).one());
    }

    /**
     * A document with the match profiles of its facts, worked out from the document alone: on any thread,
     * before the registry's write lock is taken (they were a quarter of the work done under it).
     */
    public record Prepared(Article article, List<Profile> profiles) {
    }

    /** The profiles {@link #store} needs; thread-safe, so ingest's reading threads call it. */
    public Prepared prepare(Article a) {
        return new Prepared(a, resolver.profiles(a));
    }

    /** Stores {@code a} in the handle's transaction; the caller holds the registry's write lock. */
    Outcome store(Handle h, Article a) {
        return store(h, prepare(a));
    }

    /** As {@link #store(Handle, Article)}, with the profiles worked out already. */
    Outcome store(Handle h, Prepared prepared) {
        Article a = prepared.article();
        List<Profile> profiles = prepared.profiles();
        Set<String> blockKeys = new HashSet<>();
        profiles.forEach(p -> blockKeys.addAll(p.searchKeys()));
        Reading r = Reading.of(h, a, blockKeys);
        boolean stored = r.storedVersion() != null;
        if (stored && Versions.compare(a.extractorVersion(), r.storedVersion()) <= 0) {
            if (a.text() != null) {
                // facts first loaded from JSON Lines without the text: keep the text now that it came
                h.createUpdate("update document set body = :text where id = :id and body is null")
                        .bind("text", a.text()).bind("id", a.id()).execute();
            }
            return Outcome.UNCHANGED;
        }
        List<Placement> placements = resolver.place(a, profiles, r.pins(), r.candidates(), r.projectIds().iterator(),
                r.rivals());

        // every touched project, recomputed from its other mentions and this document's new ones
        Map<Long, List<MentionRecord>> touched = new LinkedHashMap<>();
        for (Long id : r.previousProjects()) {
            touched.put(id, new ArrayList<>());
        }
        Set<Long> existing = new LinkedHashSet<>(r.previousProjects());
        List<MentionRecord> records = new ArrayList<>();
        for (int i = 0; i < placements.size(); i++) {
            Placement p = placements.get(i);
            records.add(MentionRows.record(a, p, r.mentionIds().get(i)));
            touched.computeIfAbsent(p.projectId(), k -> new ArrayList<>());
            if (!p.newProject()) {
                existing.add(p.projectId());
            }
        }
        Reading.mentionsOf(h, existing, a.id()).forEach((id, ms) -> touched.get(id).addAll(ms));
        records.forEach(m -> touched.get(m.projectId()).add(m));

        // projects this document starts are inserted whole; the others it touches are updated
        Map<Long, List<MentionRecord>> fresh = new LinkedHashMap<>();
        Map<Long, String> manualKeys = new HashMap<>();
        for (Placement p : placements) {
            if (p.newProject()) {
                fresh.put(p.projectId(), touched.remove(p.projectId()));
                if (p.manualKey() != null) {
                    manualKeys.put(p.projectId(), p.manualKey());
                }
            }
        }

        Script s = new Script();
        if (stored) {
            s.add("delete from mention_key where (key, mention_id) in "
                    + "(select unnest(block_keys || context_keys), id from mention where document_id = ?)", a.id());
            s.add("delete from mention where document_id = ?", a.id());
            s.add("delete from indicator where document_id = ?", a.id());
            s.add("delete from target where document_id = ?", a.id());
        }
        s.add("insert into document (id, source, title, language, published, body, extractor_version) "
                        + "values (?, ?, ?, ?, ?::date, ?, ?) on conflict (id) do update set title = excluded.title, "
                        + "language = excluded.language, published = excluded.published, "
                        + "body = coalesce(excluded.body, document.body), extractor_version = excluded.extractor_version, "
                        + "extracted_at = now()",
                a.id(), a.source(), a.title(), a.language().code(), a.published() == null ? null : a.published().toString(),
                a.text(), a.extractorVersion());
        if (!fresh.isEmpty()) {
            s.add(Summaries.INSERT, summaries.rows(fresh, new ArrayList<>(), manualKeys));
        }
        if (!placements.isEmpty()) {
            MentionRows.insert(s, a, placements, records);
        }
        Reviews.write(s, a.id(), placements);
        FactWriter.indicators(s, a);
        FactWriter.targets(s, a);
        List<Long> empty = new ArrayList<>();
        String rows = summaries.rows(touched, empty);
        if (touched.size() > empty.size()) {
            s.add(Summaries.UPDATE, rows, Summaries.ids(touched.keySet(), empty));
        }
        if (!empty.isEmpty()) {
            s.add("delete from project where id = any(?::bigint[])", (Object) empty.stream().map(String::valueOf).toArray(String[]::new));
        }
        s.run(h);
        return stored ? Outcome.REEXTRACTED : Outcome.NEW;
    }
}
