package dev.errata.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertTrue(cases.stream().anyMatch(c -> c.entry() == entry), entry::name));
    for (SampleEntries.Case c : cases) {
      assertTrue(c.catalog().match(c.code()) == c.entry() || c.entry().isUnknown(), c::toString);
    }
  }

  @Test
  void failuresKeepTheirCodeAndCorrelationId() {
    for (SampleEntries.Case c : SampleEntries.failures()) {
      assertEquals(c.code(), c.expectedError().code(), c::toString);
      assertEquals("corr-" + c.code(), c.expectedError().correlationId(), c::toString);
      assertTrue(c.expectedError().errorCode() == c.entry(), c::toString);
    }
  }

  @Test
  void keyBanksSuccessAndWarningAreNoFailures() {
    List<SampleEntries.Case> keyBank = SampleEntries.all().stream()
        .filter(c -> c.entry() == KeyBankErrorCode.OK || c.entry() == KeyBankErrorCode.WARNING).toList();
    assertEquals(2, keyBank.size());
    assertTrue(keyBank.get(0).expected() instanceof Decoded.Success<?>);
    assertTrue(keyBank.get(1).expected() instanceof Decoded.Warning<?>);
  }
}
