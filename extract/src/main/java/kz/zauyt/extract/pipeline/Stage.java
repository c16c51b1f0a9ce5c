package kz.zauyt.extract.pipeline;

import java.util.Set;

/**
 * One step of the engine. A stage keeps no per-document state: everything it reads and writes goes
 * through the {@link Analysis}. It declares the layers it needs and adds so that a pipeline can be
 * checked when it is built, not when a document fails.
 */
public interface Stage {

    String name();

    Set<Layer<?>> needs();

    Set<Layer<?>> adds();

    void run(Analysis analysis);
}
