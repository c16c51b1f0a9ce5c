package kz.zauyt.registry.query;

import java.util.List;

/**
 * Every value the news reported for one field of a project. {@code conflicting} marks a field that
 * should have one value but was given several (two investment amounts, two regions): the web shows
 * them side by side rather than pick one silently.
 */
public record FieldValues(String field, boolean conflicting, List<Reported> values) {

    public FieldValues {
        values = List.copyOf(values);
    }
}
