package kz.zauyt.extract.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.zauyt.extract.text.Language;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The Duckling-style corpus of {@code corpus/values/{en,ru,kk}.txt}: each expected value beside the
 * surface forms that must produce it, and lines that must produce nothing. One dynamic test per line.
 */
class ValueCorpusTest {

    private static final ValueReader READER = ValueReader.load();
    private static final Set<String> AMOUNTS = Set.of("number", "money", "quantity", "percent", "factor");
    private static final Set<String> DATES = Set.of("date", "period");

    record Case(String file, int line, Language lang, LocalDate published, String type, Map<String, String> fields, String text) {
        String name() {
            return file + ":" + line + " [" + type + "] " + text;
        }
    }

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    @Test
    void corpusIsLargeEnough() throws IOException {
        List<Case> all = cases();
        long negative = all.stream().filter(c -> c.type.equals("none") || c.type.equals("nodate")).count();
        long positive = all.size() - negative;
        assertThat(positive).as("positive cases").isGreaterThanOrEqualTo(150);
        assertThat(negative).as("negative cases").isGreaterThanOrEqualTo(40);
        assertThat(all.stream().map(Case::lang).collect(Collectors.toSet())).contains(Language.EN, Language.RU);
    }

    private static void check(Case c) {
        List<Mention> found = READER.read(c.text, c.lang, c.published);
        for (Mention m : found) {
            assertThat(m.span().end()).as("span inside the text").isLessThanOrEqualTo(c.text.length());
        }
        if (c.type.equals("none")) {
            assertThat(found.stream().filter(m -> AMOUNTS.contains(m.type())).map(ValueCorpusTest::describe))
                    .as("amounts in a line that must have none").isEmpty();
            return;
        }
        if (c.type.equals("nodate")) {
            assertThat(found.stream().filter(m -> DATES.contains(m.type())).map(ValueCorpusTest::describe))
                    .as("dates in a line that must have none").isEmpty();
            return;
        }
        List<String> seen = found.stream().map(ValueCorpusTest::describe).collect(Collectors.toList());
        boolean ok = found.stream().anyMatch(m -> m.type().equals(c.type) && matches(fields(m), c.fields));
        assertThat(ok).as("expected %s %s; found %s", c.type, c.fields, seen).isTrue();
    }

    private static boolean matches(Map<String, Object> actual, Map<String, String> expected) {
        for (Map.Entry<String, String> e : expected.entrySet()) {
            Object a = actual.get(e.getKey());
            String want = e.getValue();
            if (want.equals("null")) {
                if (a != null) {
                    return false;
                }
            } else if (a instanceof Double d) {
                double w;
                try {
                    w = Double.parseDouble(want);
                } catch (NumberFormatException ex) {
                    return false;
                }
                if (Math.abs(d - w) > 1e-9 * Math.max(1, Math.abs(w))) {
                    return false;
                }
            } else if (a == null || !a.toString().equals(want)) {
                return false;
            }
        }
        return true;
    }

    static Map<String, Object> fields(Mention m) {
        Map<String, Object> f = new LinkedHashMap<>();
        if (m instanceof NumberMention n) {
            f.put("value", n.value());
            f.put("to", n.to());
            f.put("qualifier", n.qualifier());
        } else if (m instanceof MoneyMention n) {
            f.put("amount", n.amount());
            f.put("currency", n.currency());
            f.put("to", n.to());
            f.put("qualifier", n.qualifier());
        } else if (m instanceof QuantityMention n) {
            f.put("value", n.value());
            f.put("unit", n.unit());
            f.put("to", n.to());
            f.put("qualifier", n.qualifier());
        } else if (m instanceof PercentMention n) {
            f.put("value", n.value());
            f.put("to", n.to());
            f.put("qualifier", n.qualifier());
        } else if (m instanceof FactorMention n) {
            f.put("value", n.value());
        } else if (m instanceof DateMention n) {
            f.put("value", n.value());
            f.put("qualifier", n.qualifier());
        } else if (m instanceof PeriodMention n) {
            f.put("from", n.from());
            f.put("to", n.to());
        }
        return f;
    }

    private static String describe(Mention m) {
        return m.type() + fields(m);
    }

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        for (Language lang : Language.values()) {
            String file = "/corpus/values/" + lang.code() + ".txt";
            try (InputStream in = ValueCorpusTest.class.getResourceAsStream(file)) {
                if (in == null) {
                    continue;
                }
                parse(file, lang, new String(in.readAllBytes(), StandardCharsets.UTF_8), out);
            }
        }
        return out;
    }

    private static void parse(String file, Language lang, String content, List<Case> out) {
        LocalDate published = null;
        String type = null;
        Map<String, String> fields = Map.of();
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("@published")) {
                String v = line.substring("@published".length()).strip();
                published = v.equals("none") ? null : LocalDate.parse(v);
            } else if (line.startsWith("= ")) {
                String[] parts = line.substring(2).strip().split("\\s+");
                type = parts[0];
                fields = new LinkedHashMap<>();
                for (int k = 1; k < parts.length; k++) {
                    int eq = parts[k].indexOf('=');
                    if (eq < 0) {
                        throw new IllegalStateException(file + ":" + (i + 1) + ": bad field '" + parts[k] + "'");
                    }
                    fields.put(parts[k].substring(0, eq), parts[k].substring(eq + 1).replace('_', ' '));
                }
            } else {
                if (type == null) {
                    throw new IllegalStateException(file + ":" + (i + 1) + ": text before any '= type' header");
                }
                out.add(new Case(file, i + 1, lang, published, type, fields, lines[i].strip()));
            }
        }
    }
}
