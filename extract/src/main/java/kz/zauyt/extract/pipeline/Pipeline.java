package kz.zauyt.extract.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kz.zauyt.extract.document.Document;

/** Stages in order, checked when built: every layer a stage needs is added by an earlier one, and only once. */
public final class Pipeline {

    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) {
        this.stages = stages;
    }

    public static Pipeline of(List<Stage> stages) {
        Set<Layer<?>> available = new HashSet<>();
        for (Stage s : stages) {
            for (Layer<?> need : s.needs()) {
                if (!available.contains(need)) {
                    throw new IllegalArgumentException("stage '" + s.name() + "' needs layer '" + need
                            + "', which no earlier stage adds");
                }
            }
            for (Layer<?> add : s.adds()) {
                if (!available.add(add)) {
                    throw new IllegalArgumentException("stage '" + s.name() + "' adds layer '" + add + "', already added");
                }
            }
        }
        return new Pipeline(List.copyOf(stages));
    }

    public Analysis run(Document document) {
        Analysis a = new Analysis(document);
        for (Stage s : stages) {
            s.run(a);
        }
        return a;
    }

    public List<Stage> stages() {
        return stages;
    }
}
