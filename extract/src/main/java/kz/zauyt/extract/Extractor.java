package kz.zauyt.extract;

import java.nio.file.Path;
import java.util.List;
import kz.zauyt.extract.document.Cleaner;
import kz.zauyt.extract.document.Document;
import kz.zauyt.extract.document.DocumentReader;
import kz.zauyt.extract.document.ReadException;
import kz.zauyt.extract.document.SentenceSplitter;
import kz.zauyt.extract.fact.FactStage;
import kz.zauyt.extract.gazetteer.Gazetteer;
import kz.zauyt.extract.gazetteer.GazetteerStage;
import kz.zauyt.extract.org.OrgFinder;
import kz.zauyt.extract.org.OrgStage;
import kz.zauyt.extract.pipeline.Analysis;
import kz.zauyt.extract.pipeline.Layers;
import kz.zauyt.extract.pipeline.Pipeline;
import kz.zauyt.extract.value.ValueReader;
import kz.zauyt.extract.value.ValueStage;

/**
 * The engine's front door: text in, facts out. Build one (it loads every lexicon once, in well
 * under a second) and share it between threads.
 */
public final class Extractor {

    /** Bumped whenever extraction output can change; the registry re-extracts older documents. */
    public static final String VERSION = "0.1.0";

    private final DocumentReader reader;
    private final Pipeline pipeline;

    private Extractor(DocumentReader reader, Pipeline pipeline) {
        this.reader = reader;
        this.pipeline = pipeline;
    }

    public static Extractor load() {
        ValueReader values = ValueReader.load();
        DocumentReader reader = new DocumentReader(Cleaner.load(), SentenceSplitter.load(), values);
        Pipeline pipeline = Pipeline.of(List.of(new ValueStage(values), new GazetteerStage(Gazetteer.shared()),
                new OrgStage(OrgFinder.load()), FactStage.load()));
        return new Extractor(reader, pipeline);
    }

    public DocumentReader reader() {
        return reader;
    }

    public Extraction extract(Path path) throws ReadException {
        return extract(reader.read(path));
    }

    public Extraction extract(Document document) {
        Analysis a = pipeline.run(document);
        return new Extraction(document, a.get(Layers.PROJECTS), a.get(Layers.INDICATORS), a.get(Layers.TARGETS),
                a.get(Layers.VALUES));
    }
}
