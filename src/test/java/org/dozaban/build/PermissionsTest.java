package org.dozaban.build;

import org.dozaban.testing.Trees;
import org.dozaban.ingest.Importer;
import org.dozaban.scaffold.ArchiveScaffold;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Built and imported files get the permissions any new file gets under the umask, not owner-only ones. */
class PermissionsTest {

    @TempDir
    Path dir;

    @Test
    void outputAndImportedFilesFollowTheUmask() throws Exception {
        Set<PosixFilePermission> newFile = Files.getPosixFilePermissions(Files.createFile(dir.resolve("plain")));
        Set<PosixFilePermission> newFolder = Files.getPosixFilePermissions(Files.createDirectory(dir.resolve("folder")));
        Path content = dir.resolve("content");
        Trees.copy(Path.of("src/test/resources/sites/bilingual/content"), content);
        Path out = dir.resolve("site");
        Builder.build(new Builder.Options(content, Path.of("templates"), out));
        assertEquals(newFolder, Files.getPosixFilePermissions(out));
        assertEquals(newFolder, Files.getPosixFilePermissions(out.resolve("en")));
        assertEquals(newFile, Files.getPosixFilePermissions(out.resolve("index.html")));
        assertEquals(newFile, Files.getPosixFilePermissions(out.resolve("assets/style.css")));
        Path written = dir.resolve("content/en/new.md");
        Importer.writeAtomically(written, "---\ntitle: New\n---\nText.\n");
        assertEquals(newFile, Files.getPosixFilePermissions(written));
        // a rebuild stages the new article's page in a folder of its own, then moves it into the output
        Builder.build(new Builder.Options(content, Path.of("templates"), out));
        assertEquals(newFolder, Files.getPosixFilePermissions(out));
        assertEquals(newFolder, Files.getPosixFilePermissions(out.resolve("en/undated/new")));
        assertEquals(newFile, Files.getPosixFilePermissions(out.resolve("en/undated/new/index.html")));
    }

    @Test
    void aNewArchiveFollowsTheUmask() throws Exception {
        Set<PosixFilePermission> newFile = Files.getPosixFilePermissions(Files.createFile(dir.resolve("plain")));
        Set<PosixFilePermission> newFolder = Files.getPosixFilePermissions(Files.createDirectory(dir.resolve("folder")));
        Path archive = dir.resolve("archive");
        ArchiveScaffold.create(archive, "https://archive.example.org/", "someone/dozaban");
        assertEquals(newFolder, Files.getPosixFilePermissions(archive));
        assertEquals(newFolder, Files.getPosixFilePermissions(archive.resolve("content")));
        assertEquals(newFile, Files.getPosixFilePermissions(archive.resolve("content/site.yaml")));
    }
}
