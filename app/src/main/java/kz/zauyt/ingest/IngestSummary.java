package kz.zauyt.ingest;

import java.util.List;

/** What one ingest run did: documents read, and what became of each. */
public record IngestSummary(long read, long added, long unchanged, long reextracted, List<Failure> failures) {

    /** A document that could not be stored, and why. */
    public record Failure(String source, String reason) {
    }

    public IngestSummary {
        failures = List.copyOf(failures);
        if (added + unchanged + reextracted + failures.size() != read) {
            throw new IllegalArgumentException("counts do not add up: read " + read + " but new " + added + " + unchanged "
                    + unchanged + " + re-extracted " + reextracted + " + failed " + failures.size());
        }
    }

    public long failed() {
        return failures.size();
    }

    /** "Read 50 documents: 48 new, 0 unchanged, 0 re-extracted, 2 failed." */
    public String line() {
        return "Read " + read + " document" + (read == 1 ? "" : "s") + ": " + added + " new, " + unchanged + " unchanged, "
                + reextracted + " re-extracted, " + failed() + " failed.";
    }
}
