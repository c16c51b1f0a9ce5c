package kz.zauyt.web.document;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import kz.zauyt.extract.text.Span;

/**
 * Cuts a document's text at every evidence boundary, so the template can wrap the covered pieces in
 * {@code <mark>} while escaping every piece: the text stays text, the facts show where they were read.
 */
public final class Highlighter {

    /** A fact's evidence: its anchor id ("p3", "i1", "t2"), kind ("project", "indicator", "target") and span. */
    public record Fact(String anchor, String kind, Span span) {
    }

    /**
     * A run of text, the facts (anchors) covering it (empty for plain text), and the facts whose
     * evidence starts here: the page puts their link targets before the piece.
     */
    public record Piece(String text, List<String> anchors, String kind, List<String> starts) {
        public Piece {
            anchors = List.copyOf(anchors);
            starts = List.copyOf(starts);
        }

        public boolean marked() {
            return !anchors.isEmpty();
        }
    }

    private Highlighter() {
    }

    public static List<Piece> pieces(String text, List<Fact> facts) {
        if (text == null) {
            return List.of();
        }
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Fact f : facts) {
            // evidence outside the text (a mismatched re-extraction) is dropped, never trusted
            if (f.span().start() >= 0 && f.span().end() <= text.length() && f.span().start() < f.span().end()) {
                cuts.add(f.span().start());
                cuts.add(f.span().end());
            }
        }
        List<Piece> out = new ArrayList<>();
        java.util.Set<String> started = new java.util.HashSet<>();
        Integer from = null;
        for (int cut : cuts) {
            if (from != null && cut > from) {
                List<String> anchors = new ArrayList<>();
                String kind = "";
                for (Fact f : facts) {
                    if (f.span().start() <= from && f.span().end() >= cut && f.span().end() <= text.length()) {
                        anchors.add(f.anchor());
                        kind = f.kind();
                    }
                }
                List<String> starts = anchors.stream().filter(started::add).toList();
                out.add(new Piece(text.substring(from, cut), anchors, kind, starts));
            }
            from = cut;
        }
        return out;
    }
}
