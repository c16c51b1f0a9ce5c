package kz.zauyt.follow;

import static kz.zauyt.follow.FollowingTest.count;
import static kz.zauyt.follow.FollowingTest.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import kz.zauyt.extract.Extractor;
import kz.zauyt.follow.fetch.FetcherTest;
import kz.zauyt.ingest.Progress;
import kz.zauyt.registry.Registry;
import kz.zauyt.registry.TestDb;
import kz.zauyt.registry.db.DatabaseConfig;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's newsroom followed as the demo follows it: real HTTP on loopback, a real registry. */
class DemoNewsroomTest {

    private static final Duration INTERVAL = Duration.ofSeconds(4);

    @Test
    void itsArticlesArriveOneByOneAndASecondDemoFollowsTheSameSource(@TempDir Path dir) throws Exception {
        DatabaseConfig db = TestDb.freshSchema("demo_newsroom");
        try (Registry registry = Registry.open(db);
             Following following = new Following(registry, FetcherTest.fast(), dir.resolve("warc"), 2, Extractor::load,
                     Clock.systemUTC())) {
            Jdbi jdbi = registry.database().jdbi();
            int total;
            try (DemoNewsroom newsroom = DemoNewsroom.start(INTERVAL, Clock.systemUTC())) {
                total = newsroom.size();
                assertThat(total).as("a handful of items").isBetween(5, 9);
                newsroom.follow(following.sources(), Duration.ofSeconds(1));
                String like = "select count(*) from document where url like '" + newsroom.feed().resolve("/news/") + "%'";
                ByteArrayOutputStream log = new ByteArrayOutputStream();
                Thread loop = FollowingTest.looping(following, log);
                try {
                    waitFor(() -> count(jdbi, like) >= 1, Duration.ofSeconds(60));
                    long early = count(jdbi, like);
                    waitFor(() -> !statuses(jdbi, "Ertis Alloys LLP").isEmpty(), Duration.ofSeconds(10));
                    assertThat(statuses(jdbi, "Ertis Alloys LLP")).as("the first item: a plant under construction")
                            .containsExactly("construction");
                    assertThat(early).as("at first only the early items").isLessThan(total)
                            .isLessThanOrEqualTo(newsroom.published());
                    waitFor(() -> count(jdbi, like) == total, INTERVAL.multipliedBy(total).plusSeconds(60));
                    assertThat(statuses(jdbi, "Ertis Alloys LLP")).as("its later launch changes the same project's state")
                            .containsExactly("operating");
                    assertThat(statuses(jdbi, "Тобол Агромаш")).containsExactly("operating");
                    System.out.printf("demo newsroom: %d of %d articles at first, all %d later%n", early, total, total);
                } finally {
                    following.stop();
                    loop.join(10_000);
                }
                assertThat(log.toString(StandardCharsets.UTF_8)).as("no poll or article failed").doesNotContain(" 1 failing", "failed:");
            }

            try (DemoNewsroom again = DemoNewsroom.start(INTERVAL, Clock.systemUTC())) {
                again.follow(following.sources(), Duration.ofSeconds(2));
                assertThat(following.sources().all()).as("a second demo run adds no second source").singleElement()
                        .satisfies(s -> assertThat(s.url()).isEqualTo(again.feed()))
                        .satisfies(s -> assertThat(s.every()).as("polled as this run asks").isEqualTo(Duration.ofSeconds(2)));
                Round round = following.once(Progress.NONE);
                assertThat(round.failing()).as("the source follows the new port").isZero();
                assertThat(count(jdbi, "select count(*) from document")).as("the same texts are not stored twice")
                        .isEqualTo(total);
            }
        } finally {
            TestDb.drop(db);
        }
    }

    /** The status of each project naming {@code company}: one project per plant, whatever stage its news tells. */
    private static List<String> statuses(Jdbi jdbi, String company) {
        return jdbi.withHandle(h -> h.createQuery("select coalesce(status, '-') from project where :c = any(companies) order by id")
                .bind("c", company).mapTo(String.class).list());
    }
}
