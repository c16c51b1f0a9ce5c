package kz.zauyt.follow.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.zip.GZIPInputStream;

/**
 * A response body read into memory up to a limit: a page over it is refused as soon as it passes the
 * limit (or at once, when its Content-Length says so), not after it has filled the heap. Gzip is
 * undone with the same limit, so a small compressed bomb is refused too.
 */
final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

    private final long max;
    private final String uri;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    private LimitedBody(long max, String uri) {
        this.max = max;
        this.uri = uri;
    }

    static HttpResponse.BodySubscriber<byte[]> of(HttpResponse.ResponseInfo info, long max, String uri) {
        long declared = info.headers().firstValueAsLong("content-length").orElse(-1);
        LimitedBody body = new LimitedBody(max, uri);
        if (declared > max) {
            body.result.completeExceptionally(tooLarge(uri, max));
        }
        return body;
    }

    static FetchException tooLarge(String uri, long max) {
        return new FetchException(FetchException.Reason.TOO_LARGE, uri + " is over the " + human(max) + " size limit");
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (result.isDone()) {
            s.cancel();
        } else {
            s.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer b : buffers) {
            byte[] chunk = new byte[b.remaining()];
            b.get(chunk);
            out.write(chunk, 0, chunk.length);
        }
        if (out.size() > max) {
            subscription.cancel();
            result.completeExceptionally(tooLarge(uri, max));
        }
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        result.complete(out.toByteArray());
    }

    /** The body as served, un-gzipped when the server says it is gzip, under the same limit. */
    static byte[] decoded(byte[] raw, String contentEncoding, long max, String uri) throws FetchException {
        String enc = contentEncoding == null ? "" : contentEncoding.strip().toLowerCase(Locale.ROOT);
        if (!enc.equals("gzip") && !enc.equals("x-gzip")) {
            return raw;
        }
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(raw))) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw tooLarge(uri, max);
            }
            return bytes;
        } catch (FetchException e) {
            throw e;
        } catch (IOException e) {
            throw new FetchException(FetchException.Reason.MALFORMED, uri + " sent broken gzip (" + e.getMessage() + ")");
        }
    }

    static String human(long bytes) {
        return bytes >= 1 << 20 ? bytes / (1 << 20) + " MB" : bytes >= 1024 ? bytes / 1024 + " KB" : bytes + " bytes";
    }
}
