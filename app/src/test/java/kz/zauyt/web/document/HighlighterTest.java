package kz.zauyt.web.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import kz.zauyt.extract.text.Span;
import org.junit.jupiter.api.Test;

/** The document page's cutting of text at evidence boundaries. */
class HighlighterTest {

    private static final String TEXT = "A plant opened. It cost 5 bn tenge. Output grew 4%.";

    private static String joined(List<Highlighter.Piece> pieces) {
        return pieces.stream().map(Highlighter.Piece::text).collect(Collectors.joining());
    }

    @Test
    void thePiecesAreTheTextAndOnlyTheEvidenceIsMarked() {
        List<Highlighter.Piece> pieces = Highlighter.pieces(TEXT, List.of(
                new Highlighter.Fact("m1", "project", new Span(0, 35)),
                new Highlighter.Fact("i2", "indicator", new Span(36, TEXT.length()))));
        assertThat(joined(pieces)).isEqualTo(TEXT);
        assertThat(pieces).filteredOn(Highlighter.Piece::marked).extracting(Highlighter.Piece::text)
                .containsExactly("A plant opened. It cost 5 bn tenge.", "Output grew 4%.");
        assertThat(pieces).filteredOn(p -> !p.marked()).extracting(Highlighter.Piece::text).containsExactly(" ");
    }

    @Test
    void overlappingFactsSplitIntoPiecesCarryingBothAndEachFactIsAnchoredWhereItStarts() {
        List<Highlighter.Piece> pieces = Highlighter.pieces(TEXT, List.of(
                new Highlighter.Fact("m1", "project", new Span(0, 35)),
                new Highlighter.Fact("t3", "target", new Span(16, 35))));
        assertThat(joined(pieces)).isEqualTo(TEXT);
        assertThat(pieces.get(0).anchors()).containsExactly("m1");
        assertThat(pieces.get(0).starts()).containsExactly("m1");
        assertThat(pieces.get(1).anchors()).containsExactly("m1", "t3");
        assertThat(pieces.get(1).starts()).containsExactly("t3"); // m1 started before; t3's link lands here
    }

    @Test
    void evidenceOutsideTheTextIsIgnoredNotTrusted() {
        List<Highlighter.Piece> pieces = Highlighter.pieces(TEXT, List.of(
                new Highlighter.Fact("m1", "project", new Span(10, 500)),
                new Highlighter.Fact("m2", "project", new Span(7, 7))));
        assertThat(pieces).hasSize(1);
        assertThat(pieces.get(0).marked()).isFalse();
        assertThat(Highlighter.pieces(null, List.of())).isEmpty();
    }
}
