package io.github.borderatlas.core.arch;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.core.model.Atlas;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code core} must be usable on servers without AWT or Swing: no compiled class of the module may
 * refer to {@code java/awt} or {@code javax/swing} (checked in the class files' constant pools,
 * where every referenced class name appears in internal form).
 */
class NoUiDependencyTest {

  @Test
  void noCoreClassRefersToAwtOrSwing() throws IOException, URISyntaxException {
    Path classes = Path.of(Atlas.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Path> offenders;
    try (Stream<Path> files = Files.walk(classes)) {
      offenders =
          files
              .filter(p -> p.toString().endsWith(".class"))
              .filter(NoUiDependencyTest::refersToUi)
              .toList();
    }
    assertThat(classes.resolve("io/github/borderatlas/core/model/Atlas.class")).exists();
    assertThat(offenders).as("core classes referring to java.awt or javax.swing").isEmpty();
  }

  private static boolean refersToUi(Path classFile) {
    try {
      String text = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
      return text.contains("java/awt/") || text.contains("javax/swing/");
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + classFile, e);
    }
  }
}
