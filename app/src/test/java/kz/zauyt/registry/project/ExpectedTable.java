package kz.zauyt.registry.project;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import kz.zauyt.extract.text.Language;

/**
 * A table of what a word list should make of text (test resources under registry/names): each row a
 * language, the text, what it should give ("-": nothing) and why. Checks every row and reports all
 * that differ at once, so one look at a failure shows which entries a change of the list moved.
 */
final class ExpectedTable {

    private ExpectedTable() {
    }

    /** The rows whose result differs from the table, each as "text: expected [..], got [..]"; empty when all agree. */
    static List<String> mismatches(String resource, BiFunction<String, Language, List<String>> actual) {
        List<String> out = new ArrayList<>();
        for (String line : lines(resource)) {
            String[] f = line.split("\t");
            Language language = Language.valueOf(f[0].toUpperCase(java.util.Locale.ROOT));
            List<String> expected = f[2].equals("-") ? List.of() : Arrays.asList(f[2].split(" "));
            List<String> got = actual.apply(f[1], language);
            if (!got.equals(expected)) {
                out.add(f[1] + ": expected " + expected + ", got " + got);
            }
        }
        return out;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = ExpectedTable.class.getResourceAsStream("/registry/names/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("no test table " + resource);
            }
            List<String> rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            if (rows.isEmpty()) {
                throw new IllegalStateException("test table " + resource + " has no rows");
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
