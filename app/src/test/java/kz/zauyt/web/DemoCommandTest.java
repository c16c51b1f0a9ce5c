package kz.zauyt.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import kz.zauyt.cli.Main;
import kz.zauyt.registry.TestDb;
import kz.zauyt.registry.db.DatabaseConfig;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code zauyt demo} fills a fresh registry with the bundled samples, and a second run changes nothing. */
class DemoCommandTest {

    @Test
    void ingestsTheBundledSamplesOnceAndOnlyOnce() {
        DatabaseConfig config = TestDb.freshSchema("demo");
        String db = TestDb.urlWithSchema(config);
        try {
            String first = run("demo", "--no-serve", "--db", db);
            assertThat(first).contains("Read 50 documents:").containsPattern("(4[5-9]|50) new");
            String second = run("demo", "--no-serve", "--db", db);
            assertThat(second).contains("0 new").containsPattern("(4[5-9]|50) unchanged");
        } finally {
            TestDb.drop(config);
        }
    }

    private static String run(String... args) {
        PrintStream out = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            int code = new CommandLine(new Main()).execute(args);
            assertThat(code).as(buf.toString(StandardCharsets.UTF_8)).isZero();
        } finally {
            System.setOut(out);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }
}
