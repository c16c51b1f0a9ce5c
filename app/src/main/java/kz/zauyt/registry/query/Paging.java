package kz.zauyt.registry.query;

/** Which page of a list: 1-based page number and page size (at most 200 rows). */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 200;

    public Paging {
        if (page < 1) {
            throw new IllegalArgumentException("page numbers start at 1, got " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page size must be 1.." + MAX_SIZE + ", got " + size);
        }
    }

    public static Paging first(int size) {
        return new Paging(1, size);
    }

    public long offset() {
        return (long) (page - 1) * size;
    }
}
