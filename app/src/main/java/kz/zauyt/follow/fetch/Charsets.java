package kz.zauyt.follow.fetch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a fetched body. The order browsers use: a byte-order mark, the Content-Type header's charset,
 * the document's own declaration ({@code <meta charset>}, {@code http-equiv}, {@code <?xml encoding?>})
 * in its first bytes; with none of them, UTF-8 when the bytes are valid UTF-8, else Windows-1251, which
 * older Kazakh and Russian sites still serve without saying so.
 */
public final class Charsets {

    public static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final Pattern HEADER = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)");
    private static final Pattern META = Pattern.compile(
            "(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)|<\\?xml[^>]{0,100}?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)");
    private static final int SNIFF = 4096;

    private Charsets() {
    }

    /** The body as text, without a leading byte-order mark (an XML parser refuses one in a string). */
    public static String decode(byte[] body, String contentType) {
        String text = new String(body, charset(body, contentType));
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The charset {@link #decode} uses: a byte-order mark wins over what the headers say. */
    public static Charset charset(byte[] body, String contentType) {
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(body, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        if (startsWith(body, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        Charset declared = contentType == null ? null : named(HEADER.matcher(contentType));
        if (declared == null) {
            declared = named(META.matcher(new String(body, 0, Math.min(body.length, SNIFF), StandardCharsets.ISO_8859_1)));
        }
        if (declared != null) {
            return declared;
        }
        return validUtf8(body) ? StandardCharsets.UTF_8 : WINDOWS_1251;
    }

    private static Charset named(Matcher m) {
        if (!m.find()) {
            return null;
        }
        String name = m.group(1) != null ? m.group(1) : m.groupCount() > 1 ? m.group(2) : null;
        if (name == null) {
            return null;
        }
        try {
            String n = name.toLowerCase(Locale.ROOT);
            // cp1251 and win-1251 are how some sites spell it
            return Charset.forName(n.equals("cp-1251") || n.equals("win-1251") ? "windows-1251" : n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null; // a charset we cannot decode is no better than none: guess
        }
    }

    private static boolean validUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
