package kz.zauyt.export;

/**
 * One column of an exported table and the kind of value it holds, so that each format writes it as
 * its readers expect: a number as a number (never "1.2E11"), a date as a date, a list as a list.
 */
public record Column(String name, Type type) {

    /** What a column's cells hold; a cell may always be null. */
    public enum Type {
        /** A String. */
        TEXT,
        /** A Double. */
        NUMBER,
        /** A Long or Integer. */
        INTEGER,
        /** A LocalDate. */
        DATE,
        /** A List of Strings ("; "-joined where a format has no lists). */
        LIST
    }

    public Column {
        if (name == null || !name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("a column name is lower_snake_case, got '" + name + "'");
        }
    }

    public static Column text(String name) {
        return new Column(name, Type.TEXT);
    }

    public static Column number(String name) {
        return new Column(name, Type.NUMBER);
    }

    public static Column integer(String name) {
        return new Column(name, Type.INTEGER);
    }

    public static Column date(String name) {
        return new Column(name, Type.DATE);
    }

    public static Column list(String name) {
        return new Column(name, Type.LIST);
    }
}
