package kz.zauyt.web.project;

import java.util.List;
import kz.zauyt.registry.query.ProjectRow;

/**
 * Projects as CSV (RFC 4180). Cells that a spreadsheet would run as a formula (starting with =, +, -,
 * @, tab or CR) get a leading apostrophe: names come from articles, and articles are hostile input.
 */
final class Csv {

    static final String HEADER = "id,name,status,status_date,region,place,zone,sector,companies,countries,products,"
            + "investment,currency,jobs,first_evidence,last_evidence,mentions\r\n";

    private Csv() {
    }

    static String row(ProjectRow r) {
        return String.join(",", String.valueOf(r.id()), cell(r.name()), cell(r.status()), cell(r.statusDate()),
                cell(r.region()), cell(r.place()), cell(r.zone()), cell(r.sector()), cell(r.companies()),
                cell(r.countries()), cell(r.products()), r.investment() == null ? "" : plain(r.investment()),
                cell(r.currency()), r.jobs() == null ? "" : String.valueOf(r.jobs()), cell(r.firstEvidence()),
                cell(r.lastEvidence()), String.valueOf(r.mentions())) + "\r\n";
    }

    private static String cell(List<String> values) {
        return cell(String.join("; ", values));
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    /** 1.2e11 as "120000000000": a spreadsheet reads it either way, a person only the first. */
    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
