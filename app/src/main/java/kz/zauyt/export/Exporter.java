package kz.zauyt.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import kz.zauyt.registry.Registry;

/**
 * Writes an export to a stream as rows come from the registry: nothing is gathered in memory first
 * (the ledger excepted: the registry judges it whole). The command line and the web's {@code /export}
 * both come here, so a download and a file hold the same rows for the same filters.
 */
public final class Exporter {

    private final Registry registry;
    private final Clock clock;

    public Exporter(Registry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    /** Writes {@code request} to {@code out} (left open); the number of rows written. */
    public long write(ExportRequest request, OutputStream out) throws IOException {
        ProjectReader projects = new ProjectReader(registry.database().jdbi());
        switch (request.format()) {
            case GEOJSON -> {
                GeoJsonWriter w = new GeoJsonWriter(out);
                long n = projects.read(request.projects(), w::write);
                w.finish();
                return n;
            }
            case OC4IDS -> {
                Oc4idsWriter w = new Oc4idsWriter(out, clock.instant());
                long n = projects.read(request.projects(), w::write);
                w.finish();
                return n;
            }
            default -> {
                TableSink sink = switch (request.format()) {
                    case CSV -> new CsvSink(out);
                    case XLSX -> new XlsxSink(out, request.kinds());
                    default -> new JsonLinesSink(out);
                };
                long n = 0;
                for (Kind kind : request.kinds()) {
                    sink.begin(kind, columns(kind));
                    n += table(kind, request, sink, projects);
                    sink.end();
                }
                sink.finish();
                return n;
            }
        }
    }

    static List<Column> columns(Kind kind) {
        return switch (kind) {
            case PROJECTS -> ProjectTable.COLUMNS;
            case INDICATORS -> FactTables.INDICATORS;
            case TARGETS -> FactTables.TARGETS;
            case LEDGER -> LedgerTable.COLUMNS;
        };
    }

    private long table(Kind kind, ExportRequest r, TableSink sink, ProjectReader projects) throws IOException {
        FactTables facts = new FactTables(registry.database().jdbi());
        return switch (kind) {
            case PROJECTS -> projects.read(r.projects(), p -> sink.row(ProjectTable.row(p)));
            case INDICATORS -> facts.indicators(r.metric(), r.region(), sink);
            case TARGETS -> facts.targets(r.metric(), r.region(), sink);
            case LEDGER -> new LedgerTable(registry).write(r.metric(), r.region(), r.state(), r.asOf(), sink);
        };
    }
}
