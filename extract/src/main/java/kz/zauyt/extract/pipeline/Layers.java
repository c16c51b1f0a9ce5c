package kz.zauyt.extract.pipeline;

import java.util.List;
import kz.zauyt.extract.fact.Indicator;
import kz.zauyt.extract.fact.Project;
import kz.zauyt.extract.fact.Target;
import kz.zauyt.extract.gazetteer.Gazetteer;
import kz.zauyt.extract.org.Org;
import kz.zauyt.extract.text.Tokens;
import kz.zauyt.extract.value.Mention;

/** The layers of Zauyt's engine. */
public final class Layers {

    public static final Layer<Tokens> TOKENS = new Layer<>("tokens", Tokens.class);
    public static final Layer<List<Mention>> VALUES = new Layer<>("values", List.class);
    public static final Layer<List<Gazetteer.Hit>> GEO = new Layer<>("geo", List.class);
    public static final Layer<List<Org>> ORGS = new Layer<>("organisations", List.class);
    public static final Layer<List<Project>> PROJECTS = new Layer<>("projects", List.class);
    public static final Layer<List<Indicator>> INDICATORS = new Layer<>("indicators", List.class);
    public static final Layer<List<Target>> TARGETS = new Layer<>("targets", List.class);

    private Layers() {
    }
}
