package kz.zauyt.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every language has every English message, with the same placeholders, and nothing English lacks. */
class MessagesTest {

    @ParameterizedTest
    @EnumSource(Lang.class)
    void eachLanguageSaysEverythingEnglishSaysWithTheSamePlaceholders(Lang lang) throws Exception {
        Properties english = load(Lang.EN);
        Properties own = load(lang);
        assertThat(names(own)).as("keys of %s", lang).isEqualTo(names(english));
        for (String key : english.stringPropertyNames()) {
            int expected = new MessageFormat(english.getProperty(key)).getFormatsByArgumentIndex().length;
            int actual = new MessageFormat(own.getProperty(key), lang.locale()).getFormatsByArgumentIndex().length;
            assertThat(actual).as("placeholders of %s in %s", key, lang).isEqualTo(expected);
        }
        // a sample through the real lookup: a number formatted in the language's own way
        assertThat(Messages.of(lang).format("list.total", 1234)).contains("1").doesNotContain("{0");
    }

    private static Set<String> names(Properties p) {
        return new TreeSet<>(p.stringPropertyNames());
    }

    private static Properties load(Lang lang) throws Exception {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/web/i18n/messages_" + lang.code() + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
