package kz.zauyt.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import kz.zauyt.extract.Extractor;
import kz.zauyt.extract.document.ReadException;
import org.junit.jupiter.api.Test;

/**
 * Pathological inputs doubled: the time taken may at most a little more than double (linear work
 * doubles it, quadratic work quadruples it). The ratio allowed is generous because the machine is
 * shared; each side is the median of a few runs.
 */
class DoublingTest {

    private static final Extractor EXTRACTOR = Extractor.load();
    private static final double MAX_RATIO = 3.0;

    @Test
    void factFindingGrowsLinearlyWithTheDocument() {
        double ratio = Doubling.ratio("document dense with facts", 320_000,
                n -> extracting("large.txt", Pathological.denseFacts(n)));
        assertThat(ratio).isLessThan(MAX_RATIO);
    }

    @Test
    void sentencePunctuationRunsGrowLinearly() {
        double ratio = Doubling.ratio("run of . ! ? … and closers", 40_000,
                n -> extracting("run.txt", Pathological.punctuationRun(n)));
        assertThat(ratio).isLessThan(MAX_RATIO);
    }

    @Test
    void deeplyNestedHtmlGrowsLinearly() {
        double ratio = Doubling.ratio("HTML nested n deep", 2000,
                n -> extracting("deep.html", Pathological.deepHtml(n)));
        assertThat(ratio).isLessThan(MAX_RATIO);
    }

    /** Reading and extracting the text given (made before the clock starts). */
    static Runnable extracting(String name, String text) {
        return () -> {
            try {
                EXTRACTOR.extract(EXTRACTOR.reader().fromText(name, text, name.endsWith(".html")));
            } catch (ReadException e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
