package kz.zauyt.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.zauyt.extract.document.Document;
import kz.zauyt.extract.document.ReadException;
import kz.zauyt.extract.fact.Indicator;
import kz.zauyt.extract.fact.Project;
import kz.zauyt.extract.fact.Target;
import kz.zauyt.extract.text.Span;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The whole engine on random and adversarial articles made of the words it reacts to: it never
 * throws, and every fact's evidence lies inside the text.
 */
class ExtractorPropertyTest {

    private static final Extractor EXTRACTOR = Extractor.load();
    private static final String[] WORDS = {
        "plant", "plants", "завод", "завода", "заводы", "по", "производству", "production", "of", "for", "the", "a",
        "LLP", "ТОО", "«", "»", "Kazakh", "Chinese", "китайская", "компания", "company", "Ltd", "Almaty", "Алматы",
        "Pavlodar region", "Павлодарской", "области", "SEZ", "launched", "запущен", "will", "build", "построят", "строится",
        "under construction", "memorandum", "$", "1.2", "billion", "млрд", "тенге", "tenge", "350", "jobs", "рабочих мест",
        "100 MW", "тыс. тонн", "в год", "per year", "by 2027", "к 2027 году", "in 2024", "increased", "by 5%", "на 5,2%",
        "и", "and", ",", ".", ";", ":", "—", "-", "1)", "•", "\n", "\n\n", "The plant", "It", "Mr.", "г.", "cement",
        "цемент", "tractors", "тракторов", "wind farm", "ВЭС", "ТЭЦ", "в", "in", "employs", "people", "человек",
        "Investment", "Инвестиции", "Kentau", "Кентау", "QazMetProduct", "Hyundai Motor Company", "", " ", "ё", "ә",
    };

    @Provide
    Arbitrary<String> articles() {
        return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(80).map(l -> String.join(" ", l));
    }

    @Property(tries = 1500)
    void neverThrowsAndEvidenceStaysInTheText(@ForAll("articles") String body) throws ReadException {
        check("Title\n\n" + body);
    }

    @Property(tries = 500)
    void randomUnicodeNeverThrows(@ForAll String body) throws ReadException {
        if (!body.isBlank() && body.chars().anyMatch(Character::isLetterOrDigit)) {
            check(body);
        }
    }

    private static void check(String raw) throws ReadException {
        Document d;
        try {
            d = EXTRACTOR.reader().fromText("random.txt", raw, false);
        } catch (ReadException e) {
            assertThat(e.getMessage()).contains("random.txt");
            return;
        }
        Extraction x = EXTRACTOR.extract(d);
        int n = d.text().length();
        for (Project p : x.projects()) {
            inside(p.evidence(), n);
        }
        for (Indicator i : x.indicators()) {
            inside(i.evidence(), n);
        }
        for (Target t : x.targets()) {
            inside(t.evidence(), n);
        }
    }

    private static void inside(List<Span> spans, int n) {
        for (Span s : spans) {
            assertThat(s.end()).isLessThanOrEqualTo(n);
        }
    }
}
