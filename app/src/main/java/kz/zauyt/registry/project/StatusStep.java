package kz.zauyt.registry.project;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One step of a project's status timeline: the status, the publication date of the first document
 * that reported it ({@code since}; null when no such document is dated), the last date it was
 * reported, and the mentions that did.
 */
public record StatusStep(String status, LocalDate since, LocalDate lastSeen, List<Long> mentions) {

    private static final Set<String> STATUSES = kz.zauyt.extract.fact.Project.STATUSES;

    public StatusStep {
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException("status must be one of " + STATUSES + ", got '" + status + "'");
        }
        if (mentions == null || mentions.isEmpty()) {
            throw new IllegalArgumentException("a " + status + " step needs the mentions that report it");
        }
        mentions = List.copyOf(mentions);
    }
}
