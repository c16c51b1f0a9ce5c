package kz.zauyt.extract.value;

import java.util.Set;
import kz.zauyt.extract.document.Document;
import kz.zauyt.extract.pipeline.Analysis;
import kz.zauyt.extract.pipeline.Layer;
import kz.zauyt.extract.pipeline.Layers;
import kz.zauyt.extract.pipeline.Stage;
import kz.zauyt.extract.text.Tokens;

/** Tokens, then numbers, money, quantities, percentages, factors, dates and periods. */
public final class ValueStage implements Stage {

    private final ValueReader reader;

    public ValueStage(ValueReader reader) {
        this.reader = reader;
    }

    @Override
    public String name() {
        return "values";
    }

    @Override
    public Set<Layer<?>> needs() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(Layers.TOKENS, Layers.VALUES);
    }

    @Override
    public void run(Analysis a) {
        Document d = a.document();
        Tokens tokens = Tokens.of(d.text());
        a.put(Layers.TOKENS, tokens);
        a.put(Layers.VALUES, reader.read(tokens, d.language(), d.published()));
    }
}
