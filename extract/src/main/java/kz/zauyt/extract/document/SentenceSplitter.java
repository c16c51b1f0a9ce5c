package kz.zauyt.extract.document;

import java.util.ArrayList;
import java.util.List;
import kz.zauyt.extract.text.Lexicon;
import kz.zauyt.extract.text.Span;
import kz.zauyt.extract.text.Tokens;

/**
 * Cuts normalised text into sentences with character offsets. A sentence ends at . ! ? … (with any
 * closing quotes or brackets) before a capital, a digit, an opening quote or a dash; or at a blank
 * line; or at a line break after a finished line (texts copied from pages are hard-wrapped at
 * random). Abbreviations come from data files: "г." ends a sentence only after a number ("в 2025 г.
 * Проект"), never in "в г. Алматы"; an initial ("А. Иванов") never does.
 */
public final class SentenceSplitter {

    private static final String CLOSERS = "\"'»”’)]";
    private static final String OPENERS = "\"'«“„([—–-";

    private final Lexicon abbreviations;

    public SentenceSplitter(Lexicon abbreviations) {
        this.abbreviations = abbreviations;
    }

    public static SentenceSplitter load() {
        return new SentenceSplitter(Lexicon.load("abbreviations"));
    }

    public List<Span> split(String text, Tokens t) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        // where the last run of closing punctuation ended: a mark inside it ends there too, and
        // scanning the rest of the run again for each of its marks was quadratic ("....." x 100k)
        int runEnd = -1;
        for (int i = 0; i < t.size(); i++) {
            if (t.kind(i) != Tokens.SYMBOL) {
                continue;
            }
            char c = text.charAt(t.start(i));
            if (c != '.' && c != '!' && c != '?' && c != '…') {
                continue;
            }
            int end = t.end(i);
            if (end <= runEnd) {
                end = runEnd;
            }
            while (end < n && (CLOSERS.indexOf(text.charAt(end)) >= 0 || ".!?…".indexOf(text.charAt(end)) >= 0)) {
                end++;
            }
            runEnd = end;
            if (endsHere(text, t, i, end)) {
                add(out, text, start, end);
                start = end;
                i = t.indexAt(end) - 1;
            }
        }
        add(out, text, start, n);
        return splitLines(text, out);
    }

    private boolean endsHere(String text, Tokens t, int i, int end) {
        int n = text.length();
        if (end >= n) {
            return true;
        }
        char after = text.charAt(end);
        boolean glued = !Character.isWhitespace(after) && !Character.isSpaceChar(after);
        int next = t.indexAt(end);
        if (next >= t.size()) {
            return true;
        }
        if (glued) {
            // "...issues.The interaction": a missing space between two sentences
            return text.charAt(t.start(i)) == '.' && t.isWord(i - 1) && t.touches(i) && t.isCapitalised(next)
                    && t.token(next).length() > 1 && Character.isLowerCase(t.token(next).charAt(1))
                    && t.token(i - 1).length() >= 3 && Character.isLowerCase(t.token(i - 1).charAt(0));
        }
        char first = text.charAt(t.start(next));
        boolean opens = Character.isUpperCase(first) || Character.isDigit(first) || OPENERS.indexOf(first) >= 0;
        if (!opens) {
            return false;
        }
        if (text.charAt(t.start(i)) != '.' || !t.isWord(i - 1) || !t.touches(i)) {
            return true;
        }
        String word = abbreviationBefore(t, i);
        if (t.token(i - 1).length() == 1 && Character.isUpperCase(t.token(i - 1).charAt(0)) && !t.is(i - 2, '.')) {
            return false; // an initial: "А. Абдамит", "J. Smith"
        }
        if (t.is(i - 2, '·') && t.touches(i - 1) && t.touches(i - 2)) {
            return Character.isUpperCase(first); // the end of a compound unit: "9,8 млн кВт·ч. В 2024 году"
        }
        if (abbreviations.has("never-ends", word)) {
            return false;
        }
        if (abbreviations.has("after-number", word)) {
            int before = i - 2;
            return t.isDigits(before) && Character.isUpperCase(first);
        }
        if (abbreviations.has("may-end", word)) {
            return Character.isUpperCase(first);
        }
        // dotted abbreviations not listed ("U.S.", "A.O.") keep the sentence going
        return !(t.is(i - 2, '.') && t.touches(i - 1) && t.token(i - 1).length() <= 2);
    }

    /** The lower-cased abbreviation before the full stop at i, dots inside kept as " . ". */
    private static String abbreviationBefore(Tokens t, int i) {
        int k = i - 1;
        while (k - 2 >= 0 && t.is(k - 1, '.') && t.touches(k) && t.touches(k - 1) && t.isWord(k - 2)
                && t.token(k - 2).length() <= 2) {
            k -= 2;
        }
        StringBuilder b = new StringBuilder();
        for (int m = k; m < i; m++) {
            if (m > k) {
                b.append(' ');
            }
            b.append(t.lower(m));
        }
        return b.toString();
    }

    /** Line breaks: a blank line always ends a sentence; a single one does when the line looks finished. */
    private static List<Span> splitLines(String text, List<Span> sentences) {
        List<Span> out = new ArrayList<>(sentences.size());
        for (Span s : sentences) {
            int start = s.start();
            for (int k = s.start(); k < s.end(); k++) {
                if (text.charAt(k) != '\n') {
                    continue;
                }
                boolean blank = k + 1 < s.end() && text.charAt(k + 1) == '\n';
                if (blank || lineIsFinished(text, start, k) || nextLineStartsAnew(text, k + 1, s.end())) {
                    add(out, text, start, k);
                    start = k + 1;
                }
            }
            add(out, text, start, s.end());
        }
        return out;
    }

    private static boolean lineIsFinished(String text, int lineStart, int lineEnd) {
        int e = lineEnd;
        while (e > lineStart && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e == lineStart) {
            return true;
        }
        char last = text.charAt(e - 1);
        return ".!?…:;»”\"".indexOf(last) >= 0;
    }

    private static boolean nextLineStartsAnew(String text, int from, int to) {
        int k = from;
        while (k < to && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        return k < to && !Character.isLowerCase(text.charAt(k));
    }

    private static void add(List<Span> out, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }
}
