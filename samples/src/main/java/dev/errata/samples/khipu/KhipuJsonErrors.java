package dev.errata.samples.khipu;

import dev.errata.annotations.ErrorCatalog;

/**
 * Khipu's error catalog read from data ({@code src/main/resources/errata/khipu.json}, the file the
 * processor exports for {@link KhipuErrors}) instead of constants: how a catalog a provider publishes
 * as JSON becomes code without retyping it. Generates {@code KhipuJsonErrorCode}, {@code
 * KhipuJsonMatcher} and the rest, which behave as their annotated twins do.
 */
@ErrorCatalog(name = "KhipuJson", source = "errata/khipu.json")
public interface KhipuJsonErrors {}
