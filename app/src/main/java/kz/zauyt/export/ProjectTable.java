package kz.zauyt.export;

import java.util.ArrayList;
import java.util.List;
import kz.zauyt.web.Lang;
import kz.zauyt.web.Regions;

/**
 * The projects as a table: what the registry says about each, where it is, and for its main values
 * the sentence and the article they were read from.
 */
final class ProjectTable {

    static final List<Column> COLUMNS = List.of(Column.integer("id"), Column.text("name"), Column.text("status"),
            Column.date("status_since"), Column.text("region"), Column.text("region_name"), Column.text("place"),
            Column.text("zone"), Column.number("latitude"), Column.number("longitude"), Column.text("location_precision"),
            Column.text("sector"), Column.list("companies"), Column.list("investor_countries"), Column.list("products"),
            Column.number("investment"), Column.text("currency"), Column.integer("jobs"), Column.date("first_evidence"),
            Column.date("last_evidence"), Column.integer("mentions"),
            Column.text("evidence"), Column.text("source"), Column.text("source_title"), Column.date("source_published"),
            Column.text("status_evidence"), Column.text("status_source"),
            Column.text("investment_evidence"), Column.text("investment_source"),
            Column.text("jobs_evidence"), Column.text("jobs_source"));

    private ProjectTable() {
    }

    static Object[] row(ExportedProject p) {
        Locations.Location at = Locations.of(p.place(), p.region());
        List<Object> r = new ArrayList<>(COLUMNS.size());
        r.add(p.id());
        r.add(p.name());
        r.add(p.status());
        r.add(p.statusDate());
        r.add(p.region());
        r.add(p.region() == null ? null : Regions.name(p.region(), Lang.EN));
        r.add(p.place());
        r.add(p.zone());
        r.add(at.lat());
        r.add(at.lon());
        r.add(at.precision());
        r.add(p.sector());
        r.add(p.companies());
        r.add(p.countries());
        r.add(p.products());
        r.add(p.investment());
        r.add(p.currency());
        r.add(p.jobs());
        r.add(p.firstEvidence());
        r.add(p.lastEvidence());
        r.add(p.mentions());
        r.add(p.latest().sentence());
        r.add(p.latest().source());
        r.add(p.latest().title());
        r.add(p.latest().published());
        r.add(p.statusEvidence().sentence());
        r.add(p.statusEvidence().source());
        r.add(p.investmentEvidence().sentence());
        r.add(p.investmentEvidence().source());
        r.add(p.jobsEvidence().sentence());
        r.add(p.jobsEvidence().source());
        return r.toArray();
    }
}
