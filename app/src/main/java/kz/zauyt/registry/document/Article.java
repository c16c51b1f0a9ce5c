package kz.zauyt.registry.document;

import java.time.LocalDate;
import java.util.List;
import kz.zauyt.extract.Extraction;
import kz.zauyt.extract.Extractor;
import kz.zauyt.extract.document.Document;
import kz.zauyt.extract.fact.Indicator;
import kz.zauyt.extract.fact.Project;
import kz.zauyt.extract.fact.Target;
import kz.zauyt.extract.text.Language;
import kz.zauyt.extract.text.Span;

/**
 * One document as the registry stores it: what was read about it, its facts, and the extractor version
 * that read them. {@code text} is null when the facts came from JSON Lines written without the text;
 * the facts' evidence then cannot be quoted, but everything else is kept.
 */
public record Article(String id, String source, String title, Language language, LocalDate published, String text,
                      List<Project> projects, List<Indicator> indicators, List<Target> targets,
                      String extractorVersion) {

    public Article {
        if (id == null || !id.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("document id must be a SHA-256 hex digest, got '" + id + "'");
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("document " + id + " has no source");
        }
        if (language == null) {
            throw new IllegalArgumentException("document " + source + " has no language");
        }
        if (extractorVersion == null || extractorVersion.isBlank()) {
            throw new IllegalArgumentException("document " + source + " has no extractor version");
        }
        projects = List.copyOf(projects);
        indicators = List.copyOf(indicators);
        targets = List.copyOf(targets);
        if (text != null) {
            checkSpans(source, text.length(), projects.stream().flatMap(p -> p.evidence().stream()).toList());
            checkSpans(source, text.length(), indicators.stream().flatMap(p -> p.evidence().stream()).toList());
            checkSpans(source, text.length(), targets.stream().flatMap(p -> p.evidence().stream()).toList());
        }
    }

    private static void checkSpans(String source, int length, List<Span> spans) {
        for (Span s : spans) {
            if (s.end() > length) {
                throw new IllegalArgumentException("evidence [" + s.start() + ", " + s.end() + ") lies outside the "
                        + length + " characters of " + source);
            }
        }
    }

    /** What the engine of this build read from a document. */
    public static Article of(Extraction x) {
        return of(x, Extractor.VERSION);
    }

    public static Article of(Extraction x, String extractorVersion) {
        Document d = x.document();
        return new Article(d.id(), d.source(), d.title(), d.language(), d.published(), d.text(), x.projects(),
                x.indicators(), x.targets(), extractorVersion);
    }

    /** The text an evidence list covers, its sentences joined; null without the text. */
    public String quote(List<Span> evidence) {
        if (text == null || evidence.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (Span s : evidence) {
            if (b.length() > 0) {
                b.append(" … ");
            }
            b.append(text, s.start(), s.end());
        }
        return b.toString();
    }
}
