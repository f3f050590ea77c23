package org.dozaban.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuthorsFileTest {

    @TempDir
    Path dir;

    private Optional<People> read(String yaml, boolean nativeSlugs, Problems problems) throws Exception {
        Path file = dir.resolve("authors.yaml");
        Files.writeString(file, yaml);
        return AuthorsFile.read(file, nativeSlugs, problems);
    }

    @Test
    void withoutTheFileEveryNameIsAPersonOfItsOwn() throws Exception {
        Problems problems = new Problems();
        assertSame(People.NONE, AuthorsFile.read(dir.resolve("authors.yaml"), false, problems).orElseThrow());
        assertEquals(List.of(), problems.all());
    }

    @Test
    void aPersonIsFoundByTheirNameInEitherLanguage() throws Exception {
        Problems problems = new Problems();
        People people = read("""
                chris-marsden:
                  name: {en: Chris Marsden, fa: کریس مارسدن}
                maryam-ahmadi:
                  name:
                    fa: مریم احمدی
                """, false, problems).orElseThrow();
        assertEquals(List.of(), problems.all());
        Person chris = people.byName("کریس مارسدن").orElseThrow();
        assertEquals("chris-marsden", chris.slug());
        assertEquals(chris, people.byName(" Chris Marsden ").orElseThrow());
        assertEquals(Map.of("en", "Chris Marsden", "fa", "کریس مارسدن"), chris.names());
        Person maryam = people.byName("مریم احمدی").orElseThrow();
        assertEquals("مریم احمدی", maryam.name("en"), "a name in one language serves every page");
        assertTrue(people.byName("Chris").isEmpty());
    }

    @Test
    void aKeyMustBeAnAsciiSlugUnlessSlugsAreNative() throws Exception {
        Problems problems = new Problems();
        read("کریس-مارسدن:\n  name: {fa: کریس مارسدن}\n", false, problems);
        assertEquals(List.of(new Problem(dir.resolve("authors.yaml"), 1, 1,
                "author key \"کریس-مارسدن\" is not a URL slug",
                "use lower-case ASCII letters, digits and single hyphens, for example: krys-marsdn"
                        + " (with slugs: native in site.yaml, Persian letters too)")), problems.all());
        Problems nativeProblems = new Problems();
        People people = read("کریس-مارسدن:\n  name: {fa: کریس مارسدن}\n", true, nativeProblems).orElseThrow();
        assertEquals(List.of(), nativeProblems.all());
        assertEquals("کریس-مارسدن", people.byName("کریس مارسدن").orElseThrow().slug());
    }

    @Test
    void oneNameCannotBeTwoPeople() throws Exception {
        Problems problems = new Problems();
        Optional<People> people = read("""
                reza:
                  name: {fa: رضا کریمی}
                reza-karimi:
                  name: {en: Reza Karimi, fa: رضا کریمی}
                """, false, problems);
        assertTrue(people.isEmpty());
        assertEquals(List.of(new Problem(dir.resolve("authors.yaml"), 4, 31,
                "the name \"رضا کریمی\" is given to \"reza\" (line 2) and to \"reza-karimi\"",
                "give each name to one person: bylines find the person by name")), problems.all());
    }

    @Test
    void unknownKeysAndLanguagesAndAMissingNameAreErrors() throws Exception {
        Problems problems = new Problems();
        read("""
                lena-hart:
                  names: {en: Lena Hart}
                sam:
                  name: {de: Sam Ortiz}
                """, false, problems);
        List<String> messages = problems.all().stream().map(p -> p.line() + ":" + p.column() + " " + p.message())
                .toList();
        assertEquals(List.of("2:3 unknown key \"names\"", "1:1 author \"lena-hart\" has no name",
                "4:10 unknown language \"de\""), messages);
    }
}
