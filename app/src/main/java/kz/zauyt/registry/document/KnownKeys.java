package kz.zauyt.registry.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.zauyt.registry.db.Script;
import kz.zauyt.registry.project.Profile;
import org.jdbi.v3.core.Handle;

/**
 * The candidate search of {@link Reading}, worked out by an ingest session from what it read and wrote
 * lately: each key's newest mentions (mention_key's order) and the match profiles of mentions. The
 * registry is asked only for keys and profiles not known yet, so a document whose keys the last few
 * thousand documents used (a town and industry, a common name word) costs the registry an index read or
 * nothing instead of a search that took more of its time than the document's writes on a registry of
 * 100,000 projects. The answer is the search's own: the same mentions in the same order.
 *
 * <p>What it knows is true only while the session holds the registry's write lock without a break (no one
 * else adds or moves mentions meanwhile), so it is forgotten when the lock is let go, a write fails, or a
 * document is re-extracted (whose old mentions leave the keys' lists). The newest {@link #KEYS} keys and
 * {@link #PROFILES} profiles are kept, so memory does not grow with the registry.
 */
final class KnownKeys {

    static final int KEYS = 16_384;
    static final int PROFILES = 32_768;

    /** A key's newest mentions, as the search reads them (for {@code k.key}, as {@code x}). */
    private static final String NEWEST = "(select mention_id from mention_key where key = k.key order by mention_id desc limit "
            + Reading.PER_KEY + ") x";

    /** Each known key's newest mentions, newest first, as many as the search reads per key. */
    private final Map<String, long[]> newest = lru(KEYS);
    private final Map<Long, Profile> profiles = lru(PROFILES);

    /** A search under way: the keys not known yet are read by the script it was added to. */
    static final class Search {
        private final Article article;
        private final Set<String> keys;
        private final String[] unknown;
        private final Map<String, List<Long>> read = new HashMap<>();

        private Search(Article article, Set<String> keys, String[] unknown) {
            this.article = article;
            this.keys = keys;
            this.unknown = unknown;
        }
    }

    /** Adds the reading of the keys not known yet to {@code s}; {@link #candidates} finishes the search. */
    Search ask(Script s, Article a, Set<String> keys) {
        Search search = new Search(a, keys, keys.stream().filter(k -> !newest.containsKey(k)).toArray(String[]::new));
        if (search.unknown.length > 0) {
            // as the registry's search: each key's newest mentions from mention_key's index, and nothing
            // for a document this extractor version stored already (a re-ingest places nothing)
            s.query("select k.key, x.mention_id from unnest(?::text[]) as k(key) cross join lateral " + NEWEST
                    + " where not exists (select 1 from document where id = ? and extractor_version = ?)",
                    rs -> {
                        while (rs.next()) {
                            search.read.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getLong(2));
                        }
                    }, search.unknown, a.id(), a.extractorVersion());
        }
        return search;
    }

    /**
     * The candidates as {@link Reading}'s search gives them: of the mentions among the keys' newest, those in
     * the most keys, then the newest, {@link Reading#CANDIDATES} of them, less the document's own, newest
     * first. Profiles not known yet are read from {@code h} in one round trip. {@code unseen} are the
     * mentions of documents placed before this one ({@link #remember}ed) whose writes the search's reading
     * did not see (it went to the registry before them): they head their keys' lists all the same.
     */
    List<Profile> candidates(Handle h, Search search, List<Profile> unseen) {
        Map<String, long[]> lists = new HashMap<>();
        List<String> forgotten = new ArrayList<>();
        Set<String> read = Set.of(search.unknown);
        for (String k : search.keys) {
            long[] known = newest.get(k);
            if (known != null) {
                lists.put(k, known);
            } else if (!read.contains(k)) {
                forgotten.add(k); // known when asked, forgotten since: read now
            }
        }
        Map<String, List<Long>> found = new HashMap<>(search.read);
        if (!forgotten.isEmpty()) {
            Script s = new Script();
            s.query("select k.key, x.mention_id from unnest(?::text[]) as k(key) cross join lateral " + NEWEST, rs -> {
                while (rs.next()) {
                    found.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getLong(2));
                }
            }, (Object) forgotten.toArray(new String[0]));
            s.run(h);
        }
        for (String k : search.keys) {
            if (!lists.containsKey(k)) {
                long[] ids = found.getOrDefault(k, List.of()).stream().mapToLong(Long::longValue).toArray();
                Arrays.sort(ids);
                reverse(ids);
                for (Profile p : unseen) {
                    if (writes(p, k) && Arrays.stream(ids).noneMatch(id -> id == p.id())) {
                        ids = prepend(p.id(), ids);
                    }
                }
                lists.put(k, ids);
                newest.put(k, ids);
            }
        }
        List<Long> best = best(lists.values());
        Map<Long, Profile> chosen = new HashMap<>();
        List<Long> unknown = new ArrayList<>();
        for (Long id : best) {
            Profile p = profiles.get(id);
            if (p != null) {
                chosen.put(id, p);
            } else {
                unknown.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            Reading.profiles(h, unknown).forEach(p -> {
                chosen.put(p.id(), p);
                profiles.put(p.id(), p);
            });
        }
        // a mention the keys still name but that is gone (its document deleted) is no candidate, as in the search
        return chosen.values().stream().filter(p -> !p.documentId().equals(search.article.id()))
                .sorted(Comparator.comparingLong(Profile::id).reversed()).toList();
    }

    /**
     * Of the mentions in the lists (each newest first), those in the most lists, then the newest (the greatest
     * id), at most {@link Reading#CANDIDATES}. Most mentions are in one list only: those in several are
     * counted in a table of their own (a document's lists hold a thousand ids and more, and sorting them all
     * took a sixth of this thread's time), and the rest are taken newest first from the lists' heads.
     */
    private static List<Long> best(Collection<long[]> lists) {
        int total = 0;
        for (long[] ids : lists) {
            total += ids.length;
        }
        Counts counts = new Counts(total);
        for (long[] ids : lists) {
            for (long id : ids) {
                counts.add(id);
            }
        }
        List<long[]> several = counts.several();
        several.sort((x, y) -> x[0] != y[0] ? Long.compare(y[0], x[0]) : Long.compare(y[1], x[1]));
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < several.size() && out.size() < Reading.CANDIDATES; i++) {
            out.add(several.get(i)[1]);
        }
        // then the newest of those in one list: the lists are merged from their heads
        long[][] heads = lists.toArray(new long[0][]);
        int[] at = new int[heads.length];
        while (out.size() < Reading.CANDIDATES) {
            int from = -1;
            for (int k = 0; k < heads.length; k++) {
                while (at[k] < heads[k].length && counts.get(heads[k][at[k]]) > 1) {
                    at[k]++;
                }
                if (at[k] < heads[k].length && (from < 0 || heads[k][at[k]] > heads[from][at[from]])) {
                    from = k;
                }
            }
            if (from < 0) {
                break;
            }
            out.add(heads[from][at[from]++]);
        }
        return out;
    }

    /** How many lists each mention id is in: an open-addressed table of longs, no boxing. */
    private static final class Counts {
        private final long[] ids;
        private final int[] counts;
        private final int mask;

        Counts(int expected) {
            int size = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
            ids = new long[size];
            counts = new int[size];
            mask = size - 1;
        }

        private int slot(long id) {
            int i = Long.hashCode(id * 0x9E3779B97F4A7C15L) & mask;
            while (counts[i] != 0 && ids[i] != id) {
                i = (i + 1) & mask;
            }
            return i;
        }

        void add(long id) {
            int i = slot(id);
            ids[i] = id;
            counts[i]++;
        }

        int get(long id) {
            return counts[slot(id)];
        }

        /** Each id in more than one list, as {count, id}. */
        List<long[]> several() {
            List<long[]> out = new ArrayList<>();
            for (int i = 0; i < ids.length; i++) {
                if (counts[i] > 1) {
                    out.add(new long[] {counts[i], ids[i]});
                }
            }
            return out;
        }
    }

    /**
     * What the registry holds once {@code placed} is written: its mentions head their keys' lists. Told when
     * a document is placed, before its writes are sent, so the next document's search sees it as it would
     * after them; forgotten if they fail.
     */
    void remember(DocumentStore.Placed placed) {
        if (placed.outcome() == Outcome.REEXTRACTED) {
            forget(); // its old mentions leave their keys' lists, and older ones move up in their place
            return;
        }
        for (Profile p : placed.mentions()) { // in the order of their ids, the newest last
            for (String k : written(p)) {
                long[] ids = newest.get(k);
                if (ids != null) {
                    newest.put(k, prepend(p.id(), ids));
                }
            }
            profiles.put(p.id(), p);
        }
    }

    /** The keys a stored mention is found by (mention_key's rows for it, see {@link MentionRows#insert}). */
    static Set<String> written(Profile p) {
        Set<String> keys = new LinkedHashSet<>(p.blockKeys());
        keys.addAll(p.contextKeys());
        return keys;
    }

    private static boolean writes(Profile p, String key) {
        return p.blockKeys().contains(key) || p.contextKeys().contains(key);
    }

    /** A list with a newer mention at its head, as long as the search reads at most. */
    private static long[] prepend(long id, long[] ids) {
        long[] longer = new long[Math.min(ids.length + 1, Reading.PER_KEY)];
        longer[0] = id;
        System.arraycopy(ids, 0, longer, 1, longer.length - 1);
        return longer;
    }

    void forget() {
        newest.clear();
        profiles.clear();
    }

    private static void reverse(long[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            long t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** A map that keeps the {@code size} entries used last. */
    static <K, V> Map<K, V> lru(int size) {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > size;
            }
        };
    }
}
