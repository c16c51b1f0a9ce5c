package kz.zauyt.registry.query;

import java.util.Map;

/**
 * One group of projects: its key (null for projects where it is unknown), how many, the sum of their
 * latest investment figures per currency as reported, and the same figures converted to KZT and USD at
 * the National Bank's rate of each figure's date ({@code kzt}, {@code usd}: null when none converts).
 */
public record Total(String key, long projects, Map<String, Double> investment, Double kzt, Double usd) {

    public Total {
        if (projects < 1) {
            throw new IllegalArgumentException("a total needs at least one project, got " + projects);
        }
        investment = Map.copyOf(investment);
    }
}
