package kz.zauyt.follow.feed;

import java.io.IOException;
import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jsoup.nodes.Entities;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses a feed with the JDK's parser locked down against XXE and entity bombs: no DOCTYPE at all, no
 * external entities or schemas, no XInclude, secure processing on. Before parsing it mends what news
 * sites get wrong most: HTML's named entities ({@code &nbsp;}, {@code &laquo;}) become numeric references,
 * and a bare {@code &} in a link becomes {@code &amp;}.
 */
final class SafeXml {

    private static final Pattern AMP = Pattern.compile("&(?!#[0-9]{1,7};|#x[0-9a-fA-F]{1,6};)([A-Za-z][A-Za-z0-9]{0,31};)?");
    private static final DocumentBuilderFactory FACTORY = factory();

    private SafeXml() {
    }

    static Document parse(String xml) throws FeedException {
        try {
            DocumentBuilder b;
            synchronized (FACTORY) {
                b = FACTORY.newDocumentBuilder();
            }
            b.setErrorHandler(QUIET);
            b.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not read (" + systemId + ")");
            });
            return b.parse(new InputSource(new StringReader(mend(xml))));
        } catch (SAXParseException e) {
            throw new FeedException("malformed XML at line " + e.getLineNumber() + ": " + oneLine(e.getMessage()));
        } catch (SAXException | IOException e) {
            throw new FeedException("malformed XML: " + oneLine(e.getMessage()));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("this JVM's XML parser cannot be secured", e);
        }
    }

    static String mend(String xml) {
        Matcher m = AMP.matcher(xml);
        StringBuilder out = new StringBuilder(xml.length() + 64);
        while (m.find()) {
            String entity = m.group(1);
            String replacement;
            if (entity == null) {
                replacement = "&amp;";
            } else {
                String name = entity.substring(0, entity.length() - 1);
                if (name.matches("amp|lt|gt|quot|apos")) {
                    replacement = m.group();
                } else if (Entities.isNamedEntity(name)) {
                    replacement = Entities.getByName(name).codePoints().mapToObj(c -> "&#" + c + ";")
                            .reduce("", String::concat);
                } else {
                    replacement = "&amp;" + entity;
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static DocumentBuilderFactory factory() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            return f;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("this JVM's XML parser cannot be secured", e);
        }
    }

    private static String oneLine(String s) {
        return s == null ? "unreadable" : s.replaceAll("\\s+", " ").strip();
    }

    /** The parser prints warnings to stderr by default; the exception carries what matters. */
    private static final ErrorHandler QUIET = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };
}
