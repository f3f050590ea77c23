package org.dozaban.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.BindException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** I/O failures as the user reads them (as root, permissions cannot be denied for real in tests). */
class IoErrorsTest {

    @TempDir
    Path dir;

    @Test
    void aFolderThatCannotBeReadIsNamed() throws Exception {
        Path en = Files.createDirectories(dir.resolve("content/en"));
        assertEquals("error: cannot read or write " + dir.resolve("content") + ": permission denied\n"
                        + "  hint: check the permissions of the path and of the folders above it",
                IoErrors.describe(new AccessDeniedException(dir.resolve("content").toString())).format());
        assertEquals("error: cannot create a file in " + en + ": permission denied\n"
                        + "  hint: make the folder writable, or work on a copy of it",
                IoErrors.describe(new AccessDeniedException(en.resolve(".import-123.tmp").toString())).format());
    }

    @Test
    void aPortInUseIsNotAPathProblem() {
        assertEquals("error: cannot listen on the port: Address already in use\n"
                        + "  hint: another program may be using the port; stop it or choose another with --port N",
                IoErrors.describe(new BindException("Address already in use")).format());
    }

    @Test
    void aFileNameTooLongGivesTheReason() {
        assertEquals("error: cannot read or write site/x: File name too long\n"
                        + "  hint: check the path, the free space and the permissions",
                IoErrors.describe(new FileSystemException("site/x", null, "File name too long")).format());
    }
}
