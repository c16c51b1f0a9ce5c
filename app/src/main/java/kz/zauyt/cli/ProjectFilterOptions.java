package kz.zauyt.cli;

import java.util.Locale;
import kz.zauyt.registry.query.ProjectFilter;
import picocli.CommandLine.Option;

/**
 * The project list's filters, one set for every command that narrows projects ({@code projects list},
 * {@code export}), so they take the same values and say the same in {@code --help}. Codes are taken in
 * any case, as the web takes them.
 */
final class ProjectFilterOptions {

    @Option(names = "--region", description = "ISO 3166-2:KZ code, e.g. KZ-39.") String region;
    @Option(names = "--sector", description = "NACE section or division, e.g. C or C29.") String sector;
    @Option(names = "--status", description = "proposed, planned, construction, commissioning, operating, suspended, cancelled.")
    String status;
    @Option(names = "--company", description = "Company name, any script.") String company;
    @Option(names = "--country", description = "Investor's or operator's home country: a code or a name in any language, e.g. CN, China, Китай.")
    String country;
    @Option(names = "--year", description = "With evidence in this year.") Integer year;
    @Option(names = {"-q", "--search"}, description = "Full-text search over names, products and evidence sentences.") String text;

    /** The filter these options make; a bad value is an IllegalArgumentException naming it. */
    ProjectFilter filter() {
        return new ProjectFilter(region(), upper(sector), status, company, country, year, text);
    }

    /** {@code --region} as a code (KZ-39), or null. */
    String region() {
        return upper(region);
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }
}
