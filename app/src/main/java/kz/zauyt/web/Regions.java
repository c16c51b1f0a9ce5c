package kz.zauyt.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Region names in three languages, from the vocabulary table (ISO 3166-2:KZ) copied to {@code web/regions.csv}. */
public final class Regions {

    /** One region: its code and names. */
    public record Region(String code, String en, String ru, String kk) {
        public String name(Lang lang) {
            return lang == Lang.RU ? ru : lang == Lang.KK ? kk : en;
        }
    }

    private static final Map<String, Region> BY_CODE = load();

    private Regions() {
    }

    public static Map<String, Region> all() {
        return BY_CODE;
    }

    /** The region's name, "Kazakhstan" for KZ, the code itself for one we do not know. */
    public static String name(String code, Lang lang) {
        if (code == null) {
            return null;
        }
        if ("KZ".equals(code)) {
            return Messages.of(lang).get("region.KZ");
        }
        Region r = BY_CODE.get(code);
        return r == null ? code : r.name(lang);
    }

    private static Map<String, Region> load() {
        Map<String, Region> out = new LinkedHashMap<>();
        try (InputStream in = Regions.class.getResourceAsStream("/web/regions.csv")) {
            if (in == null) {
                throw new IllegalStateException("web/regions.csv is missing from the application");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine(); // header: code,kind,name_en,name_ru,name_kk,...
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(",", -1);
                if (f.length >= 5) {
                    out.put(f[0], new Region(f[0], f[2], f[3], f[4]));
                }
            }
            return java.util.Collections.unmodifiableMap(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read web/regions.csv", e);
        }
    }
}
