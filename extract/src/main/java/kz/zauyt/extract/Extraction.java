package kz.zauyt.extract;

import java.util.List;
import kz.zauyt.extract.document.Document;
import kz.zauyt.extract.fact.Indicator;
import kz.zauyt.extract.fact.Project;
import kz.zauyt.extract.fact.Target;
import kz.zauyt.extract.value.Mention;

/** What the engine read from one document: its facts and, below them, every typed value. */
public record Extraction(Document document, List<Project> projects, List<Indicator> indicators, List<Target> targets,
                         List<Mention> annotations) {
    public Extraction {
        projects = List.copyOf(projects);
        indicators = List.copyOf(indicators);
        targets = List.copyOf(targets);
        annotations = List.copyOf(annotations);
    }
}
