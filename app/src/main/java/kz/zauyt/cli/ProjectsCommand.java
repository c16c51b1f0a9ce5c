package kz.zauyt.cli;

import java.io.PrintStream;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.zauyt.registry.Registry;
import kz.zauyt.registry.project.MentionRecord;
import kz.zauyt.registry.project.ReviewPair;
import kz.zauyt.registry.project.Reviews;
import kz.zauyt.registry.project.StatusStep;
import kz.zauyt.registry.query.FieldValues;
import kz.zauyt.registry.query.Page;
import kz.zauyt.registry.query.Paging;
import kz.zauyt.registry.query.ProjectFilter;
import kz.zauyt.registry.query.ProjectRow;
import kz.zauyt.registry.query.ProjectView;
import kz.zauyt.registry.query.Reported;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code zauyt projects list|show|split|merge|review}: the registry's projects, and corrections to their grouping. */
@Command(name = "projects", mixinStandardHelpOptions = true,
        description = "Lists and shows the registry's projects; splits and merges them by hand (kept across re-ingests).",
        subcommands = {ProjectsCommand.ListProjects.class, ProjectsCommand.Show.class, ProjectsCommand.Split.class,
            ProjectsCommand.Merge.class, ProjectsCommand.Review.class})
final class ProjectsCommand implements Runnable {

    static final String SERVER = "A running 'zauyt serve' to ask over HTTP (its JSON API) instead of opening the registry, "
            + "e.g. http://127.0.0.1:7070; a serve on the same embedded registry (--data) is found without it.";

    @Override
    public void run() {
        picocli.CommandLine.usage(this, System.out);
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists projects, newest evidence first.")
    static final class ListProjects implements Callable<Integer> {
        @Mixin RegistryOptions db;
        @Mixin ProjectFilterOptions filters;
        @Option(names = "--page", defaultValue = "1") int page;
        @Option(names = "--size", defaultValue = "20") int size;
        @Option(names = "--server", paramLabel = "URL", description = SERVER) URI server;

        @Override
        public Integer call() {
            ProjectFilter f;
            Paging paging;
            try {
                f = filters.filter();
                paging = new Paging(page, size);
            } catch (IllegalArgumentException e) {
                return refuse("list", e);
            }
            Optional<Page<ProjectRow>> asked = Remote.ask(server, db, remote -> remote.projects(f, paging));
            if (asked.isPresent()) {
                ProjectLines.list(asked.get(), f, System.out);
                return 0;
            }
            try (Registry r = db.open()) {
                ProjectLines.list(r.search().search(f, paging), f, System.out);
                return 0;
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Shows a project: status timeline, every reported value with its sources, and its mentions.")
    static final class Show implements Callable<Integer> {
        @Mixin RegistryOptions db;
        @Parameters(paramLabel = "PROJECT") long id;
        @Option(names = "--server", paramLabel = "URL", description = SERVER) URI server;

        @Override
        public Integer call() {
            Optional<Optional<ProjectView>> asked = Remote.ask(server, db, remote -> remote.project(id));
            if (asked.isPresent()) {
                return show(asked.get());
            }
            try (Registry r = db.open()) {
                return show(r.projects().get(id));
            }
        }

        private int show(Optional<ProjectView> v) {
            if (v.isEmpty()) {
                System.err.println("zauyt projects show: there is no project " + id);
                return 1;
            }
            ProjectLines.show(v.get(), System.out);
            return 0;
        }
    }

    @Command(name = "split", mixinStandardHelpOptions = true,
            description = "Moves mentions of a project to a new project; kept across re-ingests.")
    static final class Split implements Callable<Integer> {
        @Mixin RegistryOptions db;
        @Parameters(index = "0", paramLabel = "PROJECT") long id;
        @Option(names = "--mention", arity = "1..*", required = true, paramLabel = "MENTION",
                description = "Mention ids (see 'projects show') to move out.") List<Long> mentions;

        @Override
        public Integer call() {
            try (Registry r = db.open()) {
                long created = r.edits().split(id, mentions);
                System.out.println("Moved mention(s) " + mentions + " of project " + id + " to new project " + created + ".");
                return 0;
            } catch (IllegalArgumentException e) {
                return refuse("split", e);
            }
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = "Merges projects into the first one; kept across re-ingests.")
    static final class Merge implements Callable<Integer> {
        @Mixin RegistryOptions db;
        @Parameters(index = "0", paramLabel = "INTO") long into;
        @Parameters(index = "1..*", arity = "1..*", paramLabel = "OTHER") List<Long> others;

        @Override
        public Integer call() {
            try (Registry r = db.open()) {
                r.edits().merge(into, others);
                System.out.println("Merged project(s) " + others + " into project " + into + ".");
                return 0;
            } catch (IllegalArgumentException e) {
                return refuse("merge", e);
            }
        }
    }

    @Command(name = "review", mixinStandardHelpOptions = true,
            description = "Lists the pairs of projects resolution was unsure about; answers one (kept across re-ingests).")
    static final class Review implements Callable<Integer> {
        @Mixin RegistryOptions db;
        @Option(names = "--same", paramLabel = "REVIEW", description = "The pair is one plant: merge its projects.") Long same;
        @Option(names = "--different", paramLabel = "REVIEW", description = "The pair is two plants: keep them apart.")
        Long different;
        @Option(names = "--limit", defaultValue = "50", description = "How many pending pairs to list.") int limit;

        @Override
        public Integer call() {
            if (same != null && different != null) {
                System.err.println("zauyt projects review: answer one pair at a time, --same or --different, not both");
                return 2;
            }
            try (Registry r = db.open()) {
                Reviews reviews = new Reviews(r.database().jdbi(), r.edits());
                if (same != null || different != null) {
                    ReviewPair p = reviews.decide(same != null ? same : different, same != null);
                    System.out.printf("Review %d: projects %d and %d %s.%n", p.id(), p.project(), p.other(),
                            same != null ? "merged into project " + p.other() : "kept apart");
                    return 0;
                }
                List<ReviewPair> pending = reviews.pending(Math.max(1, limit));
                for (ReviewPair p : pending) {
                    System.out.printf("%6d  %5.1f  #%d %s  ~  #%d %s%n        %s%n", p.id(), p.score(), p.project(), p.name(),
                            p.other(), p.otherName(), p.reason());
                }
                System.out.printf("%d pair%s to review; answer with --same REVIEW or --different REVIEW%n", pending.size(),
                        pending.size() == 1 ? "" : "s");
                return 0;
            } catch (IllegalArgumentException e) {
                return refuse("review", e);
            }
        }
    }

    /** A request that makes no sense: its reason on stderr, not a stack trace. */
    static int refuse(String command, RuntimeException e) {
        System.err.println("zauyt projects " + command + ": " + e.getMessage());
        return 2;
    }
}
