package org.dozaban.render;

import org.dozaban.content.Article;
import org.dozaban.content.Problem;
import org.dozaban.html.Video;
import org.dozaban.markdown.LinkTarget;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the images and links of an article body against the files published beside its page: a
 * local file that does not exist, an image outside the page's folder, and an image without
 * alternative text are errors at their Markdown line and column.
 */
final class LocalTargets {

    private LocalTargets() {
    }

    /**
     * The path, relative to the page's folder, of a local file {@code url} points at; empty for
     * addresses with a scheme, absolute or protocol-relative paths, fragments, and folders.
     */
    static Optional<String> path(String url) {
        String value = url.strip();
        if (value.isEmpty() || value.startsWith("#") || value.startsWith("/") || value.startsWith("?")
                || value.matches("(?s)[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            return Optional.empty();
        }
        int end = value.length();
        for (char stop : new char[] {'#', '?'}) {
            int at = value.indexOf(stop);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        String path = value.substring(0, end);
        if (path.endsWith("/") || path.isEmpty()) {
            return Optional.empty();
        }
        try {
            path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.of(path);
        }
        return Optional.of(path.startsWith("./") ? path.substring(2) : path);
    }

    static List<Problem> check(Article article, List<LinkTarget> targets, Map<String, Path> files) {
        List<Problem> problems = new ArrayList<>();
        for (LinkTarget target : targets) {
            boolean video = target.image() && Video.of(target.url()).isPresent();
            if (target.image() && target.alt().isEmpty() && !target.decorative()) {
                problems.add(problem(article, target.offset(), (video ? "video " : "image ") + quoted(target.url())
                                + " has no " + (video ? "title" : "alternative text"),
                        video ? "write the video's title between the brackets: ![The title](" + target.url() + ")"
                                : "describe the image between the brackets: ![What it shows](" + target.url()
                                + "); for an image that adds nothing to the text, write ![](" + target.url()
                                + "){alt=\"\"}"));
            }
            path(target.url()).ifPresent(path -> checkFile(article, target, path, files, problems));
        }
        return problems;
    }

    private static void checkFile(Article article, LinkTarget target, String path, Map<String, Path> files,
                                  List<Problem> problems) {
        String what = target.image() ? "image " : "link target ";
        boolean outside = path.equals("..") || path.startsWith("../") || path.contains("/../");
        if (outside && !target.image()) {
            return; // a relative link to another page of the site
        }
        if (files.containsKey(path)) {
            return;
        }
        String message = outside ? what + quoted(target.url()) + " is outside the article's folder"
                : what + quoted(target.url()) + " does not exist";
        problems.add(problem(article, target.urlOffset(), message, hint(article, files)));
    }

    private static String hint(Article article, Map<String, Path> files) {
        if (article.bundle() == null) {
            String name = article.file().getFileName().toString();
            String slug = name.substring(0, name.length() - ".md".length());
            return "files of an article live in its page bundle: move " + display(article.file()) + " to "
                    + display(article.file().resolveSibling(slug).resolve("index.md"))
                    + " and put the file beside it" + known(files);
        }
        return "put the file in " + display(article.bundle()) + "/ or correct the address" + known(files);
    }

    private static String known(Map<String, Path> files) {
        return files.isEmpty() ? "" : "; files beside the page: " + String.join(", ", files.keySet());
    }

    private static String quoted(String url) {
        return "\"" + url + "\"";
    }

    private static String display(Path path) {
        return path.toString().replace('\\', '/');
    }

    /** A problem at char {@code offset} of the body, as a line and column of the article's file. */
    private static Problem problem(Article article, int offset, String message, String hint) {
        String body = article.body();
        int at = Math.min(Math.max(offset, 0), body.length());
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (body.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = body.codePointCount(lineStart, at) + 1;
        return new Problem(article.file(), article.bodyLine() + line, column, message, hint);
    }
}
