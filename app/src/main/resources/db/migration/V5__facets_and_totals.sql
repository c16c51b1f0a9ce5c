-- Facets: the filters no ordered index serves (NACE section and division, investor countries, years
-- with evidence) as one text array under one GIN index, filled by the project summary (see Facets).
-- "C29 with evidence in 2015" walked the newest-first index past twenty thousand projects to find
-- twenty; the GIN index intersects the two posting lists instead. It replaces the sector and
-- countries indexes, so a project write maintains one index where it maintained two.
alter table project add column facets text[] not null default '{}';
create index project_facets on project using gin (facets) with (fastupdate = off);
drop index project_sector;
drop index project_countries;

-- Totals by region, sector section, status and investor country, kept as the projects change: the
-- dashboard asked for four of them on every visit, and each one read every project. A row trigger
-- moves a project between groups when one of the columns they group by changes; most project
-- writes (a new mention of a known plant) change none of them and cost one comparison.
-- Keys and currencies are '' where the project has none (primary key columns cannot be null).
create table project_total (
    dimension text not null check (dimension in ('region', 'sector', 'status', 'country')),
    key       text not null,
    currency  text not null,
    projects  bigint not null,
    -- projects that state an amount, and their sum: exact numeric, so adding and taking away the same
    -- amounts returns to the same total
    invested  bigint not null,
    amount    numeric not null,
    primary key (dimension, key, currency)
);

-- Adds a project to its groups (sign 1) or takes it away (sign -1).
create function project_total_move(sign int, p project) returns void language plpgsql as $$
begin
    insert into project_total as t (dimension, key, currency, projects, invested, amount)
    select g.dimension, coalesce(g.key, ''), coalesce(p.currency, ''), sign,
           case when p.investment is null then 0 else sign end, coalesce(sign * p.investment::numeric, 0)
    from (select 'region', p.region union all select 'sector', left(p.sector, 1) union all select 'status', p.status
          union all select 'country', c
          from unnest(case when cardinality(p.countries) = 0 then array[null::text] else p.countries end) c
         ) g(dimension, key)
    order by 1, 2 -- one lock order for every writer
    on conflict (dimension, key, currency) do update
        set projects = t.projects + excluded.projects, invested = t.invested + excluded.invested,
            amount = t.amount + excluded.amount;
end
$$;

create function project_total_track() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and (old.region, left(old.sector, 1), old.status, old.countries, old.currency, old.investment)
            is not distinct from (new.region, left(new.sector, 1), new.status, new.countries, new.currency, new.investment) then
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
$$;

create trigger project_total after insert or update or delete on project
    for each row execute function project_total_track();

-- the projects already stored, counted once
insert into project_total (dimension, key, currency, projects, invested, amount)
select g.dimension, coalesce(g.key, ''), coalesce(p.currency, ''), count(*), count(p.investment),
       coalesce(sum(p.investment::numeric), 0)
from project p
cross join lateral (select 'region', p.region union all select 'sector', left(p.sector, 1)
                    union all select 'status', p.status union all select 'country', c
                    from unnest(case when cardinality(p.countries) = 0 then array[null::text] else p.countries end) c
                   ) g(dimension, key)
group by 1, 2, 3;
