package kz.zauyt.registry.query;

import java.util.List;

/**
 * One page of a list and how many rows match in all. Counting stops at {@link #COUNT_LIMIT}: past it
 * {@code exact} is false and {@code total} is a lower bound ("more than 1,000"), because an exact
 * count over a whole registry would cost more than the page itself (projects are often counted
 * exactly all the same: see {@link ProjectCount}). A page asked for past the end of the list is empty
 * and says so ({@link #pastEnd}); its total is the list's, never made up from the page number.
 */
public record Page<T>(List<T> items, long total, boolean exact, Paging paging) {

    public static final int COUNT_LIMIT = 1_000;

    public Page {
        items = List.copyOf(items);
        if (total < items.size()) {
            throw new IllegalArgumentException("a page of " + items.size() + " rows cannot come from " + total + " in all");
        }
        if (!items.isEmpty() && total < paging.offset() + items.size()) {
            throw new IllegalArgumentException("page " + paging.page() + " of " + items.size() + " rows cannot come from "
                    + total + " in all");
        }
    }

    /** Pages the total fills: 1 for an empty list, so "page 1 of 1" and never "of 0". */
    public long pages() {
        return Math.max(1, (total + paging.size() - 1) / paging.size());
    }

    /** True when the page asked for lies past the last row: an empty page of a list that ends earlier. */
    public boolean pastEnd() {
        return items.isEmpty() && paging.page() > 1;
    }

    /**
     * The total for a page that showed {@code shown} rows of a list counted to {@code counted}: a page that
     * is not full ends the list, so its end is the exact total; a full page proves at least its last row.
     * An empty page proves nothing: its offset is where the list would have gone on, not a count.
     */
    public static long bounded(Paging paging, int shown, long counted) {
        if (shown > 0 && shown < paging.size()) {
            return paging.offset() + shown;
        }
        return shown == 0 ? counted : Math.max(counted, paging.offset() + shown);
    }
}
