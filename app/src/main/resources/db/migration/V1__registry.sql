-- The registry: documents stored once, their facts, projects merged across documents.
-- PostgreSQL only (15 and later: CI's server is 15, the embedded one 17).

-- One row per article, keyed by the SHA-256 of its normalised text.
create table document (
    id                text primary key check (id ~ '^[0-9a-f]{64}$'),
    source            text not null,
    title             text,
    language          text not null check (language in ('en', 'ru', 'kk')),
    published         date,
    -- null when the document came from JSON Lines written without --with-text
    body              text,
    extractor_version text not null,
    ingested_at       timestamptz not null default now(),
    extracted_at      timestamptz not null default now()
);
create index document_published on document (published);

-- A real plant, mine, park...: what the mentions below say about it, summarised for lists and filters.
-- The summary is recomputed from the mentions whenever they change; the mentions are the truth.
create table project (
    id             bigserial primary key,
    -- set when a person split or merged the project: pins name it, so it outlives re-ingests
    manual_key     text unique,
    name           text not null,
    status         text check (status in ('proposed', 'planned', 'construction', 'commissioning', 'operating',
                                          'suspended', 'cancelled')),
    status_date    date,
    region         text,
    place          text,
    zone           text,
    sector         text,
    companies      text[] not null default '{}',
    -- transliterated company name tokens: a search for KIA finds КИА
    company_keys   text[] not null default '{}',
    -- home countries of the operators and investors (contractors do not bring the money)
    countries      text[] not null default '{}',
    products       text[] not null default '{}',
    investment     double precision,
    currency       text,
    jobs           bigint,
    first_evidence date,
    last_evidence  date,
    first_year     int,
    last_year      int,
    mentions       int not null default 0,
    search         tsvector not null default ''::tsvector
);
create index project_region on project (region);
create index project_sector on project (sector text_pattern_ops);
create index project_status on project (status);
create index project_last on project (last_evidence desc nulls last, id desc);
create index project_years on project (first_year, last_year);
create index project_countries on project using gin (countries);
create index project_company_keys on project using gin (company_keys);
create index project_search on project using gin (search);

-- One project fact of one document, and why it joined its project.
create table mention (
    id              bigserial primary key,
    document_id     text not null references document (id) on delete cascade,
    ordinal         int not null,
    -- stable across re-extraction (document + transliterated name), so manual pins find it again
    mkey            text not null,
    project_id      bigint not null references project (id),
    language        text not null check (language in ('en', 'ru', 'kk')),
    name            text not null,
    companies       jsonb not null,
    region          text,
    place           text,
    zone            text,
    sector          text,
    products        text[] not null,
    capacity        jsonb not null,
    investment      double precision,
    currency        text,
    jobs            bigint,
    status          text,
    expected        text,
    evidence        jsonb not null,
    quote           text,
    -- match keys, transliterated to Latin: company and name words (to find candidates), the name's
    -- distinctive words, whole company names ...
    block_keys      text[] not null,
    name_keys       text[] not null,
    company_keys    text[] not null,
    place_key       text,
    product_keys    text[] not null,
    -- ... and the outcome: score against the best mention of the project joined, and the reasons
    score           real,
    matched_mention bigint,
    reason          text not null,
    unique (document_id, ordinal),
    unique (document_id, mkey)
);
create index mention_project on mention (project_id);
create index mention_block on mention using gin (block_keys);

-- Manual decisions (split, merge): this mention belongs to that project, whatever the scores say.
-- Not tied to the document row, so a re-extraction that drops and re-creates mentions keeps them.
create table mention_pin (
    document_id text not null,
    mkey        text not null,
    project_key text not null,
    pinned_at   timestamptz not null default now(),
    primary key (document_id, mkey)
);

create table indicator (
    id             bigserial primary key,
    document_id    text not null references document (id) on delete cascade,
    ordinal        int not null,
    metric         text not null,
    region         text,
    sector         text,
    period_from    text,
    period_to      text,
    value          double precision not null,
    unit           text not null,
    change_percent double precision,
    change_basis   text,
    evidence       jsonb not null,
    quote          text,
    unique (document_id, ordinal)
);
create index indicator_metric on indicator (metric);

create table target (
    id          bigserial primary key,
    document_id text not null references document (id) on delete cascade,
    ordinal     int not null,
    metric      text not null,
    region      text,
    sector      text,
    value       double precision not null,
    unit        text not null,
    per         text,
    deadline    text,
    set_by      text,
    evidence    jsonb not null,
    quote       text,
    unique (document_id, ordinal)
);
create index target_metric on target (metric);
