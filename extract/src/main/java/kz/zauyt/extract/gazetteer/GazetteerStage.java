package kz.zauyt.extract.gazetteer;

import java.util.Set;
import kz.zauyt.extract.pipeline.Analysis;
import kz.zauyt.extract.pipeline.Layer;
import kz.zauyt.extract.pipeline.Layers;
import kz.zauyt.extract.pipeline.Stage;

/** Places, regions, zones and countries named in the text. */
public final class GazetteerStage implements Stage {

    private final Gazetteer gazetteer;

    public GazetteerStage(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public String name() {
        return "gazetteer";
    }

    @Override
    public Set<Layer<?>> needs() {
        return Set.of(Layers.TOKENS);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(Layers.GEO);
    }

    @Override
    public void run(Analysis a) {
        a.put(Layers.GEO, gazetteer.find(a.get(Layers.TOKENS)));
    }
}
