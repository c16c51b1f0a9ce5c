package kz.zauyt.web;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Numbers, amounts and dates as a reader of the page's language writes them: "120 bn KZT", "120 млрд тенге", "120 млрд теңге". */
public final class Format {

    private final Messages messages;
    private final Locale locale;

    public Format(Messages messages) {
        this.messages = messages;
        this.locale = messages.lang().locale();
    }

    public String number(Number n) {
        if (n == null) {
            return "—";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(n.doubleValue() == Math.rint(n.doubleValue()) ? 0 : 2);
        return f.format(n);
    }

    /** A large figure with a scale word: 1.2e10 is "12 bn", 350000 stays "350,000". */
    public String compact(double v) {
        double a = Math.abs(v);
        String[][] scales = {{"1e12", "num.trillion"}, {"1e9", "num.billion"}, {"1e6", "num.million"}};
        for (String[] s : scales) {
            double unit = Double.parseDouble(s[0]);
            if (a >= unit) {
                NumberFormat f = NumberFormat.getNumberInstance(locale);
                f.setMaximumFractionDigits(v / unit >= 100 ? 0 : 1);
                return f.format(v / unit) + " " + messages.get(s[1]);
            }
        }
        return number(v);
    }

    public String money(Double amount, String currency) {
        if (amount == null) {
            return "—";
        }
        return compact(amount) + (currency == null ? "" : " " + currency(currency));
    }

    /** A currency as the page's language names it after an amount ("тенге"); its ISO code when it has no word. */
    public String currency(String code) {
        return messages.has("currency." + code) ? messages.get("currency." + code) : code;
    }

    /**
     * An amount as reported with its conversion beside it: "2.6 bn USD (≈ 1.2 trn KZT)", "120 bn KZT
     * (≈ 250 mln USD)"; other currencies show both. Just the amount when it could not be converted.
     */
    public String money(Double amount, String currency, Double kzt, Double usd) {
        String original = money(amount, currency);
        if (amount == null || kzt == null || usd == null) {
            return original;
        }
        String other = "KZT".equals(currency) ? money(usd, "USD")
                : "USD".equals(currency) ? money(kzt, "KZT") : money(kzt, "KZT") + ", " + money(usd, "USD");
        return original + " (≈ " + other + ")";
    }

    /** Converted sums: "≈ 1.2 trn KZT (2.6 bn USD)"; a dash when nothing converted. */
    public String total(Double kzt, Double usd) {
        if (kzt == null || usd == null) {
            return "—";
        }
        return "≈ " + money(kzt, "KZT") + " (" + money(usd, "USD") + ")";
    }

    /** Sums per currency, largest first: "120 bn KZT + 2.9 bn USD". Never converted. */
    public String amounts(Map<String, Double> byCurrency) {
        if (byCurrency == null || byCurrency.isEmpty()) {
            return "—";
        }
        return byCurrency.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(e -> money(e.getValue(), e.getKey())).collect(Collectors.joining(" + "));
    }

    /** A figure in its unit: money compacted with its currency, "%" glued, others with the unit's word. */
    public String value(double v, String unit, String per) {
        String s;
        if (unit == null) {
            s = compact(v);
        } else if ("%".equals(unit)) {
            s = number(v) + "%";
        } else if (unit.matches("[A-Z]{3}")) {
            s = money(v, unit);
        } else {
            String word = messages.has("unit." + unit) ? messages.get("unit." + unit) : unit;
            s = compact(v) + (word.isEmpty() ? "" : " " + word);
        }
        return per == null ? s : s + " " + messages.get("per." + per);
    }

    public String percent(Double share) {
        if (share == null) {
            return "—";
        }
        return Math.round(share * 100) + "%";
    }

    public String date(LocalDate d) {
        return d == null ? "—" : d.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }

    public String country(String code) {
        if (code == null) {
            return messages.get("unknown");
        }
        String name = new Locale("", code).getDisplayCountry(locale);
        return name.isBlank() ? code : name;
    }
}
