package kz.zauyt.extract.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.zauyt.extract.text.Span;
import kz.zauyt.extract.text.Tokens;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static final SentenceSplitter SPLITTER = SentenceSplitter.load();

    private static List<String> split(String text) {
        List<Span> spans = SPLITTER.split(text, Tokens.of(text));
        for (Span s : spans) {
            assertThat(s.end()).isLessThanOrEqualTo(text.length());
        }
        return spans.stream().map(s -> s.of(text)).toList();
    }

    @Test
    void russianAbbreviationsAndInitialsDoNotEndASentence() {
        assertThat(split("Завод построят в г. Алматы к 2025 г. Проект стоит 122,8 млрд. тенге, т.е. около $250 млн. "
                + "Об этом сообщил А. Абдамит."))
                .containsExactly("Завод построят в г. Алматы к 2025 г.", "Проект стоит 122,8 млрд. тенге, т.е. около $250 млн.",
                        "Об этом сообщил А. Абдамит.");
    }

    @Test
    void englishAbbreviationsDoNotEndASentence() {
        assertThat(split("On Jan. 5 the U.S. company opened plant No. 2 in Aktau. It employs 300 people."))
                .containsExactly("On Jan. 5 the U.S. company opened plant No. 2 in Aktau.", "It employs 300 people.");
    }

    @Test
    void quotesDashesAndMissingSpacesAreHandled() {
        assertThat(split("«Мы запустим завод», — сказал он. — Это важно. The talks ended.The sides agreed."))
                .containsExactly("«Мы запустим завод», — сказал он.", "— Это важно.", "The talks ended.", "The sides agreed.");
    }

    @Test
    void blankLinesAndTitlesEndSentences() {
        assertThat(split("Plant opens in Kostanay\n\nThe plant opened today\nwith 500 jobs.\nMore to come."))
                .containsExactly("Plant opens in Kostanay", "The plant opened today\nwith 500 jobs.", "More to come.");
    }

    @Test
    void decimalsAndAmountsStayWhole() {
        assertThat(split("Output reached 7.1 trillion tenge. Growth was 5.2%.")).containsExactly(
                "Output reached 7.1 trillion tenge.", "Growth was 5.2%.");
    }
}
