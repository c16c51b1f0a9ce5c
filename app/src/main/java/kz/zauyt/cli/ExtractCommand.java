package kz.zauyt.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import kz.zauyt.extract.Extractor;
import kz.zauyt.extract.document.ReadException;
import kz.zauyt.extract.json.ExtractionJson;
import kz.zauyt.ingest.InOrder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code zauyt extract}: articles in, one JSON line per document out, in input order. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extracts projects, indicators and targets from .txt/.html articles as JSON Lines on stdout.")
final class ExtractCommand implements Callable<Integer> {

    enum Format { jsonl }

    @Parameters(paramLabel = "FILE_OR_DIR", arity = "1..*", description = "Articles (.txt, .html, .htm) or directories of them.")
    List<Path> paths;

    @Option(names = "--format", defaultValue = "jsonl", description = "Output format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--with-text", description = "Include each document's normalised text and sentence offsets.")
    boolean withText;

    @Option(names = "--annotations", description = "Include every number, amount, date and period the engine read.")
    boolean annotations;

    @Option(names = "--max-seconds", defaultValue = "120",
            description = "Time budget of one document; one that takes longer is reported as an error line (default ${DEFAULT-VALUE}).")
    double maxSeconds;

    @Option(names = "--threads", description = "Worker threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws IOException {
        if (!(maxSeconds > 0)) {
            System.err.println("zauyt extract: --max-seconds must be above 0, got " + maxSeconds);
            return 2;
        }
        Extractor extractor = Extractor.load();
        ExtractionJson.Options options = new ExtractionJson.Options(withText, annotations);
        List<Path> files = Inputs.expand(paths);
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        PrintStream err = System.err;
        int[] ok = {0};
        try {
            InOrder.run(files.iterator(), threads, Duration.ofMillis((long) (maxSeconds * 1000)),
                    p -> extractOne(extractor, p, options), ExtractCommand::tooLong, line -> {
                        try {
                            out.write(line.json());
                            out.write('\n');
                            out.flush(); // each line as soon as it is ready: a killed run keeps what it wrote
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        if (line.error() == null) {
                            ok[0]++;
                        } else {
                            err.println("zauyt extract: " + line.error());
                        }
                    });
        } finally {
            out.flush();
        }
        if (files.isEmpty()) {
            err.println("zauyt extract: no .txt, .html or .htm files in " + paths);
        }
        return ok[0] > 0 ? 0 : 1;
    }

    private record Line(String json, String error) {
    }

    private static Line tooLong(Path p, Duration budget) {
        String msg = p + ": took longer than " + seconds(budget) + " s";
        return new Line(ExtractionJson.error(p.toString(), msg), msg);
    }

    private static String seconds(Duration d) {
        double s = d.toMillis() / 1000.0;
        return s == Math.rint(s) ? String.valueOf((long) s) : String.valueOf(s);
    }

    private static Line extractOne(Extractor extractor, Path p, ExtractionJson.Options options) {
        try {
            return new Line(ExtractionJson.line(extractor.extract(p), options), null);
        } catch (ReadException e) {
            return new Line(ExtractionJson.error(p.toString(), e.getMessage()), e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // a bug of ours must not stop the batch: report it against the document and go on
            String msg = p + ": extraction failed (" + e + ")";
            return new Line(ExtractionJson.error(p.toString(), msg), msg);
        }
    }
}
