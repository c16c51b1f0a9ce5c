package kz.zauyt.registry.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * Generates JSON Lines in the extraction contract, with text, for load tests: news about many plants,
 * in English and Russian, where about a quarter of the project facts report a plant seen before (a
 * later stage, the company's name in the other script), plus indicators and targets. Deterministic
 * for a seed, so a killed run and a clean run ingest the same documents.
 */
public final class SyntheticCorpus {

    private static final String[][] SYLLABLES = {
        {"ka", "ка"}, {"ra", "ра"}, {"zha", "жа"}, {"tal", "тал"}, {"dy", "ды"}, {"mer", "мер"}, {"sen", "сен"},
        {"tor", "тор"}, {"bay", "бай"}, {"kul", "кул"}, {"ar", "ар"}, {"ty", "ты"}, {"nur", "нур"}, {"ol", "ол"},
        {"zhan", "жан"}, {"tau", "тау"}, {"bek", "бек"}, {"sar", "сар"}, {"min", "мин"}, {"ger", "гер"},
        {"dos", "дос"}, {"lan", "лан"}, {"pet", "пет"}, {"vol", "вол"}, {"gra", "гра"}, {"fer", "фер"},
    };
    private static final String[][] PLACES = {
        {"KZ-75", "Almaty", "Алматы"}, {"KZ-71", "Astana", "Астана"}, {"KZ-79", "Shymkent", "Шымкент"},
        {"KZ-39", "Kostanay", "Костанай"}, {"KZ-15", "Aktobe", "Актобе"}, {"KZ-23", "Atyrau", "Атырау"},
        {"KZ-35", "Karaganda", "Караганда"}, {"KZ-55", "Pavlodar", "Павлодар"}, {"KZ-63", "Ust-Kamenogorsk", "Усть-Каменогорск"},
        {"KZ-31", "Taraz", "Тараз"}, {"KZ-43", "Kyzylorda", "Кызылорда"}, {"KZ-47", "Aktau", "Актау"},
        {"KZ-11", "Kokshetau", "Кокшетау"}, {"KZ-61", "Turkistan", "Туркестан"}, {"KZ-33", "Taldykorgan", "Талдыкорган"},
        {"KZ-27", "Uralsk", "Уральск"}, {"KZ-59", "Petropavl", "Петропавл"},
    };
    private static final String[][] SECTORS = {
        {"C23", "cement", "цемент", "t"}, {"C24", "steel pipes", "стальные трубы", "t"}, {"C29", "cars", "автомобили", "unit"},
        {"C20", "fertilizers", "удобрения", "t"}, {"C10", "flour", "мука", "t"}, {"C11", "beverages", "напитки", "m3"},
        {"C22", "plastic pipes", "пластиковые трубы", "t"}, {"C25", "radiators", "радиаторы", "unit"},
        {"D35", "electricity", "электроэнергия", "MW"}, {"B07", "copper ore", "медная руда", "t"},
        {"C16", "wood panels", "древесные плиты", "m3"}, {"C13", "textiles", "текстиль", "t"},
        {"C21", "medicines", "лекарства", "unit"}, {"C27", "transformers", "трансформаторы", "unit"},
        {"C28", "tractors", "тракторы", "unit"},
    };
    private static final String[] STATUSES = {"proposed", "planned", "construction", "commissioning", "operating"};
    private static final String[] EN_STATUS = {"is considering", "will build", "is building", "is commissioning", "launched"};
    private static final String[] RU_STATUS = {"рассматривает строительство", "построит", "строит", "вводит в эксплуатацию", "запустила"};
    private static final String[] FOREIGN = {"CN", "KR", "TR", "DE", "RU", "AE", "US", "IT"};
    private static final String[] METRICS = {"manufacturing output", "cement production", "passenger car production",
        "steel production", "flour production"};

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** {@code former} is the Latin and Cyrillic name before a renaming, or null. */
    private record Plant(int id, String latin, String cyrillic, String[] place, String[] sector, double capacity,
                         double investment, String currency, String investorCountry, int stage, String[] former) {
        Plant next() {
            return new Plant(id, latin, cyrillic, place, sector, capacity, investment, currency, investorCountry,
                    Math.min(stage + 1, STATUSES.length - 1), former);
        }

        Plant renamed(String newLatin, String newCyrillic) {
            return new Plant(id, newLatin, newCyrillic, place, sector, capacity, investment, currency, investorCountry,
                    stage, new String[] {latin, cyrillic});
        }
    }

    /**
     * How a fact names its plant, as real news varies it: the legal name and products, the brand (the
     * name's first word) alone, products and town without any company (the company is then only in the
     * sentence), or the initials (spelled out in the sentence).
     */
    private enum Naming { LEGAL, BRAND, PRODUCT_AND_TOWN, INITIALS }

    private final Random random;
    private final List<Plant> plants = new ArrayList<>();
    private long projectFacts;
    private long newPlants;
    /** The plant each project fact is about, by document number and then fact ordinal: the truth merges are judged by. */
    private final List<int[]> truth = new ArrayList<>();

    public SyntheticCorpus(long seed) {
        this.random = new Random(seed);
    }

    /** Writes {@code documents} lines to {@code file}; returns how many distinct plants they describe. */
    public long write(Path file, int documents) {
        return write(file, 0, documents);
    }

    /**
     * Writes the {@code documents} lines that follow the first {@code from} (which are made, so the
     * documents are the same as in a whole corpus, but not written); returns how many distinct plants
     * all of them describe.
     */
    public long write(Path file, int from, int documents) {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            LocalDate day = LocalDate.of(2012, 1, 1);
            for (int i = 0; i < from + documents; i++) {
                day = day.plusDays(random.nextInt(100) < 40 ? 1 : 0);
                String line = document(i, day);
                if (i >= from) {
                    w.write(line);
                    w.write('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return newPlants;
    }

    public long projectFacts() {
        return projectFacts;
    }

    /** The plant that fact {@code ordinal} of document {@code n} (as in its source, "synthetic/n.txt") is about. */
    public int plantOf(int n, int ordinal) {
        return truth.get(n)[ordinal];
    }

    /** How many project facts {@code documents} documents of this seed hold, without writing them. */
    public long countFacts(int documents) {
        LocalDate day = LocalDate.of(2012, 1, 1);
        for (int i = 0; i < documents; i++) {
            day = day.plusDays(random.nextInt(100) < 40 ? 1 : 0);
            document(i, day);
        }
        return projectFacts;
    }

    private String document(int n, LocalDate published) {
        boolean ru = random.nextInt(100) < 40;
        List<String> sentences = new ArrayList<>();
        ArrayNode projects = MAPPER.createArrayNode();
        ArrayNode indicators = MAPPER.createArrayNode();
        ArrayNode targets = MAPPER.createArrayNode();
        int count = 1 + random.nextInt(4);
        List<Plant> used = new ArrayList<>();
        int[] about = new int[count];
        truth.add(about);
        for (int i = 0; i < count; i++) {
            Plant p = plant(used);
            about[i] = p.id();
            used.add(p);
            sentences.add(sentence(p, ru));
            projects.add(project(p, ru, sentences.size() - 1));
        }
        if (random.nextInt(100) < 30) {
            String metric = METRICS[random.nextInt(METRICS.length)];
            double value = 1000 + random.nextInt(100_000);
            int year = published.getYear() - 1;
            sentences.add(ru ? "Показатель «" + metric + "» за " + year + " год составил " + value + "."
                    : "The " + metric + " figure for " + year + " was " + value + ".");
            ObjectNode ind = indicators.addObject().put("metric", metric);
            ind.putObject("scope").put("region", "KZ").putNull("sector");
            ind.putObject("period").put("from", String.valueOf(year)).put("to", String.valueOf(year));
            ind.put("value", value).put("unit", "t").putNull("change");
            evidence(ind, sentences.size() - 1);
        }
        if (random.nextInt(100) < 10) {
            String metric = METRICS[random.nextInt(METRICS.length)];
            int year = published.getYear() + 1 + random.nextInt(5);
            sentences.add(ru ? "К " + year + " году показатель «" + metric + "» должен вырасти до 120000."
                    : "The " + metric + " is to reach 120000 by " + year + ".");
            ObjectNode t = targets.addObject().put("metric", metric);
            t.putObject("scope").put("region", "KZ").putNull("sector");
            t.put("value", 120000).put("unit", "t").put("per", "year").put("deadline", String.valueOf(year))
                    .put("setBy", "Government");
            evidence(t, sentences.size() - 1);
        }
        sentences.add((ru ? "Номер сообщения " : "Release number ") + n + ".");
        String title = sentences.get(0).length() > 80 ? sentences.get(0).substring(0, 80) : sentences.get(0);
        StringBuilder text = new StringBuilder(title).append("\n\n");
        int[][] spans = new int[sentences.size()][];
        for (int i = 0; i < sentences.size(); i++) {
            spans[i] = new int[] {text.length(), text.length() + sentences.get(i).length()};
            text.append(sentences.get(i)).append(i + 1 < sentences.size() ? " " : "");
        }
        ObjectNode root = MAPPER.createObjectNode();
        root.putObject("document").put("id", sha256(text.toString())).put("source", "synthetic/" + n + ".txt")
                .put("title", title).put("language", ru ? "ru" : "en").put("published", published.toString())
                .put("text", text.toString());
        root.set("projects", withSpans(projects, spans));
        root.set("indicators", withSpans(indicators, spans));
        root.set("targets", withSpans(targets, spans));
        return root.toString();
    }

    /** A plant seen before (a quarter of the time, not one already in this document) or a new one. */
    private Plant plant(List<Plant> inThisDocument) {
        if (!plants.isEmpty() && random.nextInt(100) < 25) {
            int from = Math.max(0, plants.size() - 2000);
            int i = from + random.nextInt(plants.size() - from);
            Plant p = plants.get(i);
            if (inThisDocument.stream().noneMatch(q -> q.latin().equals(p.latin()))) {
                Plant next = p.next();
                if (next.stage() >= 3 && next.former() == null && random.nextInt(100) < 10) {
                    String[] name = name();
                    next = next.renamed(name[0], name[1]); // sold or rebranded: later news uses the new name
                }
                plants.set(i, next);
                return next;
            }
        }
        String[] name = name();
        String[] sector = SECTORS[random.nextInt(SECTORS.length)];
        boolean usd = random.nextInt(100) < 30;
        Plant p = new Plant((int) newPlants, name[0], name[1], PLACES[random.nextInt(PLACES.length)], sector,
                1000 * (1 + random.nextInt(500)), (usd ? 1e6 : 1e9) * (1 + random.nextInt(300)), usd ? "USD" : "KZT",
                random.nextInt(100) < 20 ? FOREIGN[random.nextInt(FOREIGN.length)] : null, random.nextInt(3), null);
        plants.add(p);
        newPlants++;
        return p;
    }

    /** A made-up two-word company name, in Latin and Cyrillic. */
    private String[] name() {
        StringBuilder lat = new StringBuilder();
        StringBuilder cyr = new StringBuilder();
        for (int w = 0; w < 2; w++) {
            int syllables = 2 + random.nextInt(2);
            for (int s = 0; s < syllables; s++) {
                String[] syl = SYLLABLES[random.nextInt(SYLLABLES.length)];
                lat.append(s == 0 ? Character.toUpperCase(syl[0].charAt(0)) + syl[0].substring(1) : syl[0]);
                cyr.append(s == 0 ? Character.toUpperCase(syl[1].charAt(0)) + syl[1].substring(1) : syl[1]);
            }
            if (w == 0) {
                lat.append(' ');
                cyr.append(' ');
            }
        }
        return new String[] {lat.toString(), cyr.toString()};
    }

    private String sentence(Plant p, boolean ru) {
        String formerly = p.former() == null || random.nextBoolean() ? ""
                : ru ? " (бывшее ТОО «" + p.former()[1] + "»)" : " (formerly " + p.former()[0] + ")";
        if (ru) {
            return "ТОО «" + p.cyrillic() + "» (" + initials(p.cyrillic()) + ")" + formerly + " " + RU_STATUS[p.stage()] + " в городе " + p.place()[2] + " завод, продукция: "
                    + p.sector()[2] + ", мощность " + (long) p.capacity() + ", инвестиции " + (long) p.investment() + " "
                    + p.currency() + ".";
        }
        return p.latin() + " LLP (" + initials(p.latin()) + ")" + formerly + " " + EN_STATUS[p.stage()] + " a " + p.sector()[1] + " plant in " + p.place()[1]
                + " with a capacity of " + (long) p.capacity() + " and an investment of " + (long) p.investment() + " "
                + p.currency() + ".";
    }

    private static String initials(String name) {
        String[] w = name.split(" ");
        return w[0].substring(0, 1) + w[1].substring(0, 1);
    }

    private ObjectNode project(Plant p, boolean ru, int sentence) {
        projectFacts++;
        ObjectNode o = MAPPER.createObjectNode();
        int roll = random.nextInt(100);
        Naming naming = roll < 55 ? Naming.LEGAL : roll < 75 ? Naming.BRAND : roll < 90 ? Naming.PRODUCT_AND_TOWN : Naming.INITIALS;
        String own = ru ? p.cyrillic() : p.latin();
        String brand = own.split(" ")[0];
        o.put("name", switch (naming) {
            case LEGAL -> ru ? "завод " + own : own + " " + p.sector()[1] + " plant";
            case BRAND -> ru ? "завод " + brand : brand + " plant";
            case PRODUCT_AND_TOWN -> ru ? "завод (" + p.sector()[2] + ") в городе " + p.place()[2]
                    : p.sector()[1] + " plant in " + p.place()[1];
            case INITIALS -> ru ? "завод " + initials(own) : initials(own) + " plant";
        });
        ArrayNode companies = o.putArray("companies");
        // initials name the plant, not a company: an extractor keeps "KT" out of the companies
        if (naming != Naming.PRODUCT_AND_TOWN && naming != Naming.INITIALS) {
            String company = switch (naming) {
                case BRAND -> brand;
                default -> ru ? "ТОО «" + own + "»" : own + " LLP";
            };
            companies.addObject().put("name", company).put("role", "operator").put("country", "KZ");
        }
        if (p.investorCountry() != null) {
            String second = (ru ? p.cyrillic() : p.latin()).split(" ")[1];
            companies.addObject().put("name", second + (ru ? " Холдинг" : " Holding")).put("role", "investor")
                    .put("country", p.investorCountry());
        }
        o.putObject("location").put("region", p.place()[0]).put("place", ru ? p.place()[2] : p.place()[1]).putNull("zone");
        o.put("sector", p.sector()[0]);
        o.putArray("products").add(ru ? p.sector()[2] : p.sector()[1]);
        o.putArray("capacity").addObject().put("value", p.capacity()).put("unit", p.sector()[3]).put("per", "year");
        o.putObject("investment").put("amount", p.investment()).put("currency", p.currency());
        o.putNull("jobs");
        o.put("status", STATUSES[p.stage()]);
        o.putNull("expected");
        evidence(o, sentence);
        return o;
    }

    /** Marks a fact with the index of its sentence; {@link #withSpans} turns it into offsets. */
    private static void evidence(ObjectNode fact, int sentence) {
        fact.put("_sentence", sentence);
    }

    private static ArrayNode withSpans(ArrayNode facts, int[][] spans) {
        for (int i = 0; i < facts.size(); i++) {
            ObjectNode f = (ObjectNode) facts.get(i);
            int[] s = spans[f.remove("_sentence").asInt()];
            f.putArray("evidence").addObject().put("start", s[0]).put("end", s[1]);
        }
        return facts;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
