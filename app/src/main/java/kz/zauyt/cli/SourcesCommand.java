package kz.zauyt.cli;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import kz.zauyt.follow.KnownSources;
import kz.zauyt.follow.Source;
import kz.zauyt.follow.SourceStatus;
import kz.zauyt.follow.Sources;
import kz.zauyt.follow.Urls;
import kz.zauyt.follow.feed.Listing;
import kz.zauyt.registry.Registry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code zauyt sources add|list|remove}: the feeds, sitemaps and section pages {@code follow} polls, kept in the registry. */
@Command(name = "sources", mixinStandardHelpOptions = true,
        description = "Adds, lists and removes the sources 'zauyt follow' polls (RSS, Atom, news sitemaps, section pages).",
        subcommands = {SourcesCommand.Add.class, SourcesCommand.ListSources.class, SourcesCommand.Remove.class})
final class SourcesCommand implements Runnable {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    @Override
    public void run() {
        picocli.CommandLine.usage(this, System.out);
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Adds a source by its address, or (--known) the Kazakhstan outlets the application ships. Nothing is fetched.")
    static final class Add implements Callable<Integer> {
        @Mixin RegistryOptions db = new RegistryOptions();
        @Parameters(paramLabel = "URL", arity = "0..1", description = "A feed, sitemap or section page (http or https).") String url;
        @Option(names = "--name", description = "A short name (default: the address's host and path).") String name;
        @Option(names = "--every", defaultValue = "10m", description = "How often to poll: 90s, 10m, 1h (default ${DEFAULT-VALUE}).") String every;
        @Option(names = "--kind", defaultValue = "auto",
                description = "auto (recognised when polled), rss, atom, sitemap or section (default ${DEFAULT-VALUE}).") String kind;
        @Option(names = "--links", paramLabel = "REGEX",
                description = "For a section page: a regular expression its article addresses match (default: found by the page's structure).")
        String links;
        @Option(names = "--known", description = "Adds the shipped list of Kazakhstan outlets (EN, RU, KK); those already followed are kept.")
        boolean known;

        @Override
        public Integer call() {
            Source added;
            try {
                if (known == (url != null)) {
                    throw new IllegalArgumentException("give either a URL or --known");
                }
                if (known) {
                    return addKnown();
                }
                URI u = Urls.parse(url);
                Duration interval = Source.every(every);
                Listing.Kind k = Listing.Kind.of(kind);
                if (links != null && k != Listing.Kind.SECTION && k != Listing.Kind.AUTO) {
                    throw new IllegalArgumentException("--links is for section pages, not a source of kind " + kind);
                }
                String n = name != null && !name.isBlank() ? name.strip() : defaultName(u);
                try (Registry r = db.open()) {
                    added = new Sources(r.database().jdbi()).add(u, n, links != null ? Listing.Kind.SECTION : k, links, interval)
                            .orElseThrow(() -> new IllegalArgumentException(u + " is followed already (see 'zauyt sources list')"));
                }
            } catch (IllegalArgumentException | IllegalStateException e) {
                System.err.println("zauyt sources add: " + e.getMessage());
                return 2;
            }
            System.out.println("Added source " + added.id() + " " + added.name() + ": " + added.url() + " (" + added.kind().code()
                    + ", every " + Source.show(added.every()) + ").");
            return 0;
        }

        private int addKnown() {
            List<KnownSources.Known> list = KnownSources.load();
            int added = 0;
            try (Registry r = db.open()) {
                Sources sources = new Sources(r.database().jdbi());
                for (KnownSources.Known k : list) {
                    if (sources.add(k.url(), k.name(), k.kind(), k.linkPattern(), k.every()).isPresent()) {
                        added++;
                    }
                }
            }
            System.out.println("Added " + added + " of the " + list.size() + " known sources (" + (list.size() - added)
                    + " followed already). Nothing was fetched; 'zauyt follow --once' polls them.");
            return 0;
        }

        static String defaultName(URI u) {
            String path = u.getPath() == null ? "" : u.getPath().replaceAll("/+$", "");
            return u.getHost().replaceFirst("^www\\.", "") + path;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists the sources: state (ok, failing since, robots), last poll, articles today and in all, last error.")
    static final class ListSources implements Callable<Integer> {
        @Mixin RegistryOptions db = new RegistryOptions();

        @Override
        public Integer call() {
            List<SourceStatus> list;
            try (Registry r = db.open()) {
                list = new Sources(r.database().jdbi()).statuses();
            } catch (IllegalStateException e) {
                System.err.println("zauyt sources list: " + e.getMessage());
                return 1;
            }
            PrintStream out = System.out;
            for (SourceStatus st : list) {
                Source s = st.source();
                out.printf("%4d  %-22s %-8s every %-4s %s%n", s.id(), s.name(), s.kind().code(), Source.show(s.every()), s.url());
                out.printf("      %s; last poll %s; articles today %d, in all %d%s%n", state(s),
                        s.lastPoll() == null ? "never" : WHEN.format(s.lastPoll()), st.articlesToday(), st.articlesAll(),
                        st.pending() == 0 ? "" : ", " + st.pending() + " queued");
                if (s.lastError() != null) {
                    out.println("      last error: " + s.lastError());
                }
            }
            out.println(list.size() + " source" + (list.size() == 1 ? "" : "s") + ".");
            return 0;
        }

        static String state(Source s) {
            return switch (s.state()) {
                case "failing" -> "failing since " + WHEN.format(s.failingSince()) + " (" + s.failures() + " poll"
                        + (s.failures() == 1 ? "" : "s") + ")";
                case "robots" -> "robots.txt disallows it";
                case "new" -> "not polled yet";
                default -> "ok";
            };
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Stops following a source (by id, name or address); the articles it brought stay in the registry.")
    static final class Remove implements Callable<Integer> {
        @Mixin RegistryOptions db = new RegistryOptions();
        @Parameters(paramLabel = "SOURCE", description = "Its id, name or address, as 'sources list' shows.") String which;

        @Override
        public Integer call() {
            try (Registry r = db.open()) {
                if (!new Sources(r.database().jdbi()).remove(which)) {
                    System.err.println("zauyt sources remove: no source is '" + which + "' (see 'zauyt sources list')");
                    return 1;
                }
            } catch (IllegalStateException e) {
                System.err.println("zauyt sources remove: " + e.getMessage());
                return 1;
            }
            System.out.println("Removed source " + which + ".");
            return 0;
        }
    }
}
