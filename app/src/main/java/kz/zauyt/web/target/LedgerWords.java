package kz.zauyt.web.target;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import kz.zauyt.registry.ledger.IndicatorRecord;
import kz.zauyt.registry.ledger.LedgerEntry;
import kz.zauyt.registry.ledger.MetricVocabulary;
import kz.zauyt.registry.ledger.Periods;
import kz.zauyt.registry.ledger.TargetRecord;
import kz.zauyt.web.PageContext;

/**
 * A ledger line in words, in the page's language: why it is met, missed, on track, pending or without
 * data, with the reading and the target side by side, and every period said as what it is ("January-October
 * 2025", never "2025" for part of a year).
 */
final class LedgerWords {

    private final PageContext page;

    LedgerWords(PageContext page) {
        this.page = page;
    }

    /** The metric's name in the page's language (a product's production keeps the product's word). */
    String metric(String metric) {
        MetricVocabulary.Metric m = MetricVocabulary.get().all().get(metric);
        return m == null ? metric : m.name(page.lang().code());
    }

    String target(LedgerEntry e) {
        TargetRecord t = e.target();
        return page.fmt().value(t.value(), t.unit(), t.per());
    }

    /** The reading the verdict rests on and its period, or a dash. */
    String reading(LedgerEntry e) {
        IndicatorRecord r = e.latest();
        return r == null ? "—" : page.fmt().value(r.value(), r.unit(), null);
    }

    String period(IndicatorRecord r) {
        return r == null ? "" : period(r.periodFrom(), r.periodTo(), page.lang().locale());
    }

    /** Why the line has its state, in one sentence. */
    String why(LedgerEntry e) {
        TargetRecord t = e.target();
        String deadline = t.deadline() == null ? page.t("ledger.noDeadline") : t.deadline().substring(0, Math.min(4, t.deadline().length()));
        String pace = e.pace() == null ? "" : page.fmt().value(e.pace(), t.unit(), "%".equals(t.unit()) ? null : "year");
        return page.t("ledger.why." + e.why().name(), reading(e), period(e.latest()), target(e), deadline,
                page.fmt().percent(e.progress()), pace);
    }

    /** "2025", "June 2025", "January–October 2025", "2025-03-01…2025-06-30". */
    static String period(String from, String to, Locale locale) {
        Periods.Kind kind = Periods.kind(from, to);
        String end = to == null ? from : to;
        return switch (kind) {
            case ANNUAL -> end.substring(0, 4);
            case MONTH -> month(end, locale) + " " + end.substring(0, 4);
            case PART_YEAR -> month(from, locale) + "–" + month(end, locale) + " " + end.substring(0, 4);
            case UNDATED -> from == null ? "" : end.equals(from) ? from : from + "…" + end;
        };
    }

    private static String month(String yearMonth, Locale locale) {
        return Month.of(Integer.parseInt(yearMonth.substring(5, 7))).getDisplayName(TextStyle.FULL_STANDALONE, locale);
    }
}
