package kz.zauyt.extract.document;

import java.time.LocalDate;
import java.util.List;
import kz.zauyt.extract.text.Language;
import kz.zauyt.extract.text.Span;

/**
 * An article as the engine sees it: normalised text that never changes afterwards, and what was read
 * about it. {@code id} is the SHA-256 of {@code text}, so the same article from two places is one
 * document.
 */
public record Document(String id, String source, String title, Language language, LocalDate published,
                       String text, List<Span> sentences) {

    public Document {
        if (id == null || !id.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("document id must be a SHA-256 hex digest, got '" + id + "'");
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("document source must be named, got '" + source + "'");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("document " + source + " has no text");
        }
        if (language == null) {
            throw new IllegalArgumentException("document " + source + " has no language");
        }
        sentences = List.copyOf(sentences);
        for (Span s : sentences) {
            if (s.end() > text.length()) {
                throw new IllegalArgumentException("sentence " + s + " lies outside the text of " + source);
            }
        }
    }
}
