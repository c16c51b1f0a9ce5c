package kz.zauyt.money;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** The rates file: {@code date<TAB>currency<TAB>kzt<TAB>basis}, a header line and {@code #} comments. */
public final class RatesTsv {

    static final String HEADER = "date\tcurrency\tkzt\tbasis";

    private RatesTsv() {
    }

    public static List<Rate> read(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read the rates file: " + e.getMessage(), e);
        }
    }

    static List<Rate> read(Reader reader, String name) {
        List<Rate> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(reader)) {
            int n = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                n++;
                if (line.isBlank() || line.startsWith("#") || line.equals(HEADER)) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                try {
                    if (f.length != 4) {
                        throw new IllegalArgumentException("expected 4 tab-separated fields, got " + f.length);
                    }
                    out.add(new Rate(LocalDate.parse(f[0]), f[1], Double.parseDouble(f[2]), f[3]));
                } catch (DateTimeParseException | IllegalArgumentException e) {
                    throw new IllegalArgumentException(name + ": line " + n + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Writes {@code rates} sorted by day and currency, whole or not at all (a new file moved over the old). */
    public static void write(Path file, Collection<Rate> rates) {
        List<Rate> sorted = new ArrayList<>(rates);
        sorted.sort(Comparator.comparing(Rate::day).thenComparing(Rate::currency));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write("# KZT per unit, loaded by 'zauyt rates update'; laid over the shipped table.\n");
                w.write(HEADER + "\n");
                for (Rate r : sorted) {
                    w.write(r.day() + "\t" + r.currency() + "\t" + r.kzt() + "\t" + r.basis() + "\n");
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot write the rates file: " + e.getMessage(), e);
        }
    }
}
