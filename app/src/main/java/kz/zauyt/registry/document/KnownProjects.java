package kz.zauyt.registry.document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import kz.zauyt.registry.project.MentionRecord;

/**
 * Every mention of the projects an ingest session wrote last, as the registry holds them after its writes:
 * a document that joins one of them need not read its mentions back (a round trip for about half the
 * documents of a run). Only true while the session holds the registry's write lock without a break, so
 * it is forgotten when the lock is let go or a write fails. The newest {@link #PROJECTS} projects are
 * kept, so memory does not grow with the registry.
 */
final class KnownProjects {

    /**
     * About 2,000 documents' worth: news comes back to a plant within weeks, and its mentions are a
     * few kilobytes.
     */
    static final int PROJECTS = 4_096;

    private final Map<Long, List<MentionRecord>> mentions = KnownKeys.lru(PROJECTS);

    /**
     * As {@link Reading#mentionsOf}: what it knows from here, the rest from {@code registry} (given the
     * projects it does not know).
     */
    Map<Long, List<MentionRecord>> mentionsOf(Collection<Long> projects, String exceptDocument,
                                              Function<List<Long>, Map<Long, List<MentionRecord>>> registry) {
        Map<Long, List<MentionRecord>> out = new LinkedHashMap<>();
        List<Long> unknown = new ArrayList<>();
        for (Long id : projects) {
            List<MentionRecord> known = mentions.get(id);
            if (known == null) {
                unknown.add(id);
                continue;
            }
            List<MentionRecord> others = known.stream().filter(m -> !m.documentId().equals(exceptDocument)).toList();
            if (!others.isEmpty()) {
                out.put(id, others);
            }
        }
        if (!unknown.isEmpty()) {
            out.putAll(registry.apply(unknown));
        }
        return out;
    }

    /** What the registry holds once {@code w} is committed (told before, and forgotten if it fails). */
    void remember(DocumentStore.Write w) {
        w.projects().forEach((id, ms) -> mentions.put(id, List.copyOf(ms)));
        w.removed().forEach(mentions::remove);
    }

    void forget() {
        mentions.clear();
    }
}
