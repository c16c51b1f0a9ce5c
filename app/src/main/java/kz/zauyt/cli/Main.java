package kz.zauyt.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code zauyt extract|demo ...}. */
@Command(name = "zauyt", mixinStandardHelpOptions = true, version = "zauyt 0.1.0",
        description = "Reads news about Kazakhstan's industry and keeps a sourced registry of projects, indicators and targets.",
        subcommands = {ExtractCommand.class, DemoCommand.class, IngestCommand.class, ProjectsCommand.class, ServeCommand.class,
            SourcesCommand.class, FollowCommand.class, ReextractCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
