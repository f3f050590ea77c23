package org.dozaban.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a set of folders holds, as paths, sizes and modification times: two fingerprints differ when a
 * file was added, removed or changed. Polling this is portable, unlike file-system watch services.
 */
record SourceFingerprint(List<String> entries) {

    static SourceFingerprint of(List<Path> folders) {
        List<String> entries = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
                    entries.add(file + "|" + attrs.size() + "|" + attrs.lastModifiedTime().toMillis());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (UncheckedIOException e) {
                // a file vanished while walking: the next poll sees a stable tree
                entries.add(folder + "|changing");
            }
        }
        return new SourceFingerprint(List.copyOf(entries));
    }
}
