package kz.zauyt.follow.fetch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A polite GET on java.net.http, as a crawler that runs for months needs: robots.txt obeyed, one
 * request at a time per host with a pause between, a User-Agent naming Zauyt and its contact,
 * conditional GET, gzip, redirects followed up to a limit (each hop checked against robots.txt),
 * timeouts on connect and on the whole read, a size limit, retries with a doubling backoff on 5xx and
 * network faults, and Retry-After honoured on 429 and 503. Thread-safe; share one.
 */
public final class Fetcher {

    private final FetchConfig config;
    private final HttpClient client;
    private final HostGate gate = new HostGate();
    private final Robots robots;

    public Fetcher(FetchConfig config) {
        this.config = config;
        this.client = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
        this.robots = new Robots(config.robotsTtl(), config.hostDelay());
    }

    public FetchConfig config() {
        return config;
    }

    /** GETs {@code uri}; a 304 comes back as a page with no body. Anything but 2xx/304 in the end is thrown. */
    public Page get(URI uri, Validators validators) throws FetchException {
        URI current = uri;
        for (int hop = 0; ; hop++) {
            checkScheme(current);
            robots.check(current, this::robotsTxt);
            Page p = withRetries(uri, current, hop == 0 ? validators : Validators.NONE);
            String location = p.header("location");
            if (p.status() / 100 == 3 && p.status() != 304 && location != null) {
                if (hop >= config.maxRedirects()) {
                    throw new FetchException(FetchException.Reason.REDIRECTS, uri + " redirects more than "
                            + config.maxRedirects() + " times (last to " + location + ")");
                }
                current = resolve(current, location);
                continue;
            }
            if (p.status() / 100 != 2 && p.status() != 304) {
                throw new FetchException(FetchException.Reason.HTTP, p.status(), "HTTP " + p.status() + " from " + current);
            }
            return p;
        }
    }

    private Page robotsTxt(URI robotsUri) throws FetchException {
        URI current = robotsUri;
        for (int hop = 0; ; hop++) {
            Page p = withRetries(robotsUri, current, Validators.NONE);
            String location = p.header("location");
            if (p.status() / 100 != 3 || location == null || hop >= config.maxRedirects()) {
                return p;
            }
            current = resolve(current, location);
        }
    }

    private Page withRetries(URI requested, URI uri, Validators v) throws FetchException {
        for (int attempt = 0; ; attempt++) {
            Duration wait;
            try {
                Page p = gate.run(uri, robots.delay(uri), () -> exchange(requested, uri, v));
                boolean busy = p.status() == 429 || p.status() == 503;
                if (!busy && p.status() < 500) {
                    return p;
                }
                Duration asked = busy ? RetryAfter.parse(p.header("retry-after"), Instant.now()) : null;
                if (asked != null && asked.compareTo(config.maxWait()) > 0) {
                    gate.pushBack(uri, asked);
                    throw new FetchException(FetchException.Reason.WAIT, p.status(), uri.getHost() + " asked to wait "
                            + asked.toSeconds() + " s (HTTP " + p.status() + "); trying again later");
                }
                if (attempt >= config.retries()) {
                    throw new FetchException(FetchException.Reason.HTTP, p.status(), "HTTP " + p.status() + " from " + uri
                            + " after " + (attempt + 1) + " tries");
                }
                wait = asked != null ? asked : backoff(attempt);
            } catch (FetchException e) {
                if (!e.transientFault() || attempt >= config.retries() || e.reason() == FetchException.Reason.HTTP) {
                    throw e;
                }
                wait = backoff(attempt);
            } catch (IOException e) {
                throw new FetchException(FetchException.Reason.NETWORK, "interrupted fetching " + uri);
            }
            gate.pushBack(uri, wait);
        }
    }

    private Duration backoff(int attempt) {
        return config.backoff().multipliedBy(1L << Math.min(attempt, 10));
    }

    private Page exchange(URI requested, URI uri, Validators v) throws FetchException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(config.readTimeout()).GET()
                .header("User-Agent", config.userAgent()).header("Accept-Encoding", "gzip")
                .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                        + "application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.8")
                .header("Accept-Language", "ru,kk;q=0.9,en;q=0.8");
        if (v.etag() != null) {
            b.header("If-None-Match", v.etag());
        }
        if (v.lastModified() != null) {
            b.header("If-Modified-Since", v.lastModified());
        }
        String where = uri.toString();
        CompletableFuture<HttpResponse<byte[]>> f = client.sendAsync(b.build(),
                info -> LimitedBody.of(info, config.maxBytes(), where));
        HttpResponse<byte[]> r;
        try {
            // the request timeout covers the headers only; this bounds the body too
            r = f.get(config.readTimeout().toMillis() + 50, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw timeout(uri);
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException(FetchException.Reason.NETWORK, "interrupted fetching " + uri);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof FetchException fe) {
                throw fe;
            }
            if (c instanceof HttpTimeoutException) {
                throw timeout(uri);
            }
            String why = c instanceof java.net.ConnectException ? "cannot connect"
                    : c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
            throw new FetchException(FetchException.Reason.NETWORK, "cannot fetch " + uri + " (" + why + ")");
        }
        byte[] body = LimitedBody.decoded(r.body(), r.headers().firstValue("content-encoding").orElse(null),
                config.maxBytes(), where);
        return new Page(requested, uri, r.statusCode(), r.headers().map(), body, Instant.now());
    }

    private FetchException timeout(URI uri) {
        return new FetchException(FetchException.Reason.TIMEOUT, "no complete answer from " + uri + " within "
                + config.readTimeout().toMillis() / 1000.0 + " s");
    }

    private static URI resolve(URI base, String location) throws FetchException {
        try {
            return base.resolve(location.strip().replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
            throw new FetchException(FetchException.Reason.MALFORMED, base + " redirects to a bad address '" + location + "'");
        }
    }

    private static void checkScheme(URI uri) throws FetchException {
        String s = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!s.equals("http") && !s.equals("https") || uri.getHost() == null) {
            throw new FetchException(FetchException.Reason.MALFORMED, "not an http(s) address: " + uri);
        }
    }
}
