package kz.zauyt.registry.project;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import kz.zauyt.extract.gazetteer.Gazetteer;
import kz.zauyt.extract.text.Language;

/**
 * The names an article ties together by a renaming or a sale (rename-words.txt): in "Dala Tyres (бывший
 * «УралТайрс КЗ»)" or "Orken Industries bought the plant from Huaxing Glass" every capitalised word of the
 * sentence may name the plant, before or after. A mention of that article then carries them ("^word"
 * among its context keys), and a stored mention whose company they name is the same plant
 * ({@link Identity}). Found by a plain scan of the text for the cue words, as {@link Aliases#scan}
 * does: no registry look-up.
 */
final class Renamings {

    private record Cue(String word, boolean prefix) {
    }

    private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?])\\s+|\\n+");
    private static final Renamings DEFAULT = new Renamings(NameKeys.load("rename-words.txt"));

    private final List<Cue> cues;

    Renamings(List<String> lines) {
        List<Cue> out = new ArrayList<>();
        for (String l : lines) {
            String w = l.strip().toLowerCase(Locale.ROOT);
            boolean prefix = w.endsWith("*");
            out.add(new Cue(prefix ? w.substring(0, w.length() - 1) : w, prefix));
        }
        this.cues = List.copyOf(out);
    }

    static Renamings get() {
        return DEFAULT;
    }

    /** The skeletons of the capitalised words of every sentence of {@code text} that has a cue. */
    List<String> names(String text, Language language, NameKeys keys) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String sentence : SENTENCES.split(text)) {
            if (cued(sentence.toLowerCase(Locale.ROOT))) {
                // the names the sale or renaming ties, not the towns it is told in ("Aktobe's other assembler")
                StringBuilder names = new StringBuilder();
                for (String raw : NameKeys.NON_WORD.split(sentence)) {
                    if (Gazetteer.shared().place(raw) == null) {
                        names.append(raw).append(' ');
                    }
                }
                out.addAll(keys.capitalisedTokens(names.toString(), language));
            }
        }
        return List.copyOf(out);
    }

    private boolean cued(String sentence) {
        for (String w : NameKeys.NON_WORD.split(sentence)) {
            for (Cue c : cues) {
                if (c.prefix ? w.startsWith(c.word) : w.equals(c.word)) {
                    return true;
                }
            }
        }
        return false;
    }
}
