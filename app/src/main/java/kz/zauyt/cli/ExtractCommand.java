package kz.zauyt.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.zauyt.extract.Extractor;
import kz.zauyt.extract.document.ReadException;
import kz.zauyt.extract.json.ExtractionJson;
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

    @Option(names = "--threads", description = "Worker threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws IOException {
        Extractor extractor = Extractor.load();
        ExtractionJson.Options options = new ExtractionJson.Options(withText, annotations);
        List<Path> files = Inputs.expand(paths);
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        PrintStream err = System.err;
        int ok = 0;
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            // bounded windows keep output in input order without holding a whole corpus in memory
            int window = Math.max(64, threads * 16);
            for (int from = 0; from < files.size(); from += window) {
                List<Future<Line>> futures = new ArrayList<>();
                for (Path p : files.subList(from, Math.min(files.size(), from + window))) {
                    futures.add(pool.submit(() -> extractOne(extractor, p, options)));
                }
                for (Future<Line> f : futures) {
                    Line line = get(f);
                    out.write(line.json());
                    out.write('\n');
                    if (line.error() == null) {
                        ok++;
                    } else {
                        err.println("zauyt extract: " + line.error());
                    }
                }
                out.flush();
            }
        } finally {
            pool.shutdownNow();
            out.flush();
        }
        if (files.isEmpty()) {
            err.println("zauyt extract: no .txt, .html or .htm files in " + paths);
        }
        return ok > 0 ? 0 : 1;
    }

    private record Line(String json, String error) {
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

    private static Line get(Future<Line> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new UncheckedIOException(new IOException(e.getCause()));
        }
    }
}
