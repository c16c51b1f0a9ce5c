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
        String st = nearest(lex, "status", c.t, segFrom, segTo, head);
        if (st == null) {
            st = nearest(lex, "status", c.t, c.sentFrom[s], c.sentTo[s], head);
        }
        if (st == null) {
            st = nearest(lex, "status-weak", c.t, c.sentFrom[s], c.sentTo[s], head);
        }
        if (st == null && s > 0) {
            st = nearest(lex, "status", c.t, c.sentFrom[s - 1], c.sentTo[s - 1], c.sentTo[s - 1]);
        }
        return st;
    }

    static String nearest(Lexicon lex, String section, Tokens t, int from, int to, int head) {
        String best = null;
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
                best = m.value();
                bestDistance = d;
            }
            k = m.to();
        }
        return best;
    }
}
