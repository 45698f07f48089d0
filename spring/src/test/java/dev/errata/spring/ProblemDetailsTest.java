package dev.errata.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.errata.catalog.ErrorReport;
import dev.errata.samples.keybank.KeyBankMatcher;
import dev.errata.samples.khipu.KhipuMatcher;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;

/** The problem detail of a catalog exception, field by field. */
class ProblemDetailsTest {

  @Test
  void theFieldsComeFromTheCatalogAndTheReportOnly() {
    ErrorResponse response = CatalogProblemDetails.errorResponse(KeyBankMatcher.toException(ErrorReport.builder()
        .code("503").description("Down for maintenance").correlationId("c-1").retryAfter(Duration.ofSeconds(120))
        .attribute("transactionId", "t-9").attribute("title", "an attribute named like a member").build()));
    ProblemDetail problem = response.getBody();
    assertEquals(503, response.getStatusCode().value());
    assertEquals("120", response.getHeaders().getFirst("Retry-After"));
    assertEquals(503, problem.getStatus());
    assertEquals("Unavailable service. The service is temporarily down.", problem.getTitle());
    assertEquals("Down for maintenance", problem.getDetail());
    assertNull(problem.getInstance());
    assertEquals(Map.of("code", "503", "errorType", "RETRY_LATER", "correlationId", "c-1", "transactionId", "t-9",
        "attributes", Map.of("title", "an attribute named like a member")), problem.getProperties());
  }

  @Test
  void anEntryWithoutADescriptionIsTitledByItsStatus() {
    ProblemDetail problem = CatalogProblemDetails.of(KhipuMatcher.toException(ErrorReport.ofCode("Z999")));
    assertEquals(200, problem.getStatus());
    assertEquals("OK", problem.getTitle());
    assertNull(problem.getDetail());
    assertEquals(Map.of("code", "Z999", "errorType", "DO_NOT_RETRY"), problem.getProperties());
    assertNull(CatalogProblemDetails.errorResponse(KhipuMatcher.toException(ErrorReport.ofCode("A000")))
        .getHeaders().getFirst("Retry-After"));
  }
}
