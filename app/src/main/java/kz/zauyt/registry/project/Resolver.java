package kz.zauyt.registry.project;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;
import kz.zauyt.extract.fact.Project;
import kz.zauyt.extract.text.Language;
import kz.zauyt.registry.document.Article;

/**
 * Decides which project each of a document's project facts joins. Pure: the caller reads what it
 * needs (pins, candidate mentions, fresh ids) and writes the outcome, under the registry's
 * {@link kz.zauyt.registry.db.ResolutionLock}, so two documents never both found "the same new plant".
 *
 * <p>Order: a manual pin (split/merge) decides first. The other facts are grouped by facility
 * ({@link Within}: one article's headline, lead and body name one plant many ways), and each group is
 * scored ({@link Matcher}) against each candidate project as a whole: the stored mentions that share a
 * key with it, taken together. The best project at or above {@link Match#JOIN} that nothing rules out
 * wins, unless another group of this same document already took it: one article's two plants are two
 * projects. A best score between {@link Match#REVIEW} and {@link Match#JOIN} starts a project and is
 * kept as a doubt for a person. The score, a matched mention and the reasons are kept with the mention.
 */
public final class Resolver {

    /** A pair a person should look at: the project a fact might have joined, how well, and why. */
    public record Doubt(long projectId, long mention, double score, String reason) {
    }

    /**
     * Where one fact goes. {@code manualKey} is set when a pinned project has to be made again;
     * {@code score} and {@code matched} when it joined by score; {@code doubt} when it started a project
     * that might be another.
     */
    public record Placement(int ordinal, String mkey, Profile profile, long projectId, boolean newProject,
                            String manualKey, Double score, Long matched, String reason, Doubt doubt) {
    }

    /**
     * A quiet town-and-industry pair joins the only such project from here: region, town and sector
     * agree (2 + 1 + 1); a mention without a town needs its region, sector and a kind of product or figure.
     */
    static final double QUIET = 4;

    private final NameKeys keys;

    public Resolver(NameKeys keys) {
        this.keys = keys;
    }

    /** The match profiles of the article's facts, in order, each with its headline and evidence. */
    public List<Profile> profiles(Article a) {
        List<Profile> out = new ArrayList<>();
        List<String> inText = a.projects().isEmpty() ? List.of() : Aliases.get().scan(a.text());
        List<String> renamed = a.projects().isEmpty() ? List.of()
                : Renamings.get().names((a.title() == null ? "" : a.title() + "\n") + (a.text() == null ? "" : a.text()), a.language(), keys);
        for (Project p : a.projects()) {
            String quote = a.quote(p.evidence());
            String context = (a.title() == null ? "" : a.title()) + " \n " + (quote == null ? "" : quote);
            Profile profile = Profile.of(p, a.id(), a.language(), keys, context, inText);
            // the names a renaming or a sale ties together belong to the plant the article follows: its only
            // plant, or one whose own names or headline and evidence share a word with them
            if (!renamed.isEmpty() && (a.projects().size() == 1 || ownKeys(profile, quote, a.language()).stream().anyMatch(renamed::contains))) {
                profile = profile.renamed(renamed);
            }
            out.add(profile);
        }
        return out;
    }

    /**
     * The words a plant's own name, companies and sentences give, not the headline every plant of the article
     * shares ("Alasha buys Aktobe bus maker" must not tie the town's other assembler to the sale).
     */
    private List<String> ownKeys(Profile profile, String quote, Language language) {
        List<String> out = new ArrayList<>(profile.nameKeys());
        for (String company : profile.companyKeys()) {
            out.addAll(List.of(company.split(" ")));
        }
        out.addAll(keys.capitalisedTokens(quote, language));
        return out;
    }

    /**
     * Places each fact. {@code candidates} are stored mentions of other documents; {@code freshIds}
     * gives the ids of projects this document starts.
     */
    public List<Placement> place(Article a, List<Profile> profiles, Map<String, Pin> pins, List<Profile> candidates,
                                 Iterator<Long> freshIds) {
        return place(a, profiles, pins, candidates, freshIds, Map.of());
    }

    /**
     * As above; {@code rivals} gives, for a town (or region) and industry key, how many stored projects
     * have it (among its newest mentions): a plant is the only one of its industry there only if the
     * registry, not just the best candidates, says so.
     */
    public List<Placement> place(Article a, List<Profile> profiles, Map<String, Pin> pins, List<Profile> candidates,
                                 Iterator<Long> freshIds, Map<String, Integer> rivals) {
        return place(a, profiles, pins, candidates, freshIds, (ToIntFunction<String>) k -> rivals.getOrDefault(k, 0));
    }

    /**
     * As above, with {@code rivals} asked only for the keys it decides by: when a fact joins no project by
     * score but one project of its town and industry would join it quietly (a few in a hundred facts),
     * which saves the registry counting a town's plants for every document.
     */
    public List<Placement> place(Article a, List<Profile> profiles, Map<String, Pin> pins, List<Profile> candidates,
                                 Iterator<Long> freshIds, ToIntFunction<String> rivals) {
        List<String> mkeys = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            mkeys.add(mentionKey(a.projects().get(i), a, mkeys));
        }
        Placement[] out = new Placement[profiles.size()];
        Set<Long> taken = new LinkedHashSet<>();
        Map<String, Long> remade = new HashMap<>();
        for (int i = 0; i < profiles.size(); i++) {
            Pin pin = pins.get(mkeys.get(i));
            if (pin != null) {
                boolean first = pin.projectId() <= 0 && !remade.containsKey(pin.projectKey());
                long id = pin.projectId() > 0 ? pin.projectId()
                        : remade.computeIfAbsent(pin.projectKey(), k -> freshIds.next());
                out[i] = new Placement(i, mkeys.get(i), profiles.get(i), id, first, pin.projectId() > 0 ? null : pin.projectKey(),
                        null, null, "pinned by hand to " + pin.projectKey(), null);
                taken.add(id);
            }
        }
        Map<Long, List<Profile>> byProject = new LinkedHashMap<>();
        for (Profile c : candidates) {
            byProject.computeIfAbsent(c.projectId(), k -> new ArrayList<>()).add(c);
        }
        List<List<Integer>> groups = new ArrayList<>();
        List<Profile> mergedOf = new ArrayList<>();
        for (List<Integer> group : Within.groups(profiles)) {
            List<Integer> free = group.stream().filter(i -> out[i] == null).toList();
            if (!free.isEmpty()) {
                groups.add(free);
                mergedOf.add(Profile.merge(free.stream().map(profiles::get).toList(), a.language()));
            }
        }
        // one article's two plants (a company's pasta factory and its new oat flakes plant in one town): the
        // plant that matches a stored project best takes it first, so the other, which matches it less well
        // (another product), does not take it only because the article told it first
        List<Integer> order = new ArrayList<>(IntStream.range(0, groups.size()).boxed().toList());
        // a town's plants are counted in the registry (a query): once a key, for the trial and the placing alike
        Map<String, Integer> counted = new HashMap<>();
        ToIntFunction<String> rivalsOnce = k -> counted.computeIfAbsent(k, rivals::applyAsInt);
        if (groups.size() > 1) {
            double[] best = new double[groups.size()];
            Set<Long> pinned = Set.copyOf(taken);
            for (int g = 0; g < groups.size(); g++) {
                Placement trial = decide(groups.get(g).get(0), mkeys.get(groups.get(g).get(0)), mergedOf.get(g), byProject, pinned,
                        TRIAL_IDS, rivalsOnce);
                best[g] = trial.newProject() || trial.score() == null ? Double.NEGATIVE_INFINITY : trial.score();
            }
            order.sort(Comparator.comparingDouble((Integer g) -> -best[g]));
        }
        for (int g : order) {
            List<Integer> free = groups.get(g);
            Profile merged = mergedOf.get(g);
            Placement p = decide(free.get(0), mkeys.get(free.get(0)), merged, byProject, taken, freshIds, rivalsOnce);
            for (int i : free) {
                out[i] = new Placement(i, mkeys.get(i), profiles.get(i), p.projectId(), p.newProject() && i == free.get(0),
                        null, p.score(), p.matched(), free.size() > 1 && i != free.get(0)
                        ? p.reason() + " (with this article's first mention of the plant)" : p.reason(), p.doubt());
            }
            taken.add(p.projectId());
        }
        return List.of(out);
    }

    /** Ids for a trial placement, which is never stored: every new project of a trial is -1. */
    private static final Iterator<Long> TRIAL_IDS = new Iterator<>() {
        @Override
        public boolean hasNext() {
            return true;
        }

        @Override
        public Long next() {
            return -1L;
        }
    };

    /** Stable across re-extraction as long as the name reads the same: the romanised name words. */
    private static String mentionKey(Project p, Article a, List<String> used) {
        String base = String.join(" ", NameKeys.words(p.name(), a.language()));
        String key = base;
        for (int n = 2; used.contains(key); n++) {
            key = base + " #" + n;
        }
        return key;
    }

    private static Placement decide(int ordinal, String mkey, Profile profile, Map<Long, List<Profile>> byProject,
                                    Set<Long> taken, Iterator<Long> freshIds, ToIntFunction<String> rivals) {
        long winner = 0;
        Match won = null;
        long doubtful = 0;
        Match doubt = null;
        double best = Double.NEGATIVE_INFINITY;
        List<String> searched = profile.searchKeys();
        // the town (else region) and industry key: how many stored projects are plants of this industry there
        List<String> local = searched.stream()
                .filter(k -> k.startsWith("=") && (profile.placeKey() == null) == Profile.regional(k)).toList();
        int alike = 0;
        // the registry's count for the industry (the sector, else the kind of product) there, less the plants
        // of another kind among the candidates
        String primary = local.stream().filter(k -> !k.contains(" *")).findFirst()
                .orElse(local.isEmpty() ? null : local.get(0));
        int otherKind = 0;
        long only = 0;
        Match quiet = null;
        // asked of every key of every candidate: sets, not lists
        Set<String> searchedSet = new HashSet<>(searched);
        Set<String> localSet = new HashSet<>(local);
        for (Map.Entry<Long, List<Profile>> e : byProject.entrySet()) {
            // c.indexKeys(), without building the list for each candidate of each plant
            List<Profile> shared = e.getValue().stream()
                    .filter(c -> overlaps(searchedSet, c.blockKeys()) || overlaps(searchedSet, c.contextKeys())).toList();
            if (shared.isEmpty()) {
                continue; // a project whose mentions share no key with this plant
            }
            boolean there = shared.stream().anyMatch(c -> overlaps(localSet, c.blockKeys()));
            Match m = Matcher.score(profile, Profile.merge(shared, profile.language()));
            // a plant there that makes another kind of product is no rival; the company's other plant (Shu-1
            // beside Shu-2) is, since a nameless mention does not say which it is
            alike += there && !m.otherKind() ? 1 : 0;
            otherKind += m.otherKind() && primary != null && shared.stream().anyMatch(c -> c.blockKeys().contains(primary)) ? 1 : 0;
            if (taken.contains(e.getKey())) {
                continue; // this article's other plant
            }
            if (m.identity()) {
                best = Math.max(best, m.score());
            }
            if (there && m.quiet() && m.score() >= QUIET) {
                only = e.getKey();
                quiet = m;
            }
            if (m.joins() && better(m, e.getKey(), won, winner)) {
                winner = e.getKey();
                won = m;
            } else if (m.doubtful() && better(m, e.getKey(), doubt, doubtful)) {
                doubtful = e.getKey();
                doubt = m;
            }
        }
        if (won == null && quiet != null) {
            alike = Math.max(alike, primary == null ? 0 : rivals.applyAsInt(primary) - otherKind);
        }
        if (won == null && alike == 1 && quiet != null) {
            // the only plant of its industry the registry knows in that town (or region, for a mention
            // without one), and nothing disagrees: no other company, figure, kind of product, ordinal or number
            winner = only;
            won = quiet;
            return new Placement(ordinal, mkey, profile, winner, false, null, won.score(), newest(byProject.get(winner)),
                    won.explain() + "; the only project of its industry there", null);
        }
        if (won != null) {
            return new Placement(ordinal, mkey, profile, winner, false, null, won.score(), newest(byProject.get(winner)),
                    won.explain(), null);
        }
        String why = best == Double.NEGATIVE_INFINITY ? "no stored mention shares a name with it"
                : "no project scored " + Match.JOIN + " without a conflict (best " + Math.round(best * 10) / 10.0 + ")";
        Doubt d = doubt == null ? null
                : new Doubt(doubtful, newest(byProject.get(doubtful)), doubt.score(), doubt.explain());
        return new Placement(ordinal, mkey, profile, freshIds.next(), true, null, null, null, "new project: " + why, d);
    }

    private static boolean better(Match m, long project, Match than, long thanProject) {
        return than == null || m.score() > than.score() || (m.score() == than.score() && project < thanProject);
    }

    private static long newest(List<Profile> mentions) {
        return mentions.stream().map(Profile::id).max(Comparator.naturalOrder()).orElseThrow();
    }

    private static boolean overlaps(Set<String> a, List<String> b) {
        for (String s : b) {
            if (a.contains(s)) {
                return true;
            }
        }
        return false;
    }
}
