package kz.zauyt.extract.fact;

/** A capacity in base units: 15000 unit per year, 350 MW. {@code per} is year, month, day or null. */
public record Capacity(double value, String unit, String per) {
    public Capacity {
        if (!Double.isFinite(value) || value <= 0) {
            throw new IllegalArgumentException("capacity must be a positive number, got " + value);
        }
        if (unit == null || unit.isBlank()) {
            throw new IllegalArgumentException("capacity needs a unit");
        }
        if (per != null && !per.equals("year") && !per.equals("month") && !per.equals("day")) {
            throw new IllegalArgumentException("capacity per must be year, month or day, got '" + per + "'");
        }
    }
}
