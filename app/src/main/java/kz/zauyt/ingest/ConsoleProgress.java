package kz.zauyt.ingest;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on stderr, for runs on a terminal. */
public final class ConsoleProgress implements Progress {

    private ProgressBar bar;

    /** A bar when stderr is a terminal, else nothing: a bar in a log file or a pipe is noise. */
    public static Progress forTerminal() {
        return System.console() != null ? new ConsoleProgress() : Progress.NONE;
    }

    @Override
    public void start(long total) {
        bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                .setUnit(" docs", 1).showSpeed().setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                .build();
    }

    @Override
    public void done(String source) {
        bar.step();
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
