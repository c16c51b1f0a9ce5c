package kz.zauyt.extract.document;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.zauyt.extract.text.DataLines;
import kz.zauyt.extract.text.Language;

/**
 * Turns text copied from a web page into the normalised text of a document: Unicode NFC, one kind of
 * line break, no zero-width characters, no page clutter (share buttons, "Читайте также", photo
 * credits, comment forms, the author's bio at the end), paragraphs separated by one blank line.
 * Clutter patterns live in {@code lang/xx/boilerplate.txt}. Lines it drops near the top are kept
 * aside because sites put the publication date there ("Published: 29.05.2024 14:35").
 */
public final class Cleaner {

    private static final Pattern DATE_LINE = Pattern.compile("(?i)^date\\s*:?\\s*(\\d{4}-\\d{2}-\\d{2})\\b\\s*(.*)");
    private static final int TOP_LINES = 12;
    private static final int BIO_WINDOW = 12;

    /** All clutter patterns as one alternation: one match attempt per line instead of sixty. */
    private final Pattern clutter;

    private Cleaner(List<String> patterns) {
        StringBuilder b = new StringBuilder();
        for (String p : patterns) {
            Pattern.compile(p); // fail on the bad line, not on the combined one
            b.append(b.length() == 0 ? "" : "|").append("(?:").append(p).append(')');
        }
        this.clutter = Pattern.compile(b.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public static Cleaner load() {
        List<String> patterns = new ArrayList<>();
        for (Language lang : Language.values()) {
            patterns.addAll(DataLines.of("/zauyt/lang/" + lang.code() + "/boilerplate.txt"));
        }
        return new Cleaner(List.copyOf(patterns));
    }

    /** The cleaned text, the date of a {@code date YYYY-MM-DD} line if any, and clutter lines from the top. */
    public record Cleaned(String text, LocalDate dateLine, List<String> droppedTop) {
    }

    public Cleaned clean(String raw) {
        String s = normalise(raw);
        String[] lines = s.split("\n", -1);
        List<String> kept = new ArrayList<>(lines.length);
        List<String> droppedTop = new ArrayList<>();
        LocalDate dateLine = null;
        int seen = 0;
        boolean links = false; // under a bare "Читайте также:" / "Read also:": the titles of other pages, a line each
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty()) {
                kept.add("");
                links = false;
                continue;
            }
            seen++;
            if (links && l.length() < 200 && ".!?".indexOf(l.charAt(l.length() - 1)) < 0) {
                continue; // "Западноказахстанские фермеры засеяли 720 тыс. гектаров зерновых": a link's title, no fact here
            }
            links = false;
            Matcher d = DATE_LINE.matcher(l);
            if (d.matches()) {
                if (dateLine == null) {
                    dateLine = parseDate(d.group(1));
                }
                l = d.group(2).strip(); // "date 2015-12-11 ASTANA. KAZINFORM – Today...": the story goes on after the date
                if (l.isEmpty()) {
                    continue;
                }
            }
            if (isClutter(l)) {
                if (seen <= TOP_LINES) {
                    droppedTop.add(l);
                }
                links = l.endsWith(":") && l.length() <= 40;
                continue;
            }
            kept.add(l);
        }
        cutAuthorBio(kept);
        return new Cleaned(join(kept), dateLine, droppedTop);
    }

    static String normalise(String raw) {
        String s = raw.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
        s = withoutInvisible(s);
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /**
     * The text without zero-width characters and control characters other than line breaks. A loop, not a
     * regular expression: it runs over every character of every article, and most articles have none.
     */
    private static String withoutInvisible(String s) {
        int i = 0;
        while (i < s.length() && !isInvisible(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length()).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isInvisible(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** U+200B-U+200D, U+2060, U+FEFF and the C0 controls but tab, line feed and carriage return, and DEL. */
    private static boolean isInvisible(char c) {
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r';
        }
        return c == 0x7F || (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF;
    }

    private boolean isClutter(String line) {
        boolean hasWordOrNumber = false;
        for (int i = 0; i < line.length() && !hasWordOrNumber; i++) {
            hasWordOrNumber = Character.isLetterOrDigit(line.charAt(i));
        }
        if (!hasWordOrNumber) {
            return true; // "***", "—", "|"
        }
        if (line.length() > 300) {
            return false;
        }
        return clutter.matcher(line).matches();
    }

    /** A date "YYYY-MM-DD" (ASCII digits, as DATE_LINE matched it), or null when there is no such day. */
    private static LocalDate parseDate(String iso) {
        try {
            // not LocalDate.parse: its formatter took a percent of the engine's time for one date an article
            return LocalDate.of(Integer.parseInt(iso, 0, 4, 10), Integer.parseInt(iso, 5, 7, 10), Integer.parseInt(iso, 8, 10, 10));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * An author's bio closes many articles: a short name line ("Sergey Kwan"), perhaps the outlet, then
     * paragraphs about that person ("Sergey Kwan has worked...", "Kwan studied..."). When a name line
     * near the end is followed by a paragraph starting with that name, the rest is cut.
     */
    private static void cutAuthorBio(List<String> lines) {
        int from = Math.max(0, lines.size() - BIO_WINDOW * 2);
        for (int i = from; i < lines.size(); i++) {
            String name = lines.get(i);
            if (!looksLikeName(name)) {
                continue;
            }
            String[] parts = name.split("\\s+");
            for (int j = i + 1; j < lines.size(); j++) {
                String next = lines.get(j);
                if (next.length() > 40 && (next.startsWith(name + " ") || next.startsWith(parts[parts.length - 1] + " "))) {
                    lines.subList(i, lines.size()).clear();
                    return;
                }
            }
        }
    }

    private static boolean looksLikeName(String line) {
        if (line.length() > 40) {
            return false; // most lines are paragraphs: no need to split them
        }
        String[] parts = line.split("\\s+");
        if (parts.length < 2 || parts.length > 3) {
            return false;
        }
        for (String p : parts) {
            if (p.length() < 2 || !Character.isUpperCase(p.charAt(0)) || !p.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static String join(List<String> lines) {
        StringBuilder b = new StringBuilder();
        boolean blank = false;
        for (String l : lines) {
            if (l.isEmpty()) {
                blank = true;
                continue;
            }
            if (b.length() > 0) {
                b.append(blank ? "\n\n" : "\n");
            }
            b.append(l);
            blank = false;
        }
        return b.toString();
    }
}
