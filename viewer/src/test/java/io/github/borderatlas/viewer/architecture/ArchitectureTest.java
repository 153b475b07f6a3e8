package io.github.borderatlas.viewer.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of the project, kept by ArchUnit on the compiled main classes of core,
 * geodata and viewer (the viewer's test class path holds all three, as directories in a test run
 * and as jars in {@code mvn verify}; both are imported). The pipeline module is not on this class
 * path, so its packages are not checked here yet.
 */
class ArchitectureTest {

  private static final String ROOT = "io.github.borderatlas";

  /**
   * The packages whose public types are the library's API. A public type elsewhere in core or
   * geodata fails the test: add its package here (with a package-info.java) on purpose, or make the
   * type package-private.
   */
  private static final String[] EXPORTED =
      new String[] {
        ROOT + ".core.model",
        ROOT + ".core.geodesy",
        ROOT + ".core.analysis",
        ROOT + ".core.io",
        ROOT + ".core.io.atlas",
        ROOT + ".core.io.geojson",
        ROOT + ".core.io.convert",
        ROOT + ".core.border",
        ROOT + ".core.text",
        ROOT + ".core.proximity",
        ROOT + ".geodata"
      };

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT + ".core", ROOT + ".geodata", ROOT + ".viewer");
  }

  @Test
  void coreUsesNoAwtOrSwing() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.awt..", "javax.swing..")
        .check(classes);
  }

  @Test
  void coreDependsOnNeitherGeodataNorViewer() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(ROOT + ".geodata..", ROOT + ".viewer..", ROOT + ".pipeline..")
        .check(classes);
  }

  @Test
  void geodataDoesNotDependOnTheViewer() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".geodata..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(ROOT + ".viewer..", ROOT + ".pipeline..")
        .check(classes);
  }

  /**
   * No cycles between packages, in any module. One known exception: the viewer's {@code map} and
   * {@code layers} packages use each other; issue 9 redesigns them, and this rule loses its
   * exception then.
   */
  @Test
  void packagesHaveNoImportCycles() {
    slices()
        .matching(ROOT + ".(**)")
        .should()
        .beFreeOfCycles()
        .ignoreDependency(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "viewer.map", c -> c.getPackageName().equals(ROOT + ".viewer.map")),
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "viewer.layers", c -> c.getPackageName().equals(ROOT + ".viewer.layers")))
        .ignoreDependency(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "viewer.layers", c -> c.getPackageName().equals(ROOT + ".viewer.layers")),
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "viewer.map", c -> c.getPackageName().equals(ROOT + ".viewer.map")))
        .check(classes);
  }

  @Test
  void publicLibraryTypesLiveOnlyInExportedPackages() {
    classes()
        .that()
        .resideInAnyPackage(ROOT + ".core..", ROOT + ".geodata..")
        .and()
        .arePublic()
        .and()
        .areTopLevelClasses()
        .should()
        .resideInAnyPackage(EXPORTED)
        .check(classes);
  }
}
