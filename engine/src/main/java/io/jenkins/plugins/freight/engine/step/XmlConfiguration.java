package io.jenkins.plugins.freight.engine.step;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * XML configuration: structured variables whose names are XPath expressions ({@code
 * /configuration/server/@port}, {@code //connection}) replace attribute values and element text; an
 * element with child elements is replaced by the value parsed as an XML fragment. For {@code
 * .config} files, {@link #applyDotNet} also does Octopus's .NET configuration variables: {@code
 * appSettings/add[@key]/@value}, {@code connectionStrings/add[@name]/@connectionString} and {@code
 * applicationSettings/…/setting[@name]/value}. DOCTYPEs are refused.
 */
final class XmlConfiguration {

    private XmlConfiguration() {}

    static String apply(String text, Map<String, String> variables, List<String> changed) {
        Document doc = parse(text);
        XPath xpath = XPathFactory.newInstance().newXPath();
        boolean any = false;
        for (Map.Entry<String, String> variable : variables.entrySet()) {
            String name = variable.getKey();
            if (!name.startsWith("/")) {
                continue;
            }
            NodeList nodes;
            try {
                nodes = (NodeList) xpath.evaluate(name, doc, XPathConstants.NODESET);
            } catch (XPathExpressionException notXPath) {
                continue;
            }
            for (int i = 0; i < nodes.getLength(); i++) {
                set(nodes.item(i), variable.getValue());
            }
            if (nodes.getLength() > 0) {
                changed.add(name);
                any = true;
            }
        }
        return any ? write(doc) : text;
    }

    /** Octopus's .NET configuration variables for {@code *.config} files. */
    static String applyDotNet(String text, Map<String, String> variables, List<String> changed) {
        Document doc = parse(text);
        boolean any = false;
        for (Map.Entry<String, String> variable : variables.entrySet()) {
            String name = variable.getKey();
            String value = variable.getValue();
            boolean hit = false;
            for (Element add : elements(doc, "add")) {
                String parent = add.getParentNode().getNodeName();
                if (parent.equals("appSettings") && name.equals(add.getAttribute("key"))) {
                    add.setAttribute("value", value);
                    hit = true;
                } else if (parent.equals("connectionStrings")
                        && name.equals(add.getAttribute("name"))) {
                    add.setAttribute("connectionString", value);
                    hit = true;
                }
            }
            for (Element setting : elements(doc, "setting")) {
                if (name.equals(setting.getAttribute("name"))) {
                    for (Element v : children(setting, "value")) {
                        v.setTextContent(value);
                        hit = true;
                    }
                }
            }
            if (hit) {
                changed.add(name);
                any = true;
            }
        }
        return any ? write(doc) : text;
    }

    private static void set(Node node, String value) {
        if (node instanceof Attr attr) {
            attr.setValue(value);
        } else if (node instanceof Element element && hasElementChildren(element)) {
            while (element.getFirstChild() != null) {
                element.removeChild(element.getFirstChild());
            }
            Document fragment = parse("<freight-fragment>" + value + "</freight-fragment>");
            Node wrapper = fragment.getDocumentElement();
            for (Node child = wrapper.getFirstChild();
                    child != null;
                    child = child.getNextSibling()) {
                element.appendChild(element.getOwnerDocument().importNode(child, true));
            }
        } else if (node.getNodeType() == Node.TEXT_NODE
                || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            node.setNodeValue(value);
        } else {
            node.setTextContent(value);
        }
    }

    private static boolean hasElementChildren(Element element) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.ELEMENT_NODE) {
                return true;
            }
        }
        return false;
    }

    private static List<Element> elements(Document doc, String tag) {
        NodeList list = doc.getElementsByTagName(tag);
        java.util.ArrayList<Element> out = new java.util.ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private static List<Element> children(Element parent, String tag) {
        java.util.ArrayList<Element> out = new java.util.ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && e.getTagName().equals(tag)) {
                out.add(e);
            }
        }
        return out;
    }

    private static Document parse(String text) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(text)));
        } catch (Exception e) {
            throw new IllegalArgumentException("not XML", e);
        }
    }

    private static String write(Document doc) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException("Could not write the XML file.", e);
        }
    }
}
