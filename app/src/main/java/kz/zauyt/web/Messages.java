package kz.zauyt.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * The pages' words, from {@code web/i18n/messages_<lang>.properties} (UTF-8). A key missing in a
 * language falls back to English, and a key missing there shows as itself: a visible gap, not a crash.
 */
public final class Messages {

    private static final Map<Lang, Messages> ALL = new EnumMap<>(Lang.class);

    private final Lang lang;
    private final Properties own;
    private final Properties english;

    private Messages(Lang lang, Properties own, Properties english) {
        this.lang = lang;
        this.own = own;
        this.english = english;
    }

    public static synchronized Messages of(Lang lang) {
        return ALL.computeIfAbsent(lang, l -> new Messages(l, load(l), l == Lang.EN ? load(l) : load(Lang.EN)));
    }

    private static Properties load(Lang lang) {
        String name = "/web/i18n/messages_" + lang.code() + ".properties";
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the message file " + name + " is missing from the application");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    public Lang lang() {
        return lang;
    }

    public boolean has(String key) {
        return own.containsKey(key) || english.containsKey(key);
    }

    public String get(String key) {
        String v = own.getProperty(key);
        if (v == null) {
            v = english.getProperty(key);
        }
        return v == null ? key : v;
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key), lang.locale()).format(args);
    }
}
