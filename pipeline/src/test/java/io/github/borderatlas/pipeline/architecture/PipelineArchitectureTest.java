package io.github.borderatlas.pipeline.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of the viewer's ArchitectureTest, for the pipeline module (not on the viewer's class
 * path): no import cycles between its packages, and it uses core only, never the viewer.
 */
class PipelineArchitectureTest {

  private static final String ROOT = "io.github.borderatlas";
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT + ".pipeline");
  }

  @Test
  void packagesHaveNoImportCycles() {
    slices().matching(ROOT + ".pipeline.(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  void pipelineUsesNeitherTheViewerNorAwt() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(ROOT + ".viewer..", "java.awt..", "javax.swing..")
        .check(classes);
  }
}
