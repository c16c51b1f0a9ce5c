package kz.zauyt.extract.fact;

import kz.zauyt.extract.gazetteer.Gazetteer;

/** A place's name as a fact shows it: in the script the article wrote it, in the nominative. */
final class Places {

    private Places() {
    }

    static String nominative(Gazetteer.Hit h) {
        boolean cyrillic = h.surface().chars().anyMatch(ch -> ch >= 0x400 && ch <= 0x4FF);
        for (String name : h.entry().names()) {
            boolean nameCyrillic = name.chars().anyMatch(ch -> ch >= 0x400 && ch <= 0x4FF);
            if (nameCyrillic == cyrillic) {
                return name;
            }
        }
        return h.surface();
    }
}
