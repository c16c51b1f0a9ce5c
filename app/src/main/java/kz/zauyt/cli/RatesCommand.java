package kz.zauyt.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import kz.zauyt.money.RatesUpdate;
import kz.zauyt.registry.db.DatabaseConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code zauyt rates update --from URL_OR_FILE}: the National Bank's official rates, laid over the shipped table. */
@Command(name = "rates", mixinStandardHelpOptions = true,
        description = "Updates the KZT exchange rates figures are converted with.",
        subcommands = {RatesCommand.Update.class})
final class RatesCommand implements Runnable {

    @Override
    public void run() {
        picocli.CommandLine.usage(this, System.out);
    }

    @Command(name = "update", mixinStandardHelpOptions = true,
            description = "Reads a day of the National Bank of Kazakhstan's rates XML (https://nationalbank.kz/rss/get_rates.cfm?fdate=DD.MM.YYYY, "
                    + "or a saved file) into DATA/rates/nbk-rates.tsv; the registry converts with them when it next opens.")
    static final class Update implements Callable<Integer> {
        @Option(names = "--from", required = true, paramLabel = "URL_OR_FILE", description = "An http(s) address or a file of the rates XML.")
        String from;
        @Option(names = "--data", paramLabel = "DIR", description = "The data folder (default: ./data).")
        Path data;

        @Override
        public Integer call() {
            RatesUpdate.Result r = RatesUpdate.run(from, data == null ? DatabaseConfig.DEFAULT_DATA_DIR : data);
            System.out.println("Read " + r.read() + " rates of " + r.day() + " from " + from + "; " + r.file() + " holds "
                    + r.held() + " rates.");
            return 0;
        }
    }
}
