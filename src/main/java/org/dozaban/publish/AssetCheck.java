package org.dozaban.publish;

import org.dozaban.content.ContentException;
import org.dozaban.content.Problem;
import org.dozaban.content.Severity;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Checks the assets folder before a build copies it: it must exist, since every page links its
 * stylesheet; a symbolic link in it must lead to a file inside it unless external links are allowed;
 * broken and looping links are warned about, since they are not copied.
 */
public final class AssetCheck {

    private AssetCheck() {
    }

    /**
     * @return warnings for links that are not copied
     * @throws ContentException when the folder is missing or a link leads outside it
     */
    public static List<Problem> check(Path assetsDir, boolean allowExternal) throws ContentException, IOException {
        if (!Files.isDirectory(assetsDir)) {
            throw new ContentException(new Problem(assetsDir, 0, 0,
                    "the assets folder is missing, so the pages would link to a stylesheet that does not exist",
                    "restore the folder with style.css and the fonts, or give the template folder with --templates DIR"));
        }
        Path realAssets = assetsDir.toRealPath();
        List<Problem> errors = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        try (Stream<Path> files = Files.walk(assetsDir)) {
            for (Path file : files.filter(Files::isSymbolicLink).sorted(Comparator.comparing(Path::toString)).toList()) {
                checkLink(file, realAssets, allowExternal, errors, warnings);
            }
        }
        if (!errors.isEmpty()) {
            errors.addAll(warnings);
            throw new ContentException(errors);
        }
        return warnings;
    }

    private static void checkLink(Path link, Path realAssets, boolean allowExternal, List<Problem> errors,
                                  List<Problem> warnings) throws IOException {
        try {
            Path target = link.toRealPath();
            if (!target.startsWith(realAssets) && !allowExternal) {
                errors.add(new Problem(link, 0, 0, "symbolic link to a file outside the assets folder: " + target,
                        "copy the file into the assets folder, or set allowExternalSymlinks: true in site.yaml"));
            }
        } catch (NoSuchFileException e) {
            warnings.add(new Problem(link, 0, 0, "broken symbolic link: " + Files.readSymbolicLink(link)
                    + " does not exist, so it is not copied", "fix the link or remove it").withSeverity(Severity.WARNING));
        } catch (AccessDeniedException e) {
            throw e;
        } catch (FileSystemException e) {
            warnings.add(new Problem(link, 0, 0, "symbolic link loop: the link leads back to itself, so it is not copied",
                    "fix the link or remove it").withSeverity(Severity.WARNING));
        }
    }
}
