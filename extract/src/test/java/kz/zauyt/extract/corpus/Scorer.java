package kz.zauyt.extract.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores extraction output against gold the way the project's acceptance scorer does: greedy
 * one-to-one matching, projects by their words, companies, figures and region; indicators and targets
 * by value and unit. Gives true positives, false positives and false negatives per kind.
 */
final class Scorer {

    private static final Set<String> STOP = Set.of(("the and for of a an in on at by to with from plant factory production "
            + "producing manufacture manufacturing project projects new llp jsc ltd company complex facility plants enterprise "
            + "завод фабрика производство производства предприятие проект тоо ао комплекс по для и в на").split(" "));

    static final class Tally {
        int tp;
        int fp;
        int fn;

        void add(int gold, int pred, int matched) {
            tp += matched;
            fp += pred - matched;
            fn += gold - matched;
        }

        double f1() {
            double p = tp + fp == 0 ? (fn == 0 ? 1 : 0) : (double) tp / (tp + fp);
            double r = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "tp %d fp %d fn %d F1 %.2f", tp, fp, fn, f1());
        }
    }

    private interface Score {
        double of(JsonNode gold, JsonNode pred);
    }

    static int matchProjects(JsonNode gold, JsonNode pred) {
        return greedy(gold, pred, Scorer::projectScore);
    }

    static int matchFigures(JsonNode gold, JsonNode pred) {
        return greedy(gold, pred, Scorer::figureScore);
    }

    private static int greedy(JsonNode gold, JsonNode pred, Score score) {
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            for (int j = 0; j < pred.size(); j++) {
                pairs.add(new double[] {score.of(gold.get(i), pred.get(j)), i, j});
            }
        }
        pairs.sort((a, b) -> Double.compare(b[0], a[0]));
        Set<Integer> g = new HashSet<>();
        Set<Integer> p = new HashSet<>();
        for (double[] pair : pairs) {
            if (pair[0] < 1.0) {
                break;
            }
            if (g.contains((int) pair[1]) || p.contains((int) pair[2])) {
                continue;
            }
            g.add((int) pair[1]);
            p.add((int) pair[2]);
        }
        return g.size();
    }

    private static double projectScore(JsonNode g, JsonNode p) {
        String rg = g.path("location").path("region").asText(null);
        String rp = p.path("location").path("region").asText(null);
        if (rg != null && rp != null && !rg.equals(rp)) {
            return -1;
        }
        double s = 0;
        Set<String> gw = projectWords(g);
        Set<String> pw = projectWords(p);
        if (!gw.isEmpty() && !pw.isEmpty()) {
            Set<String> inter = new HashSet<>(gw);
            inter.retainAll(pw);
            Set<String> union = new HashSet<>(gw);
            union.addAll(pw);
            s += 4.0 * inter.size() / union.size();
        }
        Set<String> gc = companyWords(g);
        gc.retainAll(companyWords(p));
        if (!gc.isEmpty()) {
            s += 2;
        }
        if (close(g.path("investment").path("amount"), p.path("investment").path("amount"))) {
            s += 2;
        }
        if (g.hasNonNull("jobs") && close(g.path("jobs"), p.path("jobs"))) {
            s += 1.5;
        }
        if (rg != null && rg.equals(rp)) {
            s += 0.5;
        }
        return s;
    }

    private static double figureScore(JsonNode g, JsonNode p) {
        if (!closeTol(g.path("value"), p.path("value"), 0.005)) {
            return -1;
        }
        if (!unit(g.path("unit").asText("")).equals(unit(p.path("unit").asText("")))) {
            return -1;
        }
        return 1.0;
    }

    private static String unit(String u) {
        String x = u.strip().toLowerCase(Locale.ROOT);
        switch (x) {
            case "units": case "pcs": return "unit";
            case "jobs": return "job";
            case "percent": return "%";
            case "tonnes": case "tons": return "t";
            default: return x;
        }
    }

    private static boolean close(JsonNode a, JsonNode b) {
        return closeTol(a, b, 0.01);
    }

    private static boolean closeTol(JsonNode a, JsonNode b, double tol) {
        if (a == null || b == null || !a.isNumber() || !b.isNumber()) {
            return false;
        }
        double x = a.asDouble();
        double y = b.asDouble();
        return x == y || Math.abs(x - y) <= tol * Math.max(Math.abs(x), Math.abs(y));
    }

    private static Set<String> projectWords(JsonNode p) {
        List<String> texts = new ArrayList<>();
        texts.add(p.path("name").asText(""));
        p.path("products").forEach(x -> texts.add(x.asText("")));
        p.path("companies").forEach(x -> texts.add(x.path("name").asText("")));
        return tokens(texts);
    }

    private static Set<String> companyWords(JsonNode p) {
        List<String> texts = new ArrayList<>();
        p.path("companies").forEach(x -> texts.add(x.path("name").asText("")));
        return tokens(texts);
    }

    private static Set<String> tokens(List<String> texts) {
        Set<String> out = new HashSet<>();
        for (String t : texts) {
            String latin = translit(Normalizer.normalize(t.toLowerCase(Locale.ROOT), Normalizer.Form.NFC));
            for (String w : latin.split("[^\\p{L}\\p{N}_]+")) {
                if (w.length() >= 3 && !STOP.contains(w)) {
                    out.add(w.substring(0, Math.min(6, w.length())));
                }
            }
        }
        return out;
    }

    private static final String CYR = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі";
    private static final String[] LAT = {"a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o",
        "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya", "a", "g", "k", "n", "o",
        "u", "u", "h", "i"};

    private static String translit(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            int i = CYR.indexOf(c);
            b.append(i >= 0 ? LAT[i] : String.valueOf(c));
        }
        return b.toString();
    }
}
