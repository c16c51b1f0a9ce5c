package kz.zauyt.registry.db;

import java.util.List;
import kz.zauyt.registry.project.NameKeys;
import kz.zauyt.registry.project.Summaries;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Migration 12: figures that compare and search across scripts. Investment converted to KZT and USD at
 * the National Bank's rate of the figure's date (sorting and totals use these), each company's name in one
 * spelling for the company filter, and the search text with spelling keys and Kazakh stems. The values
 * come from Java (the rates table, the spelling tables), so every project's summary is recomputed, as V6 did.
 */
// named in Flyway's pattern (version, two underscores, description), which Flyway checks
@SuppressWarnings("checkstyle:TypeName")
final class V12__Money_and_search extends BaseJavaMigration {

    private static final int BATCH = 1_000;

    private static final List<String> DDL = List.of(
            "alter table project add column investment_date date, add column investment_kzt double precision, "
                    + "add column investment_usd double precision, add column company_names text[] not null default '{}'",
            // sorting by investment compares converted tenge (V8's index sorted raw amounts of any currency)
            "drop index if exists project_investment",
            "create index project_investment_kzt on project (investment_kzt desc nulls last, id desc)",
            // the company filter: a name (or its leading words) in one spelling, exactly
            "create index project_company_names on project using gin (company_names) with (fastupdate = off)",
            "alter table project_total add column converted bigint not null default 0, "
                    + "add column amount_kzt numeric not null default 0, add column amount_usd numeric not null default 0",
            """
            create or replace function project_total_move(sign int, p project) returns void language plpgsql as $$
            begin
                insert into project_total as t (dimension, key, currency, projects, invested, amount, converted, amount_kzt, amount_usd)
                select g.dimension, coalesce(g.key, ''), coalesce(p.currency, ''), sign,
                       case when p.investment is null then 0 else sign end, coalesce(sign * p.investment::numeric, 0),
                       case when p.investment_kzt is null then 0 else sign end, coalesce(sign * p.investment_kzt::numeric, 0),
                       coalesce(sign * p.investment_usd::numeric, 0)
                from (select 'region', p.region union all select 'sector', left(p.sector, 1) union all select 'status', p.status
                      union all select 'country', c
                      from unnest(case when cardinality(p.countries) = 0 then array[null::text] else p.countries end) c
                     ) g(dimension, key)
                order by 1, 2 -- one lock order for every writer
                on conflict (dimension, key, currency) do update
                    set projects = t.projects + excluded.projects, invested = t.invested + excluded.invested,
                        amount = t.amount + excluded.amount, converted = t.converted + excluded.converted,
                        amount_kzt = t.amount_kzt + excluded.amount_kzt, amount_usd = t.amount_usd + excluded.amount_usd;
            end
            $$""",
            """
            create or replace function project_total_track() returns trigger language plpgsql as $$
            begin
                if tg_op = 'UPDATE' and (old.region, left(old.sector, 1), old.status, old.countries, old.currency, old.investment,
                                         old.investment_kzt, old.investment_usd)
                        is not distinct from (new.region, left(new.sector, 1), new.status, new.countries, new.currency,
                                              new.investment, new.investment_kzt, new.investment_usd) then
                    return null;
                end if;
                if tg_op in ('UPDATE', 'DELETE') then
                    perform project_total_move(-1, old);
                end if;
                if tg_op in ('INSERT', 'UPDATE') then
                    perform project_total_move(1, new);
                end if;
                return null;
            end
            $$""",
            // which rates the stored conversions were made with (see MoneySync)
            "create table money_rates_used (id int primary key check (id = 1), fingerprint text not null)");

    /** project_total counted again from the projects, as V5 first did, with the converted sums. */
    static final String RECOUNT = """
            insert into project_total (dimension, key, currency, projects, invested, amount, converted, amount_kzt, amount_usd)
            select g.dimension, coalesce(g.key, ''), coalesce(p.currency, ''), count(*), count(p.investment),
                   coalesce(sum(p.investment::numeric), 0), count(p.investment_kzt), coalesce(sum(p.investment_kzt::numeric), 0),
                   coalesce(sum(p.investment_usd::numeric), 0)
            from project p
            cross join lateral (select 'region', p.region union all select 'sector', left(p.sector, 1)
                                union all select 'status', p.status union all select 'country', c
                                from unnest(case when cardinality(p.countries) = 0 then array[null::text] else p.countries end) c
                               ) g(dimension, key)
            group by 1, 2, 3""";

    @Override
    public void migrate(Context context) {
        // not closed: the connection is Flyway's, and closing the handle would close it
        Handle h = Jdbi.open(context.getConnection());
        DDL.forEach(h::execute);
        backfill(h);
    }

    /** The projects stored before this migration: summaries recomputed, then their totals counted again. */
    static void backfill(Handle h) {
        Summaries summaries = new Summaries(NameKeys.get());
        List<Long> ids = h.createQuery("select id from project order by id").mapTo(Long.class).list();
        for (int i = 0; i < ids.size(); i += BATCH) {
            summaries.refresh(h, ids.subList(i, Math.min(ids.size(), i + BATCH)));
        }
        h.execute("delete from project_total");
        h.execute(RECOUNT);
    }
}
