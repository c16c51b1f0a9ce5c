package kz.zauyt.web.target;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.zauyt.registry.ledger.IndicatorRecord;
import kz.zauyt.registry.ledger.MetricKind;
import kz.zauyt.registry.ledger.MetricVocabulary;
import kz.zauyt.registry.ledger.Periods;
import kz.zauyt.web.PageContext;
import kz.zauyt.web.data.Indicators;

/**
 * A series split into what can be drawn as one line: one kind of figure (a level, a growth rate, a
 * share) and one kind of period (full years; the same months of each year, January-March apart from
 * January-June; single months; figures without a period). Joining a year to a quarter, or a growth rate
 * to a share, would draw a rise or fall that never happened.
 */
public final class SeriesChart {

    /** One line: the metric's name in the page's language, its caption (kind, period) and readings, oldest first. */
    public record Part(String name, String caption, LineChart chart, List<IndicatorRecord> readings) {
        public Part {
            readings = List.copyOf(readings);
        }
    }

    private SeriesChart() {
    }

    static List<Part> parts(Indicators.Series s, PageContext page) {
        MetricVocabulary vocabulary = MetricVocabulary.get();
        Map<String, List<IndicatorRecord>> groups = new LinkedHashMap<>();
        Map<String, String> captions = new LinkedHashMap<>();
        Map<String, Boolean> joined = new LinkedHashMap<>();
        for (IndicatorRecord r : s.readings()) {
            MetricKind kind = vocabulary.kind(r.metric(), r.unit(), r.quote());
            Periods.Kind period = Periods.kind(r.periodFrom(), r.periodTo());
            // part-years of different months are different series: January-March is not January-June
            String months = period == Periods.Kind.PART_YEAR ? r.periodFrom().substring(5) + r.periodTo().substring(5) : "";
            String key = kind + "/" + period + "/" + months;
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
            joined.put(key, period != Periods.Kind.UNDATED);
            captions.computeIfAbsent(key, k -> page.t("ledger.kind." + kind.name()) + " · "
                    + (period == Periods.Kind.PART_YEAR ? LedgerWords.period(r.periodFrom(), r.periodTo(), page.lang().locale())
                            .replaceAll(" \\d{4}$", "") : page.t("indicators.period." + period.name())));
        }
        LedgerWords words = new LedgerWords(page);
        List<Part> out = new ArrayList<>();
        for (Map.Entry<String, List<IndicatorRecord>> g : groups.entrySet()) {
            LineChart chart = LineChart.of(g.getValue(), v -> "%".equals(s.unit()) ? page.fmt().number(v) : page.fmt().compact(v),
                    v -> page.fmt().value(v, s.unit(), null), r -> r.periodFrom() == null ? page.fmt().date(r.published()) : words.period(r),
                    joined.get(g.getKey()));
            out.add(new Part(words.metric(s.metric()), captions.get(g.getKey()), chart, g.getValue()));
        }
        return out;
    }
}
