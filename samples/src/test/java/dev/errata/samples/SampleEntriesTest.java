package dev.errata.samples;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;


import dev.errata.catalog.Decoded;
import dev.errata.catalog.ErrorCode;
import dev.errata.samples.keybank.KeyBankErrorCode;
import dev.errata.samples.khipu.KhipuErrorCode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The integration modules' fixture covers every entry, and each case is what its catalog encodes and decodes. */
class SampleEntriesTest {

  @Test
  void everyEntryOfBothCatalogsHasACase() {
    List<SampleEntries.Case> cases = SampleEntries.all();
    Stream.of(KhipuErrorCode.values(), KeyBankErrorCode.values()).flatMap(Stream::of).forEach((ErrorCode entry) ->
        assertWithMessage("%s", entry.name()).that(cases.stream().anyMatch(c -> c.entry() == entry)).isTrue());
    for (SampleEntries.Case c : cases) {
      assertWithMessage("%s", c).that(c.catalog().match(c.code()) == c.entry() || c.entry().isUnknown()).isTrue();
    }
  }

  @Test
  void failuresKeepTheirCodeAndCorrelationId() {
    for (SampleEntries.Case c : SampleEntries.failures()) {
      assertWithMessage("%s", c).that(c.expectedError().code()).isEqualTo(c.code());
      assertWithMessage("%s", c).that(c.expectedError().correlationId()).isEqualTo("corr-" + c.code());
      assertWithMessage("%s", c).that(c.expectedError().errorCode() == c.entry()).isTrue();
    }
  }

  @Test
  void keyBanksSuccessAndWarningAreNoFailures() {
    List<SampleEntries.Case> keyBank = SampleEntries.all().stream()
        .filter(c -> c.entry() == KeyBankErrorCode.OK || c.entry() == KeyBankErrorCode.WARNING).toList();
    assertThat(keyBank.size()).isEqualTo(2);
    assertThat(keyBank.get(0).expected() instanceof Decoded.Success<?>).isTrue();
    assertThat(keyBank.get(1).expected() instanceof Decoded.Warning<?>).isTrue();
  }
}
