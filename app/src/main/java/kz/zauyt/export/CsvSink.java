package kz.zauyt.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * CSV per RFC 4180 (CRLF, fields with a comma, quote or line break quoted, quotes doubled), in UTF-8
 * with a byte-order mark: without it Excel reads the file as the system's code page and shows
 * Cyrillic as mojibake. Text cells are defused against formulas; numbers are plain digits.
 */
final class CsvSink implements TableSink {

    private final Writer out;
    private List<Column> columns;

    CsvSink(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    public void begin(Kind kind, List<Column> columns) throws IOException {
        if (this.columns != null) {
            throw new IllegalStateException("a CSV file holds one table");
        }
        this.columns = columns;
        out.write('\uFEFF');
        for (int i = 0; i < columns.size(); i++) {
            out.write(i == 0 ? "" : ",");
            out.write(columns.get(i).name());
        }
        out.write("\r\n");
    }

    @Override
    public void row(Object[] cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(columns.get(i).type(), cells[i]));
        }
        out.write("\r\n");
    }

    static String cell(Column.Type type, Object v) {
        if (v == null) {
            return "";
        }
        return switch (type) {
            case NUMBER -> Cells.plain(((Number) v).doubleValue());
            case INTEGER -> String.valueOf(((Number) v).longValue());
            case DATE -> ((LocalDate) v).toString();
            case TEXT, LIST -> quoted(Cells.defused(Cells.text(v)));
        };
    }

    private static String quoted(String s) {
        if (s == null) {
            return "";
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    @Override
    public void end() throws IOException {
        out.flush();
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }
}
