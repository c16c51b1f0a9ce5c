package kz.zauyt.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An Office Open XML workbook (.xlsx) written as it goes: one sheet per kind, each row straight into
 * the zip, so a 100,000-project export needs no more memory than one row. Cells are typed: numbers
 * are numbers (whole ones shown with thousands separators), dates are date serials shown as
 * yyyy-mm-dd, text is an inline string (never a formula: a workbook only runs {@code <f>} elements,
 * so article text needs no apostrophe here). The header row is bold and frozen.
 *
 * <p>Hand-written rather than Apache POI's streaming SXSSF: SXSSF also writes each sheet to a
 * temporary file and zips it at the end; this writes once, with no temporary file and no 20 MB of
 * libraries at run time (the tests read every workbook back with POI).
 */
final class XlsxSink implements TableSink {

    /** Excel's last row; the header takes one. */
    static final int MAX_ROWS = 1_048_576;

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);
    /** Styles, as {@link XlsxPackage} numbers them: 1 date, 2 bold header, 3 whole number #,##0, 4 fraction. */
    private static final int DATE = 1;
    private static final int HEADER = 2;
    private static final int WHOLE = 3;
    private static final int FRACTION = 4;

    private final ZipOutputStream zip;
    private final Writer out;
    private final List<Kind> sheets;
    private final StringBuilder line = new StringBuilder(4096);
    private List<Column> columns;
    private int sheet;
    private int rowNumber;

    XlsxSink(OutputStream target, List<Kind> sheets) throws IOException {
        this.zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
        // most of a sheet is repeated markup: the fastest level compresses it nearly as well
        zip.setLevel(Deflater.BEST_SPEED);
        this.out = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
        this.sheets = List.copyOf(sheets);
        XlsxPackage.write(zip, out, this.sheets);
    }

    @Override
    public void begin(Kind kind, List<Column> columns) throws IOException {
        if (sheet >= sheets.size() || sheets.get(sheet) != kind) {
            throw new IllegalStateException("sheet " + kind + " was not announced in this order: " + sheets);
        }
        this.columns = columns;
        sheet++;
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + sheet + ".xml"));
        out.write(HEAD + "<worksheet xmlns=\"" + MAIN + "\"><sheetViews><sheetView workbookViewId=\"0\">"
                + "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView>"
                + "</sheetViews><cols>");
        for (int i = 0; i < columns.size(); i++) {
            int width = switch (columns.get(i).type()) {
                case INTEGER -> 10;
                case NUMBER, DATE -> 14;
                case TEXT, LIST -> columns.get(i).name().contains("evidence") ? 60 : 22;
            };
            out.write("<col min=\"" + (i + 1) + "\" max=\"" + (i + 1) + "\" width=\"" + width + "\" customWidth=\"1\"/>");
        }
        out.write("</cols><sheetData>");
        rowNumber = 0;
        Object[] names = columns.stream().map(Column::name).toArray();
        writeRow(names, true);
    }

    @Override
    public void row(Object[] cells) throws IOException {
        if (rowNumber >= MAX_ROWS) {
            throw new IOException("a sheet holds at most " + (MAX_ROWS - 1) + " rows; export this as csv or jsonl");
        }
        writeRow(cells, false);
    }

    private void writeRow(Object[] cells, boolean header) throws IOException {
        rowNumber++;
        line.setLength(0);
        line.append("<row r=\"").append(rowNumber).append("\">");
        for (int i = 0; i < cells.length; i++) {
            Object v = cells[i];
            if (v == null) {
                continue;
            }
            Column.Type type = header ? Column.Type.TEXT : columns.get(i).type();
            line.append("<c r=\"");
            reference(line, i);
            line.append(rowNumber).append('"');
            switch (type) {
                case NUMBER, INTEGER -> {
                    double d = ((Number) v).doubleValue();
                    if (Double.isNaN(d) || Double.isInfinite(d)) {
                        line.append("/>");
                        continue;
                    }
                    line.append(" s=\"").append(d == Math.rint(d) ? WHOLE : FRACTION).append("\"><v>")
                            .append(Cells.plain(d)).append("</v></c>");
                }
                case DATE -> line.append(" s=\"").append(DATE).append("\"><v>")
                        .append(ChronoUnit.DAYS.between(EPOCH, (LocalDate) v)).append("</v></c>");
                case TEXT, LIST -> {
                    String s = Cells.text(v);
                    if (s == null) {
                        line.append("/>");
                        continue;
                    }
                    if (header) {
                        line.append(" s=\"").append(HEADER).append('"');
                    }
                    line.append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
                    escape(line, s.length() > Cells.MAX_TEXT ? s.substring(0, Cells.MAX_TEXT) : s);
                    line.append("</t></is></c>");
                }
            }
        }
        line.append("</row>");
        out.append(line);
    }

    /** A column's letters: 0 is A, 26 is AA. */
    static void reference(StringBuilder b, int column) {
        int start = b.length();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            b.insert(start, (char) ('A' + (n - 1) % 26));
        }
    }

    /** XML text: markup escaped, and characters XML 1.0 cannot hold (control characters, lone surrogates) left out. */
    static void escape(StringBuilder b, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '\r' -> b.append("&#13;"); // XML readers turn a bare CR into a line feed
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(c).append(s.charAt(++i));
                    } else if (c == '\t' || c == '\n' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c < 0xFFFE)) {
                        b.append(c);
                    }
                }
            }
        }
    }

    @Override
    public void end() throws IOException {
        out.write("</sheetData></worksheet>");
        out.flush();
        zip.closeEntry();
    }

    @Override
    public void finish() throws IOException {
        if (sheet != sheets.size()) {
            throw new IllegalStateException("the workbook announced " + sheets.size() + " sheets and has " + sheet);
        }
        out.flush();
        zip.finish();
    }

}
