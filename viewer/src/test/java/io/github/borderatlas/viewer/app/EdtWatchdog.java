package io.github.borderatlas.viewer.app;

import java.awt.AWTEvent;
import java.awt.EventQueue;
import java.awt.Toolkit;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Measures every task the event dispatch thread runs while installed (an {@link EventQueue} pushed
 * on the system queue) and keeps those over the limits, each with the event thread's stack sampled
 * as it passed the CPU limit's worth of wall time, so a failure says what ran.
 *
 * <p>Two measures: CPU time of the event thread (the work done on it: the test machine is shared,
 * so wall time also counts other processes' turns) and wall time (catches waiting on a lock, which
 * costs no CPU).
 */
final class EdtWatchdog extends EventQueue {

  /** One task over a limit. */
  record SlowTask(String event, long cpuMillis, long wallMillis, String stack) {
    @Override
    public String toString() {
      return cpuMillis + " ms CPU, " + wallMillis + " ms wall: " + event + "\n" + stack;
    }
  }

  private final long cpuLimitMillis;
  private final long wallLimitMillis;
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final List<SlowTask> slow = new ArrayList<>();
  private final List<String> modelWork = new ArrayList<>();
  private final Thread sampler;
  private volatile Thread edt;
  private volatile long dispatchStartNanos;
  private volatile String sampledStack = "";
  private int depth;

  private EdtWatchdog(long cpuLimitMillis, long wallLimitMillis) {
    this.cpuLimitMillis = cpuLimitMillis;
    this.wallLimitMillis = wallLimitMillis;
    sampler = new Thread(this::sample, "edt-watchdog-sampler");
    sampler.setDaemon(true);
  }

  /** Installs a watchdog on the system event queue. */
  static EdtWatchdog install(long cpuLimitMillis, long wallLimitMillis) {
    EdtWatchdog w = new EdtWatchdog(cpuLimitMillis, wallLimitMillis);
    Toolkit.getDefaultToolkit().getSystemEventQueue().push(w);
    w.sampler.start();
    return w;
  }

  /** Removes the watchdog; returns the tasks over a limit, in the order they ran. */
  synchronized List<SlowTask> uninstall() {
    sampler.interrupt();
    pop();
    return List.copyOf(slow);
  }

  /**
   * Every sampled event-thread stack (one every 5 ms while a task runs) that was inside model work:
   * a frame of one of {@link #MODEL_WORK}. The stack is given from its model frame down.
   */
  synchronized List<String> modelWork() {
    return List.copyOf(modelWork);
  }

  /**
   * The entry points of model work (class name prefix, method name; {@code *} for any method):
   * loading and reading, analyses, simplification, level-of-detail bands, drawing a whole map,
   * writing files. Accessors of their results are not listed: reading a computed value is not work.
   */
  static final List<String[]> MODEL_WORK =
      List.of(
          new String[] {"io.github.borderatlas.geodata.", "*"},
          new String[] {"io.github.borderatlas.core.io.", "*"},
          new String[] {"io.github.borderatlas.core.analysis.RiverCrossingAnalysis", "of"},
          new String[] {"io.github.borderatlas.core.analysis.LengthReconciliation", "of"},
          new String[] {"io.github.borderatlas.core.analysis.DisputeShares", "of"},
          new String[] {"io.github.borderatlas.core.analysis.AtlasValidator", "*"},
          new String[] {"io.github.borderatlas.viewer.draw.ProjectedAtlas", "<init>"},
          new String[] {"io.github.borderatlas.viewer.draw.ProjectedAtlas", "simplifyAll"},
          new String[] {"io.github.borderatlas.viewer.draw.ChunkedGeometry", "of"},
          new String[] {"io.github.borderatlas.viewer.map.MapRenderer", "renderImage"},
          new String[] {"org.locationtech.jts.simplify.", "*"},
          new String[] {"javax.imageio.ImageIO", "write"});

  static boolean isModelWork(StackTraceElement f) {
    for (String[] w : MODEL_WORK) {
      if (f.getClassName().startsWith(w[0])
          && (w[1].equals("*") || w[1].equals(f.getMethodName()))) {
        return true;
      }
    }
    return false;
  }

  @Override
  protected void dispatchEvent(AWTEvent event) {
    if (depth++ > 0) { // a nested loop (modal dialog) is measured as part of its outer task
      try {
        super.dispatchEvent(event);
      } finally {
        depth--;
      }
      return;
    }
    edt = Thread.currentThread();
    sampledStack = "";
    long cpu0 = threads.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    dispatchStartNanos = wall0;
    try {
      super.dispatchEvent(event);
    } finally {
      depth--;
      dispatchStartNanos = 0;
      long cpuMillis = (threads.getCurrentThreadCpuTime() - cpu0) / 1_000_000;
      long wallMillis = (System.nanoTime() - wall0) / 1_000_000;
      if (cpuMillis > cpuLimitMillis || wallMillis > wallLimitMillis) {
        synchronized (this) {
          slow.add(new SlowTask(describe(event), cpuMillis, wallMillis, sampledStack));
        }
      }
    }
  }

  private static String describe(AWTEvent event) {
    String s = event.toString();
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }

  /**
   * Every 5 ms: keeps the stack of a task running past the CPU limit in wall time, and any stack in
   * model work.
   */
  private void sample() {
    while (!Thread.currentThread().isInterrupted()) {
      long start = dispatchStartNanos;
      Thread t = edt;
      if (start != 0 && t != null) {
        StackTraceElement[] frames = t.getStackTrace();
        for (int i = 0; i < frames.length; i++) {
          if (isModelWork(frames[i])) {
            String stack =
                Arrays.stream(frames)
                    .skip(i)
                    .limit(15)
                    .map(f -> "    at " + f)
                    .collect(Collectors.joining("\n"));
            synchronized (this) {
              modelWork.add(stack);
            }
            break;
          }
        }
      }
      if (start != 0
          && t != null
          && sampledStack.isEmpty()
          && System.nanoTime() - start > cpuLimitMillis * 1_000_000) {
        StackTraceElement[] frames = t.getStackTrace();
        // the top of the stack, then the project's own frames below it
        sampledStack =
            Stream.concat(
                    Arrays.stream(frames).limit(12),
                    Arrays.stream(frames)
                        .skip(12)
                        .filter(f -> f.getClassName().contains("borderatlas")))
                .map(f -> "    at " + f)
                .collect(Collectors.joining("\n"));
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        return;
      }
    }
  }
}
