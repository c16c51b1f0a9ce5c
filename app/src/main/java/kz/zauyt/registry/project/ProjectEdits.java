package kz.zauyt.registry.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import kz.zauyt.registry.db.ResolutionLock;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A person's corrections to the automatic grouping: split mentions off into a new project, or merge
 * projects into one. Each decision pins every mention involved to its project's manual key, and pins
 * outlive re-ingests and re-extractions: the resolver consults them before any score.
 */
public final class ProjectEdits {

    private final Jdbi jdbi;
    private final Summaries summaries;

    public ProjectEdits(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.summaries = new Summaries(NameKeys.get());
    }

    /** Moves {@code mentionIds} of project {@code projectId} to a new project; returns its id. */
    public long split(long projectId, List<Long> mentionIds) {
        if (mentionIds.isEmpty()) {
            throw new IllegalArgumentException("split project " + projectId + ": name the mentions to move out");
        }
        return jdbi.inTransaction(h -> {
            ResolutionLock.take(h);
            Set<Long> all = mentionsOf(h, projectId);
            Set<Long> moving = new TreeSet<>(mentionIds);
            for (Long m : moving) {
                if (!all.contains(m)) {
                    throw new IllegalArgumentException("split project " + projectId + ": mention " + m
                            + " is not one of its mentions " + all);
                }
            }
            if (moving.size() == all.size()) {
                throw new IllegalArgumentException("split project " + projectId + ": moving all its mentions "
                        + moving + " would leave it empty");
            }
            String oldKey = manualKey(h, projectId);
            String newKey = newKey();
            long created = h.createQuery("insert into project (name, manual_key) values ('(split)', :k) returning id")
                    .bind("k", newKey).mapTo(Long.class).one();
            move(h, new ArrayList<>(moving), created, "split by hand from project " + projectId);
            pinAll(h, projectId, oldKey);
            pinAll(h, created, newKey);
            summaries.refresh(h, List.of(projectId, created));
            return created;
        });
    }

    /** Moves every mention of {@code others} into {@code into}; the others disappear. */
    public void merge(long into, List<Long> others) {
        if (others.isEmpty() || others.contains(into)) {
            throw new IllegalArgumentException("merge into project " + into + ": name other projects, got " + others);
        }
        jdbi.useTransaction(h -> {
            ResolutionLock.take(h);
            merge(h, into, others);
        });
    }

    /** As {@link #merge(long, List)}, in the caller's transaction, which holds the resolution lock. */
    void merge(Handle h, long into, List<Long> others) {
        mentionsOf(h, into);
        String key = manualKey(h, into);
        List<Long> moved = new ArrayList<>();
        for (Long other : others) {
            moved.addAll(mentionsOf(h, other));
        }
        move(h, moved, into, "merged by hand into project " + into);
        pinAll(h, into, key);
        List<Long> touched = new ArrayList<>(others);
        touched.add(into);
        summaries.refresh(h, touched);
    }

    /**
     * A person's word that two projects are different plants: every mention of each is pinned to its
     * project, so no later score joins them, in the caller's transaction (which holds the lock).
     */
    void keepApart(Handle h, long a, long b) {
        for (long p : List.of(a, b)) {
            mentionsOf(h, p);
            pinAll(h, p, manualKey(h, p));
        }
    }

    private static Set<Long> mentionsOf(Handle h, long projectId) {
        Set<Long> ids = new TreeSet<>(h.createQuery("select id from mention where project_id = :p")
                .bind("p", projectId).mapTo(Long.class).list());
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("there is no project " + projectId);
        }
        return ids;
    }

    /** The project's manual key, given one now if it had none. */
    private static String manualKey(Handle h, long projectId) {
        String key = h.createQuery("select manual_key from project where id = :p").bind("p", projectId)
                .mapTo(String.class).one();
        if (key == null) {
            key = newKey();
            h.createUpdate("update project set manual_key = :k where id = :p").bind("k", key).bind("p", projectId).execute();
        }
        return key;
    }

    private static String newKey() {
        return "manual-" + UUID.randomUUID();
    }

    private static void move(Handle h, List<Long> mentionIds, long to, String reason) {
        h.createUpdate("update mention set project_id = :to, score = null, matched_mention = null, reason = :reason "
                        + "where id = any(:ids)")
                .bind("to", to).bind("reason", reason).bind("ids", mentionIds.toArray(new Long[0])).execute();
    }

    private static void pinAll(Handle h, long projectId, String key) {
        h.createUpdate("insert into mention_pin (document_id, mkey, project_key) select document_id, mkey, :k "
                        + "from mention where project_id = :p on conflict (document_id, mkey) do update set "
                        + "project_key = excluded.project_key, pinned_at = now()")
                .bind("k", key).bind("p", projectId).execute();
    }
}
