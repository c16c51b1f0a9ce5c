package kz.zauyt.extract.pipeline;

import java.util.HashMap;
import java.util.Map;
import kz.zauyt.extract.document.Document;

/** One document going through the pipeline: the immutable document and the layers stages add. */
public final class Analysis {

    private final Document document;
    private final Map<Layer<?>, Object> layers = new HashMap<>();

    public Analysis(Document document) {
        this.document = document;
    }

    public Document document() {
        return document;
    }

    @SuppressWarnings("unchecked")
    public <T> T get(Layer<T> layer) {
        Object v = layers.get(layer);
        if (v == null) {
            throw new IllegalStateException("layer '" + layer + "' has not been added to " + document.source());
        }
        return (T) v;
    }

    public <T> void put(Layer<T> layer, T value) {
        if (layers.putIfAbsent(layer, value) != null) {
            throw new IllegalStateException("layer '" + layer + "' was added twice");
        }
    }
}
