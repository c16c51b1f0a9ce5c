package kz.zauyt.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Each table format on rows chosen to break it, read back by a real reader (POI, Jackson) or byte by byte. */
class SinksTest {

    private static final List<Column> COLUMNS = List.of(Column.integer("id"), Column.text("name"), Column.number("amount"),
            Column.date("day"), Column.list("companies"));
    private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"x\")";
    private static final Object[][] ROWS = {
        {1L, "Цементный завод, \"Шымкент\"", 1.2e11, LocalDate.of(2024, 5, 29), List.of("ТОО «Стандарт Цемент»", "Holcim")},
        {2L, FORMULA, -5.25, null, List.of()},
        {3L, "+7 line\r\nbreak\u0001 bell & <tag>", null, LocalDate.of(2021, 1, 1), List.of("@mention")},
        {4L, null, 350.0, null, null},
    };

    private static byte[] write(TableSink sink, ByteArrayOutputStream out, Kind kind) throws IOException {
        sink.begin(kind, COLUMNS);
        for (Object[] r : ROWS) {
            sink.row(r);
        }
        sink.end();
        sink.finish();
        return out.toByteArray();
    }

    @Test
    void csvHasABomQuotesAsRfc4180AndDefusesFormulas() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] bytes = write(new CsvSink(out), out, Kind.PROJECTS);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("id,name,amount,day,companies\r\n")
                .contains("1,\"Цементный завод, \"\"Шымкент\"\"\",120000000000,2024-05-29,ТОО «Стандарт Цемент»; Holcim\r\n")
                .contains("2,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",-5.25,,\r\n")
                .contains("3,\"'+7 line\r\nbreak\u0001 bell & <tag>\",,2021-01-01,'@mention\r\n")
                .endsWith("4,,350,,\r\n");
        assertThat(csv).as("a negative number is a number, not a formula").doesNotContain("'-5.25");
    }

    @Test
    void xlsxIsReadByPoiWithOneSheetPerKindTypedCellsAndTheTextIntact() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxSink sink = new XlsxSink(out, List.of(Kind.PROJECTS, Kind.LEDGER));
        for (Kind k : List.of(Kind.PROJECTS, Kind.LEDGER)) {
            sink.begin(k, COLUMNS);
            for (Object[] r : ROWS) {
                sink.row(r);
            }
            sink.end();
        }
        sink.finish();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            assertThat(wb.getSheetName(0)).isEqualTo("Projects");
            assertThat(wb.getSheetName(1)).isEqualTo("Ledger");
            Sheet s = wb.getSheetAt(1);
            assertThat(s.getLastRowNum()).isEqualTo(ROWS.length);
            Row header = s.getRow(0);
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("companies");
            assertThat(wb.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            Row first = s.getRow(1);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("Цементный завод, \"Шымкент\"");
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(1.2e11);
            assertThat(DateUtil.isCellDateFormatted(first.getCell(3))).isTrue();
            assertThat(first.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 5, 29));
            assertThat(first.getCell(4).getStringCellValue()).isEqualTo("ТОО «Стандарт Цемент»; Holcim");
            Row second = s.getRow(2);
            assertThat(second.getCell(1).getCellType()).as("text, never a formula").isEqualTo(CellType.STRING);
            assertThat(second.getCell(1).getStringCellValue()).isEqualTo(FORMULA);
            assertThat(second.getCell(2).getNumericCellValue()).isEqualTo(-5.25);
            assertThat(second.getCell(3)).as("an empty cell is left out").isNull();
            Row third = s.getRow(3);
            assertThat(third.getCell(1).getStringCellValue()).as("a control character XML cannot hold is dropped")
                    .isEqualTo("+7 line\r\nbreak bell & <tag>");
            assertThat(s.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    void columnLettersGoPastZ() {
        for (int[] c : new int[][] {{0, 'A'}, {25, 'Z'}}) {
            StringBuilder b = new StringBuilder();
            XlsxSink.reference(b, c[0]);
            assertThat(b.toString()).isEqualTo(String.valueOf((char) c[1]));
        }
        StringBuilder b = new StringBuilder("x");
        XlsxSink.reference(b, 26);
        XlsxSink.reference(b, 701);
        XlsxSink.reference(b, 702);
        assertThat(b.toString()).isEqualTo("xAAZZAAA");
    }

    @Test
    void jsonLinesAreOneTypedObjectPerRow() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String text = new String(write(new JsonLinesSink(out), out, Kind.PROJECTS), StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(ROWS.length);
        ObjectMapper m = new ObjectMapper();
        JsonNode first = m.readTree(lines.get(0));
        assertThat(first.get("amount").isIntegralNumber()).isTrue();
        assertThat(first.get("amount").asLong()).isEqualTo(120_000_000_000L);
        assertThat(first.get("day").asText()).isEqualTo("2024-05-29");
        assertThat(first.get("companies").get(0).asText()).isEqualTo("ТОО «Стандарт Цемент»");
        assertThat(m.readTree(lines.get(1)).get("name").asText()).isEqualTo(FORMULA);
        assertThat(m.readTree(lines.get(3)).get("name").isNull()).isTrue();
        assertThat(m.readTree(lines.get(2)).get("name").asText()).contains("\r\n", "\u0001");
    }

    @Test
    void formatsAndKindsAreParsedOrRefusedByName() {
        assertThat(ExportFormat.parse("XLSX")).isEqualTo(ExportFormat.XLSX);
        assertThat(Kind.parse(" ledger ")).isEqualTo(Kind.LEDGER);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExportFormat.parse("pdf"))
                .hasMessage("format must be one of csv, xlsx, geojson, oc4ids, jsonl; got 'pdf'");
        assertThat(ExportRequest.kinds(ExportFormat.XLSX, null)).containsExactly(Kind.values());
        assertThat(ExportRequest.kinds(ExportFormat.CSV, null)).containsExactly(Kind.PROJECTS);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExportRequest.kinds(ExportFormat.CSV, "all"))
                .hasMessageContaining("xlsx only");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ExportRequest(ExportFormat.GEOJSON,
                List.of(Kind.LEDGER), null, null, null, null, LocalDate.now())).hasMessageContaining("projects only");
    }
}
