package kz.zauyt.registry.project;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kz.zauyt.registry.db.ResolutionLock;
import kz.zauyt.registry.db.Script;
import kz.zauyt.registry.project.Resolver.Placement;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The pairs of projects resolution was unsure about, and a person's answer. "Same" merges them and
 * "different" keeps them apart, both by pins ({@link ProjectEdits}), so the answer holds across
 * re-ingests and re-extractions; the pair is then no longer listed.
 */
public final class Reviews {

    /** The pending pairs as they stand now: mentions may have moved since the doubt was written. */
    private static final String PENDING = "select r.id, m.project_id as project, p.name as name, q.id as other, "
            + "q.name as other_name, r.score, r.reason from review_pair r "
            + "join mention m on m.document_id = r.document_id and m.mkey = r.mkey "
            + "left join mention o on o.id = r.other_mention "
            + "join project p on p.id = m.project_id join project q on q.id = coalesce(o.project_id, r.other_project) "
            + "where r.decision is null and p.id <> q.id";

    private final Jdbi jdbi;
    private final ProjectEdits edits;

    public Reviews(Jdbi jdbi, ProjectEdits edits) {
        this.jdbi = jdbi;
        this.edits = edits;
    }

    /**
     * Adds a document's doubts to the script that stores it: its undecided ones are written anew, a
     * decided one is left as decided.
     */
    public static void write(Script s, String documentId, List<Placement> placements) {
        s.add("delete from review_pair where document_id = ? and decision is null", documentId);
        for (Placement p : placements) {
            if (p.doubt() != null) {
                s.add("insert into review_pair (document_id, mkey, other_project, other_mention, score, reason) "
                                + "values (?, ?, ?::bigint, ?::bigint, ?::real, ?) on conflict (document_id, mkey) do nothing", documentId,
                        p.mkey(), p.doubt().projectId(), p.doubt().mention(), p.doubt().score(), p.doubt().reason());
            }
        }
    }

    /** Up to {@code limit} pending pairs, most likely the same first, each pair of projects once. */
    public List<ReviewPair> pending(int limit) {
        return jdbi.withHandle(h -> pending(h, "", limit));
    }

    private static List<ReviewPair> pending(Handle h, String where, int limit) {
        List<ReviewPair> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        h.createQuery(PENDING + where + " order by r.score desc, r.id")
                .map((rs, ctx) -> new ReviewPair(rs.getLong("id"), rs.getLong("project"), rs.getString("name"),
                        rs.getLong("other"), rs.getString("other_name"), rs.getDouble("score"), rs.getString("reason")))
                .forEach(p -> {
                    if (out.size() < limit && seen.add(Math.min(p.project(), p.other()) + "-" + Math.max(p.project(), p.other()))) {
                        out.add(p);
                    }
                });
        return out;
    }

    /** A person's answer to pending pair {@code id}; returns the pair as it was. */
    public ReviewPair decide(long id, boolean same) {
        return jdbi.inTransaction(h -> {
            ResolutionLock.take(h);
            List<ReviewPair> found = pending(h, " and r.id = " + id, 1);
            if (found.isEmpty()) {
                throw new IllegalArgumentException("there is no pending review " + id
                        + " (see 'zauyt projects review' for the pending ones)");
            }
            ReviewPair p = found.get(0);
            // every pending row about these two projects is answered by this one decision
            h.createUpdate("update review_pair set decision = :d, decided_at = now() where id in (select r.id from ("
                            + PENDING + ") r where (r.project = :a and r.other = :b) or (r.project = :b and r.other = :a))")
                    .bind("d", same ? "same" : "different").bind("a", p.project()).bind("b", p.other()).execute();
            if (same) {
                edits.merge(h, p.other(), List.of(p.project()));
            } else {
                edits.keepApart(h, p.project(), p.other());
            }
            return p;
        });
    }
}
