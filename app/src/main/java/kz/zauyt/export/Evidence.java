package kz.zauyt.export;

import java.time.LocalDate;

/**
 * Where a value was read: the sentence, the article's address (the URL it was fetched from, else the
 * path it was ingested from), its title and publication date. Any part may be null.
 */
public record Evidence(String sentence, String source, String title, LocalDate published) {

    public static final Evidence NONE = new Evidence(null, null, null, null);

    public boolean isEmpty() {
        return sentence == null && source == null;
    }
}
