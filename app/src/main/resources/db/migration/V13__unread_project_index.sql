-- No query reads project.company_keys since the company filter moved to company_names (V12): its GIN
-- index was kept up by every project insert and update (which PostgreSQL cannot make HOT, since the
-- search vector and the newest evidence change) for nothing. The column stays, as the summary writes it.
drop index if exists project_company_keys;

-- Ingest's analyses (DocumentStore.analyze) now include review_pair: without statistics, a document's
-- "delete its undecided doubts" read every pending doubt through review_pair_pending. A registry made
-- before has none until the next analysis; it gets them now.
analyze review_pair;
