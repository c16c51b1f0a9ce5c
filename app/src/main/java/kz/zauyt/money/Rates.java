package kz.zauyt.money;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Official KZT rates by currency and day: the table shipped with the application ({@code nbk-rates.tsv},
 * approximate monthly figures) with the rates {@code zauyt rates update} loaded into the data folder laid
 * over it. A figure converts at the rate of its own day, or the nearest earlier day the table has (the
 * earliest one for a figure older than the table).
 */
public final class Rates {

    /** Where {@code rates update} keeps the rates it loaded, under the data folder. */
    public static final String OVERRIDE = "rates/nbk-rates.tsv";
    private static final String SHIPPED = "/kz/zauyt/money/nbk-rates.tsv";
    private static volatile Rates current;

    private final Map<String, NavigableMap<LocalDate, Rate>> byCurrency;
    private final String fingerprint;

    private Rates(Collection<Rate> rates) {
        Map<String, NavigableMap<LocalDate, Rate>> m = new TreeMap<>();
        for (Rate r : rates) {
            m.computeIfAbsent(r.currency(), c -> new TreeMap<>()).put(r.day(), r);
        }
        byCurrency = m;
        long h = 17;
        for (NavigableMap<LocalDate, Rate> days : m.values()) {
            for (Rate r : days.values()) {
                h = h * 31 + (r.currency() + r.day() + r.kzt()).hashCode();
            }
        }
        fingerprint = Long.toHexString(h) + "-" + m.values().stream().mapToInt(Map::size).sum();
    }

    public static Rates of(Collection<Rate> rates) {
        return new Rates(rates);
    }

    /** The shipped table. */
    public static Rates shipped() {
        try (InputStream in = Rates.class.getResourceAsStream(SHIPPED)) {
            return new Rates(RatesTsv.read(new InputStreamReader(in, StandardCharsets.UTF_8), "nbk-rates.tsv (shipped)"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped table with {@code dataDir}'s loaded rates over it (none when the folder has none). */
    public static Rates load(Path dataDir) {
        Rates shipped = shipped();
        Path file = dataDir == null ? null : dataDir.resolve(OVERRIDE);
        return file == null || !Files.isRegularFile(file) ? shipped : shipped.with(RatesTsv.read(file));
    }

    /** The rates this process converts with: set when a registry opens, else the shipped table. */
    public static Rates current() {
        Rates r = current;
        if (r == null) {
            r = shipped();
            current = r;
        }
        return r;
    }

    public static void use(Rates rates) {
        current = rates;
    }

    /** These rates with {@code more} added, a rate of the same currency and day replaced. */
    public Rates with(Collection<Rate> more) {
        List<Rate> all = new ArrayList<>(all());
        all.addAll(more);
        return new Rates(all);
    }

    public List<Rate> all() {
        List<Rate> out = new ArrayList<>();
        byCurrency.values().forEach(days -> out.addAll(days.values()));
        return out;
    }

    /** KZT per unit on {@code day} (today when null), or null for a currency the table does not have. */
    public Double kzt(String currency, LocalDate day) {
        if ("KZT".equals(currency)) {
            return 1.0;
        }
        NavigableMap<LocalDate, Rate> days = currency == null ? null : byCurrency.get(currency);
        if (days == null || days.isEmpty()) {
            return null;
        }
        Map.Entry<LocalDate, Rate> e = days.floorEntry(day == null ? LocalDate.now() : day);
        return (e == null ? days.firstEntry() : e).getValue().kzt();
    }

    /** {@code amount} of {@code currency} on {@code day} in KZT and USD, or null when either rate is unknown. */
    public Converted convert(double amount, String currency, LocalDate day) {
        Double k = kzt(currency, day);
        Double usd = kzt("USD", day);
        if (k == null || usd == null || !Double.isFinite(amount)) {
            return null;
        }
        double inKzt = amount * k;
        return new Converted(inKzt, "USD".equals(currency) ? amount : inKzt / usd, day);
    }

    /** Changes whenever any rate does: a registry converted with other rates is converted again. */
    public String fingerprint() {
        return fingerprint;
    }
}
