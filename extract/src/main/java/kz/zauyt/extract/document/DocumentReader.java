package kz.zauyt.extract.document;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import kz.zauyt.extract.text.Language;
import kz.zauyt.extract.text.Span;
import kz.zauyt.extract.text.Tokens;
import kz.zauyt.extract.value.DateMention;
import kz.zauyt.extract.value.Mention;
import kz.zauyt.extract.value.ValueReader;

/**
 * Reads an article from a file or from bytes: checks it is text of a sane size, decodes it (UTF-8,
 * or Windows-1251 as older Russian sites saved it), drops the page's clutter and finds its title,
 * publication date, language and sentences. Thread-safe; load once.
 */
public final class DocumentReader {

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final int DATELINE_CHARS = 80;
    private static final int DATELINE_LINES = 4;

    private final Cleaner cleaner;
    private final SentenceSplitter sentences;
    private final ValueReader values;

    public DocumentReader(Cleaner cleaner, SentenceSplitter sentences, ValueReader values) {
        this.cleaner = cleaner;
        this.sentences = sentences;
        this.values = values;
    }

    /** True for the files {@code extract} reads from a directory. */
    public static boolean isArticleFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm");
    }

    public Document read(Path path) throws ReadException {
        String source = path.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(path)) {
                throw new ReadException(source + (Files.isReadable(path) && Files.isExecutable(path) ? ": is a directory"
                        : ": is a directory that cannot be read (permission denied)"));
            }
            if (Files.exists(path) && !Files.isRegularFile(path)) {
                // a FIFO would block the reader for ever, a device could be endless
                throw new ReadException(source + ": is not a regular file (a FIFO, socket or device)");
            }
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new ReadException(String.format(Locale.ROOT, "%s: is %.1f MB, over the %d MB limit", source,
                        size / 1048576.0, MAX_BYTES / 1048576));
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new ReadException(source + ": no such file");
        } catch (IOException e) {
            throw new ReadException(source + ": cannot be read (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        } catch (SecurityException e) {
            throw new ReadException(source + ": cannot be read (permission denied)", e);
        }
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        return read(source, bytes, name.endsWith(".html") || name.endsWith(".htm"));
    }

    public Document read(String source, byte[] bytes, boolean html) throws ReadException {
        if (bytes.length == 0) {
            throw new ReadException(source + ": is empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new ReadException(source + ": is over the " + MAX_BYTES / 1048576 + " MB limit");
        }
        return fromText(source, decode(source, bytes), html);
    }

    public Document fromText(String source, String raw, boolean html) throws ReadException {
        String title = null;
        LocalDate published = null;
        String body = raw;
        if (html || looksLikeHtml(raw)) {
            HtmlText.Page page = HtmlText.read(raw, source);
            title = page.title();
            published = page.published();
            body = page.text();
        }
        Cleaner.Cleaned cleaned = cleaner.clean(body);
        String text = cleaned.text();
        if (text.isBlank()) {
            throw new ReadException(source + ": has no readable text");
        }
        if (cleaned.dateLine() != null) {
            published = cleaned.dateLine();
        }
        String firstLine = text.substring(0, text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n')).strip();
        if (title == null || !text.startsWith(title)) {
            title = firstLine;
        }
        Tokens tokens = Tokens.of(text);
        Language language = LanguageGuesser.guess(text);
        if (published == null) {
            published = dateline(text, cleaned.droppedTop(), language);
        }
        List<Span> spans = sentences.split(text, tokens);
        return new Document(sha256(text), source, title, language, published, text, spans);
    }

    /**
     * A wire story's dateline ("ASTANA, May 29, 2024 –") or a date line the page carried at the top:
     * a full date within the first characters of one of the first lines.
     */
    private LocalDate dateline(String text, List<String> droppedTop, Language language) {
        String[] lines = text.split("\n+", DATELINE_LINES + 2);
        for (int i = 1; i < Math.min(lines.length, DATELINE_LINES + 1); i++) {
            LocalDate d = fullDateNearStart(lines[i], language);
            if (d != null) {
                return d;
            }
        }
        for (String line : droppedTop) {
            LocalDate d = fullDateNearStart(line, language);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private LocalDate fullDateNearStart(String line, Language language) {
        String head = line.length() > DATELINE_CHARS ? line.substring(0, DATELINE_CHARS) : line;
        for (Mention m : values.read(head, language, null)) {
            if (m instanceof DateMention d && d.value() != null && d.value().length() == 10) {
                LocalDate date = LocalDate.parse(d.value());
                return date.getYear() >= 1990 ? date : null;
            }
        }
        return null;
    }

    /**
     * Whether the first 1,024 characters, white space skipped, open an HTML page. Compared in place, without
     * copying and lower-casing the head of every article: no letter outside ASCII folds to one of these.
     */
    private static boolean looksLikeHtml(String raw) {
        int head = Math.min(raw.length(), 1024);
        int i = 0;
        while (i < head && Character.isWhitespace(raw.charAt(i))) {
            i++;
        }
        return opens(raw, i, head, "<!doctype html") || opens(raw, i, head, "<html");
    }

    private static boolean opens(String raw, int at, int head, String tag) {
        return head - at >= tag.length() && raw.regionMatches(true, at, tag, 0, tag.length());
    }

    static String decode(String source, byte[] bytes) throws ReadException {
        Charset utf16 = utf16ByBom(bytes);
        if (utf16 != null) {
            // Windows' "Unicode" text: its NUL bytes are half of each character, not binary
            String text;
            try {
                text = utf16.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 2, bytes.length - 2)).toString();
            } catch (CharacterCodingException e) {
                throw new ReadException(source + ": starts with a UTF-16 byte order mark but is not UTF-16 text");
            }
            // bytes that merely start like UTF-16 decode to stray CJK signs: an article has Latin or Cyrillic letters
            if (text.codePoints().noneMatch(c -> Character.isLetter(c) && (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN
                    || Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC))) {
                throw new ReadException(source + ": is UTF-16 (by its byte order mark) but holds no Latin or Cyrillic text");
            }
            return text;
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        int sample = Math.min(bytes.length, 64 * 1024);
        int controls = 0;
        for (int i = start; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new ReadException(source + ": is binary, not text (it holds NUL bytes)");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        if (controls > sample / 20) {
            throw new ReadException(source + ": is binary, not text (" + controls + " control bytes)");
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buf).toString();
        } catch (CharacterCodingException e) {
            int high = 0;
            int cyrillic = 0;
            for (int i = start; i < bytes.length; i++) {
                int b = bytes[i] & 0xFF;
                if (b >= 0x80) {
                    high++;
                    if (b >= 0xC0) {
                        cyrillic++;
                    }
                }
            }
            if (high > 0 && cyrillic * 10 >= high * 7) {
                return new String(bytes, start, bytes.length - start, CP1251);
            }
            throw new ReadException(source + ": is not UTF-8 text");
        }
    }

    private static Charset utf16ByBom(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
