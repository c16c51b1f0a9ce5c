package kz.zauyt.extract.fact;

import java.util.List;
import java.util.Set;
import kz.zauyt.extract.pipeline.Analysis;
import kz.zauyt.extract.pipeline.Layer;
import kz.zauyt.extract.pipeline.Layers;
import kz.zauyt.extract.pipeline.Stage;
import kz.zauyt.extract.text.Lexicon;

/** Projects first (they take their capacity, investment and jobs), then indicators and targets from what is left. */
public final class FactStage implements Stage {

    private final ProjectFinder projects;
    private final FigureFinder figures;
    private final Lexicon metrics;

    public FactStage(Lexicon facts, Lexicon metrics, Sectors sectors, NameRules names) {
        this.projects = new ProjectFinder(facts, sectors, names, PhraseWords.load());
        this.figures = new FigureFinder(facts, metrics);
        this.metrics = metrics;
    }

    public static FactStage load() {
        return new FactStage(Lexicon.load("facts"), Lexicon.load("metrics"), Sectors.load(), NameRules.load());
    }

    @Override
    public String name() {
        return "facts";
    }

    @Override
    public Set<Layer<?>> needs() {
        return Set.of(Layers.TOKENS, Layers.VALUES, Layers.GEO, Layers.ORGS);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(Layers.PROJECTS, Layers.INDICATORS, Layers.TARGETS);
    }

    @Override
    public void run(Analysis a) {
        DocContext c = new DocContext(a.document(), a.get(Layers.TOKENS), a.get(Layers.VALUES), a.get(Layers.GEO),
                a.get(Layers.ORGS));
        List<Project> found = projects.find(c);
        FigureFinder.Figures f = figures.find(c);
        a.put(Layers.PROJECTS, StageFromOutput.apply(c, found, f.indicators(), metrics));
        a.put(Layers.INDICATORS, f.indicators());
        a.put(Layers.TARGETS, f.targets());
    }
}
