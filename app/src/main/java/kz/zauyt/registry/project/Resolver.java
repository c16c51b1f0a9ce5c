package kz.zauyt.registry.project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.zauyt.extract.fact.Investment;
import kz.zauyt.extract.fact.Project;
import kz.zauyt.extract.text.Language;
import kz.zauyt.registry.db.Json;
import kz.zauyt.registry.document.Article;
import org.jdbi.v3.core.Handle;

/**
 * Decides which project each of a document's project facts joins, and stores them as mentions. Runs
 * inside the document's transaction, after the caller took the {@link kz.zauyt.registry.db.ResolutionLock},
 * so two documents never both found "the same new plant".
 *
 * <p>Order: a manual pin (split/merge) decides first. Otherwise the stored mentions sharing a name key
 * are scored ({@link Matcher}); a project is a candidate only if none of its mentions rules the new one
 * out, and its score is that of its best mention. The best candidate at or above {@link Match#JOIN}
 * wins, unless another mention of this same document already took it: one article's two plants are two
 * projects. The score, the matched mention and the reasons are stored with the mention.
 *
 * <p>A document costs a fixed number of round trips however many facts it has: pins and candidates
 * are read once for all its mentions, and new projects and mentions are written in batches.
 */
public final class Resolver {

    /** How many of the newest name-sharing mentions are scored: enough for a plant reported for decades. */
    private static final int CANDIDATES = 1000;

    private final NameKeys keys;

    public Resolver(NameKeys keys) {
        this.keys = keys;
    }

    /** Inserts the article's mentions; returns the projects they joined or created. */
    public Set<Long> resolve(Handle h, Article a) {
        if (a.projects().isEmpty()) {
            return Set.of();
        }
        List<Profile> profiles = new ArrayList<>();
        List<String> mkeys = new ArrayList<>();
        Set<String> blockKeys = new LinkedHashSet<>();
        for (Project p : a.projects()) {
            Profile profile = Profile.of(p, a.id(), a.language(), keys);
            profiles.add(profile);
            mkeys.add(mentionKey(p, a.language(), mkeys));
            blockKeys.addAll(profile.blockKeys());
        }
        Map<String, String> pins = pins(h, a.id());
        List<Profile> candidates = candidates(h, a.id(), blockKeys);
        MentionWriter writer = new MentionWriter(h, a);
        Set<Long> taken = new LinkedHashSet<>();
        for (int i = 0; i < profiles.size(); i++) {
            String pin = pins.get(mkeys.get(i));
            MentionWriter.Decision d = pin != null ? writer.pinned(pin) : decide(profiles.get(i), candidates, taken);
            if (d.projectId() > 0) {
                taken.add(d.projectId());
            }
            writer.add(i, mkeys.get(i), profiles.get(i), d);
        }
        taken.addAll(writer.write());
        return taken;
    }

    /** Stable across re-extraction as long as the name reads the same: the romanised name words. */
    private static String mentionKey(Project p, Language language, List<String> used) {
        String base = String.join(" ", NameKeys.words(p.name(), language));
        String key = base;
        for (int n = 2; used.contains(key); n++) {
            key = base + " #" + n;
        }
        return key;
    }

    private static Map<String, String> pins(Handle h, String documentId) {
        Map<String, String> out = new HashMap<>();
        h.createQuery("select mkey, project_key from mention_pin where document_id = :d").bind("d", documentId)
                .map((rs, ctx) -> out.put(rs.getString(1), rs.getString(2))).list();
        return out;
    }

    private static MentionWriter.Decision decide(Profile profile, List<Profile> candidates, Set<Long> taken) {
        Map<Long, Match> best = new HashMap<>();
        Map<Long, Long> bestMention = new HashMap<>();
        Set<Long> ruledOut = new HashSet<>();
        for (Profile c : candidates) {
            if (!overlaps(profile.blockKeys(), c.blockKeys())) {
                continue; // found for another mention of this document
            }
            Match m = Matcher.score(profile, c);
            if (m.veto()) {
                ruledOut.add(c.projectId());
            } else if (m.identity() && (!best.containsKey(c.projectId()) || m.score() > best.get(c.projectId()).score())) {
                best.put(c.projectId(), m);
                bestMention.put(c.projectId(), c.id());
            }
        }
        long winner = 0;
        Match won = null;
        for (Map.Entry<Long, Match> e : best.entrySet()) {
            Match m = e.getValue();
            boolean better = won == null || m.score() > won.score() || (m.score() == won.score() && e.getKey() < winner);
            if (m.joins() && !ruledOut.contains(e.getKey()) && !taken.contains(e.getKey()) && better) {
                winner = e.getKey();
                won = m;
            }
        }
        if (won != null) {
            return new MentionWriter.Decision(winner, won.score(), bestMention.get(winner), won.explain());
        }
        String why = best.isEmpty() ? "no stored mention shares a name with it"
                : "no project scored " + Match.JOIN + " without a conflict (best " + bestScore(best.values()) + ")";
        return MentionWriter.Decision.newProject("new project: " + why);
    }

    private static boolean overlaps(List<String> a, List<String> b) {
        for (String s : a) {
            if (b.contains(s)) {
                return true;
            }
        }
        return false;
    }

    private static String bestScore(Iterable<Match> matches) {
        double max = Double.NEGATIVE_INFINITY;
        for (Match m : matches) {
            max = Math.max(max, m.score());
        }
        return String.valueOf(Math.round(max * 10) / 10.0);
    }

    private static List<Profile> candidates(Handle h, String documentId, Set<String> blockKeys) {
        if (blockKeys.isEmpty()) {
            return List.of();
        }
        return h.createQuery("select id, project_id, document_id, language, company_keys, name_keys, block_keys, region, "
                        + "place_key, sector, product_keys, capacity::text as capacity, investment, currency from mention "
                        + "where block_keys && :keys and document_id <> :doc order by id desc limit " + CANDIDATES)
                .bind("keys", blockKeys.toArray(new String[0]))
                .bind("doc", documentId)
                .map((rs, ctx) -> {
                    double inv = rs.getDouble("investment");
                    Investment investment = rs.wasNull() ? null : new Investment(inv, rs.getString("currency"));
                    return new Profile(rs.getLong("id"), rs.getLong("project_id"), rs.getString("document_id"),
                            Language.fromCode(rs.getString("language")), strings(rs.getArray("company_keys")),
                            strings(rs.getArray("name_keys")), strings(rs.getArray("block_keys")), rs.getString("region"),
                            rs.getString("place_key"), rs.getString("sector"), strings(rs.getArray("product_keys")),
                            Json.capacity(rs.getString("capacity")), investment);
                })
                .list();
    }

    private static List<String> strings(java.sql.Array a) throws java.sql.SQLException {
        return List.of((String[]) a.getArray());
    }
}
