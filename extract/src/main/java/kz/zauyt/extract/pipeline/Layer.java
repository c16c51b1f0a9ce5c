package kz.zauyt.extract.pipeline;

/** A typed layer of stand-off annotations that a stage adds to an analysis and later stages read. */
public record Layer<T>(String name, Class<?> type) {
    @Override
    public String toString() {
        return name;
    }
}
