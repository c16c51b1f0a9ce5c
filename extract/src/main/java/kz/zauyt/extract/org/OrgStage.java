package kz.zauyt.extract.org;

import java.util.Set;
import kz.zauyt.extract.pipeline.Analysis;
import kz.zauyt.extract.pipeline.Layer;
import kz.zauyt.extract.pipeline.Layers;
import kz.zauyt.extract.pipeline.Stage;

/** Company and body names; needs the places so that "Petropavlovsk" before "tractor plant" is not a company. */
public final class OrgStage implements Stage {

    private final OrgFinder finder;

    public OrgStage(OrgFinder finder) {
        this.finder = finder;
    }

    @Override
    public String name() {
        return "organisations";
    }

    @Override
    public Set<Layer<?>> needs() {
        return Set.of(Layers.TOKENS, Layers.GEO);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(Layers.ORGS);
    }

    @Override
    public void run(Analysis a) {
        a.put(Layers.ORGS, finder.find(a.get(Layers.TOKENS), a.get(Layers.GEO)));
    }
}
