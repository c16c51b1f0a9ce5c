package kz.zauyt.export;

import java.io.IOException;
import java.util.List;

/**
 * Where a table's rows go, one at a time, so that no export holds its rows in memory: a CSV file, a
 * workbook's sheet, JSON Lines. {@code cells} match the columns given to {@link #begin} in order.
 */
interface TableSink {

    void begin(Kind kind, List<Column> columns) throws IOException;

    void row(Object[] cells) throws IOException;

    /** The end of the table begun last. */
    void end() throws IOException;

    /** Completes the file (a workbook's index and styles) and flushes it; the stream stays open. */
    void finish() throws IOException;
}
