package kz.zauyt.registry.query;

import java.time.LocalDate;
import java.util.List;
import kz.zauyt.registry.project.MentionRecord;
import kz.zauyt.registry.ledger.IndicatorRecord;
import kz.zauyt.registry.ledger.TargetRecord;

/**
 * A stored document with its facts: each project mention (with the project it joined), indicator and
 * target carries its evidence spans into {@code text}, for the web to highlight. {@code text} is null
 * for documents loaded from JSON Lines without their text. {@code url} is the address a followed article was
 * read from (null for a file given to ingest, whose path is {@code source}).
 */
public record DocumentView(String id, String source, String title, String language, LocalDate published, String text,
                           String extractorVersion, List<MentionRecord> projects, List<IndicatorRecord> indicators,
                           List<TargetRecord> targets, String url) {

    public DocumentView {
        projects = List.copyOf(projects);
        indicators = List.copyOf(indicators);
        targets = List.copyOf(targets);
    }
}
