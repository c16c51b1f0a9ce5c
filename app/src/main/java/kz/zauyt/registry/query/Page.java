package kz.zauyt.registry.query;

import java.util.List;

/**
 * One page of a list and how many rows match in all. Counting stops at {@link #COUNT_LIMIT}: past it
 * {@code exact} is false and {@code total} is a lower bound ("more than 1,000"), because an exact
 * count over a whole registry would cost more than the page itself (projects are often counted
 * exactly all the same: see {@link ProjectCount}).
 */
public record Page<T>(List<T> items, long total, boolean exact, Paging paging) {

    public static final int COUNT_LIMIT = 1_000;

    public Page {
        items = List.copyOf(items);
        if (total < items.size()) {
            throw new IllegalArgumentException("a page of " + items.size() + " rows cannot come from " + total + " in all");
        }
    }

    public long pages() {
        return (total + paging.size() - 1) / paging.size();
    }
}
