package dev.opsdiff.engine;

/**
 * Where an analysis says how far it got: a phase ("parsing after"), its size and each step. The command line shows it
 * on a terminal; everything else passes {@link #NONE}. Called from parser threads, so implementations are thread-safe.
 */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void phase(String name, int total) {
        }

        @Override
        public void step() {
        }

        @Override
        public void done() {
        }
    };

    /** A phase starts; {@code total} steps, or 0 when unknown. */
    void phase(String name, int total);

    /** One step of the current phase is done. */
    void step();

    /** The analysis is over: clear whatever was shown. */
    void done();
}
