package kz.zauyt.registry.query;

import java.time.LocalDate;
import java.util.List;

/**
 * One value reported for one field of a project, with every mention that reported it: the document,
 * its date and the sentence. "investment: 120 billion KZT (2022-03-10, kazinform...)".
 */
public record Reported(String value, List<Source> sources) {

    /** Where a value was read. */
    public record Source(long mentionId, String documentId, String title, String source, LocalDate published,
                         String quote) {
    }

    public Reported {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a reported value cannot be empty, got '" + value + "'");
        }
        sources = List.copyOf(sources);
    }
}
