package kz.zauyt.follow;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.zauyt.follow.feed.Listing;

/**
 * The small newsroom {@code zauyt demo} serves itself on loopback: an RSS feed of the invented
 * articles under resources/newsroom/, item i listed from start + i × interval, so a newcomer watches
 * articles arrive without any network. An article not yet published answers 404, as on a real site.
 */
public final class DemoNewsroom implements AutoCloseable {

    /** The source's name in the registry: a second demo finds it by name, since the port changes each run. */
    public static final String NAME = "demo-newsroom";

    private record Item(String slug, LocalDate date, String title) {
        Item {
            if (!slug.matches("[a-z0-9-]+")) {
                throw new IllegalArgumentException("a newsroom slug is lower-case letters, digits and dashes, got '" + slug + "'");
            }
        }
    }

    private final List<Item> items;
    private final Duration interval;
    private final Clock clock;
    private final Instant start;
    private final HttpServer server;

    private DemoNewsroom(List<Item> items, Duration interval, Clock clock) throws IOException {
        this.items = items;
        this.interval = interval;
        this.clock = clock;
        this.start = clock.instant();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts the newsroom on a free loopback port; its first item is published at once. */
    public static DemoNewsroom start(Duration interval, Clock clock) throws IOException {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the newsroom's interval must be positive, got " + interval);
        }
        List<Item> items = new ArrayList<>();
        for (String line : resource("items.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            items.add(new Item(f[0].strip(), LocalDate.parse(f[1].strip()), f[2].strip()));
        }
        return new DemoNewsroom(List.copyOf(items), interval, clock);
    }

    public URI feed() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml");
    }

    public int size() {
        return items.size();
    }

    /** How many items the feed lists now. */
    public int published() {
        long elapsed = Duration.between(start, clock.instant()).toMillis();
        return (int) Math.min(items.size(), elapsed / interval.toMillis() + 1);
    }

    /** Follows the newsroom at {@code feed()}: adds it, or points the source added by an earlier demo at this run's port. */
    public Source follow(Sources sources, Duration every) {
        Optional<Source> added = sources.readdress(NAME, feed(), every);
        return added.or(() -> sources.add(feed(), NAME, Listing.Kind.RSS, null, every)).orElseThrow();
    }

    private void handle(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        int shown = published();
        if (path.equals("/robots.txt")) {
            send(x, 200, "text/plain", "User-agent: *\nAllow: /\n");
        } else if (path.equals("/feed.xml")) {
            send(x, 200, "application/rss+xml; charset=utf-8", rss(shown));
        } else if (path.startsWith("/news/") && items.stream().limit(shown).anyMatch(i -> path.equals("/news/" + i.slug()))) {
            send(x, 200, "text/html; charset=utf-8", resource(path.substring("/news/".length()) + ".html"));
        } else {
            send(x, 404, "text/plain", "not published (yet)\n");
        }
    }

    private String rss(int shown) {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                + "<title>Zauyt demo newsroom</title><link>" + base + "/</link>\n");
        for (int i = shown - 1; i >= 0; i--) { // newest first, as feeds list them
            Item item = items.get(i);
            b.append("<item><title>").append(xml(item.title())).append("</title><link>").append(base).append("/news/")
                    .append(item.slug()).append("</link><pubDate>")
                    .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(item.date().atTime(10, 0).atOffset(ZoneOffset.ofHours(5))))
                    .append("</pubDate></item>\n");
        }
        return b.append("</channel></rss>\n").toString();
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void send(HttpExchange x, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", type);
        x.sendResponseHeaders(status, bytes.length);
        try (var out = x.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String resource(String name) {
        try (InputStream in = DemoNewsroom.class.getResourceAsStream("/newsroom/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the demo newsroom's " + name + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
