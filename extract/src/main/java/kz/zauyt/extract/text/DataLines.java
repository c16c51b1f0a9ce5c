package kz.zauyt.extract.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A plain data file on the class path, one entry a line: its lines stripped, blank lines and "#" comments left out. */
public final class DataLines {

    private DataLines() {
    }

    /** The entries of the file at {@code path}, or an empty list when there is no such file. */
    public static List<String> of(String path) {
        try (InputStream in = DataLines.class.getResourceAsStream(path)) {
            if (in == null) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
