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
 * geodata, geopackage and viewer (the viewer's test class path holds all three, as directories in a
 * test run and as jars in {@code mvn verify}; both are imported). The pipeline module is not on
 * this class path, so its packages are not checked here yet.
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
        ROOT + ".core.io.sources",
        ROOT + ".core.border",
        ROOT + ".core.text",
        ROOT + ".core.proximity",
        ROOT + ".geodata",
        ROOT + ".geopackage"
      };

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(
                ROOT + ".core", ROOT + ".geodata", ROOT + ".geopackage", ROOT + ".viewer");
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
        .resideInAnyPackage(
            ROOT + ".geodata..", ROOT + ".geopackage..", ROOT + ".viewer..", ROOT + ".pipeline..")
        .check(classes);
  }

  /** The GeoPackage module builds on core only; NGA's library stays out of core. */
  @Test
  void geopackageDependsOnCoreOnly() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".geopackage..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(ROOT + ".geodata..", ROOT + ".viewer..", ROOT + ".pipeline..")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("mil.nga..")
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
   * No cycles between packages, in any module. The viewer's drawing packages point one way: {@code
   * draw} (viewport, projected geometry, chunks) ← {@code layerlist} (the layer model) ← {@code
   * layers} (painters, labels, legend) ← {@code map} (renderer and map component).
   */
  @Test
  void packagesHaveNoImportCycles() {
    slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(classes);
  }

  /** The low-level drawing package knows nothing of layers, painters or the map component. */
  @Test
  void drawingPrimitivesDependOnNoLayerOrMapPackage() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".viewer.draw..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            ROOT + ".viewer.layerlist..",
            ROOT + ".viewer.layers..",
            ROOT + ".viewer.map..",
            ROOT + ".viewer.app..")
        .check(classes);
  }

  @Test
  void publicLibraryTypesLiveOnlyInExportedPackages() {
    classes()
        .that()
        .resideInAnyPackage(ROOT + ".core..", ROOT + ".geodata..", ROOT + ".geopackage..")
        .and()
        .arePublic()
        .and()
        .areTopLevelClasses()
        .should()
        .resideInAnyPackage(EXPORTED)
        .check(classes);
  }
}
