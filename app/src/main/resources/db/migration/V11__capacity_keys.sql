-- The capacities plants are reported with, by region, unit and value, kept by a row trigger as
-- mentions come and go. The targets ledger asks, for every target and reading, whether it is a
-- plant's capacity (extraction can take "the plant will be able to produce 60 thousand cars a year"
-- for a target): reading every mention's capacity for that took a second on a 100,000-project
-- registry, this table answers it with one index lookup per fact.
create table capacity_key (
    region   text not null,   -- '' when the mention gives none
    unit     text not null,
    value    double precision not null,
    mentions int not null,
    primary key (region, unit, value)
);

create function capacity_key_move(delta int, m mention) returns void language plpgsql as $$
begin
    insert into capacity_key as k (region, unit, value, mentions)
    select coalesce(m.region, ''), c->>'unit', (c->>'value')::float8, delta
    from jsonb_array_elements(m.capacity) c
    where c->>'unit' is not null and jsonb_typeof(c->'value') = 'number'
    on conflict (region, unit, value) do update set mentions = k.mentions + excluded.mentions;
    if delta < 0 then
        delete from capacity_key where mentions <= 0;
    end if;
end
$$;

create function capacity_key_track() returns trigger language plpgsql as $$
begin
    -- mentions are inserted and deleted; an update only moves one to another project
    if tg_op = 'UPDATE' and (old.region, old.capacity) is not distinct from (new.region, new.capacity) then
        return null;
    end if;
    if tg_op in ('UPDATE', 'DELETE') and jsonb_array_length(old.capacity) > 0 then
        perform capacity_key_move(-1, old);
    end if;
    if tg_op in ('INSERT', 'UPDATE') and jsonb_array_length(new.capacity) > 0 then
        perform capacity_key_move(1, new);
    end if;
    return null;
end
$$;

create trigger capacity_key after insert or update or delete on mention
    for each row execute function capacity_key_track();

-- the mentions already stored, counted once
insert into capacity_key (region, unit, value, mentions)
select coalesce(m.region, ''), c->>'unit', (c->>'value')::float8, count(*)
from mention m cross join lateral jsonb_array_elements(m.capacity) c
where jsonb_array_length(m.capacity) > 0 and c->>'unit' is not null and jsonb_typeof(c->'value') = 'number'
group by 1, 2, 3;
