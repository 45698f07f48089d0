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
            + " class GroupedLogonException. Rename one of them, or move the code into the group: a"
            + " code named like its group is the group's own code.")
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
  void codesNamedUnknownAndUnrecognizedLeaveTheBuiltInEntryNoName() {
    JavaFileObject source = bad("UnknownNameClash");
    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("[ErrataNameClash] UnknownNameClash.UNRECOGNIZED would generate enum constant"
            + " UnknowingErrorCode.UNRECOGNIZED, but that is the name of the catalog's own entry for codes"
            + " that match nothing (UNRECOGNIZED, as a code or group of the catalog is named UNKNOWN)."
            + " Rename UnknownNameClash.UNRECOGNIZED.")
        .inFile(source)
        .onLineContaining("String UNRECOGNIZED = \"E998\"");
    assertThat(compilation)
        .hadErrorContaining("[ErrataNameClash] UnknownNameClash.UNRECOGNIZED would generate class"
            + " UnknowingUnrecognizedException, but the catalog generates its own"
            + " UnknowingUnrecognizedException. Rename UnknownNameClash.UNRECOGNIZED.")
        .inFile(source)
        .onLineContaining("String UNRECOGNIZED = \"E998\"");
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

  @Test
  void generatedTypesNamedLikeTypesOfThePackage() {
    JavaFileObject source = bad("TypeExists");
    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("[ErrataTypeExists] catalog name \"Exists\" would generate test.ExistsMatcher, but"
            + " package test already declares a type ExistsMatcher. Rename the catalog (name = ...), or that"
            + " type.")
        .inFile(source)
        .onLineContaining("name = \"Exists\"");
    assertThat(compilation)
        .hadErrorContaining("[ErrataTypeExists] group Orders would generate test.ExistsOrdersException, but"
            + " package test already declares a type ExistsOrdersException. Rename group Orders, or that"
            + " type.")
        .inFile(source)
        .onLineContaining("interface Orders");
  }

  @Test
  void aTypeNamedLikeTheBuiltInTypeOfUnknownCodes() {
    JavaFileObject source = bad("BuiltInType");
    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ErrataNameClash] type UNKNOWN is the name of the type BuiltInErrorType gives codes"
            + " the catalog does not know, as unknownType is empty. Say unknownType = \"UNKNOWN\" to give them"
            + " this type, or rename it.")
        .inFile(source)
        .onLineContaining("@ErrorType(name = \"UNKNOWN\")");
  }

  @Test
  void aCatalogInTheUnnamedPackage() {
    JavaFileObject source = bad("DefaultPackage");
    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ErrataDefaultPackage] catalog DefaultPackage is in the unnamed package, where the"
            + " types it generates could not be imported from any other package. Move it into a named"
            + " package.")
        .inFile(source)
        .onLineContaining("@ErrorCatalog(name = \"Unnamed\"");
  }
}
