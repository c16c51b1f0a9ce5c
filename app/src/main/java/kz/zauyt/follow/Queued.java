package kz.zauyt.follow;

import java.net.URI;

/** An article waiting to be read: its address, the source that listed it, and its validators from the last read. */
public record Queued(long seq, URI url, Long sourceId, String etag, String lastModified, String documentId) {
}
