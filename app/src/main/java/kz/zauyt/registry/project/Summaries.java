package kz.zauyt.registry.project;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.zauyt.money.Converted;
import kz.zauyt.money.Rates;
import org.jdbi.v3.core.Handle;

/**
 * Keeps each project row in step with its mentions. Used inside the transaction that changed the
 * mentions, so a reader never sees a project whose summary disagrees with its evidence. A project
 * left without mentions is deleted (a manual pin makes it again by its key when its mention returns).
 * All the summaries of one change go to the server as one JSON parameter of one statement.
 */
public final class Summaries {

    /** The summary columns, as jsonb_to_recordset reads them from the JSON {@link #rows} writes. */
    private static final String RECORD = "jsonb_to_recordset(?::jsonb) as x(id bigint, manual_key text, name text, "
            + "status text, status_date date, region text, place text, zone text, sector text, companies text[], "
            + "company_keys text[], countries text[], products text[], investment float8, currency text, jobs bigint, "
            + "first_evidence date, last_evidence date, first_year int, last_year int, mentions int, facets text[], "
            + "search_a text, search_c text, investment_date date, investment_kzt float8, investment_usd float8, company_names text[])";

    /**
     * Names, companies and products weigh more than the evidence. One configuration for every language:
     * "russian" stems Cyrillic words by Russian rules and Latin ones by English rules, so an article in
     * either language needs one pass, not one per language (each pass also added its own lexemes to the
     * index: a project write cost three times the index entries).
     */
    private static final String SEARCH = "setweight(to_tsvector('russian', x.search_a), 'A') "
            + "|| setweight(to_tsvector('russian', x.search_c), 'C')";

    /** Updates the projects listed in a JSON array parameter (see {@link #rows}) and their ids (see {@link #ids}). */
    public static final String UPDATE = "update project p set name = x.name, status = x.status, "
            + "status_date = x.status_date, region = x.region, place = x.place, zone = x.zone, sector = x.sector, "
            + "companies = x.companies, company_keys = x.company_keys, countries = x.countries, products = x.products, "
            + "investment = x.investment, currency = x.currency, jobs = x.jobs, first_evidence = x.first_evidence, "
            + "last_evidence = x.last_evidence, first_year = x.first_year, last_year = x.last_year, mentions = x.mentions, "
            + "facets = x.facets, investment_date = x.investment_date, investment_kzt = x.investment_kzt, "
            + "investment_usd = x.investment_usd, company_names = x.company_names, search = " + SEARCH + " from " + RECORD + " "
            // the id list lets the planner reach the rows by primary key: it guesses 100 rows for any
            // jsonb_to_recordset and, planning once for all documents, would hash-join a full scan
            + "where p.id = x.id and p.id = any(?::bigint[])";

    /**
     * Inserts new projects, summary and all, from a JSON array parameter (see {@link #rows}): a project
     * written once rather than inserted bare and then updated, which would touch its indexes twice.
     */
    public static final String INSERT = "insert into project (id, manual_key, name, status, status_date, region, place, "
            + "zone, sector, companies, company_keys, countries, products, investment, currency, jobs, first_evidence, "
            + "last_evidence, first_year, last_year, mentions, facets, investment_date, investment_kzt, investment_usd, "
            + "company_names, search) select x.id, x.manual_key, x.name, x.status, "
            + "x.status_date, x.region, x.place, x.zone, x.sector, x.companies, x.company_keys, x.countries, x.products, "
            + "x.investment, x.currency, x.jobs, x.first_evidence, x.last_evidence, x.first_year, x.last_year, "
            + "x.mentions, x.facets, x.investment_date, x.investment_kzt, x.investment_usd, x.company_names, " + SEARCH
            + " from " + RECORD;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final NameKeys keys;

    public Summaries(NameKeys keys) {
        this.keys = keys;
    }

    /** The summaries of projects with mentions, as the JSON {@link #UPDATE} reads; ids without mentions go to {@code empty}. */
    public String rows(Map<Long, List<MentionRecord>> byProject, List<Long> empty) {
        return rows(byProject, empty, Map.of());
    }

    /**
     * The summaries of projects with mentions, as the JSON {@link #UPDATE} and {@link #INSERT} read, with
     * the manual keys of projects a pin makes again; ids without mentions go to {@code empty}.
     */
    public String rows(Map<Long, List<MentionRecord>> byProject, List<Long> empty, Map<Long, String> manualKeys) {
        ArrayNode rows = MAPPER.createArrayNode();
        byProject.forEach((id, mentions) -> {
            if (mentions.isEmpty()) {
                empty.add(id);
            } else {
                ObjectNode o = rows.addObject();
                row(o, id, ProjectSummary.of(mentions, keys));
                o.put("manual_key", manualKeys.get(id));
            }
        });
        return rows.toString();
    }

    /** Recomputes the given projects from their stored mentions (after a split or merge). */
    public void refresh(Handle h, Collection<Long> projectIds) {
        Map<Long, List<MentionRecord>> byProject = new LinkedHashMap<>();
        for (Long id : projectIds) {
            byProject.put(id, new ArrayList<>());
        }
        h.createQuery("select " + MentionRecord.COLUMNS + " from mention m join document d on d.id = m.document_id "
                        + "where m.project_id = any(:ids)")
                .bind("ids", projectIds.toArray(new Long[0]))
                .map((rs, ctx) -> MentionRecord.map(rs))
                .forEach(m -> byProject.get(m.projectId()).add(m));
        List<Long> empty = new ArrayList<>();
        String rows = rows(byProject, empty);
        h.execute(UPDATE, rows, ids(byProject.keySet(), empty));
        if (!empty.isEmpty()) {
            h.createUpdate("delete from project where id = any(:ids)").bind("ids", empty.toArray(new Long[0])).execute();
        }
    }

    /** The ids of {@code projects} not in {@code empty}, as the second parameter of {@link #UPDATE}. */
    public static String[] ids(Collection<Long> projects, List<Long> empty) {
        return projects.stream().filter(id -> !empty.contains(id)).map(String::valueOf).toArray(String[]::new);
    }

    private static void row(ObjectNode o, long id, ProjectSummary s) {
        o.put("id", id).put("name", s.name()).put("status", s.status()).put("status_date", date(s.statusDate()))
                .put("region", s.region()).put("place", s.place()).put("zone", s.zone()).put("sector", s.sector());
        strings(o.putArray("companies"), s.companies());
        strings(o.putArray("company_keys"), s.companyKeys());
        strings(o.putArray("countries"), s.countries());
        strings(o.putArray("products"), s.products());
        if (s.investment() != null) {
            o.put("investment", s.investment().amount()).put("currency", s.investment().currency())
                    .put("investment_date", date(s.investmentDate()));
            // converted at the figure's date, so sorting and totals compare tenge with dollars
            Converted c = Rates.current().convert(s.investment().amount(), s.investment().currency(), s.investmentDate());
            if (c != null) {
                o.put("investment_kzt", c.kzt()).put("investment_usd", c.usd());
            }
        }
        strings(o.putArray("company_names"), s.companyNames());
        o.put("jobs", s.jobs()).put("first_evidence", date(s.firstEvidence())).put("last_evidence", date(s.lastEvidence()))
                .put("first_year", year(s.firstEvidence())).put("last_year", year(s.lastEvidence()))
                .put("mentions", s.mentions())
                .put("search_a", s.searchText().getOrDefault("A", ""))
                .put("search_c", s.searchText().getOrDefault("C", ""));
        strings(o.putArray("facets"), Facets.of(s.sector(), s.countries(), s.firstEvidence(), s.lastEvidence()));
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static Integer year(LocalDate d) {
        return d == null ? null : d.getYear();
    }
}
