-- Resolution evidence that survives different wording: the known entities (aliases.txt) a mention's
-- own words name, and the capitalised words and entities of its headline and evidence sentences
-- (brands the extractor left out of its companies; entities there are written '@id').
alter table mention add column alias_keys text[] not null default '{}';
alter table mention add column context_keys text[] not null default '{}';

-- Doubts for a person: a mention that started a project although another project scored between
-- "surely different" and "surely the same". Keyed like pins (document + mention key), so a re-ingest
-- or re-extraction finds its row again: a decided pair stays decided (the decision itself is carried
-- out by pins, as a merge or split by hand is), an undecided one is written anew.
create table review_pair (
    id            bigserial primary key,
    document_id   text not null,
    mkey          text not null,
    -- the project it might have joined, and that project's newest mention then (which outlives the
    -- project id when projects are merged)
    other_project bigint not null,
    other_mention bigint,
    score         real not null,
    reason        text not null,
    decision      text check (decision in ('same', 'different')),
    decided_at    timestamptz,
    created_at    timestamptz not null default now(),
    unique (document_id, mkey)
);
create index review_pair_pending on review_pair (score desc) where decision is null;
