package io.github.borderatlas.viewer.app;

import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.TransferHandler;

/**
 * Accepts files dropped onto a component (the map) and hands their paths on, in the order dropped.
 * Anything but a list of files is refused. Event dispatch thread.
 */
final class FileDropHandler extends TransferHandler {

  private static final long serialVersionUID = 1L;

  private final transient Consumer<List<Path>> open;

  FileDropHandler(Consumer<List<Path>> open) {
    this.open = open;
  }

  @Override
  public boolean canImport(TransferSupport support) {
    return support.isDataFlavorSupported(DataFlavor.javaFileListFlavor);
  }

  @Override
  public boolean importData(TransferSupport support) {
    if (!canImport(support)) {
      return false;
    }
    try {
      Object data = support.getTransferable().getTransferData(DataFlavor.javaFileListFlavor);
      List<Path> files = new ArrayList<>();
      if (data instanceof List<?> list) {
        for (Object o : list) {
          if (o instanceof File f) {
            files.add(f.toPath());
          }
        }
      }
      if (files.isEmpty()) {
        return false;
      }
      open.accept(files);
      return true;
    } catch (UnsupportedFlavorException | IOException e) {
      return false;
    }
  }
}
