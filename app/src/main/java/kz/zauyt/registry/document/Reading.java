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
 * may add. {@link #mentionsOf} then reads the whole of the projects it touches, and, for the few facts
 * that would join the only plant of their industry in town, {@link #rivals} counts that town's plants
 * (the candidates are the best 50 mentions by shared keys, too few to count them by).
 */
record Reading(String storedVersion, Map<String, Pin> pins, List<Profile> candidates, Set<Long> previousProjects,
               List<Long> projectIds, List<Long> mentionIds) {

    /**
     * How many name-sharing mentions are scored: a plant reported for decades fits, and a common word
     * shared by thousands of names does not turn every document into a scan. Measured on the registry
     * benchmark's 15,000 documents (whose plants are known): 50 of 150 per key merged as well as 100 of
     * 300 (recall 1.000 both, precision 0.9986 against 0.9980), 10 % faster.
     */
    static final int CANDIDATES = 50;

    /** How many of each key's newest mentions compete for those places. */
    static final int PER_KEY = 150;

    /** The match profile columns of a mention, as {@link #profile} reads them. */
    private static final String PROFILE = "id, project_id, document_id, language, company_keys, name_keys, block_keys, "
            + "region, place_key, sector, product_keys, capacity::text as capacity, investment, currency, alias_keys, context_keys";

    static Reading of(Handle h, Article a, Set<String> blockKeys) {
        Script s = new Script();
        Ask ask = ask(s, a, blockKeys, true, null);
        s.run(h);
        return ask.answer();
    }

    /**
     * Adds the reading's queries to {@code s}, after whatever it holds already (ingest sends them with the
     * previous document's writes, in one round trip): the answer is there once the script has run. Without
     * {@code search} the candidates are left out (an ingest session works them out: {@link KnownKeys}). A
     * document read again after writes before it failed keeps the ids its first reading gave it ({@code ids}).
     */
    static Ask ask(Script s, Article a, Set<String> blockKeys, boolean search, Reading ids) {
        Ask ask = new Ask();
        s.query("select extractor_version from document where id = ?", rs -> {
                    if (rs.next()) {
                        ask.version = rs.getString(1);
                    }
                }, a.id())
                .query("select mp.mkey, mp.project_key, p.id from mention_pin mp left join project p "
                        + "on p.manual_key = mp.project_key where mp.document_id = ?", rs -> {
                            while (rs.next()) {
                                long id = rs.getLong(3);
                                ask.pins.put(rs.getString(1), new Pin(rs.getString(2), rs.wasNull() ? 0 : id));
                            }
                        }, a.id())
                .query("select distinct project_id from mention where document_id = ?", rs -> {
                    while (rs.next()) {
                        ask.previous.add(rs.getLong(1));
                    }
                }, a.id());
        if (ids != null) {
            ask.projectIds.addAll(ids.projectIds());
            ask.mentionIds.addAll(ids.mentionIds());
        } else {
            s.query("select nextval(pg_get_serial_sequence('project', 'id')), nextval(pg_get_serial_sequence('mention', 'id')) "
                    + "from generate_series(1, ?)", rs -> {
                        while (rs.next()) {
                            ask.projectIds.add(rs.getLong(1));
                            ask.mentionIds.add(rs.getLong(2));
                        }
                    }, a.projects().size());
        }
        if (search) {
            // Each key gives its newest mentions straight from mention_key's index; of their union, those
            // sharing the most keys come first, then the newest: a fact's own company and name words
            // outrank a short skeleton that a thousand other names happen to share.
            s.query("select " + PROFILE + " from mention "
                    + "where id in (select x.mention_id from unnest(?::text[]) as k(key) cross join lateral "
                    + "(select mention_id from mention_key where key = k.key order by mention_id desc limit "
                    + PER_KEY + ") x group by x.mention_id order by count(*) desc, x.mention_id desc limit "
                    + CANDIDATES + ") and document_id <> ? "
                    // a document stored before by this same version (a re-ingest) needs no candidates
                    + "and not exists (select 1 from document where id = ? and extractor_version = ?) "
                    + "order by id + 0 desc", rs -> {
                        while (rs.next()) {
                            ask.candidates.add(profile(rs));
                        }
                    }, blockKeys.toArray(new String[0]), a.id(), a.id(), a.extractorVersion());
        }
        return ask;
    }

    /** A reading under way: filled in as its script runs. */
    static final class Ask {
        private String version;
        private final Map<String, Pin> pins = new HashMap<>();
        private final List<Profile> candidates = new ArrayList<>();
        private final Set<Long> previous = new LinkedHashSet<>();
        private final List<Long> projectIds = new ArrayList<>();
        private final List<Long> mentionIds = new ArrayList<>();

        Reading answer() {
            return new Reading(version, pins, candidates, previous, projectIds, mentionIds);
        }
    }

    /**
     * For a town (or region) and industry key, how many projects other documents' mentions among that key's
     * newest give: asked only when a fact would join the only such project ({@code rivals} of
     * {@link kz.zauyt.registry.project.Resolver#place}), in the transaction that stores the document.
     */
    static int rivals(Handle h, String key, String exceptDocument) {
        return h.createQuery("select count(distinct m.project_id) from (select mention_id from mention_key where key = :key "
                        + "order by mention_id desc limit " + PER_KEY + ") x join mention m on m.id = x.mention_id "
                        + "where m.document_id <> :doc")
                .bind("key", key).bind("doc", exceptDocument).mapTo(Integer.class).one();
    }

    /** The match profiles of the given mentions, those that exist, in no order. */
    static List<Profile> profiles(Handle h, List<Long> ids) {
        List<Profile> out = new ArrayList<>();
        new Script().query("select " + PROFILE + " from mention where id = any(?::bigint[])", rs -> {
            while (rs.next()) {
                out.add(profile(rs));
            }
        }, (Object) ids.stream().map(String::valueOf).toArray(String[]::new)).run(h);
        return out;
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
