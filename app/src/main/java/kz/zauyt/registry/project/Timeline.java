package kz.zauyt.registry.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A project's statuses in the order the news reported them: mentions sorted by their document's
 * publication date (undated ones last, in the order they were stored), consecutive reports of one
 * status folded into one step. An announcement, two construction reports and a launch make three
 * steps; a later article that calls a launched plant "under construction" again makes a fourth, and
 * that is shown rather than hidden.
 */
public final class Timeline {

    static final Comparator<MentionRecord> BY_DATE = Comparator
            .comparing(MentionRecord::published, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(MentionRecord::id);

    private Timeline() {
    }

    public static List<StatusStep> of(List<MentionRecord> mentions) {
        List<MentionRecord> sorted = new ArrayList<>(mentions);
        sorted.sort(BY_DATE);
        List<StatusStep> steps = new ArrayList<>();
        for (MentionRecord m : sorted) {
            if (m.status() == null) {
                continue;
            }
            StatusStep last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
            if (last != null && last.status().equals(m.status())) {
                List<Long> ids = new ArrayList<>(last.mentions());
                ids.add(m.id());
                LocalDate since = last.since() != null ? last.since() : m.published();
                LocalDate seen = m.published() != null ? m.published() : last.lastSeen();
                steps.set(steps.size() - 1, new StatusStep(last.status(), since, seen, ids));
            } else {
                steps.add(new StatusStep(m.status(), m.published(), m.published(), List.of(m.id())));
            }
        }
        return List.copyOf(steps);
    }
}
