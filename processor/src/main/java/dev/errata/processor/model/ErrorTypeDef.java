package dev.errata.processor.model;

import dev.errata.annotations.Outcome;
import dev.errata.annotations.Retry;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * A declared error type.
 *
 * @param name the type's name, also its enum constant
 * @param retry the retry meaning
 * @param after the text of the ISO-8601 delay with {@link Retry#AFTER} (as written), else empty
 * @param delay the parsed delay, {@link Duration#ZERO} unless {@link Retry#AFTER}
 * @param outcome whether a response of the type is a failure, a warning or a success
 * @param descriptions text per locale tag, in the catalog's locale order; may be empty
 */
public record ErrorTypeDef(
    String name,
    Retry retry,
    String after,
    Duration delay,
    Outcome outcome,
    Map<String, String> descriptions) {

  /** Copies the descriptions. */
  public ErrorTypeDef {
    Objects.requireNonNull(name);
    descriptions = Catalog.orderedCopy(descriptions);
  }
}
