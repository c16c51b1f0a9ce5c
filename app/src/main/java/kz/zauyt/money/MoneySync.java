package kz.zauyt.money;

import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Keeps the registry's converted investment (project.investment_kzt, investment_usd) made with the rates
 * in use: after {@code zauyt rates update}, the next process to open the registry converts every project
 * again, once, and notes the rates it used.
 */
public final class MoneySync {

    private static final int BATCH = 5_000;

    private MoneySync() {
    }

    /** Converts again if the registry's figures were converted with other rates; returns the projects converted. */
    public static int sync(Jdbi jdbi, Rates rates) {
        Rates.use(rates);
        return jdbi.inTransaction(h -> {
            // one process converts; another opening the registry at the same moment waits, then finds it done
            h.execute("lock table money_rates_used in exclusive mode");
            String used = h.createQuery("select fingerprint from money_rates_used where id = 1").mapTo(String.class)
                    .findOne().orElse(null);
            if (rates.fingerprint().equals(used)) {
                return 0;
            }
            record Row(long id, double amount, String currency, java.time.LocalDate day) {
            }
            List<Row> rows = h.createQuery("select id, investment, currency, investment_date from project "
                            + "where investment is not null order by id")
                    .map((rs, ctx) -> new Row(rs.getLong(1), rs.getDouble(2), rs.getString(3),
                            rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate())).list();
            for (int i = 0; i < rows.size(); i += BATCH) {
                List<Row> batch = rows.subList(i, Math.min(rows.size(), i + BATCH));
                Long[] ids = new Long[batch.size()];
                Double[] kzt = new Double[batch.size()];
                Double[] usd = new Double[batch.size()];
                for (int j = 0; j < batch.size(); j++) {
                    Row r = batch.get(j);
                    Converted c = rates.convert(r.amount(), r.currency(), r.day());
                    ids[j] = r.id();
                    kzt[j] = c == null ? null : c.kzt();
                    usd[j] = c == null ? null : c.usd();
                }
                h.createUpdate("update project p set investment_kzt = x.k, investment_usd = x.u "
                                + "from unnest(:ids, :kzt, :usd) as x(id, k, u) where p.id = x.id "
                                + "and (p.investment_kzt, p.investment_usd) is distinct from (x.k, x.u)")
                        .bindArray("ids", Long.class, (Object[]) ids).bindArray("kzt", Double.class, (Object[]) kzt)
                        .bindArray("usd", Double.class, (Object[]) usd).execute();
            }
            h.createUpdate("insert into money_rates_used (id, fingerprint) values (1, :f) "
                    + "on conflict (id) do update set fingerprint = excluded.fingerprint").bind("f", rates.fingerprint()).execute();
            return rows.size();
        });
    }
}
