package org.dozaban.scaffold;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Files bundled on the class path under {@code org/dozaban/scaffold/}, from the jar or from the
 * classes folder alike. A name starting with '_' is written with a '.' instead ({@code _github} becomes
 * {@code .github}), since a leading dot hides a file from some packaging tools.
 */
final class BundledFiles {

    private static final String ROOT = "/org/dozaban/scaffold/";

    private BundledFiles() {
    }

    /** A bundled file the copier may change on the way: its path in the target and its bytes. */
    interface Filter {
        byte[] apply(String path, byte[] bytes);
    }

    /**
     * Copies every file of bundled {@code folder} into {@code target}, through {@code filter}, in path order.
     *
     * @return the paths written, relative to {@code target}
     */
    static List<String> copy(String folder, Path target, Filter filter) throws IOException {
        URL url = BundledFiles.class.getResource(ROOT + folder);
        if (url == null) {
            throw new IOException("the bundled folder " + ROOT + folder + " is missing from the program");
        }
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        if (!"jar".equals(uri.getScheme())) {
            return copyTree(Path.of(uri), target, filter);
        }
        try (FileSystem jar = openJar(uri)) {
            return copyTree(jar.getPath(ROOT + folder), target, filter);
        }
    }

    private static FileSystem openJar(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            throw new IOException("the program's jar is open already", e);
        }
    }

    private static List<String> copyTree(Path root, Path target, Filter filter) throws IOException {
        List<String> written = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String relative = undot(root.relativize(file).toString().replace('\\', '/'));
                Path dest = target.resolve(relative);
                Files.createDirectories(dest.getParent());
                Files.write(dest, filter.apply(relative, Files.readAllBytes(file)));
                written.add(relative);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return written;
    }

    private static String undot(String path) {
        StringBuilder out = new StringBuilder();
        for (String part : path.split("/")) {
            out.append(out.length() == 0 ? "" : "/").append(part.startsWith("_") ? "." + part.substring(1) : part);
        }
        return out.toString();
    }
}
