package dev.errata.processor.model;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;


import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which entry stands for a status, without a compiler: the model alone. */
class StatusTableTest {

  private static int order;

  private static ErrorEntry code(String name, int http, String... forHttpStatus) {
    return new ErrorEntry(name, Optional.of(new ExactCode(name)), "T", http, "", Map.of(),
        statuses(forHttpStatus), order++);
  }

  private static ErrorEntry statusOnly(String name, String status) {
    return new ErrorEntry(name, Optional.empty(), "T", 0, "", Map.of(), statuses(status), order++);
  }

  private static List<CodePattern> statuses(String... texts) {
    return java.util.Arrays.stream(texts).map(text -> {
      try {
        return CodePatternParser.parse(text);
      } catch (CodeSyntaxException e) {
        throw new AssertionError(e);
      }
    }).toList();
  }

  private static String at(StatusTable table, int status) {
    return table.entryFor(status).map(ErrorEntry::name).orElse("-");
  }

  @Test
  void aClaimBeatsTheFirstDeclaredWhichBeatsARange() {
    ErrorEntry first = code("FIRST", 400);
    ErrorEntry second = code("SECOND", 400);
    ErrorEntry marked = code("MARKED", 500, "500");
    ErrorEntry unmarked = code("UNMARKED", 500);
    ErrorEntry own503 = code("OWN", 503);
    ErrorEntry any5xx = statusOnly("ANY", "5xx");
    ErrorEntry some = statusOnly("SOME", "550..559");
    StatusTable table = StatusTable.of(List.of(some, unmarked, any5xx, own503, second, marked, first));
    assertThat(at(table, 400)).isEqualTo("FIRST");
    assertThat(at(table, 500)).isEqualTo("MARKED");
    assertThat(at(table, 503)).isEqualTo("OWN");
    assertThat(at(table, 555)).isEqualTo("SOME");
    assertThat(at(table, 560)).isEqualTo("ANY");
    assertThat(at(table, 501)).isEqualTo("ANY");
    assertThat(at(table, 404)).isEqualTo("-");
    assertThat(table.conflicts()).isEqualTo(List.of());
    assertThat(List.copyOf(table.exact().keySet())).isEqualTo(List.of(400, 500, 503));
    assertThat(table.ranges().stream().map(claim -> claim.range().text()).toList()).isEqualTo(List.of("550..559", "5xx"));
  }

  @Test
  void explicitClaimsSayWhatEachEntryWon() {
    ErrorEntry first = code("FIRST", 400, "5xx");
    ErrorEntry second = code("SECOND", 400);
    ErrorEntry own = code("OWN", 501);
    StatusTable table = StatusTable.of(List.of(first, second, own));
    // FIRST won 400 by being declared first: said outright, with the range it claims.
    assertThat(table.explicitClaims(first).stream().map(CodePattern::text).toList()).isEqualTo(List.of("400", "5xx"));
    assertThat(table.explicitClaims(second)).isEqualTo(List.of());
    assertThat(table.explicitClaims(own).stream().map(CodePattern::text).toList()).isEqualTo(List.of("501"));
    // Declared as such, in the other order, the claims give the same table.
    ErrorEntry ownAgain = code("OWN", 501, "501");
    ErrorEntry secondAgain = code("SECOND", 400);
    ErrorEntry firstAgain = code("FIRST", 400, "400", "5xx");
    StatusTable again = StatusTable.of(List.of(ownAgain, secondAgain, firstAgain));
    for (int status = StatusTable.LOWEST; status <= StatusTable.HIGHEST; status++) {
      assertWithMessage("%s", "HTTP " + status).that(at(again, status)).isEqualTo(at(table, status));
    }
  }

  @Test
  void equalClaimsAreConflictsOncePerPair() {
    ErrorEntry one = code("ONE", 0, "409");
    ErrorEntry two = code("TWO", 0, "409");
    ErrorEntry range = statusOnly("RANGE", "5xx");
    ErrorEntry sameSize = statusOnly("SAME_SIZE", "500..599");
    StatusTable table = StatusTable.of(List.of(one, two, range, sameSize));
    assertThat(table.conflicts().stream()
            .map(c -> c.first().name() + "/" + c.second().name() + "@" + c.status() + " (" + c.firstClaim() + ", "
                + c.secondClaim() + ")")
            .toList()).isEqualTo(List.of("ONE/TWO@409 (409, 409)", "RANGE/SAME_SIZE@500 (5xx, 500..599)"));
  }
}
