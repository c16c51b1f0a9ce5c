package kz.zauyt.registry.project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.zauyt.extract.fact.Investment;
import kz.zauyt.extract.fact.Project;
import kz.zauyt.extract.text.Language;
import kz.zauyt.registry.db.Json;
import kz.zauyt.registry.document.Article;
import org.jdbi.v3.core.Handle;

/**
 * Stores a document's project facts as mentions and decides which project each joins. Runs inside the
 * document's transaction, after the caller took the registry's resolution lock, so two documents never
 * both found "the same new plant".
 *
 * <p>Order: a manual pin (split/merge) decides first. Otherwise the stored mentions sharing a name key
 * are scored ({@link Matcher}); a project is a candidate only if none of its mentions rules the new one
 * out, and its score is that of its best mention. The best candidate at or above {@link Match#JOIN}
 * wins, unless another mention of this same document already took it: one article's two plants are two
 * projects. The score, the matched mention and the reasons are stored with the mention.
 */
public final class Resolver {

    /** How many of the newest name-sharing mentions are scored: enough for a plant reported for decades. */
    private static final int CANDIDATES = 400;

    private final NameKeys keys;

    public Resolver(NameKeys keys) {
        this.keys = keys;
    }

    /** Inserts the article's mentions; returns the projects they joined or created. */
    public Set<Long> resolve(Handle h, Article a) {
        Set<Long> taken = new LinkedHashSet<>();
        Set<String> mkeys = new HashSet<>();
        for (int i = 0; i < a.projects().size(); i++) {
            Project p = a.projects().get(i);
            Profile profile = Profile.of(p, a.id(), a.language(), keys);
            String mkey = mentionKey(p, a.language(), mkeys);
            Decision d = pinned(h, a.id(), mkey, p.name()).orElseGet(() -> decide(h, profile, taken, p.name()));
            taken.add(d.projectId());
            insert(h, a, i, mkey, p, profile, d);
        }
        return taken;
    }

    private record Decision(long projectId, Double score, Long matched, String reason) {
    }

    /** Stable across re-extraction as long as the name reads the same: the romanised name words. */
    private static String mentionKey(Project p, Language language, Set<String> used) {
        String base = String.join(" ", NameKeys.words(p.name(), language));
        String key = base;
        for (int n = 2; !used.add(key); n++) {
            key = base + " #" + n;
        }
        return key;
    }

    private static Optional<Decision> pinned(Handle h, String documentId, String mkey, String name) {
        Optional<String> projectKey = h.createQuery("select project_key from mention_pin where document_id = :d and mkey = :k")
                .bind("d", documentId).bind("k", mkey).mapTo(String.class).findOne();
        if (projectKey.isEmpty()) {
            return Optional.empty();
        }
        long id = h.createQuery("select id from project where manual_key = :k").bind("k", projectKey.get())
                .mapTo(Long.class).findOne()
                .orElseGet(() -> newProject(h, name, projectKey.get()));
        return Optional.of(new Decision(id, null, null, "pinned by hand to " + projectKey.get()));
    }

    private Decision decide(Handle h, Profile profile, Set<Long> taken, String name) {
        Map<Long, Match> best = new HashMap<>();
        Map<Long, Long> bestMention = new HashMap<>();
        Set<Long> ruledOut = new HashSet<>();
        for (Profile c : candidates(h, profile)) {
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
            return new Decision(winner, won.score(), bestMention.get(winner), won.explain());
        }
        String why = best.isEmpty() ? "no stored mention shares a name with it"
                : "no project scored " + Match.JOIN + " without a conflict (best " + bestScore(best.values()) + ")";
        return new Decision(newProject(h, name, null), null, null, "new project: " + why);
    }

    private static String bestScore(Iterable<Match> matches) {
        double max = Double.NEGATIVE_INFINITY;
        for (Match m : matches) {
            max = Math.max(max, m.score());
        }
        return String.valueOf(Math.round(max * 10) / 10.0);
    }

    private static List<Profile> candidates(Handle h, Profile p) {
        if (p.blockKeys().isEmpty()) {
            return List.of();
        }
        return h.createQuery("select id, project_id, document_id, language, company_keys, name_keys, block_keys, region, place_key, "
                        + "sector, product_keys, capacity::text as capacity, investment, currency from mention "
                        + "where block_keys && :keys and document_id <> :doc order by id desc limit " + CANDIDATES)
                .bind("keys", p.blockKeys().toArray(new String[0]))
                .bind("doc", p.documentId())
                .map((rs, ctx) -> {
                    double inv = rs.getDouble("investment");
                    Investment investment = rs.wasNull() ? null : new Investment(inv, rs.getString("currency"));
                    return new Profile(rs.getLong("id"), rs.getLong("project_id"), rs.getString("document_id"),
                            Language.fromCode(rs.getString("language")),
                            List.of((String[]) rs.getArray("company_keys").getArray()),
                            List.of((String[]) rs.getArray("name_keys").getArray()),
                            List.of((String[]) rs.getArray("block_keys").getArray()), rs.getString("region"),
                            rs.getString("place_key"), rs.getString("sector"),
                            List.of((String[]) rs.getArray("product_keys").getArray()),
                            Json.capacity(rs.getString("capacity")), investment);
                })
                .list();
    }

    static long newProject(Handle h, String name, String manualKey) {
        return h.createQuery("insert into project (name, manual_key) values (:name, :key) returning id")
                .bind("name", name).bind("key", manualKey).mapTo(Long.class).one();
    }

    private static void insert(Handle h, Article a, int ordinal, String mkey, Project p, Profile profile, Decision d) {
        h.createUpdate("insert into mention (document_id, ordinal, mkey, project_id, language, name, companies, region, "
                        + "place, zone, sector, products, capacity, investment, currency, jobs, status, expected, evidence, "
                        + "quote, block_keys, name_keys, company_keys, place_key, product_keys, score, matched_mention, reason) values "
                        + "(:doc, :ordinal, :mkey, :project, :language, :name, cast(:companies as jsonb), :region, :place, "
                        + ":zone, :sector, :products, cast(:capacity as jsonb), :investment, :currency, :jobs, :status, "
                        + ":expected, cast(:evidence as jsonb), :quote, :blockKeys, :nameKeys, :companyKeys, :placeKey, :productKeys, "
                        + ":score, :matched, :reason)")
                .bind("doc", a.id())
                .bind("ordinal", ordinal)
                .bind("mkey", mkey)
                .bind("project", d.projectId())
                .bind("language", a.language().code())
                .bind("name", p.name())
                .bind("companies", Json.companies(p.companies()))
                .bind("region", p.location().region())
                .bind("place", p.location().place())
                .bind("zone", p.location().zone())
                .bind("sector", p.sector())
                .bind("products", p.products().toArray(new String[0]))
                .bind("capacity", Json.capacity(p.capacity()))
                .bind("investment", p.investment() == null ? null : p.investment().amount())
                .bind("currency", p.investment() == null ? null : p.investment().currency())
                .bind("jobs", p.jobs())
                .bind("status", p.status())
                .bind("expected", p.expected())
                .bind("evidence", Json.spans(p.evidence()))
                .bind("quote", a.quote(p.evidence()))
                .bind("blockKeys", profile.blockKeys().toArray(new String[0]))
                .bind("nameKeys", profile.nameKeys().toArray(new String[0]))
                .bind("companyKeys", profile.companyKeys().toArray(new String[0]))
                .bind("placeKey", profile.placeKey())
                .bind("productKeys", profile.productKeys().toArray(new String[0]))
                .bind("score", d.score())
                .bind("matched", d.matched())
                .bind("reason", d.reason())
                .execute();
    }
}
