package kz.zauyt.extract.org;

import kz.zauyt.extract.text.Span;

/** An organisation named in a text, at tokens {@code [from, to)}; {@code name} is as written, legal form dropped when it leads. */
public record Org(String name, int from, int to, Span span) {
    public Org {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("organisation name is empty");
        }
    }
}
