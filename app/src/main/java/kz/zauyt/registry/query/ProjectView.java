package kz.zauyt.registry.query;

import java.util.List;
import kz.zauyt.registry.project.MentionRecord;
import kz.zauyt.registry.project.StatusStep;

/**
 * A project page: the summary, the dated status timeline, each field's reported values with their
 * sources, and the mentions with the reason each joined (first evidence first).
 */
public record ProjectView(ProjectRow project, List<StatusStep> timeline, List<FieldValues> fields,
                          List<MentionRecord> mentions) {

    public ProjectView {
        timeline = List.copyOf(timeline);
        fields = List.copyOf(fields);
        mentions = List.copyOf(mentions);
    }

    public FieldValues field(String name) {
        return fields.stream().filter(f -> f.field().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("a project has no field '" + name + "'"));
    }
}
