-- GIN indexes keep recent entries in an unsorted pending list that every search scans: 4 MB of it by
-- default, milliseconds per query while ingest keeps adding entries. The candidate search that every
-- stored document runs, and the small arrays of companies and countries, go in directly; the text
-- search index (about a hundred entries per project update) keeps a short list, flushed in batches.
alter index mention_block set (fastupdate = off);
alter index project_countries set (fastupdate = off);
alter index project_company_keys set (fastupdate = off);
alter index project_search set (gin_pending_list_limit = 256);
