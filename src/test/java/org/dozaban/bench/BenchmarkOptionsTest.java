package org.dozaban.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BenchmarkOptionsTest {

    @Test
    void warmBuildsAreOffUnlessAskedForAndEightWhenNotCounted() {
        assertEquals(0, BenchmarkOptions.parse(new String[] {"1000"}).warm());
        BenchmarkOptions bare = BenchmarkOptions.parse(new String[] {"--warm", "1000"});
        assertEquals(1000, bare.warm());
        assertEquals(1000, bare.articles());
        BenchmarkOptions last = BenchmarkOptions.parse(new String[] {"1000", "--warm"});
        assertEquals(8, last.warm());
        BenchmarkOptions counted = BenchmarkOptions.parse(new String[] {"--warm", "3", "10000", "--no-hugo"});
        assertEquals(3, counted.warm());
        assertEquals(10000, counted.articles());
    }

    @Test
    void noWarmBuildsIsNotACount() {
        assertThrows(IllegalArgumentException.class, () -> BenchmarkOptions.parse(new String[] {"--warm", "0"}));
    }
}
