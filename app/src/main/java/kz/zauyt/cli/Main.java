package kz.zauyt.cli;

import java.util.List;
import kz.zauyt.registry.db.Database;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The command line: {@code zauyt extract|demo ...}. */
@Command(name = "zauyt", mixinStandardHelpOptions = true, version = "zauyt 0.1.0",
        description = "Reads news about Kazakhstan's industry and keeps a sourced registry of projects, indicators and targets.",
        footer = {"", "The registry's folder: --data DIR, else $ZAUYT_DATA, else $XDG_DATA_HOME/zauyt,",
            "else ~/.local/share/zauyt (--db or $ZAUYT_DB names a PostgreSQL server instead).",
            "'projects list' and 'projects show' ask a 'zauyt serve' running on that folder",
            "over HTTP, or the one --server URL names."})
public final class Main implements Runnable {

    /** The subcommands, in the order the usage lists them. */
    private static final List<Class<?>> COMMANDS = List.of(ExtractCommand.class, DemoCommand.class, IngestCommand.class,
            ProjectsCommand.class, ServeCommand.class, SourcesCommand.class, FollowCommand.class, ReextractCommand.class,
            ExportCommand.class, RatesCommand.class, CommandLine.HelpCommand.class);

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine line = new CommandLine(new Main());
        // picocli reads every option of every command it is given, by reflection, before it parses anything:
        // a run names one command, so only that one is read (a tenth of a second of each short batch run)
        Class<?> named = args.length == 0 ? null : COMMANDS.stream()
                .filter(c -> c != CommandLine.HelpCommand.class && c.getAnnotation(Command.class).name().equals(args[0])).findFirst().orElse(null);
        for (Class<?> c : named == null ? COMMANDS : List.of(named)) {
            line.addSubcommand(c);
        }
        return line.setCaseInsensitiveEnumValuesAllowed(true).setExecutionExceptionHandler(Main::refuse).execute(args);
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
        spec.commandLine().usage(System.out);
    }
}
