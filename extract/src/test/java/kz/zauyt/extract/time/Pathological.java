package kz.zauyt.extract.time;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Inputs that once took super-linear time, made at a size given in characters. */
final class Pathological {

    private Pathological() {
    }

    /**
     * Short sentences each holding a plant, a company, a place and two figures, in English and
     * Russian: every one is a candidate fact with values, places and companies all around it.
     */
    static String denseFacts(int chars) {
        StringBuilder b = new StringBuilder("Plants\n\n");
        for (int i = 0; b.length() < chars; i++) {
            b.append(i % 2 == 0 ? "The Kentau LLP plant in Almaty will produce " + (i % 97 + 3) + " MW and employ 40 people. "
                    : "ТОО «Кентау» построит завод в Павлодаре мощностью " + (i % 89 + 5) + " тыс. тонн в год. ");
            if (i % 5 == 4) {
                b.append("\n\n");
            }
        }
        return b.substring(0, chars);
    }

    /** An ordinary sentence, then a run of sentence marks and closing quotes and brackets, then lower case. */
    static String punctuationRun(int chars) {
        String marks = ".!?….…?!»)\".";
        return "Title\n\nThe plant opened in Almaty" + marks.repeat(chars / marks.length() + 1).substring(0, chars)
                + " and it works.\n";
    }

    /** A page whose elements nest {@code levels} deep, a sentence in each. */
    static String deepHtml(int levels) {
        return "<!doctype html><html><head><title>Plants</title></head><body>"
                + "<div>The plant in Almaty opened in 2024. ".repeat(levels) + "</div>".repeat(levels) + "</body></html>";
    }

    /** The test articles (English, Russian, Kazakh) one after another, as one text. */
    static String articles() {
        try {
            Path dir = Path.of(Pathological.class.getResource("/corpus/articles").toURI());
            List<String> texts = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    texts.add(Files.readString(p));
                }
            }
            return String.join("\n\n", texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code text} repeated (paragraph after paragraph) to {@code chars} characters. */
    static String repeat(String text, int chars) {
        StringBuilder b = new StringBuilder(chars + text.length());
        while (b.length() < chars) {
            b.append(text).append("\n\n");
        }
        return b.substring(0, chars);
    }
}
