package org.dozaban.publish;

import org.dozaban.content.ContentException;
import org.dozaban.content.Problem;
import org.dozaban.render.Page;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Decides whether a build may replace an output folder. A build replaces everything in its output
 * folder, so it writes only into a folder that is missing, empty, or marked by {@link #MARKER} as the
 * output of an earlier build. Anything else, such as the content or template folder, a folder holding
 * a {@code .git} repository, a plain file, the project itself or a folder above it, is refused.
 */
public final class OutputGuard {

    /** The file every build writes at the root of its output folder. */
    public static final String MARKER = ".dozaban-output";

    /** The marker's text: the same at every build, so that rebuilds give the same bytes. */
    public static final String MARKER_TEXT = "This folder is written by 'dozaban build', which replaces everything in it.\n";

    private static final String HINT_OTHER_FOLDER = "give an empty or new folder with --out DIR";

    private OutputGuard() {
    }

    /** The marker as a page of the site, for the publisher to write with the others. */
    public static Page marker() {
        return new Page(MARKER, MARKER_TEXT);
    }

    /**
     * Checks that a build may write {@code out}, given the content and template folders it reads.
     *
     * @return the folder to write: {@code out} with symbolic links resolved, so that a linked output
     *         folder is updated where it lives rather than replaced by a folder
     * @throws ContentException naming {@code out} and why it cannot be written
     * @throws IOException      when {@code out} cannot be inspected
     */
    public static Path check(Path out, Path content, Path templates) throws ContentException, IOException {
        if (Files.isSymbolicLink(out) && !Files.exists(out)) {
            throw new ContentException(new Problem(out, 0, 0,
                    "refusing to use this as the output folder: it is a broken symbolic link",
                    "point the link at a folder, or give another folder with --out DIR"));
        }
        Path target = real(out);
        Path contentDir = real(content);
        Path templatesDir = real(templates);
        Path project = contentDir.getParent();
        Optional<String> refusal = refusal(target, contentDir, templatesDir, project);
        if (refusal.isPresent()) {
            throw new ContentException(new Problem(out, 0, 0,
                    "refusing to use this as the output folder: " + refusal.get(), HINT_OTHER_FOLDER));
        }
        if (Files.isDirectory(target) && !Files.isRegularFile(target.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)
                && !isEmpty(target)) {
            throw new ContentException(new Problem(out, 0, 0,
                    "refusing to replace a folder that a build did not write: it is not empty and has no "
                            + MARKER + " file",
                    HINT_OTHER_FOLDER + "; if this folder is a site built by Dozaban, create an empty file "
                            + MARKER + " in it"));
        }
        return target;
    }

    private static Optional<String> refusal(Path target, Path content, Path templates, Path project) {
        if (Files.exists(target) && !Files.isDirectory(target)) {
            return Optional.of("it is a file, not a folder");
        }
        if (project != null && project.startsWith(target)) {
            return Optional.of(target.equals(project) ? "it is the project folder, which holds the content"
                    : "it is above the project folder, which it holds");
        }
        if (content.startsWith(target) || target.startsWith(content)) {
            return Optional.of(target.equals(content) ? "it is the content folder"
                    : content.startsWith(target) ? "it holds the content folder" : "it is inside the content folder");
        }
        if (templates.startsWith(target) || target.startsWith(templates)) {
            return Optional.of(target.equals(templates) ? "it is the template folder"
                    : templates.startsWith(target) ? "it holds the template folder"
                    : "it is inside the template folder");
        }
        if (Files.exists(target.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of("it holds a .git repository");
        }
        return Optional.empty();
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /**
     * The absolute path with every symbolic link resolved, also for a path that does not exist yet:
     * its deepest existing folder is resolved and the rest appended.
     */
    static Path real(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        return existing.toRealPath().resolve(existing.relativize(absolute).toString());
    }
}
