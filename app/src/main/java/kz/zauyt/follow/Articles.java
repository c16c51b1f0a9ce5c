package kz.zauyt.follow;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The article queue: addresses listed by the sources, each read once. An article leaves the queue only
 * after its document is in the registry (or after it failed {@link #MAX_ATTEMPTS} times), so a follow
 * killed between fetching and storing reads it again on restart; the document, keyed by its text's
 * hash, is then found stored and nothing is duplicated.
 */
public final class Articles {

    /** An article that cannot be read this many times is given up (reported, not retried forever). */
    public static final int MAX_ATTEMPTS = 4;

    private final Jdbi jdbi;

    public Articles(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The queue in the order the articles were listed. */
    public List<Queued> pending() {
        return jdbi.withHandle(h -> h.createQuery("select seq, url, source_id, etag, last_modified, document_id from article "
                        + "where state = 'pending' order by seq")
                .map((rs, ctx) -> {
                    long src = rs.getLong("source_id");
                    return new Queued(rs.getLong("seq"), URI.create(rs.getString("url")), rs.wasNull() ? null : src,
                            rs.getString("etag"), rs.getString("last_modified"), rs.getString("document_id"));
                }).list());
    }

    /**
     * The article's text is in the registry as {@code documentId}: the article is done, the text is one of
     * its versions, and the document remembers the address it was read from (its first).
     */
    public void stored(URI url, Long sourceId, String documentId, String etag, String lastModified, Instant now) {
        jdbi.useTransaction(h -> {
            h.createUpdate("insert into article (url, source_id, state, document_id, fetched_at, etag, last_modified) "
                            + "values (:url, :source, 'stored', :doc, :now, :etag, :lm) on conflict (url) do update set "
                            + "state = 'stored', document_id = excluded.document_id, fetched_at = excluded.fetched_at, "
                            + "etag = excluded.etag, last_modified = excluded.last_modified, last_error = null")
                    .bind("url", url.toString()).bind("source", sourceId).bind("doc", documentId).bind("now", Timestamp.from(now))
                    .bind("etag", etag).bind("lm", lastModified).execute();
            h.createUpdate("insert into article_version (url, document_id, seen_at) values (:url, :doc, :now) "
                            + "on conflict do nothing")
                    .bind("url", url.toString()).bind("doc", documentId).bind("now", Timestamp.from(now)).execute();
            h.createUpdate("update document set url = :url where id = :doc and url is null")
                    .bind("url", url.toString()).bind("doc", documentId).execute();
        });
    }

    /** The server said 304: the text we hold is still the article's. */
    public void unchanged(URI url, Instant now) {
        jdbi.useHandle(h -> h.createUpdate("update article set state = 'stored', fetched_at = :now, last_error = null "
                + "where url = :url").bind("url", url.toString()).bind("now", Timestamp.from(now)).execute());
    }

    /**
     * Reading failed; the article stays queued until it has failed {@link #MAX_ATTEMPTS} times, or is given
     * up at once when trying again cannot help ({@code permanent}: robots.txt, a 404, not an article).
     * Returns true when given up.
     */
    public boolean failed(URI url, String error, boolean permanent) {
        return jdbi.withHandle(h -> h.createQuery("update article set attempts = attempts + 1, last_error = :error, "
                        + "state = case when :permanent or attempts + 1 >= " + MAX_ATTEMPTS + " then 'failed' else 'pending' end "
                        + "where url = :url returning state")
                .bind("url", url.toString()).bind("error", error).bind("permanent", permanent).mapTo(String.class).findOne()
                .map("failed"::equals).orElse(true));
    }

    /** Versions of the article at {@code url} the registry keeps, oldest first. */
    public List<String> versions(URI url) {
        return jdbi.withHandle(h -> h.createQuery("select document_id from article_version where url = :url order by seen_at, document_id")
                .bind("url", url.toString()).mapTo(String.class).list());
    }

    /** When the registry last received a document, if ever. */
    public Optional<Instant> lastReceived() {
        return jdbi.withHandle(h -> h.createQuery("select max(ingested_at) from document").mapTo(Timestamp.class).findOne()
                .map(Timestamp::toInstant));
    }
}
