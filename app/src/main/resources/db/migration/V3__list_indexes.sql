-- Project lists are filtered and then shown newest evidence first, 20 at a time. These indexes give
-- the common filters their rows already in that order, so a page reads 20 index entries rather than
-- sorting a region's thousands of projects.
create index project_region_last on project (region, last_evidence desc nulls last, id desc);
create index project_status_last on project (status, last_evidence desc nulls last, id desc);
-- (first_year, last_year) served "evidence in year Y" badly: a range on first_year matches most of the
-- registry, and the planner preferred it to the orderly scan above. Year filters now ride on the others.
drop index project_years;
