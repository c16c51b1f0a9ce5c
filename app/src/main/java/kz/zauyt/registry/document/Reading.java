package kz.zauyt.registry.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.zauyt.extract.fact.Investment;
import kz.zauyt.extract.text.Language;
import kz.zauyt.registry.db.Json;
import kz.zauyt.registry.db.Script;
import kz.zauyt.registry.project.MentionRecord;
import kz.zauyt.registry.project.Pin;
import kz.zauyt.registry.project.Profile;
import org.jdbi.v3.core.Handle;

/**
 * What storing one document needs to know, read in one round trip: the extractor version that stored
 * it before (null if new), its manual pins, the match keys of the newest mentions of other documents
 * that share a name key with its facts, the projects it was in before, and fresh ids for the rows it
 * may add, and for each town (or region) and industry key how many projects of other documents have it
 * among that key's newest mentions ({@code rivals}: the candidates are the best 50 mentions by shared
 * keys, too few to count a town's plants by). {@link #mentionsOf} then reads the whole of the projects
 * it touches.
 */
record Reading(String storedVersion, Map<String, Pin> pins, List<Profile> candidates, Set<Long> previousProjects,
               List<Long> projectIds, List<Long> mentionIds, Map<String, Integer> rivals) {

    /**
     * How many name-sharing mentions are scored: a plant reported for decades fits, and a common word
     * shared by thousands of names does not turn every document into a scan. Measured on the registry
     * benchmark's 15,000 documents (whose plants are known): 50 of 150 per key merged as well as 100 of
     * 300 (recall 1.000 both, precision 0.9986 against 0.9980), 10 % faster.
     */
    private static final int CANDIDATES = 50;

    /** How many of each key's newest mentions compete for those places. */
    private static final int PER_KEY = 150;

    static Reading of(Handle h, Article a, Set<String> blockKeys) {
        String[] version = new String[1];
        Map<String, Pin> pins = new HashMap<>();
        List<Profile> candidates = new ArrayList<>();
        Set<Long> previous = new LinkedHashSet<>();
        List<Long> projectIds = new ArrayList<>();
        List<Long> mentionIds = new ArrayList<>();
        Map<String, Integer> rivals = new HashMap<>();
        String[] local = blockKeys.stream().filter(k -> k.startsWith("=")).toArray(String[]::new);
        new Script()
                .query("select extractor_version from document where id = ?", rs -> {
                    if (rs.next()) {
                        version[0] = rs.getString(1);
                    }
                }, a.id())
                .query("select mp.mkey, mp.project_key, p.id from mention_pin mp left join project p "
                        + "on p.manual_key = mp.project_key where mp.document_id = ?", rs -> {
                            while (rs.next()) {
                                long id = rs.getLong(3);
                                pins.put(rs.getString(1), new Pin(rs.getString(2), rs.wasNull() ? 0 : id));
                            }
                        }, a.id())
                // Each key gives its newest mentions straight from mention_key's index; of their union, those
                // sharing the most keys come first, then the newest: a fact's own company and name words
                // outrank a short skeleton that a thousand other names happen to share.
                .query("select id, project_id, document_id, language, company_keys, name_keys, block_keys, region, "
                        + "place_key, sector, product_keys, capacity::text as capacity, investment, currency, alias_keys, context_keys from mention "
                        + "where id in (select x.mention_id from unnest(?::text[]) as k(key) cross join lateral "
                        + "(select mention_id from mention_key where key = k.key order by mention_id desc limit "
                        + PER_KEY + ") x group by x.mention_id order by count(*) desc, x.mention_id desc limit "
                        + CANDIDATES + ") and document_id <> ? "
                        // a document stored before by this same version (a re-ingest) needs no candidates
                        + "and not exists (select 1 from document where id = ? and extractor_version = ?) "
                        + "order by id + 0 desc", rs -> {
                            while (rs.next()) {
                                candidates.add(profile(rs));
                            }
                        }, blockKeys.toArray(new String[0]), a.id(), a.id(), a.extractorVersion())
                .query("select k.key, count(distinct m.project_id) from unnest(?::text[]) as k(key) cross join lateral "
                        + "(select mention_id from mention_key where key = k.key order by mention_id desc limit " + PER_KEY
                        + ") x join mention m on m.id = x.mention_id where m.document_id <> ? "
                        // as for the candidates: a re-ingest places nothing
                        + "and not exists (select 1 from document where id = ? and extractor_version = ?) group by k.key", rs -> {
                            while (rs.next()) {
                                rivals.put(rs.getString(1), rs.getInt(2));
                            }
                        }, local, a.id(), a.id(), a.extractorVersion())
                .query("select distinct project_id from mention where document_id = ?", rs -> {
                    while (rs.next()) {
                        previous.add(rs.getLong(1));
                    }
                }, a.id())
                .query("select nextval(pg_get_serial_sequence('project', 'id')), nextval(pg_get_serial_sequence('mention', 'id')) "
                        + "from generate_series(1, ?)", rs -> {
                            while (rs.next()) {
                                projectIds.add(rs.getLong(1));
                                mentionIds.add(rs.getLong(2));
                            }
                        }, a.projects().size())
                .run(h);
        return new Reading(version[0], pins, candidates, previous, projectIds, mentionIds, rivals);
    }

    /** Every mention of the given projects except those of {@code exceptDocument}, by project. */
    static Map<Long, List<MentionRecord>> mentionsOf(Handle h, Collection<Long> projects, String exceptDocument) {
        Map<Long, List<MentionRecord>> out = new LinkedHashMap<>();
        if (projects.isEmpty()) {
            return out;
        }
        new Script().query("select " + MentionRecord.COLUMNS + " from mention m join document d on d.id = m.document_id "
                + "where m.project_id = any(?::bigint[]) and m.document_id <> ?", rs -> {
                    while (rs.next()) {
                        MentionRecord m = MentionRecord.map(rs);
                        out.computeIfAbsent(m.projectId(), k -> new ArrayList<>()).add(m);
                    }
                }, projects.stream().map(String::valueOf).toArray(String[]::new), exceptDocument).run(h);
        return out;
    }

    private static Profile profile(ResultSet rs) throws SQLException {
        double inv = rs.getDouble("investment");
        Investment investment = rs.wasNull() ? null : new Investment(inv, rs.getString("currency"));
        return new Profile(rs.getLong("id"), rs.getLong("project_id"), rs.getString("document_id"),
                Language.fromCode(rs.getString("language")), strings(rs, "company_keys"), strings(rs, "name_keys"),
                strings(rs, "block_keys"), rs.getString("region"), rs.getString("place_key"), rs.getString("sector"),
                strings(rs, "product_keys"), Json.capacity(rs.getString("capacity")), investment, strings(rs, "alias_keys"),
                strings(rs, "context_keys"));
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        return List.of((String[]) rs.getArray(column).getArray());
    }
}
