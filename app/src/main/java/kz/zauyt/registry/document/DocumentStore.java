package kz.zauyt.registry.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
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
 * <p>Storing is three steps: a reading of what resolution needs ({@link Reading}), placing each fact
 * ({@link #place}), and one script that writes the document, its facts and the summaries of the projects
 * they touch ({@link #write}, which reads the other mentions of the projects it joins). Stored alone
 * ({@link #store(Article)}), a document costs four round trips at most: the reading, the projects' other
 * mentions (none when it only starts new ones), the writes, and the commit. An ingest runs the same steps
 * for many documents in fewer ({@link IngestSession}).
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

    /** A run of documents on one connection, each one's end told to {@code listener}; see {@link IngestSession}. */
    public IngestSession session(IngestSession.Listener listener) {
        return new IngestSession(jdbi.open(), jdbi.open(), this, listener);
    }

    /**
     * Refreshes the planner's statistics and the visibility maps of the candidate keys and the projects.
     * A registry filled faster than autovacuum looks (once a minute) is planned as if empty: sequential
     * scans per mention, and ingest slows as it grows. mention_key answers from its index alone, and
     * lists count their matches from an index alone, only where vacuum has marked the pages all-visible
     * (and a server may run without autovacuum). Ingest calls this as the registry grows. review_pair too:
     * planned without statistics, each document's "delete its undecided doubts" read every pending doubt
     * through the partial index of pending ones (0.5 ms a document at 100,000 projects, and growing) instead
     * of the document's few rows.
     */
    public void analyze() {
        jdbi.useHandle(h -> {
            h.execute("vacuum (analyze) mention_key, project");
            h.execute("analyze document, mention, indicator, target, review_pair");
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
        Script s = new Script();
        Reading.Ask ask = Reading.ask(s, prepared.article(), keys(prepared), true, null);
        s.run(h);
        Reading r = ask.answer();
        Placed placed = place(prepared, r, r::candidates, key -> Reading.rivals(h, key, prepared.article().id()));
        Write w = write(placed, ids -> Reading.mentionsOf(h, ids, prepared.article().id()));
        w.script().run(h);
        return w.outcome();
    }

    /** The keys that find the candidates of a document's facts. */
    static Set<String> keys(Prepared prepared) {
        Set<String> blockKeys = new HashSet<>();
        prepared.profiles().forEach(p -> blockKeys.addAll(p.searchKeys()));
        return blockKeys;
    }

    /**
     * A document resolved against its reading and not written yet: where each fact goes ({@code placements},
     * as mention rows in {@code records}, and as the match profiles the registry will give back, in the order
     * of their ids, in {@code mentions}), and the outcome storing it makes.
     */
    record Placed(Prepared prepared, Reading reading, Outcome outcome, List<Placement> placements,
                  List<MentionRecord> records, List<Profile> mentions) {

        Article article() {
            return prepared.article();
        }
    }

    /**
     * Resolves the document's facts: the candidates are asked of {@code search}, and only if the document
     * is placed (not when this extractor version stored it already); {@code rivals} as in
     * {@link Resolver#place}.
     */
    Placed place(Prepared prepared, Reading r, Supplier<List<Profile>> search, ToIntFunction<String> rivals) {
        Article a = prepared.article();
        if (r.storedVersion() != null && Versions.compare(a.extractorVersion(), r.storedVersion()) <= 0) {
            return new Placed(prepared, r, Outcome.UNCHANGED, List.of(), List.of(), List.of());
        }
        List<Placement> placements = resolver.place(a, prepared.profiles(), r.pins(), search.get(),
                r.projectIds().iterator(), rivals);
        List<MentionRecord> records = new ArrayList<>();
        List<Profile> mentions = new ArrayList<>();
        for (int i = 0; i < placements.size(); i++) {
            records.add(MentionRows.record(a, placements.get(i), r.mentionIds().get(i)));
            mentions.add(MentionRows.profile(a, placements.get(i), records.get(i)));
        }
        mentions.sort(Comparator.comparingLong(Profile::id));
        return new Placed(prepared, r, r.storedVersion() != null ? Outcome.REEXTRACTED : Outcome.NEW, placements, records,
                mentions);
    }

    /**
     * What storing a document writes, not sent yet: the statements, the outcome they make, every project they
     * leave with mentions, each with all of them ({@code projects}), those they leave without, which they
     * delete ({@code removed}), and the match profiles of the mentions they add ({@code mentions}, as
     * {@link Placed} has them).
     */
    record Write(Article article, Outcome outcome, Script script, Map<Long, List<MentionRecord>> projects,
                 List<Long> removed, List<Profile> mentions) {
    }

    /**
     * The script that stores a placed document, with the summaries of the projects it touches: the other
     * mentions of those it joins come from {@code mentionsOf} (given project ids; as {@link Reading#mentionsOf}
     * for this document).
     */
    Write write(Placed placed, Function<Set<Long>, Map<Long, List<MentionRecord>>> mentionsOf) {
        Article a = placed.article();
        Reading r = placed.reading();
        if (placed.outcome() == Outcome.UNCHANGED) {
            Script s = new Script();
            if (a.text() != null) {
                // facts first loaded from JSON Lines without the text: keep the text now that it came
                s.add("update document set body = ? where id = ? and body is null", a.text(), a.id());
            }
            return new Write(a, Outcome.UNCHANGED, s, Map.of(), List.of(), List.of());
        }
        boolean stored = placed.outcome() == Outcome.REEXTRACTED;
        List<Placement> placements = placed.placements();
        List<MentionRecord> records = placed.records();

        // every touched project, recomputed from its other mentions and this document's new ones
        Map<Long, List<MentionRecord>> touched = new LinkedHashMap<>();
        for (Long id : r.previousProjects()) {
            touched.put(id, new ArrayList<>());
        }
        Set<Long> existing = new LinkedHashSet<>(r.previousProjects());
        for (Placement p : placements) {
            touched.computeIfAbsent(p.projectId(), k -> new ArrayList<>());
            if (!p.newProject()) {
                existing.add(p.projectId());
            }
        }
        if (!existing.isEmpty()) {
            mentionsOf.apply(existing).forEach((id, ms) -> touched.get(id).addAll(ms));
        }
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
        Map<Long, List<MentionRecord>> after = new LinkedHashMap<>(fresh);
        touched.forEach((id, ms) -> {
            if (!ms.isEmpty()) {
                after.put(id, ms);
            }
        });
        return new Write(a, placed.outcome(), s, after, empty, placed.mentions());
    }
}
