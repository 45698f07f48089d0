package dev.errata.samples;

import static com.google.common.truth.Truth.assertWithMessage;


import dev.errata.catalog.Catalog;
import dev.errata.catalog.CatalogException;
import dev.errata.catalog.Decoded;
import dev.errata.catalog.EncodedError;
import dev.errata.catalog.ErrorCode;
import dev.errata.catalog.ErrorReport;
import dev.errata.catalog.HeaderLookup;
import dev.errata.catalog.RetryAdvice;
import dev.errata.catalog.RetryPolicy;
import dev.errata.samples.keybank.KeyBankErrorCode;
import dev.errata.samples.keybank.KeyBankMatcher;
import dev.errata.samples.khipu.KhipuErrorCode;
import dev.errata.samples.khipu.KhipuMatcher;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every entry of the Khipu and KeyBank catalogs as a server sends it, for the tests of the
 * integration modules: each case is the response (status, headers, envelope) that the catalog's own
 * {@code encode} writes for one code of the entry, and what the catalog's own {@code decode} makes of
 * it. An integration passes when what it gives for each case is what {@link Case#expected()} says.
 * Ranges and wildcards give two cases: the first and the last code that are their own.
 */
public final class SampleEntries {

  private SampleEntries() {}

  /** One code of one entry, as a server sends it. */
  public record Case(Catalog<?> catalog, ErrorCode entry, String code, ScriptedServer.Reply response) {

    /** What the catalog's own {@code decode} makes of the response, headers included. */
    public Decoded<?> expected() {
      return catalog.decode(response.status(), response.body(), HeaderLookup.of(response.headerLists()));
    }

    /** Whether the response is a failure (not a success, nor a success with a warning). */
    public boolean isFailure() {
      return expected().isFailure();
    }

    /** The typed exception of a failure. */
    public CatalogException expectedError() {
      return ((Decoded.Failure<?>) expected()).error();
    }

    /** Whether {@code policy} retries this failure after a first attempt. */
    public boolean retriedBy(RetryPolicy policy) {
      return policy.decide(expectedError(), 1, Duration.ZERO).isRetry();
    }

    /** A path to serve the case at: {@code /Khipu/E201}. */
    public String path() {
      return "/" + catalog.name() + "/" + code;
    }

    @Override
    public String toString() {
      return catalog.name() + " " + entry.name() + " " + code;
    }
  }

  /** Every case of both catalogs, in declaration order. */
  public static List<Case> all() {
    List<Case> cases = new ArrayList<>();
    add(cases, KhipuMatcher.catalog(), KhipuErrorCode.values(), "Z999");
    add(cases, KeyBankMatcher.catalog(), KeyBankErrorCode.values(), "208");
    return Collections.unmodifiableList(cases);
  }

  /** The cases that are failures. */
  public static List<Case> failures() {
    return all().stream().filter(Case::isFailure).toList();
  }

  /** A response that {@code catalog} decodes as a plain success. */
  public static ScriptedServer.Reply success(Catalog<?> catalog) {
    String body = catalog.name().equals("KeyBank")
        ? "{\"responseHeader\":{\"status\":\"S\"},\"accounts\":[]}"
        : "{\"OperationId\":\"op-ok\",\"Status\":\"OK\",\"Data\":{\"Accounts\":[]}}";
    ScriptedServer.Reply reply = ScriptedServer.Reply.json(200, body);
    assertWithMessage("%s", body).that(catalog.decode(200, reply.body()) instanceof Decoded.Success<?>).isTrue();
    return reply;
  }

  /**
   * Asserts that {@code thrown} is the failure the catalog's own decode gives for {@code c}: the same
   * class, entry, code received, type, retry advice, HTTP status, correlation id and description.
   */
  public static void assertSameFailure(Case c, Throwable thrown) {
    assertWithMessage("%s", c + ": nothing was thrown").that(thrown).isNotNull();
    CatalogException expected = c.expectedError();
    assertWithMessage("%s", c + ": " + thrown).that(thrown.getClass()).isSameInstanceAs(expected.getClass());
    CatalogException actual = (CatalogException) thrown;
    assertWithMessage("%s", c).that(actual.errorCode()).isSameInstanceAs(expected.errorCode());
    assertWithMessage("%s", c).that(actual.code()).isEqualTo(expected.code());
    assertWithMessage("%s", c).that(actual.type()).isSameInstanceAs(expected.type());
    assertWithMessage("%s", c).that(actual.retry()).isEqualTo(expected.retry());
    assertWithMessage("%s", c).that(actual.httpStatus()).isEqualTo(expected.httpStatus());
    assertWithMessage("%s", c).that(actual.correlationId()).isEqualTo(expected.correlationId());
    assertWithMessage("%s", c).that(actual.description()).isEqualTo(expected.description());
    assertWithMessage("%s", c).that(actual.attributes()).isEqualTo(expected.attributes());
  }

  /**
   * Asserts that {@code waits}, the waits before the one retry of {@code c}, are what {@code policy}
   * decides: the advised wait in full, or for "immediately" no more than the first backoff bound.
   */
  public static void assertWaitedAsAdvised(Case c, RetryPolicy policy, List<Duration> waits) {
    assertWithMessage("%s", c + ": " + waits).that(waits.size()).isEqualTo(1);
    RetryAdvice advice = c.expectedError().retry();
    if (advice.kind() == RetryAdvice.Kind.AFTER) {
      assertWithMessage("%s", c).that(waits.get(0)).isEqualTo(advice.delay().orElseThrow());
    } else {
      assertWithMessage("%s", c + ": " + waits).that(waits.get(0).compareTo(policy.backoffBound(1)) <= 0).isTrue();
    }
  }

  private static void add(List<Case> cases, Catalog<?> catalog, ErrorCode[] entries, String unknownCode) {
    for (ErrorCode entry : entries) {
      List<String> codes = ownCodes(catalog, entry, unknownCode);
      assertWithMessage("%s", entry + " holds no code of its own").that(codes).isNotEmpty();
      cases.add(caseOf(catalog, entry, codes.get(0)));
      if (codes.size() > 1) {
        cases.add(caseOf(catalog, entry, codes.get(codes.size() - 1)));
      }
    }
  }

  private static List<String> ownCodes(Catalog<?> catalog, ErrorCode entry, String unknownCode) {
    if (entry.isUnknown()) {
      return List.of(unknownCode);
    }
    if (!entry.isRange()) {
      return List.of(entry.code());
    }
    return RoundTripTest.expand(entry.code()).stream().filter(code -> catalog.match(code) == entry).toList();
  }

  private static Case caseOf(Catalog<?> catalog, ErrorCode entry, String code) {
    ErrorReport.Builder report = ErrorReport.builder().code(code).correlationId("corr-" + code)
        .description("Stub " + code + ": ñ, \"quoted\"");
    if (catalog.name().equals("KeyBank")) {
      report.attribute("transactionId", "T" + code);
    }
    CatalogException sent = catalog.toException(report.build());
    EncodedError encoded = sent.catalog().encode(sent);
    Map<String, String> headers = new LinkedHashMap<>(encoded.headers());
    return new Case(catalog, entry, code, new ScriptedServer.Reply(encoded.httpStatus(), headers,
        encoded.bodyText().getBytes(StandardCharsets.UTF_8)));
  }
}
