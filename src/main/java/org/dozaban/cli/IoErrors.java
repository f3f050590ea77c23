package org.dozaban.cli;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Says what an I/O failure was in a user's words: the path it happened on, the cause, and what to do.
 * A failure to create a file in a folder names the folder, since the file itself never existed.
 */
final class IoErrors {

    /**
     * A failure as printed.
     *
     * @param message what failed and why, without "error: "
     * @param hint    what to do
     */
    record Described(String message, String hint) {

        String format() {
            return "error: " + message + "\n  hint: " + hint;
        }
    }

    private IoErrors() {
    }

    static Described describe(IOException e) {
        if (e instanceof BindException) {
            return new Described("cannot listen on the port: " + reason(e.getMessage(), "it is in use"),
                    "another program may be using the port; stop it or choose another with --port N");
        }
        if (!(e instanceof FileSystemException fs) || fs.getFile() == null) {
            return new Described(String.valueOf(e.getMessage()),
                    "check that the path exists and is readable and writable");
        }
        String path = fs.getFile().replace('\\', '/');
        if (e instanceof AccessDeniedException) {
            Path file = Path.of(fs.getFile());
            Path parent = file.getParent();
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) && parent != null) {
                return new Described("cannot create a file in " + parent.toString().replace('\\', '/')
                        + ": permission denied", "make the folder writable, or work on a copy of it");
            }
            return new Described("cannot read or write " + path + ": permission denied",
                    "check the permissions of the path and of the folders above it");
        }
        if (e instanceof NoSuchFileException) {
            return new Described("cannot find " + path + ": no such file or folder",
                    "check the path; it may have been moved or deleted while the command ran");
        }
        if (e instanceof NotDirectoryException) {
            return new Described(path + " is not a folder", "give a folder here, not a file");
        }
        if (e instanceof FileSystemLoopException) {
            return new Described("symbolic links loop at " + path, "remove or fix the link that points back to a folder above it");
        }
        if (e instanceof FileAlreadyExistsException) {
            return new Described(path + " already exists", "remove it or choose another name");
        }
        if (e instanceof DirectoryNotEmptyException) {
            return new Described("folder " + path + " is not empty", "remove what it holds, or choose another folder");
        }
        return new Described("cannot read or write " + path + ": " + reason(fs.getReason(), "input/output error"),
                "check the path, the free space and the permissions");
    }

    private static String reason(String given, String fallback) {
        return given == null || given.isBlank() ? fallback : given.strip();
    }
}
