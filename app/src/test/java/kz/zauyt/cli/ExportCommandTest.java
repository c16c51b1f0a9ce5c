package kz.zauyt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kz.zauyt.cli.InProcess.Run;
import kz.zauyt.export.Readers;
import kz.zauyt.extract.Extractor;
import kz.zauyt.ingest.ContractParser;
import kz.zauyt.ingest.IngestService;
import kz.zauyt.ingest.Progress;
import kz.zauyt.registry.Registry;
import kz.zauyt.registry.TestDb;
import kz.zauyt.registry.db.DatabaseConfig;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code zauyt export} run as a person runs it, on a registry holding the 50 samples: to a file and to
 * standard output, with filters; and every way it can be asked wrongly: one line, a non-zero exit, no
 * file left behind, whole or partial.
 */
class ExportCommandTest {

    private static DatabaseConfig config;
    private static String db;
    private static long projects;

    @TempDir
    Path dir;

    @BeforeAll
    static void registry() throws Exception {
        config = TestDb.freshSchema("export_cli");
        try (Registry r = Registry.open(config)) {
            Path samples = Path.of(ExportCommandTest.class.getResource("/samples").toURI());
            new IngestService(r.store(), Extractor::load, new ContractParser(Extractor.VERSION), 2)
                    .ingest(List.of(samples), Progress.NONE);
            projects = r.database().jdbi().withHandle(h -> h.createQuery("select count(*) from project").mapTo(Long.class).one());
        }
        db = TestDb.urlWithSchema(config);
    }

    @AfterAll
    static void drop() {
        TestDb.drop(config);
    }

    private static Run export(String... args) {
        return InProcess.run(Stream.concat(Stream.of("export", "--db", db), Stream.of(args)).toArray(String[]::new));
    }

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aWorkbookOfEveryKindGoesToTheFileNamed() throws IOException {
        Path out = dir.resolve("registry.xlsx");
        Run r = export("--format", "xlsx", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("Exported ", "(projects + indicators + targets + ledger, xlsx) to " + out);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(4);
            assertThat((long) wb.getSheet("Projects").getLastRowNum()).isEqualTo(projects);
        }
        assertThat(files()).containsExactly("registry.xlsx");
        assertThat(Files.getPosixFilePermissions(out).toString()).contains("OTHERS_READ");
    }

    @Test
    void withoutOutTheRowsGoToStandardOutputWithTheFilters() {
        Run r = export("--format", "jsonl", "--what", "projects", "--region", "kz-39", "--status", "operating");
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).isNotEmpty();
        for (String line : lines) {
            JsonNode p = Readers.json(line.getBytes(StandardCharsets.UTF_8));
            assertThat(p.get("region").asText()).isEqualTo("KZ-39");
            assertThat(p.get("status").asText()).isEqualTo("operating");
        }
        assertThat(r.err().strip()).isEqualTo("Exported " + lines.size() + " row" + (lines.size() == 1 ? "" : "s")
                + " (projects, jsonl).");
    }

    @Test
    void csvToStandardOutputStartsWithTheBom() {
        Run r = export("--format", "csv", "--what", "targets");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("\uFEFFid,metric,region,region_name,sector,value,unit");
    }

    @Test
    void oc4idsFromTheCommandLineIsValid() throws IOException {
        Path out = dir.resolve("projects.json");
        Run r = export("--format", "oc4ids", "--sector", "C", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode pkg = Readers.json(Files.readAllBytes(out));
        assertThat(Readers.packageErrors(pkg)).isEmpty();
        assertThat(pkg.get("projects").size()).isPositive();
    }

    private void assertRefused(Run r, int exit, String says) throws IOException {
        assertThat(r.exit()).as(r.err()).isEqualTo(exit);
        assertThat(r.err().strip()).as("one line").doesNotContain("\n").startsWith("zauyt export: ").contains(says);
        assertThat(r.out()).isEmpty();
        assertThat(files()).as("nothing left behind").isEmpty();
    }

    @Test
    void anUnknownFormatIsOneLine() throws IOException {
        assertRefused(export("--format", "pdf", "--out", dir.resolve("x.pdf").toString()), 2,
                "format must be one of csv, xlsx, geojson, oc4ids, jsonl; got 'pdf'");
    }

    @Test
    void aKindTheFormatCannotHoldIsOneLine() throws IOException {
        assertRefused(export("--format", "geojson", "--what", "ledger"), 2, "geojson describes projects only, not ledger");
        assertRefused(export("--format", "csv", "--what", "everything"), 2, "what must be one of projects");
        assertRefused(export("--format", "csv", "--region", "Almaty"), 2, "got 'ALMATY'");
        assertRefused(export("--format", "csv", "--what", "ledger", "--state", "soon"), 2, "got 'soon'");
        assertRefused(export("--format", "csv", "--what", "ledger", "--as-of", "yesterday"), 2, "--as-of must be a date");
    }

    @Test
    void anUnwritableOutIsOneLineAndLeavesNoFile() throws IOException {
        assertRefused(export("--format", "csv", "--out", dir.resolve("missing/out.csv").toString()), 2,
                "cannot be written: no such directory");
        Path file = Files.writeString(dir.resolve("plain.txt"), "a file, not a directory");
        Run r = export("--format", "csv", "--out", file.resolve("out.csv").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").startsWith("zauyt export: --out ").contains("cannot be written");
        assertThat(files()).containsExactly("plain.txt");
        Run directory = export("--format", "csv", "--out", dir.toString());
        assertThat(directory.exit()).isEqualTo(2);
        assertThat(directory.err()).contains("is a directory");
    }

    @Test
    void aRegistryThatCannotBeOpenedLeavesNoPartialFile() throws IOException {
        Run r = InProcess.run("export", "--db", "jdbc:postgresql://127.0.0.1:1/zauyt?user=postgres", "--format", "xlsx",
                "--out", dir.resolve("all.xlsx").toString());
        assertRefused(r, 1, "cannot open the registry");
    }

    @Test
    void anExistingFileIsReplacedWhole() throws IOException {
        Path out = Files.writeString(dir.resolve("projects.csv"), "old content that is longer than nothing");
        Run r = export("--format", "csv", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(out)).startsWith("\uFEFFid,name").doesNotContain("old content");
        assertThat(Readers.csv(Files.readString(out).substring(1))).hasSize((int) projects + 1);
        assertThat(files()).containsExactly("projects.csv");
    }

    /** Every {@code ./zauyt export} line of the README's "Exports" section, on this registry, into the test's folder. */
    @Test
    void theReadmeExamplesRunAsWritten() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        String section = readme.substring(readme.indexOf("## Exports"), readme.indexOf("\n## ", readme.indexOf("## Exports")));
        List<String> examples = section.lines().map(String::strip).filter(l -> l.startsWith("./zauyt export ")).toList();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(5);
        for (String line : examples) {
            String command = line.replaceAll("\\s+#.*$", "");
            String redirect = command.contains(">") ? command.substring(command.indexOf('>') + 1).strip() : null;
            List<String> args = new java.util.ArrayList<>(List.of(
                    (redirect == null ? command : command.substring(0, command.indexOf('>'))).strip().split("\\s+")));
            args.remove(0); // ./zauyt
            int out = args.indexOf("--out");
            if (out >= 0) {
                args.set(out + 1, dir.resolve(args.get(out + 1)).toString());
            }
            args.addAll(1, List.of("--db", db));
            Run r = InProcess.run(args.toArray(String[]::new));
            assertThat(r.exit()).as(line + ": " + r.err()).isZero();
            assertThat(r.err()).as(line).startsWith("Exported ");
            if (out >= 0) {
                assertThat(Files.size(Path.of(args.get(out + 3)))).as(line).isPositive();
            } else {
                assertThat(r.out()).as(line).isNotEmpty();
            }
        }
    }
}
