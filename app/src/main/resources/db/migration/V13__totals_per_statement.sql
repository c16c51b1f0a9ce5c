-- Totals by region, sector, status and country (V5, V12) kept once per statement that writes projects
-- instead of once or twice per row. Each document's ingest inserts or updates a project or two, and the
-- row trigger's upserts (an update's two, over every dimension, most of them cancelling out) cost more
-- than writing the project: on a 9,000-project registry, an update that moves a total took 1.3 ms a row
-- with them and 0.45 ms with this (machine loaded, 1,000 single-row updates). A statement's rows are
-- netted by dimension, key and currency, and only the totals that move are written, in one upsert;
-- the totals come out the same (checked by the registry tests that count every project again). The
-- capacities of mentions (V11) are kept the same way. Each trigger passes the few columns its totals
-- read, not whole rows (a project's search vector is most of it).
create type project_total_row as (region text, sector text, status text, countries text[], currency text,
    investment float8, investment_kzt float8, investment_usd float8);

create function project_total_add(added project_total_row[], removed project_total_row[]) returns void language plpgsql as $$
begin
    insert into project_total as t (dimension, key, currency, projects, invested, amount, converted, amount_kzt, amount_usd)
    select g.dimension, coalesce(g.key, ''), coalesce(p.currency, ''), sum(p.sign),
           sum(case when p.investment is null then 0 else p.sign end), coalesce(sum(p.sign * p.investment::numeric), 0),
           sum(case when p.investment_kzt is null then 0 else p.sign end), coalesce(sum(p.sign * p.investment_kzt::numeric), 0),
           coalesce(sum(p.sign * p.investment_usd::numeric), 0)
    from (select 1 as sign, a.* from unnest(added) a union all select -1, r.* from unnest(removed) r) p
    cross join lateral (select 'region', p.region union all select 'sector', left(p.sector, 1)
                        union all select 'status', p.status union all select 'country', c
                        from unnest(case when cardinality(p.countries) = 0 then array[null::text] else p.countries end) c
                       ) g(dimension, key)
    group by 1, 2, 3
    -- an update that moves a project from one status to another leaves its region's total as it was
    having sum(p.sign) <> 0 or sum(case when p.investment is null then 0 else p.sign end) <> 0
        or sum(case when p.investment_kzt is null then 0 else p.sign end) <> 0
        or coalesce(sum(p.sign * p.investment::numeric), 0) <> 0 or coalesce(sum(p.sign * p.investment_kzt::numeric), 0) <> 0
        or coalesce(sum(p.sign * p.investment_usd::numeric), 0) <> 0
    order by 1, 2, 3 -- one lock order for every writer
    on conflict (dimension, key, currency) do update
        set projects = t.projects + excluded.projects, invested = t.invested + excluded.invested,
            amount = t.amount + excluded.amount, converted = t.converted + excluded.converted,
            amount_kzt = t.amount_kzt + excluded.amount_kzt, amount_usd = t.amount_usd + excluded.amount_usd;
end
$$;

create function project_total_net() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform project_total_add(array(select row(n.region, n.sector, n.status, n.countries, n.currency, n.investment,
                n.investment_kzt, n.investment_usd)::project_total_row from project_total_new n), '{}');
    elsif tg_op = 'DELETE' then
        perform project_total_add('{}', array(select row(o.region, o.sector, o.status, o.countries, o.currency,
                o.investment, o.investment_kzt, o.investment_usd)::project_total_row from project_total_old o));
    elsif exists (select 1 from project_total_old o join project_total_new n on n.id = o.id
                  where (o.region, left(o.sector, 1), o.status, o.countries, o.currency, o.investment, o.investment_kzt,
                         o.investment_usd)
                        is distinct from (n.region, left(n.sector, 1), n.status, n.countries, n.currency, n.investment,
                                          n.investment_kzt, n.investment_usd)) then
        -- most updates (a mention joins) move no total: nothing to net
        perform project_total_add(
                array(select row(n.region, n.sector, n.status, n.countries, n.currency, n.investment, n.investment_kzt,
                        n.investment_usd)::project_total_row from project_total_new n),
                array(select row(o.region, o.sector, o.status, o.countries, o.currency, o.investment, o.investment_kzt,
                        o.investment_usd)::project_total_row from project_total_old o));
    end if;
    return null;
end
$$;

create type capacity_key_row as (region text, capacity jsonb);

create function capacity_key_add(added capacity_key_row[], removed capacity_key_row[]) returns void language plpgsql as $$
begin
    insert into capacity_key as k (region, unit, value, mentions)
    select coalesce(m.region, ''), c->>'unit', (c->>'value')::float8, sum(m.sign)
    from (select 1 as sign, a.* from unnest(added) a union all select -1, r.* from unnest(removed) r) m
    cross join lateral jsonb_array_elements(m.capacity) c
    where c->>'unit' is not null and jsonb_typeof(c->'value') = 'number'
    group by 1, 2, 3
    having sum(m.sign) <> 0
    order by 1, 2, 3
    on conflict (region, unit, value) do update set mentions = k.mentions + excluded.mentions;
    if cardinality(removed) > 0 then
        delete from capacity_key where mentions <= 0;
    end if;
end
$$;

create function capacity_key_net() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform capacity_key_add(array(select row(n.region, n.capacity)::capacity_key_row from capacity_key_new n
                where jsonb_array_length(n.capacity) > 0), '{}');
    elsif tg_op = 'DELETE' then
        perform capacity_key_add('{}', array(select row(o.region, o.capacity)::capacity_key_row from capacity_key_old o
                where jsonb_array_length(o.capacity) > 0));
    elsif exists (select 1 from capacity_key_old o join capacity_key_new n on n.id = o.id
                  where (o.region, o.capacity) is distinct from (n.region, n.capacity)) then
        -- mentions are inserted and deleted; an update only moves them to another project
        perform capacity_key_add(
                array(select row(n.region, n.capacity)::capacity_key_row from capacity_key_new n
                      where jsonb_array_length(n.capacity) > 0),
                array(select row(o.region, o.capacity)::capacity_key_row from capacity_key_old o
                      where jsonb_array_length(o.capacity) > 0));
    end if;
    return null;
end
$$;

-- the row triggers and their functions give way to three statement triggers each (a trigger with
-- transition tables fires on one event only), one function for the three
drop trigger project_total on project;
drop function project_total_track();
drop function project_total_move(int, project);
drop trigger capacity_key on mention;
drop function capacity_key_track();
drop function capacity_key_move(int, mention);

do $$
declare
    t record;
begin
    for t in select * from (values ('project', 'project_total'), ('mention', 'capacity_key')) v(tab, name) loop
        execute format('create trigger %1$s_insert after insert on %2$I referencing new table as %1$s_new '
                       'for each statement execute function %1$s_net()', t.name, t.tab);
        execute format('create trigger %1$s_update after update on %2$I referencing old table as %1$s_old '
                       'new table as %1$s_new for each statement execute function %1$s_net()', t.name, t.tab);
        execute format('create trigger %1$s_delete after delete on %2$I referencing old table as %1$s_old '
                       'for each statement execute function %1$s_net()', t.name, t.tab);
    end loop;
end
$$;
