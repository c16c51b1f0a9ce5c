package kz.zauyt.extract.fact;

import kz.zauyt.extract.text.Lexicon;
import kz.zauyt.extract.text.Tokens;

/**
 * A project's status from the cues of its sentence: the strong cue (a verb: "launched", "строится",
 * "is set to") nearest the facility wins; a noun cue ("the construction of") counts only when no verb
 * says more; with no cue at all, a sentence that lists what the one before announced ("Among them
 * are...") takes that sentence's status.
 */
final class Status {

    private Status() {
    }

    static String of(Lexicon lex, DocContext c, int s, int head, int segFrom, int segTo) {
        Lexicon.Match cue = nearestMatch(lex, "status", c.t, segFrom, segTo, head);
        if (cue == null) {
            cue = nearestMatch(lex, "status", c.t, c.sentFrom[s], c.sentTo[s], head);
        }
        String st = cue == null ? null : promised(lex, c, cue) ? "planned" : cue.value();
        String stop = stop(lex, c.t, segFrom, segTo);
        if (stop != null && !"operating".equals(st)) {
            return stop; // "abandoned plans to build", "отказался от строительства": the stop governs the plan it names
        }
        int leadIn = leadIn(c, s);
        if (st == null) {
            st = nearest(lex, "status-weak", c.t, c.sentFrom[s], c.sentTo[s], head);
            // "строительство ТЭЦ" in a plan is planned, not under way
            if ("construction".equals(st) && (promises(lex, c, s) || leadIn >= 0 && promises(lex, c, leadIn))) {
                st = "planned";
            }
        }
        if (st == null && leadIn >= 0) {
            st = nearest(lex, "status", c.t, c.sentFrom[leadIn], c.sentTo[leadIn], c.sentTo[leadIn]);
        }
        if (st == null && s > 0) {
            st = nearest(lex, "status", c.t, c.sentFrom[s - 1], c.sentTo[s - 1], c.sentTo[s - 1]);
        }
        return st;
    }

    /** The stage sentence s reports as reached or going on (its first status cue), or null when none or when a promise governs it ("expects to put into operation"). */
    static String reported(Lexicon lex, DocContext c, int s) {
        Lexicon.Match cue = nearestMatch(lex, "status", c.t, c.sentFrom[s], c.sentTo[s], c.sentFrom[s]);
        return cue == null || promised(lex, c, cue) ? null : cue.value();
    }

    /** For an item of a bulleted or numbered list, the sentence that introduces the list ("Projects put into operation:"), or -1. */
    static int leadIn(DocContext c, int s) {
        if (!isListItem(c, s)) {
            return -1;
        }
        for (int p = s - 1; p >= 0 && p >= s - 12; p--) {
            if (!isListItem(c, p)) {
                return p;
            }
        }
        return -1;
    }

    static boolean isListItem(DocContext c, int s) {
        int k = c.sentFrom[s];
        if (k >= c.t.size()) {
            return false;
        }
        boolean symbol = c.t.kind(k) == kz.zauyt.extract.text.Tokens.SYMBOL && !c.t.isAnyOf(k, "\"'«“„([<$€₸£#№+");
        return symbol || c.t.isDigits(k) && c.t.isAnyOf(k + 1, ").");
    }

    static boolean promises(Lexicon lex, DocContext c, int s) {
        return lex.anyIn("future", c.t, c.sentFrom[s], c.sentTo[s]);
    }

    /**
     * "it is planned to put into operation", "планируется ввести в эксплуатацию", "will be commissioned": a
     * stage a promise governs has not been reached.
     */
    private static boolean promised(Lexicon lex, DocContext c, Lexicon.Match cue) {
        if (cue.value().equals("planned") || cue.value().equals("proposed") || cue.value().equals("cancelled")) {
            return false;
        }
        for (int k = Math.max(0, cue.from() - 3); k < cue.from(); k++) {
            Lexicon.Match m = c.t.isWord(k) ? lex.longest("future", c.t, k) : null;
            if (m != null && m.to() >= cue.from() - 1) {
                return true;
            }
        }
        return false;
    }

    /** A cue of suspension or cancellation in tokens [from, to), or null. */
    private static String stop(Lexicon lex, Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            Lexicon.Match m = t.isWord(k) ? lex.longest("status", t, k) : null;
            if (m != null && m.to() <= to && (m.value().equals("suspended") || m.value().equals("cancelled"))) {
                return m.value();
            }
        }
        return null;
    }

    static String nearest(Lexicon lex, String section, Tokens t, int from, int to, int head) {
        Lexicon.Match m = nearestMatch(lex, section, t, from, to, head);
        return m == null ? null : m.value();
    }

    static Lexicon.Match nearestMatch(Lexicon lex, String section, Tokens t, int from, int to, int head) {
        Lexicon.Match best = null;
        int bestDistance = Integer.MAX_VALUE;
        int k = from;
        while (k < to) {
            Lexicon.Match m = t.isWord(k) ? lex.longest(section, t, k) : null;
            if (m == null || m.to() > to) {
                k++;
                continue;
            }
            int d = m.to() <= head ? head - m.to() : m.from() - head;
            if (d < bestDistance) {
                best = m;
                bestDistance = d;
            }
            k = m.to();
        }
        return best;
    }
}
