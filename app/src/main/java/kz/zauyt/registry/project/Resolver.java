package kz.zauyt.registry.project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.zauyt.extract.fact.Project;
import kz.zauyt.registry.document.Article;

/**
 * Decides which project each of a document's project facts joins. Pure: the caller reads what it
 * needs (pins, candidate mentions, fresh ids) and writes the outcome, under the registry's
 * {@link kz.zauyt.registry.db.ResolutionLock}, so two documents never both found "the same new plant".
 *
 * <p>Order: a manual pin (split/merge) decides first. Otherwise the stored mentions sharing a name key
 * are scored ({@link Matcher}); a project is a candidate only if none of its mentions rules the new one
 * out, and its score is that of its best mention. The best candidate at or above {@link Match#JOIN}
 * wins, unless another mention of this same document already took it: one article's two plants are two
 * projects. The score, the matched mention and the reasons are kept with the mention.
 */
public final class Resolver {

    /**
     * Where one fact goes. {@code manualKey} is set when a pinned project has to be made again;
     * {@code score} and {@code matched} when it joined by score.
     */
    public record Placement(int ordinal, String mkey, Profile profile, long projectId, boolean newProject,
                            String manualKey, Double score, Long matched, String reason) {
    }

    private final NameKeys keys;

    public Resolver(NameKeys keys) {
        this.keys = keys;
    }

    /** The match profiles of the article's facts, in order. */
    public List<Profile> profiles(Article a) {
        List<Profile> out = new ArrayList<>();
        for (Project p : a.projects()) {
            out.add(Profile.of(p, a.id(), a.language(), keys));
        }
        return out;
    }

    /**
     * Places each fact. {@code candidates} are stored mentions of other documents; {@code freshIds}
     * gives the ids of projects this document starts.
     */
    public List<Placement> place(Article a, List<Profile> profiles, Map<String, Pin> pins, List<Profile> candidates,
                                 Iterator<Long> freshIds) {
        List<Placement> out = new ArrayList<>();
        List<String> mkeys = new ArrayList<>();
        Set<Long> taken = new LinkedHashSet<>();
        Map<String, Long> remade = new HashMap<>();
        for (int i = 0; i < profiles.size(); i++) {
            String mkey = mentionKey(a.projects().get(i), a, mkeys);
            mkeys.add(mkey);
            Pin pin = pins.get(mkey);
            Placement p;
            if (pin != null && pin.projectId() > 0) {
                p = new Placement(i, mkey, profiles.get(i), pin.projectId(), false, null, null, null,
                        "pinned by hand to " + pin.projectKey());
            } else if (pin != null) {
                boolean first = !remade.containsKey(pin.projectKey());
                long id = first ? freshIds.next() : remade.get(pin.projectKey());
                remade.put(pin.projectKey(), id);
                p = new Placement(i, mkey, profiles.get(i), id, first, pin.projectKey(), null, null,
                        "pinned by hand to " + pin.projectKey());
            } else {
                p = decide(i, mkey, profiles.get(i), candidates, taken, freshIds);
            }
            taken.add(p.projectId());
            out.add(p);
        }
        return out;
    }

    /** Stable across re-extraction as long as the name reads the same: the romanised name words. */
    private static String mentionKey(Project p, Article a, List<String> used) {
        String base = String.join(" ", NameKeys.words(p.name(), a.language()));
        String key = base;
        for (int n = 2; used.contains(key); n++) {
            key = base + " #" + n;
        }
        return key;
    }

    private static Placement decide(int ordinal, String mkey, Profile profile, List<Profile> candidates, Set<Long> taken,
                                    Iterator<Long> freshIds) {
        Map<Long, Match> best = new HashMap<>();
        Map<Long, Long> bestMention = new HashMap<>();
        Set<Long> ruledOut = new HashSet<>();
        for (Profile c : candidates) {
            if (!overlaps(profile.blockKeys(), c.blockKeys())) {
                continue; // a mention of a candidate project that shares no name with this fact
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
            return new Placement(ordinal, mkey, profile, winner, false, null, won.score(), bestMention.get(winner),
                    won.explain());
        }
        String why = best.isEmpty() ? "no stored mention shares a name with it"
                : "no project scored " + Match.JOIN + " without a conflict (best " + bestScore(best.values()) + ")";
        return new Placement(ordinal, mkey, profile, freshIds.next(), true, null, null, null, "new project: " + why);
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
}
