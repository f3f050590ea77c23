package org.dozaban.ingest;

import org.dozaban.content.ContentException;
import org.dozaban.content.Problem;
import org.dozaban.content.Topic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Imports raw article text into content Markdown files. */
public final class Importer {

    /** Most files sharing one slug before the importer gives up finding a free name. */
    private static final int MAX_SUFFIX = 99;

    private final Path contentDir;
    private final List<Topic> vocabulary;

    /**
     * @param contentDir content folder; files go to {@code <contentDir>/<lang>/<slug>.md}
     * @param vocabulary topic vocabulary used to assign topics
     */
    public Importer(Path contentDir, List<Topic> vocabulary) {
        this.contentDir = contentDir;
        this.vocabulary = List.copyOf(vocabulary);
    }

    /**
     * Imports each seed file, and each {@code .txt} file directly inside each given folder, in name order.
     * A seed already recorded in some content file's {@code seed:} is skipped unless {@code force}, which
     * rewrites that file. A content file of another seed is never overwritten: the new file gets a free
     * name ({@code slug-2.md}).
     */
    public List<ImportResult> importPaths(List<Path> paths, boolean force) throws IOException {
        ContentIndex index = ContentIndex.scan(contentDir);
        ArticleBuilder builder = new ArticleBuilder(new TopicAssigner(vocabulary));
        List<ImportResult> results = new ArrayList<>();
        for (Path seed : seeds(paths)) {
            results.add(importOne(seed, force, index, builder));
        }
        return results;
    }

    /** The article a seed file holds, without writing anything. */
    public ImportedArticle convert(Path seed) throws IOException, ContentException {
        return convert(seed, new ArticleBuilder(new TopicAssigner(vocabulary)));
    }

    private static ImportedArticle convert(Path seed, ArticleBuilder builder) throws IOException, ContentException {
        String text = Decoder.decode(Files.readAllBytes(seed), seed);
        return builder.build(Extractor.extract(text, seed), seed, Lexicon.of(text));
    }

    private ImportResult importOne(Path seed, boolean force, ContentIndex index, ArticleBuilder builder)
            throws IOException {
        String name = seed.getFileName().toString();
        Optional<Path> recorded = index.fileOf(name);
        if (recorded.isPresent() && !force) {
            return new ImportResult(seed, ImportResult.Status.SKIPPED, recorded.get(),
                    "already imported as " + recorded.get());
        }
        ImportedArticle article;
        try {
            article = convert(seed, builder);
        } catch (ContentException e) {
            return new ImportResult(seed, ImportResult.Status.ERROR, null, e.getMessage());
        } catch (NoSuchFileException e) {
            return error(seed, "no such file", "check the path");
        } catch (IOException e) {
            return error(seed, "cannot read the file: " + e.getMessage(), "");
        }
        Optional<Path> target = recorded.isPresent() ? recorded : freeName(article);
        if (target.isEmpty()) {
            return error(seed, "no free file name for slug \"" + article.slug() + "\" in "
                    + contentDir.resolve(article.lang()), "give one of the existing articles another title or slug");
        }
        writeAtomically(target.get(), MarkdownWriter.write(article.withSlug(slugOf(target.get()))));
        index.record(name, target.get());
        return new ImportResult(seed, ImportResult.Status.CREATED, target.get(), "");
    }

    private static ImportResult error(Path seed, String message, String hint) {
        return new ImportResult(seed, ImportResult.Status.ERROR, null, new Problem(seed, 0, 0, message, hint).format());
    }

    private Optional<Path> freeName(ImportedArticle article) {
        Path folder = contentDir.resolve(article.lang());
        for (int n = 1; n <= MAX_SUFFIX; n++) {
            Path candidate = folder.resolve(article.slug() + (n == 1 ? "" : "-" + n) + ".md");
            if (!Files.exists(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static String slugOf(Path file) {
        return file.getFileName().toString().replaceFirst("\\.md$", "");
    }

    /** Writes through a temporary file in the same folder, so a reader never sees half a file. */
    public static void writeAtomically(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), ".import-", ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static List<Path> seeds(List<Path> paths) throws IOException {
        List<Path> seeds = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.isDirectory(path)) {
                seeds.add(path);
                continue;
            }
            try (Stream<Path> list = Files.list(path)) {
                list.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".txt"))
                        .sorted().forEach(seeds::add);
            }
        }
        return seeds;
    }
}
