package dev.errata.samples;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;


import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** errata-bom names every module a user can depend on, each at the build's version. */
class BomTest {

  /** Built and tested here, never published. */
  private static final Set<String> UNPUBLISHED = Set.of("errata-samples", "errata-benchmarks", "errata-bom");

  @Test
  void theBomListsEveryPublishedModuleAtTheProjectsVersion() throws Exception {
    Path root = Path.of("").toAbsolutePath().getParent();
    Document parent = read(root.resolve("pom.xml"));
    String version = child(parent.getDocumentElement(), "version");
    Set<String> published = new TreeSet<>();
    for (String module : texts(parent.getDocumentElement(), "module")) {
      Path pom = root.resolve(module).resolve("pom.xml");
      if (Files.exists(pom)) {
        String artifactId = child(read(pom).getDocumentElement(), "artifactId");
        if (!UNPUBLISHED.contains(artifactId)) {
          published.add(artifactId);
        }
      }
    }
    Document bom = read(root.resolve("bom/pom.xml"));
    assertWithMessage("the BOM's own version").that(child(bom.getDocumentElement(), "version")).isEqualTo(version);
    Set<String> listed = new TreeSet<>();
    NodeList dependencies = bom.getElementsByTagName("dependency");
    for (int i = 0; i < dependencies.getLength(); i++) {
      Element dependency = (Element) dependencies.item(i);
      listed.add(child(dependency, "artifactId"));
      assertWithMessage("%s", child(dependency, "artifactId")).that(child(dependency, "version")).isEqualTo("${project.version}");
    }
    assertThat(listed).isEqualTo(published);
  }

  private static Document read(Path pom) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
  }

  /** The text of the direct child {@code name} of {@code element}. */
  private static String child(Element element, String name) {
    for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element child && child.getTagName().equals(name)) {
        return child.getTextContent().trim();
      }
    }
    throw new AssertionError("no <" + name + "> in <" + element.getTagName() + ">");
  }

  /** The texts of every {@code name} element under {@code element}, the default build's modules. */
  private static List<String> texts(Element element, String name) {
    List<String> texts = new ArrayList<>();
    NodeList modules = ((Element) element.getElementsByTagName("modules").item(0)).getElementsByTagName(name);
    for (int i = 0; i < modules.getLength(); i++) {
      texts.add(modules.item(i).getTextContent().trim());
    }
    return texts;
  }
}
