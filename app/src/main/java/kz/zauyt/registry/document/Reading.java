package kz.zauyt.registry.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.zauyt.registry.db.Script;
import kz.zauyt.registry.project.MentionRecord;
import kz.zauyt.registry.project.Pin;
import kz.zauyt.registry.project.Profile;
import org.jdbi.v3.core.Handle;

/**
 * What storing one document needs to know, read in one round trip: the extractor version that stored
 * it before (null if new), its manual pins, every mention of every project it might join (the
 * projects with a mention sharing a name key, the projects it joined before, the projects it is
 * pinned to) with their match keys, and fresh ids for the rows it may add.
 */
record Reading(String storedVersion, Map<String, Pin> pins, Map<Long, List<MentionRecord>> projects,
               List<Profile> candidates, List<Long> projectIds, List<Long> mentionIds) {

    /** How many of the newest name-sharing mentions lead to candidate projects. */
    private static final int CANDIDATES = 1000;

    static Reading of(Handle h, Article a, Set<String> blockKeys) {
        String[] version = new String[1];
        Map<String, Pin> pins = new HashMap<>();
        Map<Long, List<MentionRecord>> projects = new LinkedHashMap<>();
        List<Profile> candidates = new ArrayList<>();
        List<Long> projectIds = new ArrayList<>();
        List<Long> mentionIds = new ArrayList<>();
        String[] keys = blockKeys.toArray(new String[0]);
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
                // "id + 0": ordering by the bare id lets the planner walk the primary key backwards past
                // millions of rows looking for a few matches, instead of asking the GIN index
                .query("with candidate as (select project_id from mention where block_keys && ? and document_id <> ? "
                        + "order by id + 0 desc limit " + CANDIDATES + "), wanted as (select project_id from candidate "
                        + "union select project_id from mention where document_id = ? "
                        + "union select p.id from project p join mention_pin mp on mp.project_key = p.manual_key "
                        + "where mp.document_id = ?) select " + MentionRecord.COLUMNS
                        + ", m.block_keys, m.name_keys, m.company_keys, m.place_key, m.product_keys "
                        + "from wanted w join mention m on m.project_id = w.project_id "
                        + "join document d on d.id = m.document_id", rs -> {
                            while (rs.next()) {
                                MentionRecord m = MentionRecord.map(rs);
                                projects.computeIfAbsent(m.projectId(), k -> new ArrayList<>()).add(m);
                                candidates.add(profile(rs, m));
                            }
                        }, keys, a.id(), a.id(), a.id())
                .query("select nextval(pg_get_serial_sequence('project', 'id')), nextval(pg_get_serial_sequence('mention', 'id')) "
                        + "from generate_series(1, ?)", rs -> {
                            while (rs.next()) {
                                projectIds.add(rs.getLong(1));
                                mentionIds.add(rs.getLong(2));
                            }
                        }, a.projects().size())
                .run(h);
        return new Reading(version[0], pins, projects, candidates, projectIds, mentionIds);
    }

    private static Profile profile(ResultSet rs, MentionRecord m) throws SQLException {
        return new Profile(m.id(), m.projectId(), m.documentId(), m.language(), strings(rs, "company_keys"),
                strings(rs, "name_keys"), strings(rs, "block_keys"), m.region(), rs.getString("place_key"), m.sector(),
                strings(rs, "product_keys"), m.capacity(), m.investment());
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        return List.of((String[]) rs.getArray(column).getArray());
    }

    /** The projects this document's mentions were in before, when it is being re-extracted. */
    Set<Long> previousProjects(String documentId) {
        Set<Long> out = new LinkedHashSet<>();
        projects.forEach((id, ms) -> {
            if (ms.stream().anyMatch(m -> m.documentId().equals(documentId))) {
                out.add(id);
            }
        });
        return out;
    }
}
