package dev.errata.spring;

import static com.google.common.truth.Truth.assertThat;


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
    assertThat(response.getStatusCode().value()).isEqualTo(503);
    assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("120");
    assertThat(problem.getStatus()).isEqualTo(503);
    assertThat(problem.getTitle()).isEqualTo("Unavailable service. The service is temporarily down.");
    assertThat(problem.getDetail()).isEqualTo("Down for maintenance");
    assertThat(problem.getInstance()).isNull();
    assertThat(problem.getProperties()).isEqualTo(Map.of("code", "503", "errorType", "RETRY_LATER", "correlationId", "c-1", "transactionId", "t-9",
        "attributes", Map.of("title", "an attribute named like a member")));
  }

  @Test
  void anEntryWithoutADescriptionIsTitledByItsStatus() {
    ProblemDetail problem = CatalogProblemDetails.of(KhipuMatcher.toException(ErrorReport.ofCode("Z999")));
    assertThat(problem.getStatus()).isEqualTo(200);
    assertThat(problem.getTitle()).isEqualTo("OK");
    assertThat(problem.getDetail()).isNull();
    assertThat(problem.getProperties()).isEqualTo(Map.of("code", "Z999", "errorType", "DO_NOT_RETRY"));
    assertThat(CatalogProblemDetails.errorResponse(KhipuMatcher.toException(ErrorReport.ofCode("A000")))
        .getHeaders().getFirst("Retry-After")).isNull();
  }
}
