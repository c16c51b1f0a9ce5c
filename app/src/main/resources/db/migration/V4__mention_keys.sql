-- The candidate search asked the GIN index on mention.block_keys for every mention sharing a key, then
-- fetched and sorted them all to keep the newest 300: a short consonant skeleton shared by a thousand
-- mentions cost a thousand heap reads per document. One narrow row per (key, mention) in key order
-- lets each key give its newest mentions straight from the index, newest first, stopping at the limit.
create table mention_key (
    key        text not null,
    mention_id bigint not null,
    primary key (key, mention_id)
);
insert into mention_key (key, mention_id)
select distinct k, m.id from mention m cross join unnest(m.block_keys) k;
drop index mention_block;

-- Every project write touches each of its indexes. These two are the leading column of
-- project_region_last and project_status_last, which answer the same lookups.
drop index project_region;
drop index project_status;
