package kz.zauyt.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Rewrites the corpus's JSON lines for a test: a newer extractor version, an edited fact. */
public final class Lines {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Lines() {
    }

    /** The corpus's document lines (not its two broken ones), each passed through {@code edit}, written to {@code to}. */
    public static Path rewrite(Path to, Consumer<ObjectNode> edit) {
        try {
            List<String> out = new ArrayList<>();
            for (String line : Files.readAllLines(Corpus.facts())) {
                if (!line.contains("\"error\"") && line.endsWith("}")) {
                    ObjectNode n = (ObjectNode) MAPPER.readTree(line);
                    edit.accept(n);
                    out.add(MAPPER.writeValueAsString(n));
                }
            }
            Files.write(to, out);
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String title(ObjectNode line) {
        return line.path("document").path("title").asText();
    }
}
