package kz.zauyt.follow;

import java.util.List;

/**
 * Articles and listings written for the tests: each article reports one plant (its product, town,
 * investment and jobs differ), in English or Russian, so the registry has a project to show for it.
 */
public final class Newsroom {

    private static final String[] PRODUCTS_EN = {"cement", "glass", "brick", "paint", "tile", "fertiliser", "battery", "pipe"};
    private static final String[] PRODUCTS_RU = {"цементный", "стекольный", "кирпичный", "лакокрасочный", "плиточный",
        "тукосмесительный", "аккумуляторный", "трубный"};
    private static final String[] TOWNS_EN = {"Shymkent", "Aktobe", "Karaganda", "Pavlodar", "Kostanay", "Taraz", "Atyrau", "Oral"};
    private static final String[] TOWNS_RU = {"Шымкенте", "Актобе", "Караганде", "Павлодаре", "Костанае", "Таразе", "Атырау", "Уральске"};

    private Newsroom() {
    }

    /** Article {@code i} in English (even) or Russian (odd); {@code edition} changes its text, as an update would. */
    public static String article(int i, int edition) {
        int k = i % PRODUCTS_EN.length;
        String day = String.format("2026-11-%02d", 1 + i % 28);
        String body;
        String title;
        if (i % 2 == 0) {
            title = "A " + PRODUCTS_EN[k] + " plant opens in " + TOWNS_EN[k];
            body = "<p>ASTANA, November " + (1 + i % 28) + ", 2026 – A " + PRODUCTS_EN[k] + " plant worth " + (10 + i)
                    + " billion tenge with " + (100 + 10 * i) + " jobs was launched in " + TOWNS_EN[k] + ".</p>"
                    + "<p>The company said the plant would supply builders across the region and beyond. Officials of the "
                    + "region attended the opening and toured the new production lines with the managers.</p>"
                    + (edition > 0 ? "<p>Update " + edition + ": the company later said the second line would start next spring.</p>" : "");
        } else {
            title = "В городе " + TOWNS_RU[k] + " открыт " + PRODUCTS_RU[k] + " завод";
            body = "<p>АСТАНА, " + (1 + i % 28) + " ноября 2026 года. В " + TOWNS_RU[k] + " запущен " + PRODUCTS_RU[k]
                    + " завод стоимостью " + (10 + i) + " млрд тенге, на котором создано " + (100 + 10 * i) + " рабочих мест.</p>"
                    + "<p>Продукция предприятия будет поставляться строителям области и соседних регионов. На открытии "
                    + "побывали руководители области и осмотрели новые производственные линии.</p>"
                    + (edition > 0 ? "<p>Дополнение " + edition + ": вторая линия заработает весной.</p>" : "");
        }
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title>"
                + "<meta property=\"article:published_time\" content=\"" + day + "T09:00:00+05:00\"></head>"
                + "<body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>" + title + "</h1>"
                + body + "</article><footer>© Test newsroom</footer></body></html>";
    }

    /** An RSS 2.0 feed listing {@code items} (absolute URLs), newest last in the list given, each with its date. */
    public static String rss(List<String> urls, List<String> dates) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                + "<title>Test newsroom</title><link>http://127.0.0.1/</link>\n");
        for (int i = urls.size() - 1; i >= 0; i--) {
            b.append("<item><title>Item ").append(i).append(" &mdash; news</title><link>").append(urls.get(i))
                    .append("</link><pubDate>").append(dates.get(i)).append("</pubDate></item>\n");
        }
        return b.append("</channel></rss>").toString();
    }

    public static String atom(List<String> urls) {
        StringBuilder b = new StringBuilder("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Test</title>\n");
        for (int i = urls.size() - 1; i >= 0; i--) {
            b.append("<entry><title>Entry ").append(i).append("</title><link href=\"").append(urls.get(i))
                    .append("\"/><updated>2026-12-0").append(1 + i % 9).append("T00:00:00Z</updated></entry>\n");
        }
        return b.append("</feed>").toString();
    }

    public static String sitemap(List<String> urls) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset "
                + "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n");
        for (String u : urls) {
            b.append("<url><loc>").append(u).append("</loc><news:news><news:publication_date>2026-12-01</news:publication_date>"
                    + "</news:news></url>\n");
        }
        return b.append("</urlset>").toString();
    }

    /** A section page: navigation, then links to {@code urls} with their headlines. */
    public static String section(List<String> urls) {
        StringBuilder b = new StringBuilder("<html><body><nav><a href=\"/\">Home</a><a href=\"/tag/industry/\">Industry</a></nav><ul>");
        for (String u : urls) {
            b.append("<li><a href=\"").append(u).append("\">A headline about a new plant</a></li>");
        }
        return b.append("</ul></body></html>").toString();
    }
}
