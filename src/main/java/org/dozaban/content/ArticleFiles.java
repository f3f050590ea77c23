package org.dozaban.content;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the Markdown files of a content folder and where each belongs. An article is
 * {@code <lang>/<slug>.md} or a page bundle {@code <lang>/<slug>/index.md}; a standalone page is the same
 * under {@code <lang>/pages/}. A {@code .md} file anywhere else is reported, since it would otherwise
 * silently never be published.
 */
public final class ArticleFiles {

    private ArticleFiles() {
    }

    /**
     * Every {@code .md} file below {@code contentDir}, hidden folders skipped, sorted by path; links are
     * taken wherever they lead, and nothing is reported.
     */
    public static List<Path> find(Path contentDir) throws IOException {
        return find(contentDir, true, new Problems()).stream().map(Found::path).toList();
    }

    /** Other endings of Markdown files, which an author may mean as articles. */
    private static final List<String> MARKDOWN_ENDINGS = List.of(".md", ".markdown", ".mdown", ".mkd", ".mkdn");

    /**
     * An article file as the walk found it.
     *
     * @param path       named under the content folder as given
     * @param attributes the file's own, when it is a regular file rather than a link to one; else null
     */
    record Found(Path path, BasicFileAttributes attributes) {
    }

    /** The entries sorted by path, each path's text taken once: a content folder holds thousands. */
    private static List<Found> sortedByPath(List<Found> entries) {
        String[] paths = new String[entries.size()];
        Map<String, Found> byPath = new HashMap<>(entries.size() * 4 / 3 + 1);
        for (int i = 0; i < paths.length; i++) {
            paths[i] = entries.get(i).path().toString();
            byPath.put(paths[i], entries.get(i));
        }
        Arrays.sort(paths);
        List<Found> sorted = new ArrayList<>(paths.length);
        for (String path : paths) {
            sorted.add(byPath.get(path));
        }
        return sorted;
    }

    /**
     * Every article file below {@code contentDir}, hidden folders skipped, sorted by path. Files that
     * look like articles but are not read are reported rather than skipped silently: other Markdown
     * endings (errors), broken or looping symbolic links (warnings), and links to files outside the
     * content folder (errors, unless {@code allowExternal}). Each entry is looked up once, by the walk, and
     * a regular file comes with what the walk found of it.
     */
    static List<Found> find(Path contentDir, boolean allowExternal, Problems problems) throws IOException {
        Path realContent = contentDir.toRealPath();
        // a content folder that is itself a symbolic link is walked where it leads; links inside are not followed
        boolean linked = Files.isSymbolicLink(contentDir);
        Path start = linked ? realContent : contentDir;
        List<Found> entries = new ArrayList<>();
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return !dir.equals(start) && dir.getFileName().toString().startsWith(".")
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (!file.getFileName().toString().startsWith(".")) {
                    entries.add(new Found(linked ? contentDir.resolve(start.relativize(file).toString()) : file,
                            attributes));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        List<Found> found = new ArrayList<>();
        for (Found entry : sortedByPath(entries)) {
            Path p = entry.path();
            BasicFileAttributes attributes = entry.attributes();
            String name = p.getFileName().toString();
            boolean link = attributes.isSymbolicLink();
            if (name.endsWith(".md")) {
                if (!link && attributes.isRegularFile()) {
                    found.add(entry);
                } else if (link && isReadable(p, realContent, allowExternal, problems)) {
                    found.add(new Found(p, null));
                }
            } else if (hasMarkdownEnding(name) && !(link ? Files.isDirectory(p) : attributes.isDirectory())) {
                String stem = name.substring(0, name.lastIndexOf('.'));
                problems.add(p, Place.FILE, "an article file must end in \".md\", so this one is not read",
                        "rename it to " + stem + ".md");
            } else if (link && Files.isDirectory(p)) {
                problems.warn(p, Place.FILE, "a symbolic link to a folder is not followed; its articles are not read",
                        "move the folder itself here");
            }
        }
        return found;
    }

    private static boolean hasMarkdownEnding(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return MARKDOWN_ENDINGS.stream().anyMatch(lower::endsWith);
    }

    /** A link to a regular file inside the content folder or allowed to leave it. */
    private static boolean isReadable(Path file, Path realContent, boolean allowExternal, Problems problems)
            throws IOException {
        Path target;
        try {
            target = file.toRealPath();
        } catch (NoSuchFileException e) {
            problems.warn(file, Place.FILE, "broken symbolic link: " + Files.readSymbolicLink(file)
                    + " does not exist, so the article is not read", "fix the link or remove it");
            return false;
        } catch (AccessDeniedException e) {
            throw e;
        } catch (FileSystemException e) {
            problems.warn(file, Place.FILE, "symbolic link loop: the link leads back to itself, so the article is"
                    + " not read", "fix the link or remove it");
            return false;
        }
        if (!target.startsWith(realContent) && !allowExternal) {
            problems.add(file, Place.FILE, "symbolic link to a file outside the content folder: " + target,
                    "copy the file into the content folder, or set allowExternalSymlinks: true in site.yaml");
            return false;
        }
        return Files.isRegularFile(target);
    }

    /**
     * The name of {@code file}, below {@code dir}, relative to it with {@code /} between folders: its path's
     * text past the folder's when it is named under the folder as given, as the walk names the content's
     * files, rather than made again as a path, which costs several times more for each of thousands.
     */
    public static String nameUnder(Path dir, Path file) {
        String folder = dir.toString();
        String path = file.toString();
        if (!folder.isEmpty() && path.length() > folder.length() + 1 && path.startsWith(folder)
                && path.charAt(folder.length()) == File.separatorChar && File.separatorChar == '/') {
            return path.substring(folder.length() + 1);
        }
        return dir.relativize(file).toString().replace('\\', '/');
    }

    /**
     * Where an article file sits: its language from the first folder, whether it is a page bundle
     * ({@code <lang>/<slug>/index.md}) and whether it is a standalone page ({@code <lang>/pages/...}).
     *
     * @param lang       language code
     * @param bundle     the bundle folder, or null for a single file
     * @param standalone under {@code <lang>/pages/}
     */
    record Location(String lang, Path bundle, boolean standalone) {
    }

    /** The folder under a language folder that holds standalone pages. */
    static final String PAGES = "pages";

    private static final String BUNDLE_INDEX = "index.md";

    /** The location of an article file, or empty after reporting a misplaced file. */
    static Optional<Location> locate(Path contentDir, Path file, List<String> languages, Problems problems) {
        Path relative = contentDir.relativize(file);
        if (relative.getNameCount() == 1) {
            problems.add(file, Place.FILE, "the article is not in a language folder",
                    "move it into the folder of its language: " + languageFolders(contentDir, languages));
            return Optional.empty();
        }
        String folder = relative.getName(0).toString();
        if (!languages.contains(folder)) {
            problems.add(file, Place.FILE, "\"" + folder + "\" is not a language of this site",
                    Suggestions.hint(folder, languages, "site languages")
                            + "; move the file into the folder of its language: " + languageFolders(contentDir, languages));
            return Optional.empty();
        }
        Path inLanguage = relative.subpath(1, relative.getNameCount());
        boolean standalone = inLanguage.getNameCount() > 1 && inLanguage.getName(0).toString().equals(PAGES);
        Path rest = standalone ? inLanguage.subpath(1, inLanguage.getNameCount()) : inLanguage;
        if (rest.getNameCount() == 1 && !(standalone && rest.toString().equals(BUNDLE_INDEX))) {
            return Optional.of(new Location(folder, null, standalone));
        }
        if (rest.getNameCount() == 2 && rest.getFileName().toString().equals(BUNDLE_INDEX)) {
            return Optional.of(new Location(folder, file.getParent(), standalone));
        }
        Path base = contentDir.resolve(folder);
        problems.add(file, Place.FILE, "the article is in a subfolder of a language folder",
                "an article is " + Problems.display(base) + "/<slug>.md, or a page bundle "
                        + Problems.display(base) + "/<slug>/index.md with its files beside it; a standalone page is "
                        + Problems.display(base.resolve(PAGES)) + "/<slug>.md");
        return Optional.empty();
    }

    private static String languageFolders(Path contentDir, List<String> languages) {
        return String.join(", ", languages.stream().map(lang -> Problems.display(contentDir.resolve(lang)) + "/").toList());
    }

    /**
     * The files of a page bundle other than its {@code index.md}, relative to the bundle with '/'
     * separators, sorted; hidden files and Markdown files are left out (a Markdown file there is reported
     * as misplaced).
     */
    static List<String> bundleFiles(Path bundle) throws IOException {
        try (Stream<Path> paths = Files.walk(bundle)) {
            return paths.filter(Files::isRegularFile)
                    .map(p -> bundle.relativize(p))
                    .filter(p -> !isHidden(p) && !p.getFileName().toString().endsWith(".md"))
                    .map(p -> p.toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
