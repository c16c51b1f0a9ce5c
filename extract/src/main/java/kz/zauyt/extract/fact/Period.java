package kz.zauyt.extract.fact;

/** The stretch of time a figure covers, ISO 8601 bounds; {@code to} is null for "since 2023". */
public record Period(String from, String to) {
}
