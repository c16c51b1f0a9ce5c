package kz.zauyt.extract.fact;

import kz.zauyt.extract.gazetteer.Gazetteer;

/** A place's name as a fact shows it: in the script the article wrote it, in the nominative. */
final class Places {

    private Places() {
    }

    static String nominative(Gazetteer.Hit h) {
        String name = nominative(h.entry(), h.surface());
        return name == null ? h.surface() : name;
    }

    /**
     * The town a zone is named after, in the zone's script ("Turkistan special economic zone",
     * «индустриальная зона Туркестана»): a plant in the zone is in that town. Null when no word of the
     * zone's name is a town of its region ("Saryarka SEZ").
     */
    static String ofZone(Gazetteer.Hit zone) {
        for (String word : zone.surface().split("[^\\p{L}-]+")) {
            Gazetteer.Entry town = word.length() < 3 ? null : Gazetteer.shared().place(word);
            if (town != null && town.kind() == Gazetteer.Kind.PLACE && town.code().equals(zone.code())) {
                return nominative(town, zone.surface());
            }
        }
        return null;
    }

    private static String nominative(Gazetteer.Entry entry, String surface) {
        boolean cyrillic = surface.chars().anyMatch(ch -> ch >= 0x400 && ch <= 0x4FF);
        for (String name : entry.names()) {
            boolean nameCyrillic = name.chars().anyMatch(ch -> ch >= 0x400 && ch <= 0x4FF);
            if (nameCyrillic == cyrillic) {
                return name;
            }
        }
        return null;
    }
}
