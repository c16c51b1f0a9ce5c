package kz.zauyt.ingest;

/** Told how far an ingest has got; the command line shows a bar on a terminal and nothing elsewhere. */
public interface Progress extends AutoCloseable {

    Progress NONE = new Progress() {
        @Override
        public void start(long total) {
        }

        @Override
        public void done(String source) {
        }
    };

    void start(long total);

    void done(String source);

    @Override
    default void close() {
    }
}
