package dev.errata.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errata.processor.validate.Catalogs.bad;
import static dev.errata.processor.validate.Catalogs.compile;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Declarations that would generate the same class or enum constant, caught before anything is written. */
class NameClashValidationTest {

  @Test
  void twoSpellingsOfOneConstantName() {
    JavaFileObject source = bad("ConstantNameClash");
    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ErrataNameClash] ConstantNameClash.TARGET_UNAVAILABLE and"
            + " ConstantNameClash.TargetUnavailable both generate class"
            + " ClashTargetUnavailableException. Rename one of them.")
        .inFile(source)
        .onLineContaining("String TargetUnavailable = \"E201\"");
  }

  @Test
  void sameCodeNameInTwoGroupsAndGroupNamedLikeACode() {
    JavaFileObject source = bad("GroupNameClash");
    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation)
        .hadErrorContaining("[ErrataNameClash] GroupNameClash.LOGON and group Logon both generate"
            + " class GroupedLogonException. Rename one of them.")
        .inFile(source)
        .onLineContaining("interface Logon");
    assertThat(compilation)
        .hadErrorContaining("[ErrataNameClash] GroupNameClash.Logon.LOCKED and"
            + " GroupNameClash.Payments.LOCKED both generate class GroupedLockedException.")
        .inFile(source)
        .onLineContaining("String LOCKED = \"E201\"");
    assertThat(compilation)
        .hadErrorContaining("[ErrataNameClash] GroupNameClash.Logon.LOCKED and"
            + " GroupNameClash.Payments.LOCKED both generate enum constant GroupedErrorCode.LOCKED.")
        .inFile(source)
        .onLineContaining("String LOCKED = \"E201\"");
  }

  @Test
  void codeNamedUnknown() {
    JavaFileObject source = bad("UnknownNameClash");
    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("[ErrataNameClash] the catalog's own UNKNOWN and UnknownNameClash.UNKNOWN"
            + " both generate enum constant UnknowingErrorCode.UNKNOWN. Rename one of them.")
        .inFile(source)
        .onLineContaining("String UNKNOWN = \"E999\"");
    assertThat(compilation)
        .hadErrorContaining("[ErrataNameClash] the catalog's own UnknowingUnknownException and"
            + " UnknownNameClash.UNKNOWN both generate class UnknowingUnknownException.")
        .inFile(source)
        .onLineContaining("String UNKNOWN = \"E999\"");
  }

  @Test
  void catalogNameGeneratesTheInterfaceItself() {
    JavaFileObject source = bad("PaymentsMatcher");
    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ErrataNameClash] catalog name \"Payments\" would generate class"
            + " PaymentsMatcher, which is the name of the catalog interface itself. Rename the"
            + " interface, or choose another catalog name.")
        .inFile(source)
        .onLineContaining("name = \"Payments\"");
  }

  @Test
  void catalogNameReservesTheNamesOfABigCodeClass() {
    JavaFileObject source = bad("LedgerErrorCodes0");
    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ErrataNameClash] catalog name \"Ledger\" would generate class"
            + " LedgerErrorCodes0, which is the name of the catalog interface itself.")
        .inFile(source)
        .onLineContaining("name = \"Ledger\"");
  }

  @Test
  void codeGeneratesTheInterfaceItself() {
    JavaFileObject source = bad("TroubleLockedException");
    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ErrataNameClash] TroubleLockedException.LOCKED would generate class"
            + " TroubleLockedException, which is the name of the catalog interface itself. Rename the"
            + " interface, or rename TroubleLockedException.LOCKED.")
        .inFile(source)
        .onLineContaining("String LOCKED = \"E100\"");
  }

  @Test
  void twoCatalogsWithOneNameInOnePackage() {
    JavaFileObject source = bad("SharedName");
    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ErrataNameClash] catalogs test.SharedName and test.SharedNameToo both"
            + " have name \"Shared\" in package test, so both would generate SharedErrorCode,"
            + " SharedMatcher and the rest. Give each catalog a name of its own.")
        .inFile(source)
        .onLineContaining("@ErrorCatalog(name = \"Shared\"");
  }
}
