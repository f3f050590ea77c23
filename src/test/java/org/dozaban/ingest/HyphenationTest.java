package org.dozaban.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HyphenationTest {

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource({
            "the gov-, ernment said, the government said",
            "was self-, reliant, was self-reliant",
            "the selfish-, ness, the selfishness",
            "the army-, dominated, the army-dominated",
            "the Kurdish-, dominated, the Kurdish-dominated",
            "a US-, led force, a US-led force",
            "the French-, German talks, the French-German talks",
            "a power-, sharing deal, a power-sharing deal",
            "they wel-, comed it, they welcomed it",
            "a pre-, 2003 border, a pre-2003 border",
            "its militia-, cum-terrorist war, its militia-cum-terrorist war",
            "a state-of-, the-art plant, a state-of-the-art plant",
            "for twenty-, five years, for twenty-five years",
            "the forty-, first day, the forty-first day",
            "a twenty-, somethings club, a twentysomethings club",
            "the so-, called rebels, the so-called rebels",
            "a far-, reaching deal, a far-reaching deal",
            "a decades-, long policy, a decades-long policy",
            "the then-, president, the then-president",
            "was so-, cial, was social",
            "the the-, atre, the theatre",
    })
    void decidesByTheWordsAroundTheHyphen(String before, String after, String joined) {
        Block block = new Block(java.util.List.of(before, after), 1, 0, false);
        assertEquals(joined, Reflow.paragraph(block, Lexicon.empty()));
    }

    @ParameterizedTest(name = "{0} with {1} elsewhere")
    @CsvSource({
            "re-, organized, the ministry was reorganized, reorganized",
            "cease-, fire, the cease-fire held, cease-fire",
            "post-, war, the post-colonial state, post-war",
            "post-, war, the postcolonial state, postwar",
            "re-, port, the re-elected mayor, report",
    })
    void documentEvidenceWins(String before, String after, String elsewhere, String expected) {
        Lexicon lexicon = Lexicon.of(elsewhere + "\n" + before + "\n" + after);
        Block block = new Block(java.util.List.of(before, after), 1, 0, false);
        assertEquals(expected, Reflow.paragraph(block, lexicon));
    }

    @org.junit.jupiter.api.Test
    void aBrokenWordIsNotItsOwnEvidence() {
        Lexicon lexicon = Lexicon.of("the gov-\nernment");
        assertEquals(false, lexicon.compounds().contains("gov-ernment"));
        assertEquals(false, lexicon.words().contains("gov"));
    }
}
