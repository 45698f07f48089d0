package dev.errata.processor.write;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import dev.errata.processor.Compilations;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** What the export writes is what {@code docs/errata-catalog.schema.json} describes, key for key. */
class ExportSchemaTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void everyKeyTheExportWritesIsInTheSchemaAndTheVersionIsItsOwn() throws IOException {
    JsonNode schema = MAPPER.readTree(Files.readString(Compilations.projectFile("docs/errata-catalog.schema.json")));
    for (Compilation compilation : new Compilation[] {
        Compilations.compile(Compilations.catalog("good/ShopErrors.java")),
        Compilations.compile(Compilations.sample("stripe/StripeErrors.java")),
        Compilations.compile(Compilations.sample("slack/SlackErrors.java")),
        Compilations.compile(Compilations.sample("twilio/TwilioErrors.java")),
        Compilations.compile(Compilations.sample("store/StoreErrors.java"))}) {
      assertThat(compilation).succeededWithoutWarnings();
      for (String exported : Compilations.generatedResources(compilation).values()) {
        if (!exported.startsWith("{")) {
          continue;
        }
        JsonNode root = MAPPER.readTree(exported);
        assertWithMessage("the version").that(schema.at("/properties/errata/enum").toString())
            .contains(root.get("errata").toString());
        assertKeys(root, schema.get("properties"), "root");
        root.get("types").forEach(type -> assertKeys(type, schema.at("/$defs/type/properties"), "type"));
        assertKeys(root.get("envelope"), schema.at("/$defs/envelope/properties"), "envelope");
        root.get("groups").forEach(group -> assertKeys(group, schema.at("/$defs/group/properties"), "group"));
        root.get("codes").forEach(code -> assertKeys(code, schema.at("/$defs/code/properties"), "code"));
      }
    }
  }

  private static void assertKeys(JsonNode object, JsonNode properties, String what) {
    Set<String> keys = new TreeSet<>();
    object.fieldNames().forEachRemaining(keys::add);
    Set<String> described = new TreeSet<>();
    properties.fieldNames().forEachRemaining(described::add);
    assertWithMessage("keys of a %s the schema does not describe", what).that(described).containsAtLeastElementsIn(keys);
  }
}
