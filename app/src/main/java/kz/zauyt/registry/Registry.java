package kz.zauyt.registry;

import kz.zauyt.money.MoneySync;
import kz.zauyt.money.Rates;
import kz.zauyt.registry.db.Database;
import kz.zauyt.registry.db.DatabaseConfig;
import kz.zauyt.registry.document.DocumentStore;
import kz.zauyt.registry.project.ProjectEdits;
import kz.zauyt.registry.query.DocumentViews;
import kz.zauyt.registry.query.ProjectSearch;
import kz.zauyt.registry.query.ProjectViews;
import kz.zauyt.registry.ledger.TargetLedger;

/**
 * The registry's services over one open database: what the command line and the web hold on to.
 * Closing it closes the database (and stops the embedded server).
 */
public final class Registry implements AutoCloseable {

    private final Database database;
    private final DocumentStore documents;
    private final ProjectSearch search;
    private final ProjectViews projects;
    private final ProjectEdits edits;
    private final DocumentViews documentViews;
    private final TargetLedger ledger;

    public Registry(Database database) {
        this.database = database;
        this.documents = new DocumentStore(database.jdbi());
        this.search = new ProjectSearch(database.jdbi());
        this.projects = new ProjectViews(database.jdbi());
        this.edits = new ProjectEdits(database.jdbi());
        this.documentViews = new DocumentViews(database.jdbi());
        this.ledger = new TargetLedger(database.jdbi());
    }

    public static Registry open(DatabaseConfig config) {
        // the data folder's rates (zauyt rates update) over the shipped ones, for the migrations too
        Rates rates = Rates.load(config.isEmbedded() ? config.dataDir() : DatabaseConfig.DEFAULT_DATA_DIR);
        Rates.use(rates);
        Registry r = new Registry(Database.open(config));
        try {
            MoneySync.sync(r.database.jdbi(), rates);
        } catch (RuntimeException e) {
            r.close();
            throw e;
        }
        return r;
    }

    public Database database() {
        return database;
    }

    public DocumentStore store() {
        return documents;
    }

    public ProjectSearch search() {
        return search;
    }

    public ProjectViews projects() {
        return projects;
    }

    public ProjectEdits edits() {
        return edits;
    }

    public DocumentViews documents() {
        return documentViews;
    }

    public TargetLedger ledger() {
        return ledger;
    }

    @Override
    public void close() {
        database.close();
    }
}
