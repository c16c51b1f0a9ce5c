-- ANALYZE samples 30,000 rows of each table and reads every column it keeps statistics for: the
-- article bodies, quotes and evidence spans cost seconds to read (out of TOAST) and no query plans
-- by them. The columns filters and joins use keep their statistics.
alter table document alter column body set statistics 0;
alter table document alter column title set statistics 0;
alter table mention alter column quote set statistics 0;
alter table mention alter column evidence set statistics 0;
alter table mention alter column companies set statistics 0;
alter table mention alter column capacity set statistics 0;
alter table indicator alter column evidence set statistics 0;
alter table indicator alter column quote set statistics 0;
alter table target alter column evidence set statistics 0;
alter table target alter column quote set statistics 0;
-- the candidate search reads mention_key, never these arrays; no filter reads a project's products or names
alter table mention alter column block_keys set statistics 0;
alter table mention alter column name_keys set statistics 0;
alter table mention alter column company_keys set statistics 0;
alter table mention alter column product_keys set statistics 0;
alter table mention alter column products set statistics 0;
alter table project alter column products set statistics 0;
alter table project alter column companies set statistics 0;
