package kz.zauyt.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Articles written to attack the pages: a script element, an onerror attribute and a javascript:
 * link in the text, and (in a JSON Lines fact file, where we choose every field) the same in a
 * project's name, company, products and place, plus a spreadsheet formula. Each payload sets
 * {@code window.__pwned}, so a browser test can tell whether any of them ran.
 */
final class Hostile {

    static final String TITLE = "Pwn Motors <script>window.__pwned=1</script> opens plant";
    static final String IMG = "<img src=x onerror=\"window.__pwned=2\">";
    static final String LINK = "<a href=\"javascript:window.__pwned=3\">details</a>";
    static final String PROJECT = "<img src=x onerror=window.__pwned=4>Pwn plant";
    static final String COMPANY = "<script>window.__pwned=5</script>Pwn Holding";
    static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"x\")";

    private Hostile() {
    }

    /** Writes the article and the fact file into {@code dir}; returns {@code dir}. */
    static Path write(Path dir) {
        String article = TITLE + "\n\ndate 2025-06-01\n\nKOSTANAY, June 1, 2025 – Pwn Motors LLP " + IMG
                + " launched a car assembly plant in Kostanay worth 10 billion tenge with 300 jobs. " + LINK + "\n";
        String text = "Pwn Holding " + IMG + " will build a plant in Kostanay. " + LINK + " Investment: 5 billion tenge.";
        int end = text.indexOf(" Investment");
        String fact = "{\"document\":{\"id\":\"" + sha256(text) + "\",\"source\":\"javascript:alert(1)\","
                + "\"title\":" + json(TITLE + " (facts)") + ",\"language\":\"en\",\"published\":\"2025-06-02\",\"text\":" + json(text) + "},"
                + "\"projects\":[{\"name\":" + json(PROJECT) + ",\"companies\":[{\"name\":" + json(COMPANY)
                + ",\"role\":\"operator\",\"country\":\"KZ\"}],\"location\":{\"region\":\"KZ-39\",\"place\":" + json(LINK)
                + ",\"zone\":null},\"sector\":\"C29\",\"products\":[" + json(FORMULA) + "],\"capacity\":[],"
                + "\"investment\":{\"amount\":5e9,\"currency\":\"KZT\"},\"jobs\":12,\"status\":\"planned\",\"expected\":\"2027\","
                + "\"evidence\":[{\"start\":0,\"end\":" + end + "}]}],\"indicators\":[],\"targets\":[]}\n";
        try {
            Files.writeString(dir.resolve("hostile.txt"), article, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("hostile.jsonl"), fact, StandardCharsets.UTF_8);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the hostile articles to " + dir, e);
        }
    }

    private static String json(String s) {
        return kz.zauyt.web.Json.write(s);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
