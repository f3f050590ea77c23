package org.dozaban.ingest;

import org.dozaban.content.ContentException;
import org.dozaban.content.Problem;
import org.dozaban.content.Topic;
import org.dozaban.work.NewFiles;

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
     * Imports each seed file, and each {@code .txt} or {@code .html} file directly inside each given folder, in
     * name order. A seed already recorded in some content file's {@code seed:} is skipped unless {@code force},
     * which rewrites that file, but only when the file is still exactly as the importer wrote it (its
     * {@link ImportRecord}): when any such file was edited, nothing is written and each edited file is an
     * error. A content file of another seed is never overwritten: the new file gets a free name
     * ({@code slug-2.md}) and the same key as its translation key, both reported.
     */
    public List<ImportResult> importPaths(List<Path> paths, boolean force) throws IOException {
        ContentIndex index = ContentIndex.scan(contentDir);
        List<Path> seeds = seeds(paths);
        if (force) {
            List<ImportResult> edited = editedTargets(seeds, index);
            if (!edited.isEmpty()) {
                return edited;
            }
        }
        ArticleBuilder builder = new ArticleBuilder(new TopicAssigner(vocabulary));
        List<ImportResult> results = new ArrayList<>();
        for (Path seed : seeds) {
            results.add(importOne(seed, force, index, builder));
        }
        return results;
    }

    /** An error for each content file a forced import would replace that is no longer as it was imported. */
    private List<ImportResult> editedTargets(List<Path> seeds, ContentIndex index) throws IOException {
        List<ImportResult> edited = new ArrayList<>();
        for (Path seed : seeds) {
            Optional<Path> recorded = index.fileOf(seed.getFileName().toString());
            if (recorded.isEmpty() || !Files.exists(recorded.get())) {
                continue;
            }
            String text = new String(Files.readAllBytes(recorded.get()), StandardCharsets.UTF_8);
            Optional<Boolean> unchanged = ImportRecord.unchanged(text);
            if (unchanged.orElse(false)) {
                continue;
            }
            String why = unchanged.isEmpty() ? "has no " + ImportRecord.KEY + " (written by hand or by an older import)"
                    : "was edited after it was imported";
            edited.add(new ImportResult(seed, ImportResult.Status.ERROR, recorded.get(),
                    new Problem(recorded.get(), 0, 0, why + "; --force would overwrite it, so nothing was imported",
                            "keep your version by importing without --force, or move the file away (or delete it) "
                                    + "and import again").format()));
        }
        return edited;
    }

    /** The article a seed file holds, without writing anything. */
    public ImportedArticle convert(Path seed) throws IOException, ContentException {
        return convert(seed, new ArticleBuilder(new TopicAssigner(vocabulary)));
    }

    private static ImportedArticle convert(Path seed, ArticleBuilder builder) throws IOException, ContentException {
        return converted(seed, builder).article();
    }

    /** The article a seed file holds, with the role of each of its blocks and the warnings; nothing is written. */
    public Converted explain(Path seed) throws IOException, ContentException {
        return converted(seed, new ArticleBuilder(new TopicAssigner(vocabulary)));
    }

    /**
     * A seed's article and how it was read.
     *
     * @param article    the article
     * @param extraction the blocks with their roles, and the warnings
     */
    public record Converted(ImportedArticle article, Extraction extraction) {
    }

    private static Converted converted(Path seed, ArticleBuilder builder) throws IOException, ContentException {
        String text = Decoder.decode(Files.readAllBytes(seed), seed);
        Extraction extraction = Extractor.explain(text, seed);
        return new Converted(builder.build(extraction.draft(), seed, Lexicon.of(text)), extraction);
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
        List<String> warnings;
        try {
            Converted converted = converted(seed, builder);
            article = converted.article();
            warnings = converted.extraction().warnings();
        } catch (ContentException e) {
            return new ImportResult(seed, ImportResult.Status.ERROR, null, e.getMessage());
        } catch (NoSuchFileException e) {
            return error(seed, "no such file", "check the path");
        } catch (IOException e) {
            return error(seed, "cannot read the file: " + e.getMessage(), "");
        }
        Optional<Path> target = recorded.isPresent() ? recorded : freeName(article, index);
        if (target.isEmpty()) {
            return error(seed, "no free file name for slug \"" + article.slug() + "\" in "
                    + contentDir.resolve(article.lang()), "give one of the existing articles another title or slug");
        }
        String slug = slugOf(target.get());
        ImportedArticle written = article.withSlugAndKey(slug);
        List<String> notes = new ArrayList<>(warnings);
        if (!slug.equals(article.slug())) {
            notes.add(Extractor.warning(seed, 1, "slug and translationKey \"" + article.slug()
                    + "\" are taken in " + contentDir.resolve(article.lang()) + "; used \"" + slug + "\"",
                    "if the article is a translation, set its translationKey by hand"));
        }
        writeAtomically(target.get(), ImportRecord.stamp(MarkdownWriter.write(written)));
        index.record(name, target.get(), written.lang(), slug, written.translationKey());
        return new ImportResult(seed, ImportResult.Status.CREATED, target.get(), "", notes);
    }

    private static ImportResult error(Path seed, String message, String hint) {
        return new ImportResult(seed, ImportResult.Status.ERROR, null, new Problem(seed, 0, 0, message, hint).format());
    }

    /** The first {@code slug.md}, {@code slug-2.md}... whose file, slug and translation key are all free. */
    private Optional<Path> freeName(ImportedArticle article, ContentIndex index) {
        Path folder = contentDir.resolve(article.lang());
        for (int n = 1; n <= MAX_SUFFIX; n++) {
            String slug = article.slug() + (n == 1 ? "" : "-" + n);
            Path candidate = folder.resolve(slug + ".md");
            if (!Files.exists(candidate) && !index.taken(article.lang(), slug)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static String slugOf(Path file) {
        return file.getFileName().toString().replaceFirst("\\.md$", "");
    }

    /**
     * Writes through a temporary file in the same folder, so a reader never sees half a file. The file is
     * created as any new file is, so its permissions follow the umask (a temporary file from
     * {@link Files#createTempFile} would be readable by its owner only).
     */
    public static void writeAtomically(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = NewFiles.write(file.toAbsolutePath().getParent(), ".import-",
                text.getBytes(StandardCharsets.UTF_8));
        try {
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The seed files of {@code paths}: files as given, and the {@code .txt} files directly inside folders, in name order. */
    public static List<Path> seeds(List<Path> paths) throws IOException {
        List<Path> seeds = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.isDirectory(path)) {
                seeds.add(path);
                continue;
            }
            try (Stream<Path> list = Files.list(path)) {
                list.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().matches(".*\\.(?:txt|html?)"))
                        .sorted().forEach(seeds::add);
            }
        }
        return seeds;
    }
}
