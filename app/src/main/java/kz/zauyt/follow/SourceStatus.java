package kz.zauyt.follow;

/** A source with what it brought: articles stored today and in all (for {@code sources list} and the Sources page). */
public record SourceStatus(Source source, long articlesToday, long articlesAll, long pending) {
}
