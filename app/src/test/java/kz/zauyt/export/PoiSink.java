package kz.zauyt.export;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The benchmark's comparison: the same typed cells through Apache POI's SXSSF, as the application could have written them. */
final class PoiSink implements TableSink {

    private final SXSSFWorkbook wb;
    private final CellStyle date;
    private Sheet sheet;
    private List<Column> columns;
    private int row;

    PoiSink(SXSSFWorkbook wb) {
        this.wb = wb;
        this.date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
    }

    @Override
    public void begin(Kind kind, List<Column> columns) {
        this.sheet = wb.createSheet(kind.sheet());
        this.columns = columns;
        Row header = sheet.createRow(row++);
        for (int i = 0; i < columns.size(); i++) {
            header.createCell(i).setCellValue(columns.get(i).name());
        }
    }

    @Override
    public void row(Object[] cells) {
        Row r = sheet.createRow(row++);
        for (int i = 0; i < cells.length; i++) {
            Object v = cells[i];
            if (v == null) {
                continue;
            }
            Cell c = r.createCell(i);
            switch (columns.get(i).type()) {
                case NUMBER, INTEGER -> c.setCellValue(((Number) v).doubleValue());
                case DATE -> {
                    c.setCellValue((LocalDate) v);
                    c.setCellStyle(date);
                }
                case TEXT, LIST -> c.setCellValue(Cells.text(v));
            }
        }
    }

    @Override
    public void end() {
    }

    @Override
    public void finish() {
    }
}
