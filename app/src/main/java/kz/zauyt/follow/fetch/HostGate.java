package kz.zauyt.follow.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One request at a time per host, with a pause between them: a host's lock is held for the request,
 * and the next one waits until the pause after it has passed. A host that asked us to wait (429, 503
 * with Retry-After) or that failed is pushed back the same way.
 */
final class HostGate {

    /** What runs under a host's turn. */
    interface Call<T> {
        T call() throws java.io.IOException;
    }

    private static final class Host {
        final ReentrantLock lock = new ReentrantLock(true);
        volatile long nextNanos = System.nanoTime();
    }

    private final ConcurrentHashMap<String, Host> hosts = new ConcurrentHashMap<>();

    static String key(URI uri) {
        String scheme = uri.getScheme() == null ? "http" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return scheme + "://" + host + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    /** Runs {@code call} in {@code uri}'s host's turn, then keeps the host quiet for {@code pause}. */
    <T> T run(URI uri, Duration pause, Call<T> call) throws java.io.IOException {
        Host h = hosts.computeIfAbsent(key(uri), k -> new Host());
        h.lock.lock();
        try {
            long wait = h.nextNanos - System.nanoTime();
            if (wait > 0) {
                sleep(wait);
            }
            try {
                return call.call();
            } finally {
                h.nextNanos = Math.max(h.nextNanos, System.nanoTime() + pause.toNanos());
            }
        } finally {
            h.lock.unlock();
        }
    }

    /** Keeps {@code uri}'s host quiet for at least {@code wait} from now. */
    void pushBack(URI uri, Duration wait) {
        Host h = hosts.computeIfAbsent(key(uri), k -> new Host());
        h.nextNanos = Math.max(h.nextNanos, System.nanoTime() + wait.toNanos());
    }

    private static void sleep(long nanos) throws java.io.InterruptedIOException {
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while waiting for a host's turn");
        }
    }
}
