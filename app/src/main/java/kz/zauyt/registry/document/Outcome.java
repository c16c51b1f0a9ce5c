package kz.zauyt.registry.document;

/** What storing one document did. */
public enum Outcome {
    /** The registry had not seen this text. */
    NEW,
    /** Stored before by this extractor version or a newer one: nothing changed. */
    UNCHANGED,
    /** Stored before by an older extractor: its facts were replaced, nothing else. */
    REEXTRACTED
}
