package kz.zauyt.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Zauyt's statuses and NACE sections as OC4IDS codes, from {@code kz/zauyt/export/oc4ids-codes.tsv}. */
final class Oc4idsCodes {

    private static final Map<String, String> CODES = load();

    private Oc4idsCodes() {
    }

    /** The projectStatus code of a status, or null when OC4IDS has none ("suspended"). */
    static String status(String status) {
        return status == null ? null : CODES.get("status:" + status);
    }

    /** The projectSector code of a NACE code's section ("C23" is C), or null. */
    static String sector(String nace) {
        return nace == null || nace.isEmpty() ? null : CODES.get("sector:" + nace.charAt(0));
    }

    private static Map<String, String> load() {
        String name = "oc4ids-codes.tsv";
        try (InputStream in = Oc4idsCodes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("kz/zauyt/export/" + name + " is missing from the application");
            }
            Map<String, String> out = new HashMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t");
                if (!line.startsWith("#") && f.length == 3) {
                    out.put(f[0] + ":" + f[1], f[2]);
                }
            }
            return Map.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read kz/zauyt/export/" + name, e);
        }
    }
}
