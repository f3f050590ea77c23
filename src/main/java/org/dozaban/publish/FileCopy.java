package org.dozaban.publish;

import java.nio.file.Path;

/**
 * A file copied into the site as it is.
 *
 * @param source the file in the content folder
 * @param path   where it goes, relative to the output folder, with '/' separators
 */
public record FileCopy(Path source, String path) {
}
