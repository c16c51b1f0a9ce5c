package kz.zauyt.money;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The National Bank of Kazakhstan's daily rates as it publishes them
 * ({@code https://nationalbank.kz/rss/get_rates.cfm?fdate=DD.MM.YYYY}): {@code <rates><date>05.12.2026</date>
 * <item><title>USD</title><description>470.5</description><quant>1</quant></item>...</rates>}, where
 * {@code description} is the tenge for {@code quant} units (100 for the won and the soum).
 */
public final class NbkXml {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    private NbkXml() {
    }

    /** The rates of one day; {@code source} names the file or address in every error. */
    public static List<Rate> parse(byte[] xml, String source) {
        Document doc = document(xml, source);
        Element root = doc.getDocumentElement();
        if (!"rates".equals(root.getTagName())) {
            throw bad(source, "not the National Bank's rates XML: the root element is <" + root.getTagName() + ">, not <rates>");
        }
        LocalDate day;
        String date = text(root, "date");
        try {
            day = LocalDate.parse(date, DAY);
        } catch (DateTimeParseException e) {
            throw bad(source, "<date> must be DD.MM.YYYY, got '" + date + "'");
        }
        List<Rate> out = new ArrayList<>();
        NodeList items = root.getElementsByTagName("item");
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            String code = text(item, "title");
            String value = text(item, "description").replace(',', '.');
            String quant = text(item, "quant");
            try {
                double units = quant.isEmpty() ? 1 : Double.parseDouble(quant);
                out.add(new Rate(day, code, Double.parseDouble(value) / units, "official"));
            } catch (IllegalArgumentException e) { // NumberFormatException too
                throw bad(source, "item " + (i + 1) + " (" + code + "): " + e.getMessage());
            }
        }
        if (out.isEmpty()) {
            throw bad(source, "no <item> rates in it");
        }
        return out;
    }

    private static Document document(byte[] xml, String source) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            // rates come from the network: no DOCTYPE, so no external entities and no entity bombs
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            throw bad(source, "malformed XML at line " + e.getLineNumber() + ": " + e.getMessage());
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw bad(source, "malformed XML: " + e.getMessage());
        }
    }

    private static String text(Element parent, String tag) {
        NodeList n = parent.getElementsByTagName(tag);
        return n.getLength() == 0 ? "" : n.item(0).getTextContent().strip();
    }

    private static IllegalArgumentException bad(String source, String why) {
        return new IllegalArgumentException(source + ": " + why.lines().findFirst().orElse(why));
    }
}
