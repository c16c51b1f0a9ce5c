package kz.zauyt.registry.query;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A country filter's value as a code: an ISO 3166-1 alpha-2 code, or a country's name in any of the
 * interface's languages and the forms the engine's gazetteer knows ("China", "Китай", "Қытай", "КНР").
 */
public final class Countries {

    private static final Countries DEFAULT = new Countries();

    private final Map<String, String> byName = new HashMap<>();

    private Countries() {
        for (String code : Locale.getISOCountries()) {
            byName.put(code.toLowerCase(Locale.ROOT), code);
            for (String lang : new String[] {"en", "ru", "kk"}) {
                String name = new Locale("", code).getDisplayCountry(Locale.forLanguageTag(lang));
                if (!name.isBlank() && !name.equals(code)) {
                    byName.putIfAbsent(name.toLowerCase(Locale.ROOT), code);
                }
            }
        }
        // the engine's gazetteer: every name, abbreviation and case form it reads in articles
        try (InputStream in = Countries.class.getResourceAsStream("/zauyt/gazetteer/countries.tsv")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t");
                if (f.length == 2 && f[0].matches("[A-Z]{2}")) {
                    for (String name : f[1].split("\\|")) {
                        byName.put(name.strip().toLowerCase(Locale.ROOT), f[0]);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Countries get() {
        return DEFAULT;
    }

    /** The code of a country given by code or name, in any case; a clear error for anything else. */
    public String code(String nameOrCode) {
        String code = byName.get(nameOrCode.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
        if (code == null) {
            throw new IllegalArgumentException("country must be a country's name or ISO 3166-1 code such as CN, China, "
                    + "Китай or Қытай, got '" + nameOrCode + "'");
        }
        return code;
    }
}
