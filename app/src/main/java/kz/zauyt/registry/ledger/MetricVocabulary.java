package kz.zauyt.registry.ledger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import kz.zauyt.extract.text.Lexicon;
import kz.zauyt.extract.text.Tokens;

/**
 * The canonical metric vocabulary ({@code /zauyt/metrics.tsv}): for each metric extraction emits, its
 * names in three languages, unit, kind and what it measures. Also tells a percentage's kind from its
 * sentence with the share and growth cues of the extraction's own {@code metrics.txt}, so a level
 * metric's "15% of GDP" is a share and "grew 6.1%" a growth rate.
 */
public final class MetricVocabulary {

    public static final String RESOURCE = "/zauyt/metrics.tsv";

    /** One metric. {@code percent}: what a bare percentage of a level metric is, null for the others. */
    public record Metric(String name, String ru, String kk, MetricKind kind, String unit, MetricKind percent, String of) {
        public Metric {
            if (name.isBlank() || ru.isBlank() || kk.isBlank() || unit.isBlank() || of.isBlank()) {
                throw new IllegalArgumentException("a metric needs every column, got '" + name + "'");
            }
            if ((kind == MetricKind.LEVEL) != (percent != null)) {
                throw new IllegalArgumentException(name + ": only a level metric says what its percentages are");
            }
        }

        /** Its name in a UI language ("en", "ru", "kk"). */
        public String name(String lang) {
            return switch (lang) {
                case "ru" -> ru;
                case "kk" -> kk;
                default -> name;
            };
        }
    }

    private static final MetricVocabulary DEFAULT = load();

    private final Map<String, Metric> byName;
    private final Lexicon cues;

    private MetricVocabulary(Map<String, Metric> byName, Lexicon cues) {
        this.byName = Map.copyOf(byName);
        this.cues = cues;
    }

    public static MetricVocabulary get() {
        return DEFAULT;
    }

    public Map<String, Metric> all() {
        return byName;
    }

    /**
     * The entry of a metric as extraction writes it, or null when the vocabulary lacks it. A product's
     * production ("cement production") is the entry "production"; "tyre production growth" is "production growth".
     */
    public Metric find(String metric) {
        Metric m = byName.get(metric);
        for (String generic : new String[] {"production growth", "production", "growth"}) {
            if (m == null && metric.endsWith(" " + generic)) {
                m = byName.get(generic);
            }
        }
        return m;
    }

    /** The kind of a figure of {@code metric} in {@code unit}, read as its sentence {@code quote} says. */
    public MetricKind kind(String metric, String unit, String quote) {
        Metric m = find(metric);
        if (m != null && m.kind() != MetricKind.LEVEL) {
            return m.kind();
        }
        if (!"%".equals(unit)) {
            return MetricKind.LEVEL;
        }
        boolean share = false;
        boolean growth = false;
        if (quote != null) {
            Tokens t = Tokens.of(quote.toLowerCase(Locale.ROOT));
            for (int i = 0; i < t.size(); i++) {
                share |= cues.longest("metric-share", t, i) != null;
                growth |= cues.longest("metric-growth", t, i) != null;
            }
        }
        if (share != growth) {
            return share ? MetricKind.SHARE : MetricKind.GROWTH;
        }
        // both or neither: "the share of manufacturing in GDP rose to 13.4%" is read by what the metric's percentages usually are
        return m == null ? MetricKind.GROWTH : m.percent();
    }

    private static MetricVocabulary load() {
        Map<String, Metric> byName = new LinkedHashMap<>();
        try (InputStream in = MetricVocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNo = 0;
            boolean header = true;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false; // the column names
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length != 7) {
                    throw new IllegalStateException(RESOURCE + ":" + lineNo + ": expected 7 tab-separated columns, got " + c.length);
                }
                try {
                    Metric m = new Metric(c[0], c[1], c[2], kind(c[3]), c[4], "-".equals(c[5]) ? null : kind(c[5]), c[6]);
                    if (byName.put(m.name(), m) != null) {
                        throw new IllegalArgumentException("metric '" + m.name() + "' is listed twice");
                    }
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(RESOURCE + ":" + lineNo + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new MetricVocabulary(byName, Lexicon.load("metrics"));
    }

    private static MetricKind kind(String s) {
        return MetricKind.valueOf(s.toUpperCase(Locale.ROOT));
    }
}
