package kz.zauyt.registry.query;

import java.util.Map;

/**
 * One group of projects: its key (null for projects where it is unknown), how many, and the sum of
 * their latest investment figures per currency (never converted: the news gives tenge and dollars).
 */
public record Total(String key, long projects, Map<String, Double> investment) {

    public Total {
        if (projects < 1) {
            throw new IllegalArgumentException("a total needs at least one project, got " + projects);
        }
        investment = Map.copyOf(investment);
    }
}
