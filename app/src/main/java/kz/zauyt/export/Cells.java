package kz.zauyt.export;

import java.math.BigDecimal;
import java.util.List;

/** How a cell's value reads as text where a format has only text (CSV, a workbook's inline strings). */
final class Cells {

    /** Excel's limit for one cell; a longer evidence sentence is cut there. */
    static final int MAX_TEXT = 32_767;

    private Cells() {
    }

    /** 1.2e11 as "120000000000" and 5.0 as "5": a spreadsheet reads either, a person only these. */
    static String plain(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "";
        }
        String s = BigDecimal.valueOf(v).toPlainString();
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /** A text or list cell as one string ("a; b"), null for none. */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> list) {
            return list.isEmpty() ? null : String.join("; ", list.stream().map(String::valueOf).toList());
        }
        return value.toString();
    }

    /**
     * Names and sentences come from articles, and articles are hostile input: a cell a spreadsheet
     * would run as a formula (starting with =, +, -, @, tab or CR) gets a leading apostrophe.
     */
    static String defused(String s) {
        return s != null && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }
}
