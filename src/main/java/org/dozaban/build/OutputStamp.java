package org.dozaban.build;

import org.dozaban.text.KeyHash;

import java.io.IOException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * A digest of the output folder as the file system describes it: the size and modification time of each
 * file a build wrote, and the modification time of each folder holding them. A file added, removed or
 * renamed changes its folder's time; a file written over changes its own. Looking up each file and folder
 * by name is several times quicker than listing the folders (a folder per page), and a build that finds
 * nothing to do spends most of its time here.
 */
final class OutputStamp {

    private final String digest;
    private final Map<String, Long> modified;

    private OutputStamp(String digest, Map<String, Long> modified) {
        this.digest = digest;
        this.modified = modified;
    }

    /** The digest of every size and time. */
    String digest() {
        return digest;
    }

    /** The modification time of {@code file}, one of those stamped, in nanoseconds. */
    long modified(String file) {
        return modified.get(file);
    }

    /**
     * The stamp of {@code out} holding {@code files} (site-relative, with {@code /}); empty when one of them
     * is missing or is not a regular file.
     */
    static Optional<OutputStamp> of(Path out, Collection<String> files) {
        TreeSet<String> folders = new TreeSet<>();
        folders.add("");
        for (String file : files) {
            for (int slash = file.lastIndexOf('/'); slash > 0; slash = file.lastIndexOf('/', slash - 1)) {
                if (!folders.add(file.substring(0, slash))) {
                    break;
                }
            }
        }
        List<String> paths = new ArrayList<>(new TreeSet<>(files));
        int fileCount = paths.size();
        paths.addAll(folders);
        long[] sizes = new long[paths.size()];
        long[] modified = new long[paths.size()];
        boolean whole = IntStream.range(0, paths.size()).parallel().allMatch(i -> {
            try {
                String path = paths.get(i);
                // the output folder itself may be a link; nothing in it is followed
                BasicFileAttributes attributes = path.isEmpty()
                        ? Files.readAttributes(out, BasicFileAttributes.class)
                        : Files.readAttributes(out.resolve(path), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                boolean file = i < fileCount;
                if (file ? !attributes.isRegularFile() : !attributes.isDirectory()) {
                    return false;
                }
                sizes[i] = file ? attributes.size() : -1;
                modified[i] = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
                return true;
            } catch (IOException e) {
                return false;
            }
        });
        if (!whole) {
            return Optional.empty();
        }
        KeyHash digest = new KeyHash();
        for (int i = 0; i < paths.size(); i++) {
            digest.text(paths.get(i)).number(sizes[i]).number(modified[i]);
        }
        Map<String, Long> times = new HashMap<>();
        for (int i = 0; i < fileCount; i++) {
            times.put(paths.get(i), modified[i]);
        }
        return Optional.of(new OutputStamp(digest.hex(), times));
    }
}
