package io.jenkins.plugins.freight.client.actions;

import java.util.Set;

/** The metadata files of a NuGet package: the nuspec, the OPC relationships and content types. */
final class NuSpec {

    private NuSpec() {}

    static String nuspec(PackRequest request) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <package xmlns="http://schemas.microsoft.com/packaging/2010/07/nuspec.xsd">
                  <metadata>
                    <id>%s</id>
                    <version>%s</version>
                    <authors>%s</authors>
                    <description>%s</description>
                  </metadata>
                </package>
                """
                .formatted(
                        xml(request.packageId()),
                        xml(request.version()),
                        xml(request.authors()),
                        xml(request.description()));
    }

    static String relationships(String packageId) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                  <Relationship Type="http://schemas.microsoft.com/packaging/2010/07/manifest" \
                Target="/%s.nuspec" Id="R1" />
                </Relationships>
                """
                .formatted(xml(packageId));
    }

    static String contentTypes(Set<String> extensions) {
        StringBuilder types =
                new StringBuilder(
                        """
                        <?xml version="1.0" encoding="utf-8"?>
                        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                          <Default Extension="rels" \
                        ContentType="application/vnd.openxmlformats-package.relationships+xml" />
                          <Default Extension="nuspec" ContentType="application/octet" />
                        """);
        for (String extension : extensions) {
            if (!extension.equals("rels") && !extension.equals("nuspec")) {
                types.append("  <Default Extension=\"")
                        .append(xml(extension))
                        .append("\" ContentType=\"application/octet\" />\n");
            }
        }
        return types.append("</Types>\n").toString();
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
