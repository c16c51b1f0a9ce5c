package kz.zauyt.cli;

import kz.zauyt.registry.db.Database;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code zauyt extract|demo ...}. */
@Command(name = "zauyt", mixinStandardHelpOptions = true, version = "zauyt 0.1.0",
        description = "Reads news about Kazakhstan's industry and keeps a sourced registry of projects, indicators and targets.",
        footer = {"", "The registry's folder: --data DIR, else $ZAUYT_DATA, else $XDG_DATA_HOME/zauyt,",
            "else ~/.local/share/zauyt (--db or $ZAUYT_DB names a PostgreSQL server instead).",
            "'projects list' and 'projects show' ask a 'zauyt serve' running on that folder",
            "over HTTP, or the one --server URL names."},
        subcommands = {ExtractCommand.class, DemoCommand.class, IngestCommand.class, ProjectsCommand.class, ServeCommand.class,
            SourcesCommand.class, FollowCommand.class, ReextractCommand.class, ExportCommand.class, RatesCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(Main::refuse).execute(args);
    }

    /**
     * A user's mistake (a bad option value, a registry that cannot be reached, a busy port) is one line
     * on stderr; anything else is a bug, and keeps its stack trace.
     */
    private static int refuse(Exception e, CommandLine command, CommandLine.ParseResult parsed) throws Exception {
        if (!(e instanceof IllegalArgumentException) && !(e instanceof Database.Unavailable) && !(e instanceof Remote.Unreachable)) {
            throw e;
        }
        String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        command.getErr().println(command.getCommandSpec().qualifiedName() + ": " + message);
        return e instanceof IllegalArgumentException ? 2 : 1;
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
