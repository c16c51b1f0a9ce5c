package kz.zauyt.export;

import java.time.LocalDate;
import java.util.List;

/**
 * A project as exported: the registry's summary of it, and the evidence behind its main values: the
 * newest report ({@code latest}), the first report of its current status, and the reports giving its
 * investment and its jobs.
 */
public record ExportedProject(long id, String name, String status, LocalDate statusDate, String region, String place,
                             String zone, String sector, List<String> companies, List<String> countries,
                             List<String> products, Double investment, String currency, Long jobs,
                             LocalDate firstEvidence, LocalDate lastEvidence, int mentions, Evidence latest,
                             Evidence statusEvidence, Evidence investmentEvidence, Evidence jobsEvidence) {

    public ExportedProject {
        companies = List.copyOf(companies);
        countries = List.copyOf(countries);
        products = List.copyOf(products);
    }
}
