package io.github.borderatlas.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that opens real windows (tag {@code "ui"}, run by the viewer's {@code
 * ui-tests} execution with {@code -Djava.awt.headless=false}).
 *
 * <p>With a reachable display the tests run as usual. Without one (a bare server: {@code DISPLAY}
 * unset) {@link VirtualDisplayExtension} starts Xvfb on a free display number and runs the class in
 * a child JVM on it; without Xvfb the tests are skipped with the reason, or fail when {@code
 * CI=true} (see {@link Requirement}).
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("ui")
@ExtendWith(VirtualDisplayExtension.class)
public @interface WindowTest {}
