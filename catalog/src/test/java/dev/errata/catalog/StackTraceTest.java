package dev.errata.catalog;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.catalog.TestCatalog.TestException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A decoded exception takes its stack trace where it is handed out, not inside the decoder; one built
 * any other way takes it where it is built, as every exception does. Either way a thrown one carries
 * the frames that lead to the code that threw it.
 */
class StackTraceTest {

  private static final byte[] TIMEOUT = "{\"Status\": \"ERROR\", \"Error\": {\"Code\": \"E201\", \"Description\": \"timeout\"}}"
      .getBytes(UTF_8);

  private static Decoded<TestException> decodeElsewhere() {
    return TestCatalog.KHIPU_CATALOG.decode(502, TIMEOUT, Map.of());
  }

  private static Decoded.Failure<TestException> failure(Decoded<TestException> decoded) {
    if (decoded instanceof Decoded.Failure<TestException> failure) {
      return failure;
    }
    throw new AssertionError("not a failure: " + decoded);
  }

  private static List<String> methods(Throwable e) {
    return Arrays.stream(e.getStackTrace()).map(frame -> frame.getClassName() + "." + frame.getMethodName()).toList();
  }

  @Test
  void aThrownDecodedFailureShowsWhereItWasThrownNotTheDecoder() {
    Decoded<TestException> decoded = decodeElsewhere();
    TestException thrown = assertThrows(TestException.class, decoded::throwIfFailure);
    List<String> frames = methods(thrown);
    assertThat(frames).contains(StackTraceTest.class.getName() + ".aThrownDecodedFailureShowsWhereItWasThrownNotTheDecoder");
    assertThat(frames).contains(Decoded.class.getName() + ".throwIfFailure");
    assertWithMessage("%s", frames).that(frames.stream().noneMatch(frame -> frame.startsWith(EnvelopeCodec.class.getName())
        || frame.endsWith(".decodeElsewhere"))).isTrue();
  }

  @Test
  void theTraceIsTakenAtTheFirstHandingOutAndKept() {
    Decoded.Failure<TestException> failure = failure(decodeElsewhere());
    StackTraceElement[] first = handOut(failure).getStackTrace();
    assertThat(methods(failure.error())).contains(StackTraceTest.class.getName() + ".handOut");
    assertThat(failure.error().getStackTrace()).isEqualTo(first);
    assertThat(failure.exception().orElseThrow().getStackTrace()).isEqualTo(first);
  }

  private static TestException handOut(Decoded.Failure<TestException> failure) {
    return failure.error();
  }

  @Test
  void aWarningTakesItsTraceWhereItIsHandedOut() {
    // KeyBank-like: HTTP 299 is a warning.
    Decoded<TestException> decoded = TestCatalog.KEYBANK_CATALOG.decode(299, "{}".getBytes(UTF_8), Map.of());
    assertThat(decoded).isInstanceOf(Decoded.Warning.class);
    assertThat(methods(decoded.exception().orElseThrow())).contains(StackTraceTest.class.getName() + ".aWarningTakesItsTraceWhereItIsHandedOut");
  }

  @Test
  void anExceptionBuiltByHandStartsAtWhoBuiltIt() {
    TestException built = TestCatalog.KHIPU_CATALOG.toException(ErrorReport.builder().code("E201").build());
    List<String> frames = methods(built);
    // As for any exception: no frame of its own constructors, the one that built it on top.
    assertWithMessage("%s", frames).that(frames.get(0)).isEqualTo(TestCatalog.class.getName() + ".khipuException");
    assertThat(frames).contains(StackTraceTest.class.getName() + ".anExceptionBuiltByHandStartsAtWhoBuiltIt");
    assertWithMessage("%s", frames).that(frames.stream().noneMatch(frame -> frame.endsWith(".<init>"))).isTrue();
  }

  @Test
  void anExceptionBuiltWhileAnotherIsDecodedStillHasItsTrace() {
    // The decoder's deferral ends with the decode: a later exception is built as usual.
    decodeElsewhere();
    TestException built = TestCatalog.khipuException(ErrorReport.builder().code("E201").build());
    assertThat(built.getStackTrace().length > 0).isTrue();
  }

  @Test
  void theMessageIsTheSameWhenWrittenLater() throws IOException, ClassNotFoundException {
    TestException decoded = failure(decodeElsewhere()).error();
    assertThat(decoded.getMessage()).isEqualTo("E201 RETRY_IMMEDIATELY: timeout (HTTP 502)");
    assertThat(decoded.toString()).isEqualTo(TestException.class.getName() + ": E201 RETRY_IMMEDIATELY: timeout (HTTP 502)");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(decoded);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      TestException read = (TestException) in.readObject();
      assertThat(read.getMessage()).isEqualTo(decoded.getMessage());
      assertThat(read.getStackTrace()).isEqualTo(decoded.getStackTrace());
    }
  }
}
