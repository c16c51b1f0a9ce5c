package kz.zauyt.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.util.TreeMap;
import java.util.Map;
import java.util.concurrent.Callable;
import kz.zauyt.extract.Extraction;
import kz.zauyt.extract.Extractor;
import kz.zauyt.extract.document.ReadException;
import picocli.CommandLine.Command;

/** {@code zauyt demo}: runs the engine over the sample articles bundled with Zauyt and summarises what it read. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Runs Zauyt on its bundled sample articles and prints a summary.")
final class DemoCommand implements Callable<Integer> {

    @Override
    public Integer call() throws IOException, URISyntaxException {
        Extractor extractor = Extractor.load();
        Samples samples = Samples.open();
        int docs = 0;
        int projects = 0;
        int indicators = 0;
        int targets = 0;
        int values = 0;
        Map<String, Integer> languages = new TreeMap<>();
        for (Samples.Sample s : samples.list()) {
            try {
                Extraction x = extractor.extract(extractor.reader().read(s.name(), s.bytes(), s.name().endsWith(".html")));
                docs++;
                projects += x.projects().size();
                indicators += x.indicators().size();
                targets += x.targets().size();
                values += x.annotations().size();
                languages.merge(x.document().language().code(), 1, Integer::sum);
                System.out.printf("%-60s %s %s  projects %d, indicators %d, targets %d%n", shorten(x.document().title()),
                        x.document().language().code(), x.document().published() == null ? "   (no date)" : x.document().published(),
                        x.projects().size(), x.indicators().size(), x.targets().size());
            } catch (ReadException e) {
                System.err.println("zauyt demo: " + e.getMessage());
            }
        }
        System.out.printf("%nRead %d sample articles %s: %d projects, %d indicators, %d targets, %d values (numbers, amounts, dates).%n",
                docs, languages, projects, indicators, targets, values);
        return docs > 0 ? 0 : 1;
    }

    private static String shorten(String s) {
        return s.length() <= 58 ? s : s.substring(0, 57) + "…";
    }
}
