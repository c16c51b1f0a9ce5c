-- Following the news: the sources polled, the articles they listed, and where each article's text went.

-- A feed (RSS 2.0, Atom), a news sitemap or a section page, polled every so often. Its state is what the
-- last poll found: 'new' (never polled), 'ok', 'failing' (since failing_since), 'robots' (robots.txt
-- forbids it). etag and last_modified make the next poll a conditional GET.
create table source (
    id            bigserial primary key,
    url           text not null unique,
    name          text not null,
    kind          text not null check (kind in ('auto', 'rss', 'atom', 'sitemap', 'section')),
    -- for a section page: the regular expression an article link matches (null: found by the page's structure)
    link_pattern  text,
    every_seconds int not null check (every_seconds >= 1),
    added_at      timestamptz not null default now(),
    last_poll     timestamptz,
    next_poll     timestamptz not null default now(),
    state         text not null default 'new' check (state in ('new', 'ok', 'failing', 'robots')),
    failing_since timestamptz,
    failures      int not null default 0,
    last_error    text,
    etag          text,
    last_modified text
);

-- Every article URL a source listed, canonical form, in the order it was first listed (seq): the queue a
-- follow works through. It is written in the same transaction as the source's new ETag, so a follow
-- killed after a poll finds the listed articles still queued ('pending') and fetches them on restart.
-- document_id is the newest text read at this URL; listed_at the item's own date, which, when it moves,
-- asks for the article again (a changed text becomes a new version: another document).
create table article (
    url           text primary key,
    seq           bigserial unique,
    source_id     bigint references source (id) on delete set null,
    state         text not null default 'pending' check (state in ('pending', 'stored', 'failed')),
    listed_at     text,
    first_seen    timestamptz not null default now(),
    fetched_at    timestamptz,
    document_id   text references document (id) on delete set null,
    attempts      int not null default 0,
    last_error    text,
    etag          text,
    last_modified text
);
create index article_pending on article (seq) where state = 'pending';
create index article_source on article (source_id, fetched_at);

-- Every text an article URL has had, oldest first: the registry keeps each version as a document.
create table article_version (
    url         text not null references article (url) on delete cascade,
    document_id text not null references document (id) on delete cascade,
    seen_at     timestamptz not null default now(),
    primary key (url, document_id)
);

-- The address an article was read from (null for files given to ingest).
alter table document add column url text;
