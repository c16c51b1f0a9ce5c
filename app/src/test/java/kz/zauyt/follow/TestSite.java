package kz.zauyt.follow;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

/**
 * A small news site on loopback for the tests: pages served by path with an ETag (answering 304 to
 * If-None-Match), gzip when asked, and any handler for the faults real sites have. It records every
 * request and the most requests it ever had in flight at once.
 */
public final class TestSite implements AutoCloseable {

    /** One request as the server saw it. */
    public record Hit(String path, String userAgent, String ifNoneMatch, long nanos) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, HttpHandler> routes = new ConcurrentHashMap<>();
    private final List<Hit> hits = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    public static TestSite start() {
        try {
            return new TestSite();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private TestSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        text("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
        server.start();
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public TestSite route(String path, HttpHandler h) {
        routes.put(path, h);
        return this;
    }

    /** A page with an ETag of its content, gzipped when the client asks for it. */
    public TestSite page(String path, String contentType, byte[] body) {
        String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "\"";
        return route(path, x -> {
            if (etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
                x.getResponseHeaders().add("ETag", etag);
                x.sendResponseHeaders(304, -1);
                x.close();
                return;
            }
            x.getResponseHeaders().add("ETag", etag);
            send(x, 200, contentType, body);
        });
    }

    public TestSite text(String path, String contentType, String body) {
        return page(path, contentType + (contentType.contains("charset") ? "" : "; charset=utf-8"),
                body.getBytes(StandardCharsets.UTF_8));
    }

    public TestSite text(String path, String contentType, String body, Charset charset) {
        return page(path, contentType, body.getBytes(charset));
    }

    public List<Hit> hits() {
        return List.copyOf(hits);
    }

    public int maxInFlight() {
        return maxInFlight.get();
    }

    public int hitsOf(String path) {
        return (int) hits.stream().filter(h -> h.path().equals(path)).count();
    }

    public static void send(HttpExchange x, int status, String contentType, byte[] body) throws IOException {
        byte[] out = body;
        String accept = x.getRequestHeaders().getFirst("Accept-Encoding");
        if (accept != null && accept.contains("gzip") && body.length > 0) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(b)) {
                gz.write(body);
            }
            out = b.toByteArray();
            x.getResponseHeaders().add("Content-Encoding", "gzip");
        }
        if (contentType != null) {
            x.getResponseHeaders().add("Content-Type", contentType);
        }
        x.sendResponseHeaders(status, out.length == 0 ? -1 : out.length);
        try (OutputStream os = x.getResponseBody()) {
            os.write(out);
        }
    }

    private void handle(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getRawPath() + (x.getRequestURI().getRawQuery() == null ? "" : "?" + x.getRequestURI().getRawQuery());
        hits.add(new Hit(path, x.getRequestHeaders().getFirst("User-Agent"), x.getRequestHeaders().getFirst("If-None-Match"),
                System.nanoTime()));
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try {
            HttpHandler h = routes.get(path);
            if (h == null) {
                send(x, 404, "text/plain", "no such page".getBytes(StandardCharsets.UTF_8));
            } else {
                h.handle(x);
            }
        } catch (IOException | RuntimeException e) {
            x.close();
        } finally {
            inFlight.decrementAndGet();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
