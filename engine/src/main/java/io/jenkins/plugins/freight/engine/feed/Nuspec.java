package io.jenkins.plugins.freight.engine.feed;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The metadata of a NuGet package, read from the {@code .nuspec} at the root of a {@code .nupkg} (a
 * zip archive). Its id and version win over the file name, as in Octopus.
 *
 * @param id {@code package/metadata/id}
 * @param version {@code package/metadata/version}, as written
 * @param title optional, "" when absent
 * @param description optional, "" when absent
 * @param releaseNotes optional, "" when absent
 */
public record Nuspec(
        String id, String version, String title, String description, String releaseNotes) {

    /** Largest {@code .nuspec} read; larger ones are refused rather than loaded into memory. */
    static final int MAX_NUSPEC_BYTES = 1024 * 1024;

    /** Longest description or release notes kept; longer text is cut. */
    static final int MAX_TEXT = 4000;

    /**
     * Reads the nuspec of a {@code .nupkg} file.
     *
     * @throws InvalidInputException when the file is not a zip, has no nuspec at its root, or the
     *     nuspec lacks an id or version
     */
    public static Nuspec read(Path nupkg) {
        try (ZipFile zip = new ZipFile(nupkg.toFile())) {
            ZipEntry entry = findNuspec(zip);
            try (InputStream in = zip.getInputStream(entry)) {
                byte[] bytes = in.readNBytes(MAX_NUSPEC_BYTES + 1);
                if (bytes.length > MAX_NUSPEC_BYTES) {
                    throw invalid("The .nuspec inside the .nupkg is larger than 1 MiB.");
                }
                return parse(bytes);
            }
        } catch (IOException | IllegalArgumentException e) {
            // ZipFile reports entry names it cannot decode with IllegalArgumentException
            throw invalid("The .nupkg file is not a valid zip archive.");
        }
    }

    private static ZipEntry findNuspec(ZipFile zip) {
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            String name = entry.getName();
            if (!entry.isDirectory()
                    && name.indexOf('/') < 0
                    && name.indexOf('\\') < 0
                    && name.toLowerCase(java.util.Locale.ROOT).endsWith(".nuspec")) {
                return entry;
            }
        }
        throw invalid("The .nupkg file has no .nuspec file at its root.");
    }

    static Nuspec parse(byte[] xml) {
        Document document;
        try {
            document = newBuilder().parse(new ByteArrayInputStream(xml));
        } catch (SAXException | IOException e) {
            throw invalid("The .nuspec inside the .nupkg is not well-formed XML.");
        }
        Element metadata = child(document.getDocumentElement(), "metadata");
        if (metadata == null) {
            throw invalid("The .nuspec inside the .nupkg has no <metadata> element.");
        }
        String id = text(metadata, "id");
        String version = text(metadata, "version");
        if (id.isEmpty() || version.isEmpty()) {
            throw invalid("The .nuspec inside the .nupkg must give both <id> and <version>.");
        }
        return new Nuspec(
                id,
                version,
                cut(text(metadata, "title")),
                cut(text(metadata, "description")),
                cut(text(metadata, "releaseNotes")));
    }

    private static DocumentBuilder newBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // No DTDs, no external entities: a package must not make the server read files or
            // expand entity bombs.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser cannot be configured securely", e);
        }
    }

    private static Element child(Element parent, String localName) {
        if (parent == null) {
            return null;
        }
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element e && localName.equals(localName(e))) {
                return e;
            }
        }
        return null;
    }

    private static String localName(Element e) {
        return e.getLocalName() != null ? e.getLocalName() : e.getTagName();
    }

    private static String text(Element parent, String localName) {
        Element e = child(parent, localName);
        return e == null ? "" : e.getTextContent().strip();
    }

    private static String cut(String s) {
        return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT);
    }

    private static InvalidInputException invalid(String message) {
        return new InvalidInputException(message, List.of(message));
    }
}
