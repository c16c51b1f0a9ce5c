package kz.zauyt.follow;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.zauyt.follow.feed.Item;
import kz.zauyt.follow.feed.Listing;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The followed sources in the registry, and each poll's outcome. A successful poll queues the articles
 * it listed in the same transaction as the source's new ETag: a follow killed in between finds either
 * both or neither, so no listed article is lost behind a 304.
 */
public final class Sources {

    private static final String COLUMNS = "id, url, name, kind, link_pattern, every_seconds, state, last_poll, next_poll, "
            + "failing_since, failures, last_error, etag, last_modified";
    /** A failing source is tried again after its interval doubled per failure, but at least hourly. */
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);

    private final Jdbi jdbi;

    public Sources(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Adds a source; returns empty when its address is followed already. */
    public Optional<Source> add(URI url, String name, Listing.Kind kind, String linkPattern, Duration every) {
        if (linkPattern != null) {
            Source.compile(linkPattern);
        }
        return jdbi.withHandle(h -> h.createQuery("insert into source (url, name, kind, link_pattern, every_seconds) "
                        + "values (:url, :name, :kind, :pattern, :every) on conflict (url) do nothing returning " + COLUMNS)
                .bind("url", url.toString()).bind("name", name).bind("kind", kind.code()).bind("pattern", linkPattern)
                .bind("every", (int) every.toSeconds()).map((rs, ctx) -> map(rs)).findOne());
    }

    /**
     * Points the source named {@code name} at a new address polled {@code every}, due now, forgetting the
     * old server's validators; empty when there is no such source. For a server whose port changes per run.
     */
    public Optional<Source> readdress(String name, URI url, Duration every) {
        return jdbi.withHandle(h -> h.createQuery("update source set url = :url, every_seconds = :every, etag = null, "
                        + "last_modified = null, next_poll = now() where id = (select min(id) from source where name = :name) "
                        + "returning " + COLUMNS)
                .bind("url", url.toString()).bind("every", (int) every.toSeconds()).bind("name", name)
                .map((rs, ctx) -> map(rs)).findOne());
    }

    /** Removes a source by id or address; its stored articles stay in the registry. */
    public boolean remove(String idOrUrl) {
        String x = idOrUrl.strip();
        String url;
        try {
            url = Urls.parse(x).toString();
        } catch (IllegalArgumentException e) {
            url = x;
        }
        String asStored = url;
        return jdbi.withHandle(h -> h.createUpdate("delete from source where id::text = :x or name = :x or url = :url")
                .bind("x", x).bind("url", asStored).execute()) > 0;
    }

    public List<Source> all() {
        return jdbi.withHandle(h -> h.createQuery("select " + COLUMNS + " from source order by id")
                .map((rs, ctx) -> map(rs)).list());
    }

    public List<Source> due(Instant now) {
        return jdbi.withHandle(h -> h.createQuery("select " + COLUMNS + " from source where next_poll <= :now order by next_poll, id")
                .bind("now", Timestamp.from(now)).map((rs, ctx) -> map(rs)).list());
    }

    /** When the next source falls due, if there is any source. */
    public Optional<Instant> nextDue() {
        return jdbi.withHandle(h -> h.createQuery("select min(next_poll) from source").mapTo(Timestamp.class).findOne()
                .map(Timestamp::toInstant));
    }

    public List<SourceStatus> statuses() {
        return jdbi.withHandle(h -> h.createQuery("select " + COLUMNS.replaceAll("(\\w+)", "s.$1")
                        + ", (select count(*) from article a where a.source_id = s.id and a.state = 'stored' "
                        + "and a.fetched_at >= current_date) as today, "
                        + "(select count(*) from article a where a.source_id = s.id and a.state = 'stored') as total, "
                        + "(select count(*) from article a where a.source_id = s.id and a.state = 'pending') as pending "
                        + "from source s order by s.id")
                .map((rs, ctx) -> new SourceStatus(map(rs), rs.getLong("today"), rs.getLong("total"), rs.getLong("pending")))
                .list());
    }

    /** A poll that listed {@code items}: they join the queue (a known address listed under a new date goes back on it). */
    public int listed(Source s, List<Item> items, String etag, String lastModified, Instant now) {
        return jdbi.inTransaction(h -> {
            int queued = 0;
            for (Item i : items) {
                queued += h.createUpdate("insert into article (url, source_id, listed_at) values (:url, :source, :date) "
                                + "on conflict (url) do update set listed_at = excluded.listed_at, state = 'pending', attempts = 0 "
                                + "where article.state = 'stored' and excluded.listed_at is not null "
                                + "and article.listed_at is distinct from excluded.listed_at")
                        .bind("url", Urls.canonical(i.url()).toString()).bind("source", s.id()).bind("date", i.date()).execute();
            }
            ok(h, s, etag, lastModified, now);
            return queued;
        });
    }

    /** A poll answered 304: nothing new listed. */
    public void unchanged(Source s, Instant now) {
        jdbi.useHandle(h -> ok(h, s, s.etag(), s.lastModified(), now));
    }

    private static void ok(Handle h, Source s, String etag, String lastModified, Instant now) {
        h.createUpdate("update source set state = 'ok', failing_since = null, failures = 0, last_error = null, "
                        + "etag = :etag, last_modified = :lm, last_poll = :now, next_poll = :next where id = :id")
                .bind("etag", etag).bind("lm", lastModified).bind("now", Timestamp.from(now))
                .bind("next", Timestamp.from(now.plus(s.every()))).bind("id", s.id()).execute();
    }

    /** A poll that failed: the source is failing (or forbidden by robots.txt) and is tried again later. */
    public void failed(Source s, String error, boolean robots, Instant now) {
        long factor = 1L << Math.min(s.failures(), 10);
        Duration wait = s.every().multipliedBy(factor);
        if (wait.compareTo(MAX_BACKOFF) > 0) {
            wait = s.every().compareTo(MAX_BACKOFF) > 0 ? s.every() : MAX_BACKOFF;
        }
        Duration next = wait;
        jdbi.useHandle(h -> h.createUpdate("update source set state = :state, failing_since = coalesce(failing_since, :now), "
                        + "failures = failures + 1, last_error = :error, last_poll = :now, next_poll = :next where id = :id")
                .bind("state", robots ? "robots" : "failing").bind("error", error).bind("now", Timestamp.from(now))
                .bind("next", Timestamp.from(now.plus(next))).bind("id", s.id()).execute());
    }

    private static Source map(ResultSet rs) throws SQLException {
        return new Source(rs.getLong("id"), URI.create(rs.getString("url")), rs.getString("name"),
                Listing.Kind.of(rs.getString("kind")), rs.getString("link_pattern"), Duration.ofSeconds(rs.getInt("every_seconds")),
                rs.getString("state"), instant(rs, "last_poll"), instant(rs, "next_poll"), instant(rs, "failing_since"),
                rs.getInt("failures"), rs.getString("last_error"), rs.getString("etag"), rs.getString("last_modified"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
