package kz.zauyt.follow;

import java.util.List;
import kz.zauyt.ingest.IngestSummary;

/** One round of following: the sources polled and what became of the articles read. */
public record Round(List<Poll> polls, IngestSummary articles) {

    public Round {
        polls = List.copyOf(polls);
    }

    public long failing() {
        return polls.stream().filter(p -> p.error() != null).count();
    }

    /** "Polled 5 sources: 4 ok, 1 failing." */
    public String line() {
        return "Polled " + polls.size() + " source" + (polls.size() == 1 ? "" : "s") + ": " + (polls.size() - failing())
                + " ok, " + failing() + " failing.";
    }
}
